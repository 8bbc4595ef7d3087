//! The top of a tool's card: how old its sources are, where the tool is
//! available (and whether in the adviser's territory), and the sources
//! that imply different levels, side by side. Built here once for the
//! three renderings, from the pure functions of `catalog::provenance`.

use super::{Block, Card, Context, Kind, Look, piece};
use crate::catalog::provenance::{self, Disagreement};
use crate::catalog::territory::availability;
use crate::catalog::{Catalog, Evidence, FamilyMessage, Tool};
use crate::sanitize::clean;
use crate::text;

/// Age of the sources, territory, availability where the adviser works.
pub(super) fn top(card: &mut Card, catalog: &Catalog, tool: &Tool, context: &Context) {
    let mut blocks = Vec::new();
    // A tool evaluated locally is dated by its evaluation, never by the
    // age of the documents its grid quotes.
    if let Some(evaluation) = catalog.local.evaluation_of(&tool.id) {
        blocks.push(Block::Paragraph(vec![piece(
            text::evaluation_age(&evaluation.date, &evaluation.author),
            Look::Origin,
        )]));
    } else {
        let ages = provenance::tool_ages(catalog, tool, context.today);
        if let Some(line) = text::age_line(&ages) {
            blocks.push(Block::Paragraph(vec![piece(clean(&line), Look::Dim)]));
        }
    }
    if let Some(line) = text::territory_line(&tool.territory) {
        // Where a layer says the tool is available is the layer's word.
        let bundled = catalog.provenance.bundled_tool(&tool.id);
        let sourced = super::layers::tool_layer(catalog, tool).is_none()
            || bundled.is_some_and(|b| b.territory == tool.territory);
        let mut pieces = vec![piece(clean(&line), Look::Dim)];
        pieces.extend(super::layers::added_mark(catalog, tool, sourced));
        blocks.push(Block::Paragraph(pieces));
    }
    if let Some(marker) = disagreement_marker(catalog, tool) {
        blocks.push(Block::Paragraph(marker));
    }
    if context.place.is_set() {
        let line = text::availability_label(availability(tool, &context.place), &context.place);
        blocks.push(Block::Paragraph(vec![piece(clean(&line), Look::Plain)]));
    }
    card.push(Kind::Provenance, None, blocks);
}

/// The statements of sources implying different levels, under the level.
pub(super) fn disagreement(card: &mut Card, catalog: &Catalog, tool: &Tool) {
    let Some(Disagreement { kept, others }) = provenance::disagreement(tool) else {
        return;
    };
    let mut blocks = vec![side(catalog, tool, text::DISAGREEMENT_KEPT, kept)];
    blocks.extend(
        others
            .into_iter()
            .map(|other| side(catalog, tool, text::DISAGREEMENT_OTHER, other)),
    );
    card.push(
        Kind::Disagreement,
        Some(text::DISAGREEMENT_HEADING.to_owned()),
        blocks,
    );
}

/// « Sources en désaccord : Proscrit (DSDEN 74) ; Doutes / à étudier
/// (Ministère) » at the top; the statements themselves come below.
fn disagreement_marker(catalog: &Catalog, tool: &Tool) -> Option<Vec<super::Piece>> {
    let Disagreement { kept, others } = provenance::disagreement(tool)?;
    let mut pieces = vec![piece(
        format!("{} : ", text::DISAGREEMENT_HEADING),
        Look::Risk(kept.basis.implies()),
    )];
    for (n, evidence) in std::iter::once(kept).chain(others).enumerate() {
        let level = evidence.basis.implies();
        let label = if n == 0 {
            text::DISAGREEMENT_KEPT
        } else {
            text::DISAGREEMENT_OTHER
        };
        if n > 0 {
            pieces.push(piece(" ; ", Look::Dim));
        }
        pieces.push(piece(
            format!("{label} {}", reading(evidence)),
            Look::Risk(level),
        ));
        pieces.push(piece(
            format!(" ({})", reader(catalog, tool, evidence)),
            Look::Dim,
        ));
    }
    Some(pieces)
}

/// Whose reading of a document a quote of the level is: the document's
/// short name, and the layer that read it so when a layer added it (a
/// colleague's « institutional » reading of a real sentence is not the
/// document's).
fn reader(catalog: &Catalog, tool: &Tool, evidence: &Evidence) -> String {
    let source = clean(catalog.source_short(&evidence.source));
    let layer = super::layers::tool_layer(catalog, tool);
    let sourced = catalog
        .provenance
        .bundled_tool(&tool.id)
        .is_some_and(|b| b.risk.evidence.contains(evidence));
    match layer {
        Some(layer) if !sourced => text::reading_by(&source, &text::layer_label(layer)),
        _ => source,
    }
}

/// The level a statement implies, or « décrit sans évaluation ».
fn reading(evidence: &Evidence) -> &'static str {
    if provenance::is_description(evidence) {
        text::DESCRIBED_ONLY
    } else {
        text::risk_label(evidence.basis.implies())
    }
}

fn side(catalog: &Catalog, tool: &Tool, label: &str, evidence: &Evidence) -> Block {
    let level = evidence.basis.implies();
    Block::Bullet(vec![
        piece(
            format!("{label} ({}) : ", reading(evidence)),
            Look::Risk(level),
        ),
        piece(text::quoted(&clean(&evidence.text)), Look::Plain),
        piece(format!(" ({})", reader(catalog, tool, evidence)), Look::Dim),
    ])
}

/// « [formulation datée] » after a statement worded as time-bound.
pub(super) fn dated_mark(text: &str) -> Option<super::Piece> {
    provenance::dated_marker(text)
        .map(|_| piece(format!(" [{}]", text::DATED_WORDING), Look::Dated))
}

/// The note under a message derived by the source's own instruction.
pub(super) fn derived_note(catalog: &Catalog, message: &FamilyMessage) -> Option<Block> {
    let derived = message.derived.as_ref()?;
    let from = catalog
        .tool(&derived.from)
        .map_or(derived.from.as_str(), |t| t.name.as_str());
    Some(Block::Paragraph(vec![piece(
        clean(&text::derived_message_note(&message.original, from)),
        Look::Dim,
    )]))
}

/// The quotes the level rests on that are worded as time-bound (the
/// DSDEN 74 list's « A ce jour »), under the rationale.
pub(super) fn dated_evidence(catalog: &Catalog, tool: &Tool) -> Vec<Block> {
    provenance::dated_statements(tool)
        .iter()
        .filter(|dated| dated.field.is_none())
        .map(|dated| {
            Block::Bullet(vec![
                piece(format!("[{}] ", text::DATED_WORDING), Look::Dated),
                piece(text::quoted(&clean(&dated.text)), Look::Plain),
                piece(
                    format!(" ({})", catalog.source_short(&dated.source)),
                    Look::Dim,
                ),
            ])
        })
        .collect()
}

/// Under a family message worded for its moment: « [formulation datée] Ce
/// message date de 2020 (« continuité pédagogique ») : relisez-le… ».
pub(super) fn dated_message_note(catalog: &Catalog, tool: &Tool) -> Option<Block> {
    let dated = provenance::dated_message(catalog, tool)?;
    Some(Block::Paragraph(vec![
        piece(format!("[{}] ", text::DATED_WORDING), Look::Dated),
        piece(clean(&text::dated_message_warning(&dated)), Look::Plain),
    ]))
}

/// Under a repère's title when the title itself is dated (a law of 1992).
pub(super) fn dated_title(guidance: &crate::catalog::Guidance) -> Option<Block> {
    let marker = provenance::dated_marker_of(&guidance.title)?;
    Some(Block::Paragraph(vec![
        piece(format!("[{}] ", text::DATED_WORDING), Look::Dated),
        piece(text::dated_advice(marker.kind), Look::Dim),
    ]))
}
