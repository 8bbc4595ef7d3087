//! How the local layer reads on a tool's card: always apart from the
//! sources, always dated and signed, never mistaken for a source's words.

use std::fmt::Write;

use crate::catalog::local::french_date;
use crate::catalog::{Catalog, Tool};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// The local paragraphs of a tool's card: heading line, then text.
pub fn local_paragraphs(catalog: &Catalog, tool: &Tool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(evaluation) = catalog.local.evaluation_of(&tool.id) {
        let mut body = format!(
            "{} {} — {}",
            text::LOCAL_PROPOSED,
            text::risk_badge(evaluation.proposed),
            clean(&evaluation.rule)
        );
        if !evaluation.reason.trim().is_empty() {
            let _ = write!(
                body,
                "\n{} {} — {}",
                text::LOCAL_CHOSEN,
                text::risk_badge(tool.risk.level),
                clean(&evaluation.reason)
            );
        }
        out.push((
            format!(
                "{} du {} ({})",
                text::LOCAL_EVALUATION,
                french_date(&evaluation.date),
                clean_line(&evaluation.author)
            ),
            body,
        ));
    }
    for note in catalog.local.notes_of(&tool.id) {
        out.push((
            format!(
                "{} du {} ({})",
                text::LOCAL_NOTE,
                french_date(&note.date),
                clean_line(&note.author)
            ),
            clean(&note.text),
        ));
    }
    if let Some(message) = catalog.local.message_of(&tool.id) {
        out.push((
            format!(
                "{} le {} ({})",
                text::LOCAL_MESSAGE,
                french_date(&message.date),
                clean_line(&message.author)
            ),
            clean(&message.text),
        ));
    }
    out
}

/// The local layer as plain text wrapped to `width`, empty if none.
pub fn local_text(catalog: &Catalog, tool: &Tool, width: usize) -> String {
    let paragraphs = local_paragraphs(catalog, tool);
    if paragraphs.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{} :\n", text::LOCAL_HEADING);
    let options = textwrap::Options::new(width.max(20))
        .initial_indent("    ")
        .subsequent_indent("    ");
    for (heading, body) in paragraphs {
        let _ = writeln!(out, "  {heading} :");
        for line in body.split('\n') {
            for wrapped in textwrap::wrap(line, &options) {
                out.push_str(&wrapped);
                out.push('\n');
            }
        }
    }
    out
}

/// `show --json`: the card plus the local layer under separate keys.
pub fn add_local_json(value: &mut serde_json::Value, catalog: &Catalog, tool: &Tool) {
    if let serde_json::Value::Object(map) = value {
        let notes: Vec<&crate::catalog::local::LocalNote> =
            catalog.local.notes_of(&tool.id).collect();
        if !notes.is_empty() {
            map.insert("local_notes".into(), serde_json::json!(notes));
        }
        if let Some(message) = catalog.local.message_of(&tool.id) {
            map.insert("local_message".into(), serde_json::json!(message));
        }
        if let Some(evaluation) = catalog.local.evaluation_of(&tool.id) {
            map.insert("local_evaluation".into(), serde_json::json!(evaluation));
        }
    }
}

/// The tool id, followed by « [évaluation locale] » for a tool the adviser
/// evaluated, so lists never mix it up with the sources' tools.
pub fn id_with_badge(catalog: &Catalog, tool: &Tool) -> String {
    if catalog.local.evaluation_of(&tool.id).is_some() {
        format!("{} {}", tool.id, text::LOCAL_BADGE)
    } else {
        tool.id.clone()
    }
}
