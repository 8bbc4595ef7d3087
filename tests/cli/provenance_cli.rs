//! What the command line shows of the data's provenance, with
//! the real binary: the age of sources at the top of a card, disagreements,
//! alternatives by need, the ONE message derived by its source's
//! instruction, the `check` counts, `--territoire`; and the loader refusing
//! an explicit alternative riskier than its tool, in a local catalogue.

#![allow(clippy::unwrap_used, clippy::expect_used)]

fn repere(args: &[&str]) -> (String, String) {
    let output = crate::common::program()
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn the_command_line_shows_provenance() {
    let (zoom, _) = repere(&["show", "zoom"]);
    let top: String = zoom.lines().take(3).collect::<Vec<_>>().join(" ");
    assert!(
        top.contains("mars 2020") && top.contains("il y a"),
        "{zoom}"
    );
    assert!(zoom.contains("Sources en désaccord"), "{zoom}");
    let (json, _) = repere(&["show", "whatsapp", "--json"]);
    let card: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(card["alternatives"][0], "ent-messagerie");
    assert!(card["age"]["text"].as_str().unwrap().contains("il y a"));
    assert!(card["dated"].is_array() && card.get("disagreement").is_some());
    let (json, _) = repere(&["show", "facebook", "--json"]);
    let card: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(card["risk"]["level"], "doubtful");
    let (message, note) = repere(&["message", "one"]);
    assert!(
        message
            .starts_with("Mme, M., un espace numérique de travail a été ouvert sur le site de ONE")
    );
    assert!(note.contains("Reprendre l'information ci-dessus"), "{note}");
    let (check, _) = repere(&["check"]);
    assert!(
        check.contains("Niveaux dont les sources sont en désaccord : "),
        "{check}"
    );
    assert!(
        check.contains("besoins non énoncés par une source"),
        "{check}"
    );
    let (json, _) = repere(&["--territoire", "74", "show", "site-ecole", "--json"]);
    let card: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(card["availability"]["status"], "available");
    let (json, _) = repere(&["--territoire", "poitiers", "show", "site-ecole", "--json"]);
    let card: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(card["availability"]["status"], "unavailable");
}

#[test]
fn a_local_catalogue_cannot_offer_a_riskier_alternative() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("local.json");
    // Institutional mailbox offering WhatsApp (forbidden) as an alternative.
    let local = r#"{"tools": [{
        "id": "boite-locale", "name": "Boîte locale", "categories": ["mail-5mo"],
        "risk": {"level": "institutional", "rationale": "Service de l'académie.", "sources": ["dsden74-2020"]},
        "alternatives": ["whatsapp"]
    }]}"#;
    std::fs::write(&path, local).unwrap();
    let output = crate::common::program()
        .args(["--data", path.to_str().unwrap(), "check"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(error.contains("alternatives[0]"), "{error}");
    assert!(
        error.contains("l'alternative « whatsapp » (proscrit) est plus risquée que l'outil lui-même (institutionnel)"),
        "{error}"
    );
    assert_eq!(error.trim_end().lines().count(), 1, "one sentence: {error}");
}
