//! The detail pane shows a colleague's changed level beside the sourced
//! one, and marks a tool a layer changed in the list.

use crate::ui_support::{COLOR, draw, open, screen_text};
use repere::app::state::State;
use repere::app::store::Prefs;

#[test]
fn the_pane_shows_a_colleagues_level_beside_the_sourced_one() {
    let dir = tempfile::tempdir().unwrap();
    let bundled = repere::catalog::embedded().unwrap();
    let mut zoom = serde_json::to_value(bundled.tool("zoom").unwrap()).unwrap();
    zoom["risk"]["level"] = "institutional".into();
    zoom["risk"]["rationale"] = "Retenu par notre équipe.".into();
    zoom["risk"]["evidence"] = serde_json::json!([]);
    let file = dir.path().join("alice.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "layer": { "author": "Alice", "date": "2026-03-12" },
            "tools": [zoom],
        })
        .to_string(),
    )
    .unwrap();
    let catalog = repere::catalog::load(&[file], true).unwrap();
    let mut state = State::new(catalog, Prefs::default(), (160, 60));
    open(&mut state, "zoom");
    let screen = screen_text(draw(&state, COLOR).backend().buffer());
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Niveau modifié par Alice (fichier partagé, 12/03/2026) : ✓ Institutionnel"),
        "{screen}"
    );
    assert!(flat.contains("selon les sources : ✗ Proscrit"), "{screen}");
    assert!(flat.contains("[modifié par Alice]"), "{screen}");
    // The verdict names Alice, never a document, for her level.
    assert!(
        flat.contains("Oui : service institutionnel selon Alice (fichier partagé, 12/03/2026)"),
        "{screen}"
    );
}

/// A repère a colleague's file changed is marked in the list like a tool
/// (it was listed as the sources' own).
#[test]
fn the_list_marks_a_repere_a_colleague_changed() {
    let dir = tempfile::tempdir().unwrap();
    let bundled = repere::catalog::embedded().unwrap();
    let mut list = serde_json::to_value(
        bundled
            .guidance
            .iter()
            .find(|g| g.id == "services-a-proscrire")
            .unwrap(),
    )
    .unwrap();
    list["title"] = "Services à éviter (liste indicative)".into();
    let file = dir.path().join("kim.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "layer": { "author": "Kim", "date": "2026-03-10" },
            "guidance": [list],
        })
        .to_string(),
    )
    .unwrap();
    let catalog = repere::catalog::load(&[file], true).unwrap();
    let mut state = State::new(catalog, Prefs::default(), (160, 60));
    crate::ui_support::search(&mut state, "liste indicative");
    let screen = screen_text(draw(&state, COLOR).backend().buffer());
    let line = screen
        .lines()
        .find(|l| l.contains("§ Services à éviter"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(line.contains("[modifié par Kim]"), "{screen}");
}
