//! The team folder's popup (F3) end to end, with the real binary in a
//! pseudo-terminal: it shows the session's folder and the colleagues'
//! layers loaded, what the folder holds (loaded, or skipped and why),
//! saves a new folder (the same setting as `repere equipe`, loaded at the
//! next start, which it says), refuses a folder open to all, and forgets
//! the setting with an empty field.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::pty_app;
use crate::pty_support;

use pty_app::{quit, start_with};
use pty_support::{Home, Options};

/// F3 as an xterm sends it.
const F3: &str = "\x1bOR";

/// A colleague's published file with one note on Padlet.
fn colleague(folder: &Path, slug: &str, author: &str) {
    let file = folder.join(format!("{slug}.json"));
    std::fs::write(
        &file,
        serde_json::json!({
            "layer": { "author": author, "date": "2026-03-12" },
            "local": { "notes": [{
                "id": format!("padlet-2026-03-12-{slug}"),
                "tool": "padlet",
                "text": format!("Note de {author}"),
                "author": author,
                "date": "2026-03-12",
            }]},
        })
        .to_string(),
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
}

fn private_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    folder
}

#[test]
fn the_team_popup_shows_sets_and_forgets_the_team_folder() {
    let home = Home::new();
    let first = private_folder();
    colleague(first.path(), "alice", "Alice");
    colleague(first.path(), "eve", "Eve");
    std::fs::set_permissions(
        first.path().join("eve.json"),
        std::fs::Permissions::from_mode(0o666),
    )
    .unwrap();
    std::fs::write(first.path().join("bob (conflicted copy).json"), "{}").unwrap();
    let first_path = first.path().to_str().unwrap();
    let mut pty = start_with(
        &home,
        &Options::new(120, 45).arg("--equipe").arg(first_path),
    );
    pty.send_keys(F3);
    pty.wait_for_text("Dossier d'équipe");
    pty.wait_for_text("chargés : Alice (alice.json)");
    pty.wait_for_text("collègue : alice.json");
    pty.wait_for_text("copie en conflit");
    pty.wait_for_text("modifiable par d'autres");
    let screen = pty.screen_text();
    assert!(!screen.contains("Eve (eve.json)"), "{screen}");

    // A folder anyone may write into: refused, the popup stays.
    let open = tempfile::tempdir().unwrap();
    std::fs::set_permissions(open.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    pty.send_keys("\x15"); // Ctrl-U empties the field.
    pty.send_keys(&format!("{}\r", open.path().display()));
    pty.wait_for_text("modifiable par tous");

    // Another folder: listed, saved, loaded at the next start.
    let second = private_folder();
    colleague(second.path(), "carol", "Carol");
    let second_path = second.path().to_str().unwrap();
    pty.send_keys("\x15");
    pty.send_keys(&format!("{second_path}\r"));
    pty.wait_for_text("collègue : carol.json");
    pty.wait_for_text("prochaine ouverture");
    pty.send_escape();
    pty.wait_for_no_text("collègue : carol.json");
    quit(&mut pty);
    assert_eq!(home.state_json()["team_folder"], second_path);

    // The next start loads it without --equipe.
    let mut pty = start_with(&home, &Options::new(120, 45));
    pty.send_keys(F3);
    pty.wait_for_text("chargés : Carol (carol.json)");
    // An empty field forgets it.
    pty.send_keys("\x15\r");
    pty.wait_for_text("Dossier d'équipe oublié");
    quit(&mut pty);
    assert_eq!(home.state_json()["team_folder"], "");
}

/// The card copied (Ctrl-E) from the interface, over OSC 52, of a tool a
/// team colleague made institutional: the verdict names her, and the
/// changed level is copied with the sourced level beside it.
#[test]
fn the_copied_card_keeps_a_colleagues_level_beside_the_sourced_one() {
    let home = Home::new();
    let folder = private_folder();
    let bundled = repere::catalog::embedded().unwrap();
    let mut zoom = serde_json::to_value(bundled.tool("zoom").unwrap()).unwrap();
    zoom["risk"]["level"] = "institutional".into();
    zoom["risk"]["rationale"] = "Retenu par notre équipe.".into();
    zoom["risk"]["evidence"] = serde_json::json!([]);
    let file = folder.path().join("alice.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "layer": { "author": "Alice", "date": "2026-03-12" },
            "tools": [zoom],
        })
        .to_string(),
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut pty = start_with(
        &home,
        &Options::new(120, 40)
            .arg("--equipe")
            .arg(folder.path().to_str().unwrap()),
    );
    pty_app::select(&mut pty, "zoom", "Zoom");
    let before = pty.raw_len();
    pty.send_keys(&pty_support::ctrl('e'));
    pty.wait_for_text("envoyée au terminal (OSC 52)");
    let sent = pty_support::osc52_texts(&pty.raw_bytes()[before..]);
    assert_eq!(sent.len(), 1, "{sent:?}");
    let copied = sent[0].split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        copied.contains(
            "Niveau modifié par Alice (dossier d'équipe, 12/03/2026) : ✓ Institutionnel — selon les sources : ✗ Proscrit"
        ),
        "{copied}"
    );
    assert!(
        copied.contains("Oui : service institutionnel selon Alice (dossier d'équipe, 12/03/2026), pas selon les sources."),
        "{copied}"
    );
    quit(&mut pty);
}

/// A message to families a team colleague rewrote: the form says it is
/// hers, and the copy is named so (it was « Message envoyé », as the
/// sources' message).
#[test]
fn a_colleagues_family_message_is_named_when_copied() {
    let home = Home::new();
    let folder = private_folder();
    let bundled = repere::catalog::embedded().unwrap();
    let mut tool = serde_json::to_value(bundled.tool("toutemonannee").unwrap()).unwrap();
    tool["family_message"]["text"] =
        "Bonjour, le mot de passe est {mot_de_passe}. Vos données sont protégées.".into();
    let file = folder.path().join("alice.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "layer": { "author": "Alice", "date": "2026-03-12" },
            "tools": [tool],
        })
        .to_string(),
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut pty = start_with(
        &home,
        &Options::new(120, 40)
            .arg("--equipe")
            .arg(folder.path().to_str().unwrap()),
    );
    pty_app::select(&mut pty, "toutemonannee", "TouteMonAnnée");
    pty.send_keys(&pty_support::ctrl('y'));
    pty.wait_for_text("Message aux familles — TouteMonAnnée");
    pty.wait_for_text("Message aux familles modifié par Alice");
    pty.send_keys("secret\r");
    pty.wait_for_text("Message de Alice (dossier d'équipe, 12/03/2026), pas celui des sources,");
    quit(&mut pty);
}

/// A colleague's file that parses but does not load (a quote that is not
/// in its document): the interface starts with the others' files (it
/// stopped on the error) and the team popup says the file is left out.
#[test]
fn a_colleagues_file_that_does_not_load_is_left_out_and_said() {
    let home = Home::new();
    let folder = private_folder();
    colleague(folder.path(), "alice", "Alice");
    let bundled = repere::catalog::embedded().unwrap();
    let mut whatsapp = serde_json::to_value(bundled.tool("whatsapp").unwrap()).unwrap();
    let first = whatsapp["statements"][0]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    whatsapp["statements"][0]["text"] = first.replace("aucun cadre", "un cadre").into();
    let file = folder.path().join("ivan.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "layer": { "author": "Ivan", "date": "2026-03-12" },
            "tools": [whatsapp],
        })
        .to_string(),
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut pty = start_with(
        &home,
        &Options::new(120, 45)
            .arg("--equipe")
            .arg(folder.path().to_str().unwrap()),
    );
    pty.send_keys(F3);
    pty.wait_for_text("chargés : Alice (alice.json)");
    pty.wait_for_text("il ne peut pas être chargé");
    let screen = pty.screen_text();
    assert!(!screen.contains("collègue : ivan.json"), "{screen}");
    quit(&mut pty);
}
