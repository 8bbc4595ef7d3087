//! `origin` on every fact of `show --json`: the source a bundled fact is
//! quoted from, or the layer (file, author, date) that added or changed
//! it; and, for a tool a layer changed, the sourced version beside it.

use serde_json::{Map, Value, json};

use crate::card::{is_sourced, tool_layer};
use crate::catalog::local::LOCAL_SOURCE_ID;
use crate::catalog::origin::Layer;
use crate::catalog::{Catalog, Tool};
use crate::local::view::layer_json;

/// The origin of a fact quoting `source`, added by `layer` unless sourced.
fn origin(source: Option<&str>, layer: Option<&Layer>, sourced: bool) -> Value {
    if source == Some(LOCAL_SOURCE_ID) {
        // A grid answer: the adviser's, in whichever layer it came.
        return json!({ "kind": "local_evaluation", "by": layer_json(layer) });
    }
    match (layer, sourced) {
        (Some(layer), false) => {
            let mut value = layer_json(Some(layer));
            if let (Value::Object(map), Some(source)) = (&mut value, source) {
                map.insert("quotes".into(), json!(source));
            }
            value
        }
        _ => json!({ "kind": "source", "source": source }),
    }
}

fn set(item: &mut Value, value: Value) {
    if let Value::Object(map) = item {
        map.insert("origin".into(), value);
    }
}

/// Adds `origin` to each statement, the level, each quote it rests on and
/// the family message; and `changes` when a layer changed the tool.
pub(super) fn annotate(map: &mut Map<String, Value>, catalog: &Catalog, tool: &Tool) {
    let layer = tool_layer(catalog, tool);
    let bundled = catalog.provenance.bundled_tool(&tool.id);
    if let Some(Value::Array(items)) = map.get_mut("statements") {
        for (item, statement) in items.iter_mut().zip(&tool.statements) {
            let sourced = is_sourced(catalog, tool, statement);
            set(item, origin(Some(&statement.source), layer, sourced));
        }
    }
    // Beside the level, not in it: the risk object keeps one shape in
    // every output (search, show, compare).
    let sourced = bundled.is_some_and(|b| b.risk == tool.risk);
    let first = tool.risk.sources.first().map(String::as_str);
    let risk_origin = Some(origin(first, layer, sourced));
    let evidence: Vec<Value> = tool
        .risk
        .evidence
        .iter()
        .map(|e| {
            let sourced = bundled.is_some_and(|b| b.risk.evidence.contains(e));
            origin(Some(&e.source), layer, sourced)
        })
        .collect();
    map.insert("risk_evidence_origins".into(), Value::Array(evidence));
    if let Some(value) = risk_origin {
        map.insert("risk_origin".into(), value);
    }
    if let Some(message) = &tool.family_message {
        let sourced = bundled.is_some_and(|b| b.family_message.as_ref() == Some(message));
        if let Some(item) = map.get_mut("family_message") {
            set(item, origin(Some(&message.source), layer, sourced));
        }
    }
    map.insert(
        "origin".into(),
        match layer {
            Some(layer) => layer_json(Some(layer)),
            None => json!({ "kind": "source" }),
        },
    );
    if let Some(changes) = changes(catalog, tool) {
        map.insert("changes".into(), changes);
    }
}

/// The sourced version and other layers' versions of a changed tool.
fn changes(catalog: &Catalog, tool: &Tool) -> Option<Value> {
    let provenance = &catalog.provenance;
    let layer = tool_layer(catalog, tool)?;
    let earlier = provenance.replaced_tools.get(&tool.id);
    let versions: Vec<Value> = earlier
        .into_iter()
        .flatten()
        .map(|(by, version)| {
            json!({
                "origin": match by.and_then(|i| provenance.layer(i)) {
                    Some(other) => layer_json(Some(other)),
                    None => json!({ "kind": "source" }),
                },
                "level": version.risk.level,
                "rationale": version.risk.rationale,
                "statements_removed": version
                    .statements
                    .iter()
                    .filter(|s| !tool.statements.contains(s))
                    .collect::<Vec<_>>(),
                "alternatives": version.alternatives,
            })
        })
        .collect();
    Some(json!({
        "by": layer_json(Some(layer)),
        "level": tool.risk.level,
        "sourced_level": provenance.bundled_tool(&tool.id).map(|b| b.risk.level),
        "earlier": versions,
    }))
}
