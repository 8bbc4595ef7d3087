//! The command line end to end: family messages, guidance sections, shell
//! completions and the man page.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::script as cli_common;

use cli_common::*;

/// The first line `repere message tribu` writes on stderr: its message
/// dates from 2020 (« continuité scolaire »).
const TRIBU_DATED: &str = "Ce message date de 2020 (« continuité scolaire »)";

/// Exit 0, stdout; stderr holds only the dated-message warning.
fn success_dated(args: &[&str]) -> String {
    let output = repere(args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.starts_with(TRIBU_DATED) && err.lines().count() == 1,
        "{err}"
    );
    stdout(&output)
}

/// stderr without the dated-message warning.
fn without_dated(err: &str) -> String {
    let mut out = String::new();
    for line in err.lines().filter(|l| !l.starts_with(TRIBU_DATED)) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn message_of_a_forbidden_tool_warns_and_json_outputs() {
    // No message for WhatsApp in the sources: the one error line gives
    // the level. (With a message, it goes first on stderr: « Attention… ».)
    let err = failure(&["message", "whatsapp"]);
    assert!(err.contains("WhatsApp (✗ Proscrit)"), "{err}");
    let out = success_dated(&[
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
    let out = success_dated(&[
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
    let hint = without_dated(&stderr(&output));
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
    let out = success_dated(&["message", "tribu", "--original"]);
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
    let err = without_dated(&stderr(&output));
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
    // An unknown shell is an argument error: status 2, as clap gives for
    // the other choices (it was 1, a request that failed).
    assert_eq!(repere(&["completions", "inconnu"]).status.code(), Some(2));
}

/// A message written for the 2020 closures says so before it is printed
/// or copied, and what to change; a message without dated wording does not.
#[test]
fn a_dated_message_warns_with_its_year_and_what_to_change() {
    for id in ["beneylu-school", "one", "tribu"] {
        let output = repere(&["message", id]);
        assert!(output.status.success());
        let err = stderr(&output);
        assert!(
            err.contains("Ce message date de 2020 (« continuité")
                && err.contains("relisez-le avant l'envoi")
                && err.contains("remplacez"),
            "{id}: {err}"
        );
    }
    let err = stderr(&repere(&["message", "listes-diffusion"]));
    assert!(!err.contains("Ce message date"), "{err}");
    let output = repere(&["message", "one", "--json"]);
    let out = stdout(&output);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(value["dated"].as_str().unwrap().contains("2020"));
}

/// `show --json` tells « doubts stated » from « not evaluated »; `check`
/// prints each rule's outcome.
#[test]
fn json_level_basis_and_check_counts() {
    let tixeo: serde_json::Value =
        serde_json::from_str(&success(&["show", "tixeo", "--json"])).unwrap();
    assert_eq!(tixeo["level_basis"]["basis"], "not_evaluated");
    assert_eq!(
        tixeo["level_basis"]["label"],
        "Doutes / à étudier — non évalué par les sources"
    );
    let teams: serde_json::Value =
        serde_json::from_str(&success(&["show", "microsoft-teams", "--json"])).unwrap();
    assert_eq!(teams["level_basis"]["basis"], "stated");
    let one: serde_json::Value =
        serde_json::from_str(&success(&["show", "one", "--json"])).unwrap();
    assert!(
        one["dated_message"]["warning"]
            .as_str()
            .unwrap()
            .contains("2020")
    );
    let others = one["disagreement"]["others"].as_array().unwrap();
    assert!(others.iter().any(|o| o["evaluated"] == false));
    let check = success(&["check"]);
    assert!(check.contains("Règles sur tout le catalogue"), "{check}");
    assert_eq!(
        check.matches("vérifiés, aucun écart").count(),
        10,
        "{check}"
    );
    assert!(check.contains("messages aux familles datés : 5"), "{check}");
    assert!(check.contains("« doutes » par défaut (non évalués par les sources) : 25"));
}
