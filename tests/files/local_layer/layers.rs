//! Provenance with two and three advisers (each with their own XDG
//! folders, one shared folder): notes of the same day from every adviser
//! survive an exchange and a team folder; a colleague's changed level is
//! shown beside the sourced one (show, --json, the copy, the guide); a
//! made-up quote is refused; `check` reports a changed repère; a newer
//! document is added and quoted, its quotes checked.

use super::{Machine, checked, fixture};
use std::path::Path;

/// An adviser named `author`, with their own folders.
fn adviser(author: &str) -> (Machine, String) {
    (Machine::new(), author.to_owned())
}

fn as_author(machine: &Machine, author: &str, args: &[&str]) -> std::process::Output {
    machine
        .command(args)
        .env("REPERE_AUTEUR", author)
        .output()
        .unwrap()
}

fn ok_as(machine: &Machine, author: &str, args: &[&str]) -> String {
    checked(&as_author(machine, author, args), args)
}

/// A file of additions by Alice that makes Zoom institutional, keeping a
/// real quote of the Ministry and dropping the DSDEN 74's statement.
fn alice_changes_zoom(dir: &Path) -> std::path::PathBuf {
    let bundled = repere::catalog::embedded().unwrap();
    let mut zoom = serde_json::to_value(bundled.tool("zoom").unwrap()).unwrap();
    zoom["risk"]["level"] = "institutional".into();
    zoom["risk"]["rationale"] = "Retenu par notre équipe.".into();
    zoom["risk"]["evidence"] = serde_json::json!([]);
    let statements = zoom["statements"].as_array().unwrap().clone();
    zoom["statements"] = statements
        .into_iter()
        .filter(|s| s["source"] != "dsden74-2020")
        .collect();
    let file = dir.join("alice.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "layer": { "author": "Alice", "date": "2026-03-12" },
            "tools": [zoom],
        })
        .to_string(),
    )
    .unwrap();
    file
}

#[test]
fn notes_of_the_same_day_from_two_advisers_survive_an_exchange() {
    let (alice, a) = adviser("Alice");
    let (bob, b) = adviser("Bob");
    ok_as(&alice, &a, &["note", "padlet", "Vu avec le DPD"]);
    ok_as(&bob, &b, &["note", "padlet", "Compte école ouvert"]);
    let shared = alice.sandbox.root().join("alice-export.json");
    ok_as(
        &alice,
        &a,
        &["export", "--overlay", "-o", shared.to_str().unwrap()],
    );
    // Both notes got the same readable id on their own machine.
    let listed = ok_as(
        &bob,
        &b,
        &[
            "--data",
            shared.to_str().unwrap(),
            "note",
            "padlet",
            "--list",
        ],
    );
    assert!(listed.contains("Vu avec le DPD"), "{listed}");
    assert!(listed.contains("Compte école ouvert"), "{listed}");
    assert!(
        listed.contains("fichier partagé alice-export.json"),
        "{listed}"
    );
    let json = ok_as(
        &bob,
        &b,
        &[
            "--data",
            shared.to_str().unwrap(),
            "show",
            "padlet",
            "--json",
        ],
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let notes = value["local_notes"].as_array().unwrap();
    assert_eq!(notes.len(), 2, "{json}");
    let kinds: Vec<&str> = notes
        .iter()
        .map(|n| n["origin"]["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"own") && kinds.contains(&"file"),
        "{kinds:?}"
    );
}

#[test]
fn three_advisers_share_a_team_folder_and_see_every_note_signed() {
    let shared = tempfile::tempdir().unwrap();
    let folder = shared.path().to_str().unwrap();
    let advisers = [adviser("Alice"), adviser("Bob"), adviser("Chloé")];
    for (machine, author) in &advisers {
        ok_as(machine, author, &["equipe", folder]);
        ok_as(
            machine,
            author,
            &["note", "padlet", &format!("Note de {author}")],
        );
    }
    for name in ["alice.json", "bob.json", "chloe.json"] {
        assert!(shared.path().join(name).is_file(), "{name} not published");
    }
    // What sync engines leave beside the files.
    std::fs::write(
        shared.path().join("bob (conflicted copy 2026-03-12).json"),
        "{}",
    )
    .unwrap();
    std::fs::write(shared.path().join("dan.json.part"), "{\"local\":").unwrap();
    std::fs::write(shared.path().join(".~lock.alice.json#"), "x").unwrap();
    std::fs::write(shared.path().join("eve.json"), "{\"local\": {\"notes\": [").unwrap();
    let (chloe, c) = &advisers[2];
    let output = as_author(chloe, c, &["show", "padlet"]);
    let card = checked(&output, &["show", "padlet"]);
    for author in ["Alice", "Bob", "Chloé"] {
        assert!(card.contains(&format!("Note de {author}")), "{card}");
    }
    assert!(card.contains("dossier d'équipe, alice.json"), "{card}");
    assert!(card.contains("dossier d'équipe, bob.json"), "{card}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("copie en conflit ignorée"), "{said}");
    assert!(said.contains("eve.json"), "{said}");
    assert!(!said.contains("dan.json.part"), "{said}");
    // Chloé's own note is hers, not the team's.
    assert!(card.contains("Note locale du 12/03/2026 (Chloé)"), "{card}");
    // A note added later is published again for the others.
    ok_as(&advisers[0].0, "Alice", &["note", "zoom", "Plus tard"]);
    let bob_sees = ok_as(&advisers[1].0, "Bob", &["show", "zoom"]);
    assert!(bob_sees.contains("Plus tard"), "{bob_sees}");
}

#[test]
fn two_colleagues_who_disagree_are_shown_side_by_side() {
    let (me, _) = adviser("Moi");
    let alice_file = alice_changes_zoom(me.sandbox.root());
    let bundled = repere::catalog::embedded().unwrap();
    let mut zoom = serde_json::to_value(bundled.tool("zoom").unwrap()).unwrap();
    zoom["risk"]["level"] = "precautions".into();
    zoom["risk"]["rationale"] = "Utilisable avec précautions selon Bob.".into();
    zoom["risk"]["evidence"] = serde_json::json!([]);
    let bob_file = me.sandbox.root().join("bob.json");
    std::fs::write(
        &bob_file,
        serde_json::json!({
            "layer": { "author": "Bob", "date": "2026-03-11" },
            "tools": [zoom],
        })
        .to_string(),
    )
    .unwrap();
    let card = me.ok(&[
        "--data",
        bob_file.to_str().unwrap(),
        "--data",
        alice_file.to_str().unwrap(),
        "show",
        "zoom",
    ]);
    assert!(
        card.contains("selon Bob (fichier partagé, 11/03/2026) : ! Avec précautions"),
        "{card}"
    );
    assert!(card.contains("Niveau modifié par Alice"), "{card}");
}

#[test]
fn a_colleagues_changed_level_is_shown_beside_the_sourced_one() {
    let (me, _) = adviser("Moi");
    let file = alice_changes_zoom(me.sandbox.root());
    let data = file.to_str().unwrap();
    let card = me.ok(&["--data", data, "show", "zoom"]);
    let flat = card.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Niveau modifié par Alice (fichier partagé, 12/03/2026) : ✓ Institutionnel — selon les sources : ✗ Proscrit"
        ),
        "{card}"
    );
    // The DSDEN 74's statement the file dropped stays in view.
    assert!(
        flat.contains("retiré par la modification : « Zoom : aucun cadre"),
        "{card}"
    );
    assert!(flat.contains("ajouté par Alice"), "{card}");
    let json: serde_json::Value =
        serde_json::from_str(&me.ok(&["--data", data, "show", "zoom", "--json"])).unwrap();
    assert_eq!(json["risk"]["level"], "institutional");
    assert_eq!(json["risk_origin"]["kind"], "file");
    assert_eq!(json["risk_origin"]["author"], "Alice");
    assert_eq!(json["changes"]["sourced_level"], "forbidden");
    assert_eq!(json["statements"][0]["origin"]["kind"], "source");
    // The copy is the card's plain text for an email.
    let catalog = repere::catalog::load(std::slice::from_ref(&file), true).unwrap();
    let zoom = catalog.tool("zoom").unwrap();
    let copied = repere::card::plain::render(
        &repere::card::tool(
            &catalog,
            zoom,
            &[],
            &repere::card::Context::now(repere::catalog::Place::Anywhere),
        ),
        repere::card::plain::Target::Email,
    );
    let copied = copied.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        copied.contains("selon les sources : ✗ Proscrit"),
        "{copied}"
    );
    // The guide marks the tool with its author.
    let guide = me.ok(&["--data", data, "export", "--format", "md"]);
    assert!(guide.contains("Zoom [modifié par Alice]"), "{guide}");
}

#[test]
fn a_made_up_quote_is_refused_with_file_place_and_nearest_passage() {
    let (me, _) = adviser("Moi");
    let bundled = repere::catalog::embedded().unwrap();
    let mut zoom = serde_json::to_value(bundled.tool("zoom").unwrap()).unwrap();
    zoom["risk"]["level"] = "institutional".into();
    zoom["risk"]["evidence"] = serde_json::json!([{
        "basis": "institutional",
        "text": "Zoom : aucun cadre réglementaire n'est nécessaire, outil recommandé.",
        "source": "dsden74-2020",
        "loc": "Liste des services",
    }]);
    let file = me.sandbox.root().join("invente.json");
    std::fs::write(&file, serde_json::json!({ "tools": [zoom] }).to_string()).unwrap();
    for args in [
        vec!["--data", file.to_str().unwrap(), "show", "zoom"],
        vec!["check", file.to_str().unwrap()],
    ] {
        let output = me.run(&args);
        assert!(
            !output.status.success(),
            "{args:?} accepted a made-up quote"
        );
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains("invente.json"), "{said}");
        assert!(
            said.contains("outil « zoom », justification du niveau 1"),
            "{said}"
        );
        assert!(said.contains("citation introuvable"), "{said}");
        assert!(said.contains("passage le plus proche : « Zoom"), "{said}");
        assert!(output.stdout.is_empty(), "nothing half-loaded");
    }
}

#[test]
fn check_reports_a_changed_repere() {
    let (me, _) = adviser("Moi");
    let bundled = repere::catalog::embedded().unwrap();
    let mut list = serde_json::to_value(
        bundled
            .guidance
            .iter()
            .find(|g| g.id == "services-a-proscrire")
            .unwrap(),
    )
    .unwrap();
    let items = list["items"].as_array().unwrap().clone();
    list["items"] = items
        .into_iter()
        .filter(|i| !i["text"].as_str().unwrap().starts_with("Zoom"))
        .collect();
    let file = me.sandbox.root().join("sans-zoom.json");
    std::fs::write(
        &file,
        serde_json::json!({ "layer": { "author": "Bob" }, "guidance": [list] }).to_string(),
    )
    .unwrap();
    let report = me.ok(&["check", file.to_str().unwrap()]);
    assert!(
        report.contains("(services-a-proscrire) : modifié par Bob"),
        "{report}"
    );
    assert!(
        report.contains("1 point(s) retiré(s) : « Zoom : aucun cadre"),
        "{report}"
    );
    let shown = me.ok(&[
        "--data",
        file.to_str().unwrap(),
        "guide",
        "services-a-proscrire",
    ]);
    let flat = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Repère modifié par Bob"), "{shown}");
    assert!(
        flat.contains("point des sources retiré : « Zoom"),
        "{shown}"
    );
    let json: serde_json::Value = serde_json::from_str(&me.ok(&[
        "--data",
        file.to_str().unwrap(),
        "guide",
        "services-a-proscrire",
        "--json",
    ]))
    .unwrap();
    assert_eq!(json["origin"]["author"], "Bob", "{json}");
    let removed = json["removed_items"][0]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(removed.starts_with("Zoom"), "{json}");
}

#[test]
fn a_newer_document_is_added_its_quotes_checked_and_its_text_guarded() {
    let (me, a) = adviser("Alice");
    let text = me.sandbox.root().join("dane.txt");
    std::fs::write(
        &text,
        "Note de la DANE.\nLes murs collaboratifs doivent être\nconfigurés en mode privé.\n",
    )
    .unwrap();
    ok_as(
        &me,
        &a,
        &[
            "source",
            "add",
            text.to_str().unwrap(),
            "--titre",
            "Murs collaboratifs",
            "--editeur",
            "DANE",
            "--date",
            "2026-03",
            "--id",
            "dane-2026",
        ],
    );
    ok_as(
        &me,
        &a,
        &[
            "note",
            "padlet",
            "--citation",
            "murs collaboratifs doivent être configurés en mode privé",
            "--source",
            "dane-2026",
        ],
    );
    let card = ok_as(&me, &a, &["show", "padlet"]);
    assert!(card.contains("document ajouté localement"), "{card}");
    let refused = as_author(
        &me,
        &a,
        &[
            "note",
            "padlet",
            "--citation",
            "Padlet est interdit",
            "--source",
            "dane-2026",
        ],
    );
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("citation introuvable"));
    // The kept text changed after it was added: its quotes cannot be trusted.
    let kept = me.sandbox.data_home().join("repere/sources/dane-2026.txt");
    std::fs::write(&kept, "Autre texte.").unwrap();
    let changed = as_author(&me, &a, &["show", "padlet"]);
    assert!(!changed.status.success());
    assert!(String::from_utf8_lossy(&changed.stderr).contains("a changé depuis son ajout"));
}

#[test]
fn a_local_evaluation_is_labelled_in_alternatives_and_dated_by_itself() {
    let (me, a) = adviser("Claire");
    // Evaluated safer than Padlet, so it is one of Padlet's alternatives.
    let fixture_text = std::fs::read_to_string(fixture("evaluation-digipad.json")).unwrap();
    let mut input: serde_json::Value = serde_json::from_str(&fixture_text).unwrap();
    input["niveau"] = "precautions".into();
    input["raison"] = "Hébergé en France selon l'éditeur".into();
    let answers = me.sandbox.root().join("digipad.json");
    std::fs::write(&answers, input.to_string()).unwrap();
    ok_as(
        &me,
        &a,
        &["evaluate", "--reponses", answers.to_str().unwrap()],
    );
    let padlet = me.ok(&["show", "padlet"]);
    let line = padlet
        .lines()
        .find(|l| l.contains("Digipad"))
        .unwrap_or_default()
        .to_owned();
    assert!(line.contains("[évaluation locale]"), "{padlet}");
    let digipad = me.ok(&["show", "digipad"]);
    assert!(
        digipad.contains("Évaluation locale du 12/03/2026"),
        "{digipad}"
    );
    assert!(!digipad.contains("il y a 6 ans"), "{digipad}");
    assert!(
        digipad.contains("Réponses à la grille d'évaluation"),
        "{digipad}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&me.ok(&["show", "digipad", "--json"])).unwrap();
    assert_eq!(json["statements"][0]["origin"]["kind"], "local_evaluation");
}
