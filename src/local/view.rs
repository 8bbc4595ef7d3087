//! How additions read on a tool's card: always apart from the sources,
//! always dated and signed, never mistaken for a source's words. Each
//! entry says what it is and which layer it comes from, as data: no
//! renderer tells them apart by their wording.

use std::fmt::Write;

use crate::catalog::origin::{Layer, LayerKind};
use crate::catalog::{Catalog, Tool};
use crate::sanitize::clean;
use crate::text;

/// What an addition on a tool is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// The evaluation that created the tool.
    Evaluation,
    /// A dated note.
    Note,
    /// A family message written locally.
    Message,
    /// A passage of a document quoted by the adviser.
    Citation,
}

/// One addition on a tool: what it is, its signed heading, its text and
/// the layer it comes from (`None`: a file merged without a layer, as when
/// a change is checked before it is written).
#[derive(Debug, Clone)]
pub struct LocalEntry<'a> {
    pub kind: EntryKind,
    pub heading: String,
    pub body: String,
    pub layer: Option<&'a Layer>,
}

/// The label of an addition from the adviser's own file or another's.
fn what(own: &'static str, other: &'static str, layer: Option<&Layer>) -> &'static str {
    match layer {
        Some(layer) if layer.kind != LayerKind::Own => other,
        _ => own,
    }
}

/// Every addition on a tool: evaluation, notes of every layer, message.
pub fn local_entries<'a>(catalog: &'a Catalog, tool: &Tool) -> Vec<LocalEntry<'a>> {
    let provenance = &catalog.provenance;
    let mut out = Vec::new();
    if let Some(evaluation) = catalog.local.evaluation_of(&tool.id) {
        let layer = provenance.evaluation_layer(&tool.id);
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
        out.push(LocalEntry {
            kind: EntryKind::Evaluation,
            heading: text::signed(
                text::LOCAL_EVALUATION,
                &evaluation.date,
                &evaluation.author,
                layer,
            ),
            body,
            layer,
        });
    }
    for note in catalog.local.notes_of(&tool.id) {
        let layer = provenance.note_layer(&note.id, &note.author);
        out.push(LocalEntry {
            kind: EntryKind::Note,
            heading: text::signed(
                what(text::LOCAL_NOTE, text::OTHER_NOTE, layer),
                &note.date,
                &note.author,
                layer,
            ),
            body: clean(&note.text),
            layer,
        });
    }
    for citation in catalog.local.citations.iter().filter(|c| c.tool == tool.id) {
        let document = catalog.source(&citation.source);
        let layer = provenance.citation_layer(&citation.tool, &citation.text);
        out.push(LocalEntry {
            kind: EntryKind::Citation,
            heading: text::signed(
                text::LOCAL_CITATION,
                &citation.date,
                &citation.author,
                layer,
            ),
            body: text::citation_body(
                &clean(&citation.text),
                &document.map_or(citation.source.clone(), |d| {
                    format!("{}, {}", d.short, d.date)
                }),
                document.is_some_and(|d| d.document.is_some()),
            ),
            layer,
        });
    }
    if let Some(message) = catalog.local.message_of(&tool.id) {
        let layer = provenance.message_layer(&tool.id);
        out.push(LocalEntry {
            kind: EntryKind::Message,
            heading: text::signed_message(&message.date, &message.author, layer),
            body: clean(&message.text),
            layer,
        });
    }
    out
}

/// A short badge for lists: « [évaluation locale] », « [ajouté par
/// Alice] », « [modifié par Alice] »; `None` for a tool as the sources
/// give it.
pub fn badge(catalog: &Catalog, tool: &Tool) -> Option<String> {
    if catalog.local.evaluation_of(&tool.id).is_some() {
        return Some(text::LOCAL_BADGE.to_owned());
    }
    let layer = catalog.provenance.tool_layer(&tool.id)?;
    Some(if catalog.provenance.bundled_tool(&tool.id).is_some() {
        text::changed_badge(&layer.author)
    } else {
        text::added_badge(&layer.author)
    })
}

/// « [modifié par Kim] » or « [ajouté par Kim] » for a repère a layer
/// changed or added, in lists; nothing for the sources' own.
pub fn guidance_badge(catalog: &Catalog, guidance: &crate::catalog::Guidance) -> Option<String> {
    let layer = catalog.provenance.guidance_layer(&guidance.id)?;
    Some(
        if catalog.provenance.bundled_guidance(&guidance.id).is_some() {
            text::changed_badge(&layer.author)
        } else {
            text::added_badge(&layer.author)
        },
    )
}

/// The tool id, followed by « [évaluation locale] » for a tool the adviser
/// evaluated, so lists never mix it up with the sources' tools.
pub fn id_with_badge(catalog: &Catalog, tool: &Tool) -> String {
    match badge(catalog, tool) {
        Some(badge) => format!("{} {badge}", tool.id),
        None => tool.id.clone(),
    }
}
