//! The mail key in a pseudo-terminal: the form fills the blanks, then the
//! message reaches the `mailto:` handler registered in the test's XDG
//! folders; without a desktop it is copied instead (OSC 52), and said so.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::mail_handler::{MailHandler, mailto_fields};
use crate::pty_app::{ADDRESS, quit, select, start_with};
use crate::pty_support::{Home, Options, filled_message, hint, osc52_texts};
use repere::app::action::Action;
use repere::app::keymap::{Mode, keys_for};
use repere::app::popup::Kind;
use repere::text;

fn mail_key() -> String {
    let key = keys_for(Mode::Browse, &Action::MailMessage);
    assert_eq!(key, "Ctrl-L");
    crate::pty_support::ctrl('l')
}

#[test]
fn the_mail_key_opens_the_filled_message_in_the_mail_client() {
    let home = Home::new();
    let Some(handler) = MailHandler::register(&home.config_home(), &home.data_home()) else {
        return;
    };
    let mut options = Options::new(120, 40);
    for (key, value) in handler.env() {
        options = options.env(key, &value);
    }
    let mut pty = start_with(&home, &options);
    select(&mut pty, "tribu", "Tribu");
    pty.send_keys(&mail_key());
    // The same form as the copy, saying where the message goes.
    pty.wait_for_text("Message aux familles — Tribu");
    pty.wait_for_text("pour ouvrir dans la messagerie :");
    pty.wait_for_text(&hint(Mode::Overlay(Kind::Form), &Action::FormSubmit));
    assert!(!handler.called(), "opened before the blanks were filled");
    pty.send_keys(ADDRESS);
    pty.wait_for_text(&format!("▶ {ADDRESS}"));
    pty.send_keys("\r");
    pty.wait_for_text(&text::mail_opened_status(text::WHAT_MESSAGE));

    let fields = mailto_fields(&handler.received());
    assert_eq!(
        fields[0],
        ("subject".to_owned(), text::mail_subject("Tribu"))
    );
    assert_eq!(fields[1].0, "body");
    let expected = filled_message("tribu", &[("adresse_espace", ADDRESS)]);
    assert_eq!(fields[1].1.replace("\r\n", "\n"), expected);
    quit(&mut pty);
}

#[test]
fn without_a_desktop_the_mail_key_copies_the_message_and_says_why() {
    let home = Home::new();
    let mut pty = start_with(&home, &Options::new(160, 40));
    select(&mut pty, "tribu", "Tribu");
    pty.send_keys(&mail_key());
    pty.wait_for_text("pour ouvrir dans la messagerie :");
    pty.send_keys(ADDRESS);
    pty.wait_for_text(&format!("▶ {ADDRESS}"));
    let before = pty.raw_len();
    pty.send_keys("\r");
    pty.wait_for_text("Aucune messagerie n'a pu être ouverte ici");
    let copies = osc52_texts(&pty.raw_bytes()[before..]);
    assert_eq!(
        copies,
        [filled_message("tribu", &[("adresse_espace", ADDRESS)])]
    );
    quit(&mut pty);
}
