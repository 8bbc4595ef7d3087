//! The committed JSON Schema is the one the code generates.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

const REGENERATE: &str = "run `cargo run -- schema > data/catalogue.schema.json`";

fn generated() -> String {
    let output = crate::common::program()
        .arg("schema")
        .env("NO_COLOR", "1")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the repere binary runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "repere schema failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty());
    String::from_utf8(output.stdout).expect("the schema is UTF-8")
}

fn committed() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.schema.json");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; {REGENERATE}", path.display()))
}

#[test]
fn committed_schema_is_up_to_date() {
    let generated = generated();
    let committed = committed();
    if generated != committed {
        let first_difference = generated
            .lines()
            .zip(committed.lines())
            .position(|(g, c)| g != c)
            .map_or_else(
                || "one is a prefix of the other".to_owned(),
                |i| format!("first difference at line {}", i + 1),
            );
        panic!("data/catalogue.schema.json is out of date ({first_difference}): {REGENERATE}");
    }
}

#[test]
fn schema_describes_the_catalogue_format() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    assert_eq!(schema["title"], "Catalog");
    let properties = schema["properties"].as_object().unwrap();
    for section in ["sources", "categories", "placeholders", "guidance", "tools"] {
        assert!(properties.contains_key(section), "{section}");
    }
    // Unknown fields are refused, as by the loader.
    assert_eq!(schema["additionalProperties"], false);
    let risk = serde_json::to_string(&schema["$defs"]["Risk"]).unwrap();
    for level in ["institutional", "precautions", "doubtful", "forbidden"] {
        assert!(risk.contains(level), "{level} missing from {risk}");
    }
}

/// The data files point at the schema so editors can check them.
#[test]
fn data_files_name_the_schema() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for name in [
        "sources.json",
        "categories.json",
        "guidance.json",
        "tools.json",
    ] {
        let text = std::fs::read_to_string(data.join(name)).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["$schema"], "./catalogue.schema.json", "{name}");
    }
}
