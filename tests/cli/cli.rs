//! The command line end to end, with the built binary, no colour and no
//! display: search, show, check, arguments. Messages, guidance and shell
//! completions are in `cli_message.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::script as cli_common;

use cli_common::*;
use repere::catalog::{Risk, Tool};

#[test]
fn search_json_is_an_array_best_first() {
    let out = success(&["search", "whatsapp", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = value.as_array().expect("a JSON array");
    assert!(!items.is_empty());
    let first = items[0].as_object().expect("an object");
    for field in ["id", "name", "categories", "risk", "score"] {
        assert!(
            first.contains_key(field),
            "field {field} missing: {first:?}"
        );
    }
    assert_eq!(first["id"], "whatsapp");
    assert_eq!(first["name"], "WhatsApp");
    assert_eq!(first["risk"]["level"], "forbidden");
    assert_eq!(first["categories"][0], "messagerie-instantanee");
    assert!(first["score"].as_i64().unwrap() > 0);
}

#[test]
fn search_json_respects_the_limit_and_matches_the_library() {
    let catalog = embedded();
    let hits = repere::cli::tool_index(&catalog).search("pad");
    assert!(hits.len() > 3);
    let out = success(&["search", "pad", "--json", "--limit", "3"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = hits[..3]
        .iter()
        .map(|h| catalog.tools[h.index].id.as_str())
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn search_plain_lists_name_level_and_id() {
    let out = success(&["search", "zoom"]);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("Zoom "), "{first}");
    assert!(first.contains("✗ Proscrit"), "{first}");
    assert!(first.trim_end().ends_with(" zoom"), "{first}");

    let none = success(&["search", "xyzzyq"]);
    assert!(
        none.starts_with("Aucun outil ne correspond à « xyzzyq »"),
        "{none}"
    );
    let none = success(&["search", "xyzzyq", "--json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&none).unwrap();
    assert!(items.is_empty());
}

#[test]
fn show_zoom_explains_the_level_and_offers_safer_tools() {
    let catalog = embedded();
    let zoom = catalog.tool("zoom").unwrap();
    let out = success(&["show", "zoom"]);
    assert!(out.starts_with("Zoom — ✗ Proscrit\n"), "{out}");
    assert!(out.contains("Niveau de risque : ✗ Proscrit"));
    assert!(
        squeeze(&out).contains(&squeeze(&zoom.risk.rationale)),
        "rationale missing from:\n{out}"
    );

    let (_, after) = out
        .split_once("Alternatives plus sûres :\n")
        .expect("an alternatives section");
    let alternatives: Vec<&str> = after.lines().take_while(|l| l.starts_with("- ")).collect();
    assert!(!alternatives.is_empty(), "{out}");
    // The explicit alternative comes first, then derived ones.
    assert!(
        alternatives[0].contains("(cned-classe-virtuelle)"),
        "{alternatives:?}"
    );
    let institutional: Vec<&&str> = alternatives
        .iter()
        .filter(|l| l.ends_with("[✓ Institutionnel]"))
        .collect();
    assert!(!institutional.is_empty(), "{alternatives:?}");
    for line in &alternatives {
        let id = line
            .rsplit_once(" (")
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(id, _)| id)
            .unwrap();
        let tool = catalog.tool(id).unwrap_or_else(|| panic!("{line}"));
        assert!(tool.risk.level < Risk::Forbidden, "{line}");
        assert!(
            tool.categories.iter().any(|c| c == "visioconference"),
            "{line}"
        );
    }
    assert!(out.contains("Sources :"));
    assert!(out.contains("DSDEN 74"));
}

#[test]
fn show_zoom_fits_80_columns() {
    let out = success(&["show", "zoom"]);
    assert_fits(&out, 80, "repere show zoom");
}

/// `repere show ID` for every tool of the catalogue.
fn all_cards() -> Vec<(String, String)> {
    embedded()
        .tools
        .iter()
        .map(|tool| (tool.id.clone(), success(&["show", &tool.id])))
        .collect()
}

/// Every card fits 80 columns, except a line that is one unbreakable word
/// (a long web address).

#[test]
fn every_card_fits_80_columns() {
    let mut failures = Vec::new();
    for (id, card) in all_cards() {
        for line in card.lines() {
            let unbreakable = !line.trim().trim_start_matches("- ").contains(' ');
            if line.chars().count() > 80 && !unbreakable {
                failures.push(format!("{id}: {line}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// With NO_COLOR and a pipe, cards are plain text: no escape sequence.

#[test]
fn every_card_is_plain_text() {
    let catalog = embedded();
    for (id, card) in all_cards() {
        assert!(
            !card.chars().any(|c| c.is_control() && c != '\n'),
            "{id}: control character in the card"
        );
        let name = &catalog.tool(&id).unwrap().name;
        assert!(card.starts_with(&format!("{name} — ")), "{id}");
        assert!(card.contains("\nSources :\n"), "{id}");
    }
}

/// A JSON card without the `origin` of its facts: the stored tool.
fn without_origins(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.remove("origin");
            map.values_mut().for_each(without_origins);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(without_origins),
        _ => {}
    }
}

#[test]
fn show_json_round_trips_to_the_tool() {
    let catalog = embedded();
    let out = success(&["show", "zoom", "--json"]);
    let mut card: serde_json::Value = serde_json::from_str(&out).unwrap();
    let zoom = catalog.tool("zoom").unwrap();
    // What is computed at lookup comes on top of the stored tool;
    // the alternatives are the computed ones, the stored ones first.
    let computed = card.as_object_mut().unwrap();
    for key in [
        "age",
        "dated",
        "disagreement",
        "format_version",
        "level_basis",
        "dated_message",
        "verdict",
        "risk_evidence_origins",
        "sections",
    ] {
        assert!(computed.remove(key).is_some(), "{key}");
    }
    // The risk carries its French label for scripts; the stored form does not.
    let risk = computed.get_mut("risk").unwrap().as_object_mut().unwrap();
    assert_eq!(risk.remove("label").unwrap(), "Proscrit");
    let alternatives = computed.remove("alternatives").unwrap();
    let alternatives: Vec<String> = serde_json::from_value(alternatives).unwrap();
    assert!(
        alternatives.starts_with(&zoom.alternatives),
        "{alternatives:?}"
    );
    computed.insert("alternatives".into(), serde_json::json!(zoom.alternatives));
    // Every fact carries its origin: a bundled one, its source.
    assert_eq!(computed["origin"]["kind"], "source");
    assert_eq!(computed["statements"][0]["origin"]["kind"], "source");
    assert_eq!(computed.remove("risk_origin").unwrap()["kind"], "source");
    assert_eq!(
        computed.remove("territory_origin").unwrap()["kind"],
        "source"
    );
    without_origins(&mut card);
    let tool: Tool = serde_json::from_value(card).unwrap();
    assert_eq!(&tool, zoom);
}

#[test]
fn show_finds_a_misspelt_name_and_says_it_picked_the_best_match() {
    let output = repere(&["show", "zooom"]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("Zoom — ✗ Proscrit\n"));
    assert_eq!(
        stderr(&output),
        "Meilleure correspondance pour « zooom » : Zoom.\n"
    );
    let output = repere(&["show", "ent"]);
    let note = stderr(&output);
    assert!(
        note.starts_with("Meilleure correspondance pour « ent » : "),
        "{note}"
    );
    assert!(note.contains(" Autres : "), "{note}");
    let output = repere(&["show", "toute", "mon", "année"]);
    assert!(stdout(&output).starts_with("TouteMonAnnée — "));
    // An exact id is no guess: nothing on stderr.
    success(&["show", "zoom"]);
}

#[test]
fn search_limit_says_how_many_more() {
    let output = repere(&["search", "visio", "--limit", "2"]);
    assert!(output.status.success());
    assert_eq!(stdout(&output).lines().count(), 2);
    let note = stderr(&output);
    assert!(note.starts_with("… et "), "{note}");
    assert!(note.contains("--limit"), "{note}");
}

#[test]
fn show_an_unknown_tool_fails_in_one_line() {
    let err = failure(&["show", "xyzzyq"]);
    assert!(err.contains("Aucun outil"), "{err}");
    assert!(err.contains("« xyzzyq »"), "{err}");
}

#[test]
fn check_prints_counts_for_the_four_levels() {
    let catalog = embedded();
    let counts = catalog.count_by_risk();
    let out = success(&["check"]);
    assert!(
        out.starts_with(&format!(
            "Catalogue valide : {} outils, {} besoins, {} repères généraux, {} sources.",
            catalog.tools.len(),
            catalog.categories.len(),
            catalog.guidance.len(),
            catalog.sources.len()
        )),
        "{out}"
    );
    let (_, levels) = out
        .split_once("Par niveau de risque :\n")
        .expect("a section per level");
    let levels: Vec<&str> = levels.lines().take_while(|l| !l.is_empty()).collect();
    assert_eq!(levels.len(), 4, "{levels:?}");
    let mut total = 0;
    for (risk, label) in [
        (Risk::Institutional, "Institutionnel"),
        (Risk::Precautions, "Avec précautions"),
        (Risk::Doubtful, "Doutes / à étudier"),
        (Risk::Forbidden, "Proscrit"),
    ] {
        let line = levels
            .iter()
            .find(|l| {
                l.trim_start()
                    .split_once(' ')
                    .is_some_and(|(_, rest)| rest.starts_with(&format!("{label} ")))
            })
            .unwrap_or_else(|| panic!("no line for {label} in:\n{out}"));
        assert!(
            line.trim_start()
                .starts_with(&repere::text::risk_badge(risk)),
            "{line}"
        );
        let shown: usize = line.split_whitespace().last().unwrap().parse().unwrap();
        let expected = counts.get(&risk).copied().unwrap_or(0);
        assert_eq!(shown, expected, "{label}");
        assert!(expected > 0, "no tool is {label}");
        total += shown;
    }
    assert_eq!(total, catalog.tools.len());
}

#[test]
fn help_and_version_succeed() {
    let help = success(&["--help"]);
    for command in ["search", "show", "message", "guide", "check"] {
        assert!(help.contains(command), "{command} missing from help");
    }
    assert!(help.contains("--data"));
    // The schema command is hidden.
    assert!(!help.contains("schema"), "{help}");
    let version = success(&["--version"]);
    assert_eq!(
        version.lines().next().unwrap(),
        format!("repere {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(success(&["search", "--help"]).contains("--json"));
}

#[test]
fn bad_arguments_fail_without_a_backtrace() {
    let output = repere(&["show"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(!stderr(&output).contains("panicked"));
    let output = repere(&["nonexistent-command"]);
    assert_eq!(output.status.code(), Some(2));
}
