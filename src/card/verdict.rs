//! The one-line verdict at the top of a tool's card: the level, the
//! decisive evidence (or the first precaution) with its source, and the
//! first safer alternative. Built once here, shown by every renderer and
//! in `--json`.

use super::{Block, Card, Kind, Look, piece};
use crate::catalog::{Catalog, Field, Risk, Tool};
use crate::sanitize::clean_line;
use crate::text;

/// Longest quote kept in a verdict (characters); the card has the rest.
const QUOTE_CHARS: usize = 110;

/// The verdict on `tool`; `found` are its safer alternatives, best first.
pub fn verdict(catalog: &Catalog, tool: &Tool, found: &[&Tool]) -> String {
    // A level a layer gives is the layer's: the verdict names it, and
    // never credits a document for it (a real sentence read as
    // « institutional » by a colleague is not the document's verdict).
    // A level the sources give is told from the sources' own reasons.
    let sourced_risk = match catalog.provenance.bundled_tool(&tool.id) {
        _ if catalog.provenance.tool_layer(&tool.id).is_none() => &tool.risk,
        Some(bundled) if bundled.risk.level == tool.risk.level => &bundled.risk,
        _ => return layer_verdict(catalog, tool, found),
    };
    let evidence = sourced_risk
        .evidence
        .iter()
        .find(|e| e.basis.implies() == tool.risk.level)
        .or_else(|| sourced_risk.evidence.first());
    let source = |id: &str| clean_line(catalog.source_short(id));
    let first_alternative = found.first().map(|t| clean_line(&t.name));
    match tool.risk.level {
        Risk::Institutional => {
            let from = evidence.map(|e| source(&e.source));
            text::verdict_yes(from.as_deref())
        }
        Risk::Precautions => {
            let first = tool.statements_of(Field::Precautions).next();
            text::verdict_precautions(
                first.map(|s| shortened(&s.text)).as_deref(),
                first.map(|s| source(&s.source)).as_deref(),
            )
        }
        Risk::Doubtful => text::verdict_study(
            evidence.map(|e| shortened(&e.text)).as_deref(),
            evidence.map(|e| source(&e.source)).as_deref(),
            first_alternative.as_deref(),
        ),
        Risk::Forbidden => text::verdict_no(
            evidence.map(|e| source(&e.source)).as_deref(),
            first_alternative.as_deref(),
        ),
    }
}

/// The verdict on a tool whose level a layer gives (a colleague's file,
/// the team folder, the adviser's own evaluation): by whom, « pas selon
/// les sources », then the quote it shows with its own document.
fn layer_verdict(catalog: &Catalog, tool: &Tool, found: &[&Tool]) -> String {
    let by = match (
        catalog.local.evaluation_of(&tool.id),
        catalog.provenance.tool_layer(&tool.id),
    ) {
        (Some(evaluation), _) => text::evaluation_by(&evaluation.date, &evaluation.author),
        (None, Some(layer)) => text::layer_label(layer),
        (None, None) => String::new(),
    };
    let quote = match tool.risk.level {
        Risk::Precautions => tool
            .statements_of(Field::Precautions)
            .next()
            .map(|s| (&s.text, &s.source)),
        Risk::Doubtful => tool
            .risk
            .evidence
            .iter()
            .find(|e| e.basis.implies() == tool.risk.level)
            .map(|e| (&e.text, &e.source)),
        Risk::Institutional | Risk::Forbidden => None,
    }
    .map(|(quote, source)| (shortened(quote), clean_line(catalog.source_short(source))));
    let instead = found
        .first()
        .filter(|_| tool.risk.level.needs_alternatives())
        .map(|t| clean_line(&t.name));
    text::verdict_by_layer(
        tool.risk.level,
        &by,
        quote.as_ref().map(|(q, s)| (q.as_str(), s.as_str())),
        instead.as_deref(),
    )
}

/// A quote on one line, cut at a word with an ellipsis when long.
fn shortened(quote: &str) -> String {
    let line = clean_line(quote);
    // Lists in the sources run on with « -> »: the first item says it.
    let line = line.trim_start_matches("->").trim_start();
    let line = line.split(" -> ").next().unwrap_or(line);
    if line.chars().count() <= QUOTE_CHARS {
        return line.trim_end_matches('.').to_owned();
    }
    let cut: String = line.chars().take(QUOTE_CHARS).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}

/// Adds the verdict section, right under the title.
pub(super) fn section(card: &mut Card, catalog: &Catalog, tool: &Tool, found: &[&Tool]) {
    let line = verdict(catalog, tool, found);
    card.push(
        Kind::Verdict,
        None,
        vec![Block::Paragraph(vec![piece(
            line,
            Look::Risk(tool.risk.level),
        )])],
    );
}
