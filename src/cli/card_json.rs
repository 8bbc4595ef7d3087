//! `repere show --json`: the tool as stored, plus what is computed at
//! lookup — the age of its sources, its time-bound statements, the
//! disagreement between sources, the alternatives (in territory order) and,
//! with `--territoire`, its availability there.

use serde_json::{Value, json};

use crate::catalog::provenance::{
    YearMonth, dated_message, dated_statements, disagreement, level_basis, tool_ages,
};
use crate::catalog::territory::availability;
use crate::catalog::{Catalog, Place, Tool};
use crate::text;

/// The JSON card of `tool`, computed for `today` and `place`.
pub fn card_json(catalog: &Catalog, tool: &Tool, place: &Place, today: YearMonth) -> Value {
    let mut value = serde_json::to_value(tool).unwrap_or(Value::Null);
    let Value::Object(map) = &mut value else {
        return value;
    };
    map.insert("risk".to_owned(), crate::contract::risk(tool));
    map.insert(
        "format_version".to_owned(),
        json!(crate::contract::FORMAT_VERSION),
    );
    let ages = tool_ages(catalog, tool, today);
    let found = catalog.alternatives_in(tool, place);
    map.insert(
        "verdict".to_owned(),
        json!(crate::card::verdict(catalog, tool, &found)),
    );
    map.insert(
        "age".to_owned(),
        json!({
            "text": text::age_line(&ages),
            // Whole years since the oldest source (the list is oldest first).
            "years": ages.first().map(|a| a.years),
            "sources": ages,
        }),
    );
    map.insert("dated".to_owned(), json!(dated_statements(tool)));
    // « Doutes » stated by a source, or set by default for a tool no
    // source evaluates.
    let basis = level_basis(tool);
    map.insert(
        "level_basis".to_owned(),
        json!({
            "basis": basis,
            "label": text::level_label(tool.risk.level, basis),
        }),
    );
    map.insert(
        "dated_message".to_owned(),
        dated_message(catalog, tool).map_or(Value::Null, |d| {
            json!({
                "marker": d.marker.words,
                "kind": d.marker.kind,
                "year": d.year,
                "warning": text::dated_message_warning(&d),
            })
        }),
    );
    super::origin_json::annotate(map, catalog, tool);
    map.insert(
        "disagreement".to_owned(),
        disagreement(tool).map_or(Value::Null, |d| {
            json!({
                "kept": d.kept,
                "kept_level": tool.risk.level,
                "others": d.others.iter().map(|e| json!({
                    "basis": e.basis,
                    "evaluated": e.basis.is_judgement(),
                    "level": e.basis.implies(),
                    "text": e.text,
                    "source": e.source,
                    "loc": e.loc,
                })).collect::<Vec<_>>(),
            })
        }),
    );
    let alternatives: Vec<&str> = catalog
        .alternatives_in(tool, place)
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    map.insert("alternatives".to_owned(), json!(alternatives));
    if place.is_set() {
        let available = availability(tool, place);
        map.insert(
            "availability".to_owned(),
            json!({
                "status": available,
                "text": text::availability_label(available, place),
            }),
        );
    }
    value
}
