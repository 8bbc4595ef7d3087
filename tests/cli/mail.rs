//! `repere message ID --courriel`: the message reaches the mail client
//! registered for `mailto:` (a test handler in the sandbox's XDG folders),
//! or is copied instead, and the user is told which.

use crate::common::mail_handler::{
    MailHandler, mailto_fields, without_mail_client, xdg_utils_installed,
};
use crate::common::script::{stderr, stdout};
use crate::common::{Sandbox, repere_in};

const ADDRESS: &str = "https://partage.example.fr/espace?classe=CM2&x=1#haut";

#[test]
fn courriel_opens_the_filled_message_in_the_mail_client() {
    let sandbox = Sandbox::new();
    let Some(handler) = MailHandler::register(&sandbox.config_home(), &sandbox.data_home()) else {
        return;
    };
    let set = format!("adresse_espace={ADDRESS}");
    let mut command = repere_in(&sandbox, ["message", "tribu", "--set", &set, "--courriel"]);
    let output = handler.apply(&mut command).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(repere::text::MAIL_HANDED_OVER),
        "{}",
        stderr(&output)
    );
    let printed = stdout(&output);
    assert!(printed.contains(ADDRESS), "{printed}");

    let fields = mailto_fields(&handler.received());
    let names: Vec<&str> = fields.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["subject", "body"]);
    assert_eq!(fields[0].1, repere::text::mail_subject("Tribu"));
    let body = &fields[1].1;
    // Line ends are CRLF in the address (RFC 6068); the text is the one
    // printed, the address with its `&`, `?` and `#` intact.
    assert!(!body.replace("\r\n", "").contains('\n'), "{body:?}");
    assert_eq!(body.replace("\r\n", "\n"), printed.trim_end());
    assert!(body.contains(ADDRESS));
}

#[test]
fn without_a_desktop_the_message_is_copied_instead_and_said_so() {
    let sandbox = Sandbox::new();
    let Some(handler) = MailHandler::register(&sandbox.config_home(), &sandbox.data_home()) else {
        return;
    };
    let set = format!("adresse_espace={ADDRESS}");
    let mut command = repere_in(&sandbox, ["message", "tribu", "--set", &set, "--courriel"]);
    // A remote session: the mail client would open on the other machine.
    handler
        .apply(&mut command)
        .env("SSH_CONNECTION", "192.0.2.1 50000 192.0.2.2 22");
    let output = command.output().unwrap();
    let err = stderr(&output);
    assert!(
        err.contains(&repere::text::mail_not_sent(
            &repere::mail::NotSent::NoMailClient
        )),
        "{err}"
    );
    // No terminal for OSC 52 here either: the copy fails loudly, exit 1.
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("Copie impossible"), "{err}");
    assert!(stdout(&output).contains(ADDRESS));
    assert!(!handler.called(), "the mail client was opened over SSH");
}

/// A desktop where no application takes `mailto:`: xdg-open would hand
/// the address to a browser (or fail) after repere said it was sent.
#[test]
fn without_a_mail_client_the_message_is_copied_instead_and_said_so() {
    if !xdg_utils_installed() {
        return;
    }
    let sandbox = Sandbox::new();
    let set = format!("adresse_espace={ADDRESS}");
    let mut command = repere_in(&sandbox, ["message", "tribu", "--set", &set, "--courriel"]);
    let output = without_mail_client(sandbox.root(), &mut command)
        .output()
        .unwrap();
    let err = stderr(&output);
    assert!(!err.contains(repere::text::MAIL_HANDED_OVER), "{err}");
    assert!(
        err.contains(&repere::text::mail_not_sent(
            &repere::mail::NotSent::NoMailClient
        )),
        "{err}"
    );
    // The display is not a real one: the copy fails loudly, exit 1.
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("Copie impossible"), "{err}");
    assert!(stdout(&output).contains(ADDRESS));
}

#[test]
fn courriel_cannot_be_asked_while_writing_a_message() {
    let sandbox = Sandbox::new();
    let output = repere_in(&sandbox, ["message", "tribu", "--rediger", "--courriel"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--courriel"),
        "{}",
        stderr(&output)
    );
}
