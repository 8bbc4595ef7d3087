//! The scripting contract: each `--json` output has a JSON Schema,
//! committed under `schemas/` as `repere schema NAME` prints it, and the
//! real output of each command is valid against it.

use std::path::Path;

use serde_json::Value;

use crate::common::checked::{tool, write_catalogue};
use crate::common::script::{stderr, stdout, success};
use crate::common::{Sandbox, repere_in};

fn committed(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; run `cargo run -- schema NAME > schemas/NAME.schema.json`",
            path.display()
        )
    })
}

#[test]
fn committed_schemas_are_the_generated_ones() {
    for (name, file) in repere::contract::SCHEMAS {
        let generated = success(&["schema", name]);
        assert!(
            generated == committed(file),
            "schemas/{file} is out of date: run `cargo run -- schema {name} > schemas/{file}`"
        );
    }
    // Every file under schemas/ is one of them.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut listed: Vec<String> = repere::contract::SCHEMAS
        .iter()
        .map(|(_, f)| (*f).to_owned())
        .collect();
    listed.sort();
    assert_eq!(files, listed);
}

/// Validates `output` against the committed schema `name`, with every
/// error listed.
fn assert_valid(name: &str, output: &str) -> Value {
    let (_, file) = repere::contract::SCHEMAS
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap();
    let schema: Value = serde_json::from_str(&committed(file)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let instance: Value = serde_json::from_str(output).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}\n{output}");
    instance
}

#[test]
fn real_outputs_are_valid_against_their_schemas() {
    // Tools and repères together: both kinds of hit.
    let search = assert_valid(
        "search",
        &success(&["search", "règles", "sécurité", "--json"]),
    );
    let kinds: Vec<&str> = search
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"tool") && kinds.contains(&"guide"),
        "{kinds:?}"
    );
    assert_valid("search", &success(&["search", "padlet", "--json"]));
    let guides = assert_valid("guides", &success(&["guide", "--json"]));
    assert!(!guides.as_array().unwrap().is_empty());
    assert_valid("guide", &success(&["guide", "regles-securite", "--json"]));

    // A message with a blank left and a dated warning, then filled.
    let sandbox = Sandbox::new();
    let output = repere_in(&sandbox, ["message", "tribu", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let message = assert_valid("message", &stdout(&output));
    assert_eq!(message["missing"][0], "adresse_espace");
    assert!(message["dated"].is_string());
    let output = repere_in(
        &sandbox,
        [
            "message",
            "beneylu-school",
            "--set",
            "identifiants=x",
            "--json",
        ],
    )
    .output()
    .unwrap();
    assert_valid("message", &stdout(&output));
}

#[test]
fn a_tool_from_the_advisers_own_file_is_valid_with_its_origin() {
    let sandbox = Sandbox::new();
    let part = serde_json::json!({ "tools": [tool("outil-essai", "Outil d'essai")] });
    let data = write_catalogue(sandbox.root(), "ajout.json", &part);
    let output = repere_in(
        &sandbox,
        [
            "--data",
            data.to_str().unwrap(),
            "search",
            "outil-essai",
            "--json",
        ],
    )
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let hits = assert_valid("search", &stdout(&output));
    assert_eq!(hits[0]["origin"]["kind"], "file", "{hits}");
}

/// Runs `args` in `sandbox`, expecting success; returns stdout.
fn ok_in(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = repere_in(sandbox, args).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "repere {args:?}: {}",
        stderr(&output)
    );
    stdout(&output)
}

/// Whitespace runs as one space: `show` wraps at 80 columns.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `show --json`'s `sections` are the card `show` prints: every heading and
/// every text, in the same order.
fn assert_sections_are_the_printed_card(json: &Value, printed: &str) {
    let printed = flat(printed);
    let mut from = 0;
    let sections = json["sections"].as_array().expect("sections");
    assert!(sections.len() > 3, "{json}");
    for section in sections {
        let texts = section["heading"].as_str().into_iter().chain(
            section["blocks"].as_array().unwrap().iter().flat_map(|b| {
                b["name"].as_str().into_iter().chain(
                    b["pieces"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter_map(|p| p["text"].as_str()),
                )
            }),
        );
        for text in texts.map(flat).filter(|t| !t.is_empty()) {
            let at = printed[from..]
                .find(&text)
                .unwrap_or_else(|| panic!("{text:?} not printed after {from}:\n{printed}"));
            from += at;
        }
    }
}

#[test]
fn show_json_sections_are_the_card_show_prints() {
    for tool in ["zoom", "padlet", "whatsapp", "tribu"] {
        let json: Value = serde_json::from_str(&success(&["show", tool, "--json"])).unwrap();
        assert_sections_are_the_printed_card(&json, &success(&["show", tool]));
        assert_eq!(json["sections"][1]["kind"], "verdict", "{json}");
    }
}

#[test]
fn show_and_compare_are_valid_against_their_schemas() {
    // A forbidden tool whose sources disagree, with and without a place.
    let zoom = assert_valid("show", &success(&["show", "zoom", "--json"]));
    assert_eq!(zoom["risk"]["level"], "forbidden");
    assert!(zoom["disagreement"].is_object(), "{zoom}");
    assert_eq!(zoom["origin"]["kind"], "source");
    let placed = assert_valid(
        "show",
        &success(&["--territoire", "74", "show", "zoom", "--json"]),
    );
    assert!(placed["availability"].is_object(), "{placed}");
    // A family message, a dated one, a tool with a territory.
    for tool in ["padlet", "whatsapp", "klassroom", "tribu", "beneylu-school"] {
        assert_valid("show", &success(&["show", tool, "--json"]));
    }
    let compared = assert_valid(
        "compare",
        &success(&["compare", "padlet", "zoom", "--json"]),
    );
    assert_eq!(compared[1]["risk"]["level"], "forbidden", "{compared}");
}

#[test]
fn show_is_valid_for_a_tool_changed_by_a_layer_and_one_evaluated_locally() {
    let sandbox = Sandbox::new();
    // A colleague's file that changes Zoom's level and drops statements.
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
    let file = sandbox.root().join("alice.json");
    let layer = serde_json::json!({
        "layer": { "author": "Alice", "date": "2026-03-12" },
        "tools": [zoom],
    });
    std::fs::write(&file, layer.to_string()).unwrap();
    let data = file.to_str().unwrap();
    let changed = assert_valid(
        "show",
        &ok_in(&sandbox, &["--data", data, "show", "zoom", "--json"]),
    );
    assert_eq!(changed["origin"]["kind"], "file", "{changed}");
    assert_eq!(changed["changes"]["sourced_level"], "forbidden");
    // The card's sections: what `show` prints, the change marked as
    // Alice's, not the sources'.
    assert_sections_are_the_printed_card(
        &changed,
        &ok_in(&sandbox, &["--data", data, "show", "zoom"]),
    );
    let origin_texts: Vec<&str> = changed["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["blocks"].as_array().unwrap())
        .flat_map(|b| b["pieces"].as_array().unwrap())
        .filter(|p| p["look"] == "origin")
        .filter_map(|p| p["text"].as_str())
        .collect();
    assert!(
        origin_texts.iter().any(|t| t.contains("Alice")),
        "{origin_texts:?}"
    );
    assert!(
        !changed["changes"]["earlier"][0]["statements_removed"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_valid(
        "compare",
        &ok_in(
            &sandbox,
            &["--data", data, "compare", "zoom", "padlet", "--json"],
        ),
    );

    // A tool evaluated with the grid, with a note and a message written
    // locally on others.
    let answers =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/local/evaluation-digipad.json");
    ok_in(
        &sandbox,
        &[
            "evaluate",
            "--reponses",
            answers.to_str().unwrap(),
            "--auteur",
            "Claire",
        ],
    );
    let evaluated = assert_valid("show", &ok_in(&sandbox, &["show", "digipad", "--json"]));
    assert!(evaluated["local_evaluation"].is_object(), "{evaluated}");
    assert_eq!(evaluated["risk_origin"]["kind"], "local_evaluation");
    ok_in(
        &sandbox,
        &["note", "padlet", "Vu avec le DPD", "--auteur", "Claire"],
    );
    let noted = assert_valid("show", &ok_in(&sandbox, &["show", "padlet", "--json"]));
    assert_eq!(noted["local_notes"][0]["origin"]["kind"], "own", "{noted}");
    assert_valid(
        "compare",
        &ok_in(&sandbox, &["compare", "digipad", "padlet", "--json"]),
    );
}

#[test]
fn an_unknown_output_has_no_schema() {
    let output = crate::common::script::repere(&["schema", "nope"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("search, message, guide, guides, show, compare"));
}
