//! The adviser's own layer through the interface: a tool the
//! sources do not list evaluated step by step in the real binary in a
//! pseudo-terminal, then found in the search with its badge and level,
//! and the saved overlay passing `repere check`; a note written from the
//! card; two tools compared.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty_support;

use std::os::unix::fs::PermissionsExt;

use std::time::Duration;

use pty_support::{Home, Options, Pty, ctrl};
use repere::app::action::Action;
use repere::app::keymap::Mode;
use repere::app::popup::Kind;

const EXIT: Duration = Duration::from_secs(10);
const DOWN: &str = "\x1b[B";

fn options() -> Options {
    Options::new(120, 40)
        .env("REPERE_AUTEUR", "Claire Dupont")
        .env("REPERE_AUJOURDHUI", "2026-03-12")
}

/// Answers a step and waits for the next one to be shown.
fn answer(pty: &mut Pty, keys: &str, next: &str) {
    pty.send_keys(keys);
    pty.send_keys("\r");
    pty.wait_for_text(next);
}

#[test]
fn an_evaluation_done_in_the_interface_is_searched_with_its_badge_and_passes_check() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &options());
    pty.wait_for_text("Tous les outils");
    pty.send_keys(&ctrl('g'));
    pty.wait_for_text("Nom de l'outil");
    answer(&mut pty, "Digipad", "Adresse web");
    answer(&mut pty, "https://digipad.app/", "Besoin auquel il répond");
    // The tenth need is « Mur de post-it collaboratif ».
    answer(&mut pty, &DOWN.repeat(9), "Où sont situés les serveurs");
    pty.wait_for_text("FWB : « Où sont situés les serveurs de stockage");
    // Servers: « on ne sait pas » (third choice, by its digit).
    answer(&mut pty, "3", "Sait-on qui gère");
    for next in [
        "s'engagent-ils",
        "averties",
        "identifiant et mot de passe",
        "double authentification",
        "HTTPS",
        "publier des données personnelles",
        "gratuit pour les familles",
        "neutralité commerciale",
        "partagé au sein de l'équipe",
        "Niveau proposé : ? Doutes / à étudier",
    ] {
        answer(&mut pty, "", next);
    }
    // The rule names the criterion that produced the level.
    pty.wait_for_text("→ on ne sait pas");
    answer(&mut pty, "", "Raison du changement");
    pty.send_keys("\r");
    pty.wait_for_text("Évaluation locale enregistrée");
    // In the list: the level's symbol, the name, the badge.
    pty.wait_for_text("? Digipad [évaluation locale]");
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(EXIT).success());

    let overlay = home.home().join(".local/share/repere/local.json");
    let saved = std::fs::read_to_string(&overlay).unwrap();
    assert!(saved.contains("\"author\": \"Claire Dupont\""), "{saved}");
    let check = crate::common::program()
        .args(["check"])
        .env("HOME", home.home())
        .env_remove("XDG_DATA_HOME")
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(report.contains("1 évaluations locales"), "{report}");
    let found = crate::common::program()
        .args(["search", "digipad"])
        .env("HOME", home.home())
        .env_remove("XDG_DATA_HOME")
        .output()
        .unwrap();
    let found = String::from_utf8_lossy(&found.stdout);
    assert!(
        found.contains("? Doutes / à étudier") && found.contains("digipad [évaluation locale]"),
        "{found}"
    );
}

#[test]
fn a_note_from_the_card_and_a_comparison_of_two_tools() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &options());
    pty.wait_for_text("Tous les outils");
    pty.send_keys("pad snopyta");
    pty.wait_for_text("Pad Snopyta");
    pty.send_keys("\r");
    // Meanwhile, another command adds a note: the interface's note must
    // not replace it (same tool, same day).
    let other = crate::common::program()
        .args(["note", "pad-snopyta", "Par la ligne de commande"])
        .env("HOME", home.home())
        .env("REPERE_AUJOURDHUI", "2026-03-12")
        .env_remove("XDG_DATA_HOME")
        .output()
        .unwrap();
    assert!(other.status.success());
    pty.send_keys(&ctrl('n'));
    pty.wait_for_text("Texte de la note");
    answer(&mut pty, "Service fermé", "Note locale enregistrée");
    // Its own family message, with a declared blank, filled through the
    // same form as the sources' messages.
    pty.send_keys(&ctrl('r'));
    pty.wait_for_text("Blancs possibles");
    answer(
        &mut pty,
        "Lien du pad : {adresse_espace}",
        "Message rédigé localement enregistré",
    );
    pty.send_keys(&ctrl('y'));
    pty.wait_for_text("Adresse de l'espace de partage");
    pty.send_escape();
    pty.wait_for_no_text("Adresse de l'espace de partage");
    // The note is searchable at once: only Pad Snopyta says « fermé ».
    pty.send_keys("fermé");
    pty.wait_for_text("Tous les outils · 1");
    // Compare: mark this tool, open another, compare.
    pty.send_keys(&ctrl('k'));
    pty.wait_for_text("marqué pour comparaison");
    pty.send_keys("\r");
    pty.send_keys("cryptpad");
    pty.wait_for_text("CryptPad");
    pty.send_keys("\r");
    pty.send_keys(&ctrl('k'));
    pty.wait_for_text("Pad Snopyta  ↔  CryptPad");
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(EXIT).success());
    let saved =
        std::fs::read_to_string(home.home().join(".local/share/repere/local.json")).unwrap();
    assert!(saved.contains("Service fermé"), "{saved}");
    assert!(saved.contains("Par la ligne de commande"), "{saved}");
    assert!(saved.contains("Lien du pad : {adresse_espace}"), "{saved}");
}

/// `repere ARGS` with the same folders as the interface.
fn repere(home: &Home, args: &[&str]) -> String {
    let output = crate::common::program()
        .args(args)
        .env("HOME", home.home())
        .env("REPERE_AUTEUR", "Claire Dupont")
        .env("REPERE_AUJOURDHUI", "2026-03-12")
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "repere {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Opens Pad Snopyta's card (a tool without a source message).
fn open_pad_snopyta(pty: &mut Pty) {
    pty.wait_for_text("Tous les outils");
    pty.send_keys("pad snopyta");
    pty.wait_for_text("Pad Snopyta");
    pty.send_keys("\r");
}

#[test]
fn a_note_is_deleted_only_once_confirmed_and_is_gone_from_the_card_and_from_show() {
    let home = Home::new();
    repere(&home, &["note", "pad-snopyta", "Vu avec le DPD"]);
    let mut pty = Pty::spawn(&home, &options());
    open_pad_snopyta(&mut pty);
    pty.send_keys(&ctrl('n'));
    pty.wait_for_text("Texte de la note");
    answer(&mut pty, "Service fermé", "Note locale enregistrée");
    // The card shows both notes at its end, with the keys that act on them.
    pty.send_keys("\t\x1b[F");
    pty.wait_for_text("│ Service fermé");
    pty.wait_for_text("Ctrl-D en supprime une");
    // Meanwhile another command adds a note: deleting must not lose it.
    repere(&home, &["note", "pad-snopyta", "Ajoutée ailleurs"]);
    pty.send_keys(&ctrl('d'));
    pty.wait_for_text("Quelle note supprimer ?");
    pty.send_keys(DOWN);
    pty.send_keys("\r");
    pty.wait_for_text("Supprimer cette note ?");
    // A letter typed by mistake (« o » for « oui ») deletes nothing.
    pty.send_keys("o");
    pty.wait_for_text("Rien n'est supprimé");
    let overlay = home.home().join(".local/share/repere/local.json");
    let saved = std::fs::read_to_string(&overlay).unwrap();
    assert!(saved.contains("Service fermé"), "{saved}");
    pty.send_keys("\r");
    pty.wait_for_text("Note locale supprimée");
    pty.wait_for_no_text("Service fermé");
    pty.assert_text("│ Vu avec le DPD");
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(EXIT).success());

    let shown = repere(&home, &["show", "pad-snopyta"]);
    assert!(shown.contains("Vu avec le DPD"), "{shown}");
    assert!(shown.contains("Ajoutée ailleurs"), "{shown}");
    assert!(!shown.contains("Service fermé"), "{shown}");
    let mode = std::fs::metadata(&overlay).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn escape_cancels_a_deletion_and_the_note_stays() {
    let home = Home::new();
    repere(&home, &["note", "pad-snopyta", "Vu avec le DPD"]);
    let mut pty = Pty::spawn(&home, &options());
    open_pad_snopyta(&mut pty);
    // One note: straight to the confirmation.
    pty.send_keys(&ctrl('d'));
    pty.wait_for_text("Supprimer cette note ?");
    pty.send_escape();
    pty.wait_for_no_text("Supprimer cette note ?");
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(EXIT).success());
    assert!(repere(&home, &["show", "pad-snopyta"]).contains("Vu avec le DPD"));
}

#[test]
fn an_own_message_typed_on_two_lines_comes_back_on_two_lines() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &options());
    open_pad_snopyta(&mut pty);
    pty.send_keys(&ctrl('r'));
    pty.wait_for_text("Alt-Entrée ou Ctrl-J : à la ligne");
    // The footer is the adviser's form's, not the copy form's.
    let validate = pty_support::hint(Mode::Overlay(Kind::Wizard), &Action::FormSubmit);
    pty.wait_for_text(&validate);
    let copy = pty_support::plain(&pty_support::hint(
        Mode::Overlay(Kind::Form),
        &Action::FormSubmit,
    ));
    assert!(!pty.screen_text().contains(&copy), "{}", pty.describe());
    // Ctrl-J, then Alt-Entrée, break the lines; a pasted text keeps its
    // line break, not its bell or zero-width space; Entrée saves.
    pty.send_keys("Bonjour,");
    pty.send_keys("\n");
    pty.send_keys("le pad ferme en juin.");
    pty.send_keys("\x1b\r");
    pty.send_keys("\x1b[200~Merci.\r\nLa direc\u{200b}trice\u{7}\x1b[201~");
    pty.wait_for_text("La directrice█");
    answer(&mut pty, "", "Message rédigé localement enregistré");
    let before = pty.raw_len();
    pty.send_keys(&ctrl('y'));
    pty.wait_for_raw(b"\x1b]52;c;", before);
    pty.wait_for_text("envoyé au terminal");
    let copied = pty_support::osc52_texts(&pty.raw_bytes()[before..]);
    let lines = "Bonjour,\nle pad ferme en juin.\nMerci.\nLa directrice";
    assert!(copied.iter().any(|t| t.contains(lines)), "{copied:?}");
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(EXIT).success());

    assert!(repere(&home, &["message", "pad-snopyta"]).contains(lines));
    let shown = repere(&home, &["show", "pad-snopyta"]);
    assert!(shown.contains(lines), "{shown}");
}
