//! `repere show --json`: the tool as stored, plus what is computed at
//! lookup — the age of its sources, its time-bound statements, the
//! disagreement between sources, the alternatives (in territory order),
//! with `--territoire` its availability there, and the origin of each fact.

use super::origin_json;
use crate::catalog::provenance::{
    YearMonth, dated_message, dated_statements, disagreement, level_basis, tool_ages,
};
use crate::catalog::territory::availability;
use crate::catalog::{Catalog, Place, Tool};
use crate::contract::card::{
    AgeOutput, AvailabilityOutput, CardOutput, DatedMessageOutput, DatedStatementOutput,
    DisagreementOutput, LevelBasisOutput, OtherEvidenceOutput, SourceAgeOutput,
};
use crate::contract::{FORMAT_VERSION, Keys, OriginOutput, RiskOutput};
use crate::text;

/// The JSON card of `tool`, computed for `today` and `place`.
pub fn card_json<'a>(
    catalog: &'a Catalog,
    tool: &'a Tool,
    place: &Place,
    today: YearMonth,
) -> CardOutput<'a> {
    let found = catalog.alternatives_in(tool, place);
    let card = crate::card::tool(
        catalog,
        tool,
        &found,
        &crate::card::Context {
            place: place.clone(),
            today,
        },
    );
    // « Doutes » stated by a source, or set by default for a tool no
    // source evaluates.
    let basis = level_basis(tool);
    CardOutput {
        age: age(catalog, tool, today),
        aliases: &tool.aliases,
        alternatives: found.iter().map(|t| t.id.as_str()).collect(),
        availability: place.is_set().then(|| {
            let status = availability(tool, place);
            AvailabilityOutput {
                status,
                text: text::availability_label(status, place),
            }
        }),
        categories: &tool.categories,
        changes: origin_json::changes(catalog, tool),
        dated: dated_statements(tool)
            .into_iter()
            .map(|d| DatedStatementOutput {
                field: d.field,
                marker: d.marker,
                source: d.source,
                text: d.text,
            })
            .collect(),
        dated_message: dated_message(catalog, tool).map(|d| DatedMessageOutput {
            kind: d.marker.kind,
            marker: d.marker.words,
            warning: text::dated_message_warning(&d),
            year: d.year,
        }),
        disagreement: disagreement(tool).map(|d| DisagreementOutput {
            kept: Keys::Sorted(d.kept),
            kept_level: tool.risk.level,
            kept_origin: origin_json::evidence_origin(catalog, tool, d.kept),
            others: d
                .others
                .iter()
                .map(|e| OtherEvidenceOutput {
                    basis: e.basis,
                    evaluated: e.basis.is_judgement(),
                    level: e.basis.implies(),
                    loc: &e.loc,
                    origin: origin_json::evidence_origin(catalog, tool, e),
                    source: &e.source,
                    text: &e.text,
                })
                .collect(),
        }),
        family_message: origin_json::family_message(catalog, tool),
        format_version: FORMAT_VERSION,
        id: &tool.id,
        level_basis: LevelBasisOutput {
            basis,
            label: text::level_label(tool.risk.level, basis),
        },
        local_evaluation: origin_json::local_evaluation(catalog, tool),
        local_message: origin_json::local_message(catalog, tool),
        local_notes: origin_json::local_notes(catalog, tool),
        name: &tool.name,
        needs: (!tool.needs.is_empty()).then_some(Keys::Sorted(tool.needs.as_slice())),
        origin: OriginOutput::of(crate::card::tool_layer(catalog, tool)),
        risk: RiskOutput::sorted(tool),
        risk_evidence_origins: origin_json::risk_evidence_origins(catalog, tool),
        risk_origin: origin_json::risk_origin(catalog, tool),
        sections: crate::card::output::sections(&card),
        statements: origin_json::statements(catalog, tool),
        summary: &tool.summary,
        territory: (!tool.territory.is_empty()).then_some(Keys::Sorted(tool.territory.as_slice())),
        territory_origin: origin_json::territory_origin(catalog, tool),
        url: tool.url.as_deref(),
        verdict: crate::card::verdict(catalog, tool, &found),
    }
}

/// The age of every source the tool cites, oldest first.
fn age(catalog: &Catalog, tool: &Tool, today: YearMonth) -> AgeOutput {
    let ages = tool_ages(catalog, tool, today);
    AgeOutput {
        text: text::age_line(&ages),
        // Whole years since the oldest source (the list is oldest first).
        years: ages.first().map(|a| a.years),
        sources: ages
            .into_iter()
            .map(|a| SourceAgeOutput {
                date: a.date,
                published: a.published,
                short: a.short,
                source: a.source,
                years: a.years,
            })
            .collect(),
    }
}
