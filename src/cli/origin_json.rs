//! `origin` on every fact of `show --json`: the source a bundled fact is
//! quoted from, or the layer (file, author, date) that added or changed
//! it; for a tool a layer changed, the sourced version beside it; and the
//! adviser's additions, each with the layer it came in.

use crate::card::{is_sourced, tool_layer};
use crate::catalog::local::LOCAL_SOURCE_ID;
use crate::catalog::origin::Layer;
use crate::catalog::{Catalog, Tool};
use crate::contract::card::{
    ChangesOutput, EarlierOutput, EvaluationKind, EvaluationOrigin, FactOrigin,
    FamilyMessageOutput, LayerOrigin, LocalEvaluationOutput, LocalMessageOutput, LocalNoteOutput,
    SourceKind, SourceOrigin, StatementOutput,
};
use crate::contract::{Keys, OriginOutput};

/// The origin of a fact quoting `source`, added by `layer` unless sourced.
fn origin<'a>(source: Option<&'a str>, layer: Option<&'a Layer>, sourced: bool) -> FactOrigin<'a> {
    if source == Some(LOCAL_SOURCE_ID) {
        // A grid answer: the adviser's, in whichever layer it came.
        return FactOrigin::Evaluation(EvaluationOrigin {
            by: OriginOutput::addition(layer),
            kind: EvaluationKind::LocalEvaluation,
        });
    }
    match (layer, sourced) {
        (Some(layer), false) => FactOrigin::Layer(LayerOrigin::of(layer, source)),
        _ => FactOrigin::Source(SourceOrigin {
            kind: SourceKind::Source,
            source,
        }),
    }
}

/// Each statement with its origin.
pub(super) fn statements<'a>(catalog: &'a Catalog, tool: &'a Tool) -> Vec<StatementOutput<'a>> {
    let layer = tool_layer(catalog, tool);
    tool.statements
        .iter()
        .map(|statement| {
            let sourced = is_sourced(catalog, tool, statement);
            StatementOutput::of(statement, origin(Some(&statement.source), layer, sourced))
        })
        .collect()
}

/// The origin of the level: beside it, not in it, so that the risk object
/// keeps one shape in every output (search, show, compare).
pub(super) fn risk_origin<'a>(catalog: &'a Catalog, tool: &'a Tool) -> FactOrigin<'a> {
    let bundled = catalog.provenance.bundled_tool(&tool.id);
    let sourced = bundled.is_some_and(|b| b.risk == tool.risk);
    let first = tool.risk.sources.first().map(String::as_str);
    origin(first, tool_layer(catalog, tool), sourced)
}

/// The origin of each quote the level rests on.
pub(super) fn risk_evidence_origins<'a>(
    catalog: &'a Catalog,
    tool: &'a Tool,
) -> Vec<FactOrigin<'a>> {
    let layer = tool_layer(catalog, tool);
    let bundled = catalog.provenance.bundled_tool(&tool.id);
    tool.risk
        .evidence
        .iter()
        .map(|e| {
            let sourced = bundled.is_some_and(|b| b.risk.evidence.contains(e));
            origin(Some(&e.source), layer, sourced)
        })
        .collect()
}

/// The origin of one quote the level rests on: its document, or the
/// layer that added it.
pub(super) fn evidence_origin<'a>(
    catalog: &'a Catalog,
    tool: &'a Tool,
    evidence: &'a crate::catalog::Evidence,
) -> FactOrigin<'a> {
    let bundled = catalog.provenance.bundled_tool(&tool.id);
    let sourced = bundled.is_some_and(|b| b.risk.evidence.contains(evidence));
    origin(Some(&evidence.source), tool_layer(catalog, tool), sourced)
}

/// The origin of where the tool is available (none when no place is given).
pub(super) fn territory_origin<'a>(catalog: &'a Catalog, tool: &'a Tool) -> Option<FactOrigin<'a>> {
    let first = tool.territory.first()?;
    let bundled = catalog.provenance.bundled_tool(&tool.id);
    let sourced = bundled.is_some_and(|b| b.territory == tool.territory);
    Some(origin(
        Some(&first.source),
        tool_layer(catalog, tool),
        sourced,
    ))
}

/// The family message with its origin.
pub(super) fn family_message<'a>(
    catalog: &'a Catalog,
    tool: &'a Tool,
) -> Option<FamilyMessageOutput<'a>> {
    let message = tool.family_message.as_ref()?;
    let bundled = catalog.provenance.bundled_tool(&tool.id);
    let sourced = bundled.is_some_and(|b| b.family_message.as_ref() == Some(message));
    Some(FamilyMessageOutput {
        derived: message.derived.as_ref().map(Keys::Sorted),
        loc: &message.loc,
        origin: origin(Some(&message.source), tool_layer(catalog, tool), sourced),
        original: &message.original,
        source: &message.source,
        text: &message.text,
    })
}

/// The sourced version and other layers' versions of a changed tool.
pub(super) fn changes<'a>(catalog: &'a Catalog, tool: &'a Tool) -> Option<ChangesOutput<'a>> {
    let provenance = &catalog.provenance;
    let layer = tool_layer(catalog, tool)?;
    let earlier = provenance.replaced_tools.get(&tool.id);
    let versions = earlier
        .into_iter()
        .flatten()
        .map(|(by, version)| EarlierOutput {
            alternatives: &version.alternatives,
            level: version.risk.level,
            origin: OriginOutput::of(by.and_then(|i| provenance.layer(i))),
            rationale: &version.risk.rationale,
            statements_removed: version
                .statements
                .iter()
                .filter(|s| !tool.statements.contains(s))
                .map(Keys::Sorted)
                .collect(),
        })
        .collect();
    Some(ChangesOutput {
        by: OriginOutput::of(Some(layer)),
        earlier: versions,
        level: tool.risk.level,
        sourced_level: provenance.bundled_tool(&tool.id).map(|b| b.risk.level),
    })
}

/// The adviser's notes on the tool (`None` when there are none), each
/// with the layer it came in.
pub(super) fn local_notes<'a>(
    catalog: &'a Catalog,
    tool: &'a Tool,
) -> Option<Vec<LocalNoteOutput<'a>>> {
    let provenance = &catalog.provenance;
    let notes: Vec<LocalNoteOutput> = catalog
        .local
        .notes_of(&tool.id)
        .map(|n| {
            let layer = provenance.note_layer(&n.id, &n.author);
            LocalNoteOutput::of(n, OriginOutput::addition(layer))
        })
        .collect();
    (!notes.is_empty()).then_some(notes)
}

/// The family message written locally, with the layer it came in.
pub(super) fn local_message<'a>(
    catalog: &'a Catalog,
    tool: &'a Tool,
) -> Option<LocalMessageOutput<'a>> {
    let layer = catalog.provenance.message_layer(&tool.id);
    let message = catalog.local.message_of(&tool.id)?;
    Some(LocalMessageOutput::of(
        message,
        OriginOutput::addition(layer),
    ))
}

/// The adviser's evaluation with the grid, with the layer it came in.
pub(super) fn local_evaluation<'a>(
    catalog: &'a Catalog,
    tool: &'a Tool,
) -> Option<LocalEvaluationOutput<'a>> {
    let layer = catalog.provenance.evaluation_layer(&tool.id);
    let evaluation = catalog.local.evaluation_of(&tool.id)?;
    Some(LocalEvaluationOutput::of(
        evaluation,
        OriginOutput::addition(layer),
    ))
}
