//! The printable guide of an adviser whose colleague changed a level in
//! the team folder: the colleague's level is printed with its author, and
//! the sourced level beside it (two advisers, separate XDG folders, one
//! shared folder).

use super::{Machine, checked};

fn as_author(machine: &Machine, author: &str, args: &[&str]) -> String {
    let output = machine
        .command(args)
        .env("REPERE_AUTEUR", author)
        .output()
        .unwrap();
    checked(&output, args)
}

/// Alice's own additions: Zoom made institutional, without evidence.
fn alice_makes_zoom_institutional(alice: &Machine) {
    let bundled = repere::catalog::embedded().unwrap();
    let mut zoom = serde_json::to_value(bundled.tool("zoom").unwrap()).unwrap();
    zoom["risk"]["level"] = "institutional".into();
    zoom["risk"]["rationale"] = "Retenu par notre équipe.".into();
    zoom["risk"]["evidence"] = serde_json::json!([]);
    let overlay = alice.sandbox.data_home().join("repere/local.json");
    std::fs::create_dir_all(overlay.parent().unwrap()).unwrap();
    std::fs::write(&overlay, serde_json::json!({ "tools": [zoom] }).to_string()).unwrap();
}

/// The text a reader sees: HTML tags left out, the apostrophe unescaped.
fn visible_text(guide: &str) -> String {
    let mut seen = String::new();
    let mut in_tag = false;
    for c in guide.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => seen.push(c),
            _ => {}
        }
    }
    seen.replace("&#39;", "'")
}

#[test]
fn the_guide_prints_a_colleagues_level_beside_the_sourced_one() {
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_str().unwrap();
    let alice = Machine::new();
    alice_makes_zoom_institutional(&alice);
    as_author(&alice, "Alice", &["equipe", folder]);
    assert!(shared.path().join("alice.json").is_file());
    let bob = Machine::new();
    as_author(&bob, "Bob", &["equipe", folder]);
    for format in ["md", "html"] {
        let guide = as_author(&bob, "Bob", &["export", "--format", format]);
        let flat = visible_text(&guide)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let changed = flat
            .find("Niveau modifié par Alice (dossier d'équipe, 12/03/2026)")
            .unwrap_or_else(|| panic!("{format}: no changed level in {flat}"));
        let line = &flat[changed..flat.len().min(changed + 300)];
        assert!(line.contains("✓ Institutionnel"), "{format}: {line}");
        assert!(
            line.contains("selon les sources : ✗ Proscrit"),
            "{format}: {line}"
        );
    }
    // Without the team folder, Bob's guide is the sources' again.
    as_author(&bob, "Bob", &["equipe", "--aucune"]);
    let guide = as_author(&bob, "Bob", &["export", "--format", "md"]);
    assert!(!guide.contains("modifié par Alice"), "{guide}");
}
