//! The command line end to end: family messages, guidance sections, shell
//! completions and the man page.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::script as cli_common;

use cli_common::*;

#[test]
fn message_of_a_forbidden_tool_warns_and_json_outputs() {
    // No message for WhatsApp in the sources: the one error line gives
    // the level. (With a message, it goes first on stderr: « Attention… ».)
    let err = failure(&["message", "whatsapp"]);
    assert!(err.contains("WhatsApp (✗ Proscrit)"), "{err}");
    let out = success(&[
        "message",
        "tribu",
        "--json",
        "--set",
        "adresse_espace=https://x.example",
    ]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["id"], "tribu");
    assert!(
        value["message"]
            .as_str()
            .unwrap()
            .contains("https://x.example")
    );
    assert_eq!(value["missing"], serde_json::json!([]));
    let out = success(&["guide", "--json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(items.len(), embedded().guidance.len());
    let out = success(&["guide", "regles-securite", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["id"], "regles-securite");
}

#[test]
fn message_fills_the_blanks_given() {
    let out = success(&[
        "message",
        "tribu",
        "--set",
        "adresse_espace=https://example.org",
    ]);
    assert!(out.contains("https://example.org"), "{out}");
    assert!(!out.contains("{adresse_espace}"), "{out}");
    assert!(!out.contains("[Adresse de l'espace de partage]"), "{out}");
    assert!(
        out.starts_with("Afin de vous communiquer des documents"),
        "{out}"
    );
    let catalog = embedded();
    let tribu = catalog.tool("tribu").unwrap();
    let template = &tribu.family_message.as_ref().unwrap().text;
    assert_eq!(
        out,
        format!(
            "{}\n",
            template.replace("{adresse_espace}", "https://example.org")
        )
    );
}

#[test]
fn message_without_values_shows_labels_and_a_hint() {
    let output = repere(&["message", "tribu"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.contains("[Adresse de l'espace de partage]"), "{out}");
    assert!(!out.contains("{adresse_espace}"), "{out}");
    let hint = stderr(&output);
    assert_eq!(hint.lines().count(), 1, "{hint}");
    assert!(hint.contains("adresse_espace"), "{hint}");
    assert!(hint.contains("--set"), "{hint}");
}

#[test]
fn message_with_an_unknown_blank_fails() {
    let err = failure(&["message", "tribu", "--set", "nope=1"]);
    assert!(err.contains("« nope »"), "{err}");
    assert!(err.contains("adresse_espace"), "{err}");
    let err = failure(&["message", "tribu", "--set", "sans-egal"]);
    assert!(err.contains("CLÉ=VALEUR"), "{err}");
}

#[test]
fn message_original_is_the_verbatim_source_text() {
    let catalog = embedded();
    let original = &catalog
        .tool("tribu")
        .unwrap()
        .family_message
        .as_ref()
        .unwrap()
        .original;
    let out = success(&["message", "tribu", "--original"]);
    assert!(out.contains("[adresse de l'espace TRIBU]"), "{out}");
    assert_eq!(out, format!("{original}\n"));
}

/// Without a display and with stderr a pipe, there is no clipboard: the
/// message is still printed, then one line says the copy failed.

#[test]
fn message_copy_without_a_clipboard_prints_then_fails() {
    let output = repere(&[
        "message",
        "tribu",
        "--copy",
        "--set",
        "adresse_espace=https://example.org",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("https://example.org"), "{out}");
    assert!(
        !out.contains('\u{1b}'),
        "escape sequence on stdout: {out:?}"
    );
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("repere : Copie impossible"), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "escape sequence on stderr: {err:?}"
    );
}

#[test]
fn message_for_a_tool_without_one_fails_and_says_so() {
    let err = failure(&["message", "zoom"]);
    assert!(
        err.contains("Aucun message type pour les familles"),
        "{err}"
    );
}

#[test]
fn guide_lists_every_section() {
    let catalog = embedded();
    let out = success(&["guide"]);
    assert_eq!(out.lines().count(), catalog.guidance.len());
    for (line, guidance) in out.lines().zip(&catalog.guidance) {
        assert!(line.starts_with(&format!("{} ", guidance.id)), "{line}");
        // Piped: titles whole (a terminal cuts them at 80 columns).
        let shown = line[guidance.id.len()..].trim();
        assert_eq!(guidance.title, shown, "{line}");
    }
    assert!(catalog.guidance.iter().any(|g| g.id == "regles-securite"));
}

#[test]
fn guide_prints_the_security_rules() {
    let catalog = embedded();
    let rules = catalog
        .guidance
        .iter()
        .find(|g| g.id == "regles-securite")
        .unwrap();
    let out = success(&["guide", "regles-securite"]);
    assert_eq!(out.lines().next(), Some(rules.title.as_str()));
    let flat = squeeze(&out);
    for item in &rules.items {
        assert!(
            flat.contains(&squeeze(&item.text)),
            "missing: {}",
            item.text
        );
    }
    for phrase in ["login et mot de passe", "double authentification", "HTTPS"] {
        assert!(flat.contains(&squeeze(phrase)), "{phrase}");
    }
    assert!(out.contains("(Ministère)"));
    // Found by words too.
    assert_eq!(success(&["guide", "double", "authentification"]), out);
}

#[test]
fn guide_unknown_section_fails() {
    let err = failure(&["guide", "xyzzyq"]);
    assert!(err.contains("Aucun repère"), "{err}");
}

#[test]
fn completions_and_man_page_are_generated() {
    // The scripts register the program itself as the completer.
    let bash = success(&["completions", "bash"]);
    assert!(bash.contains("_clap_complete_repere()"), "{bash}");
    assert!(bash.contains("REPERE_COMPLETE=\"bash\""), "{bash}");
    let zsh = success(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef repere"), "{zsh}");
    for shell in ["fish", "powershell"] {
        assert!(success(&["completions", shell]).contains("REPERE_COMPLETE"));
    }
    let man = success(&["man"]);
    assert!(man.contains(".TH REPERE 1"), "{man}");
    assert!(man.contains("Chercher un outil"), "{man}");
    // An unknown shell is an argument error (its wording is main.rs's).
    assert!(!repere(&["completions", "inconnu"]).status.success());
}
