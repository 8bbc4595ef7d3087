//! `repere search`: tools and repères together, best first.

use std::io::Write;

use crate::contract::OriginOutput;
use crate::contract::outputs::{GuideHit, GuideKind, SearchItem, ToolHit};

use color_eyre::eyre::Result;

use super::truncate;
use crate::catalog::Catalog;
use crate::catalog::Place;
use crate::catalog::intents::Intents;
use crate::sanitize::clean_line;
use crate::search::{Asked, Found, SearchIndex, fold_text};
use crate::text;

/// How alike a word must be to a name's or a need's word to be offered
/// (Jaro-Winkler): "zoum" for "zoom", not "gros" for "Google".
const NEAR: f64 = 0.88;

/// Prints the hits of `query`, at most `limit`, and how many more there are.
pub(super) fn search(
    out: &mut impl Write,
    catalog: &Catalog,
    (tools, guides): (&SearchIndex, &SearchIndex),
    query: &str,
    json: bool,
    limit: u16,
    place: &Place,
) -> Result<()> {
    let intents = Intents::bundled()?;
    let asked = Asked {
        catalog,
        tools,
        guides,
        intents: &intents,
        place,
        bodies: None,
    };
    let found = asked.answer(query);
    let shown = &found[..found.len().min(usize::from(limit))];
    if json {
        let items: Vec<SearchItem<'_>> = shown
            .iter()
            .map(|answer| match &answer.found {
                Found::Tool(hit) => {
                    let tool = &catalog.tools[hit.index];
                    let origin = OriginOutput::of(crate::card::tool_layer(catalog, tool));
                    SearchItem::Tool(ToolHit {
                        local_evaluation: catalog.local.evaluation_of(&tool.id).is_some(),
                        name_positions: tools.name_positions(hit.index, query),
                        replaced: answer.replaced,
                        score: hit.score,
                        ..ToolHit::of(tool, origin)
                    })
                }
                Found::Guide(hit) => {
                    let guide = &catalog.guidance[hit.index];
                    SearchItem::Guide(GuideHit {
                        format_version: crate::contract::FORMAT_VERSION,
                        id: &guide.id,
                        kind: GuideKind::Guide,
                        name_positions: guides.name_positions(hit.index, query),
                        origin: OriginOutput::of(catalog.provenance.guidance_layer(&guide.id)),
                        score: hit.score,
                        title: &guide.title,
                    })
                }
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&items)?)?;
        return Ok(());
    }
    if found.is_empty() {
        let names = near_names(catalog, query);
        let line = if names.is_empty() {
            text::nothing_found_needs(&clean_line(query), &near_needs(catalog, query))
        } else {
            text::unknown_tool(&clean_line(query), &names)
        };
        writeln!(out, "{line}")?;
        return Ok(());
    }
    for answer in shown {
        let (name, badge, id) = match &answer.found {
            Found::Tool(hit) => {
                let tool = &catalog.tools[hit.index];
                // « [évaluation locale] » after the id.
                (
                    &tool.name,
                    text::risk_badge(tool.risk.level),
                    crate::local::view::id_with_badge(catalog, tool),
                )
            }
            Found::Guide(hit) => {
                let guide = &catalog.guidance[hit.index];
                let id = match crate::local::view::guidance_badge(catalog, guide) {
                    Some(badge) => format!("{} {badge}", guide.id),
                    None => guide.id.clone(),
                };
                (&guide.title, text::GUIDE_BADGE.to_owned(), id)
            }
        };
        let flag = if answer.replaced {
            text::REPLACED_FLAG
        } else {
            ""
        };
        writeln!(
            out,
            "{:<34} {:<22} {}{flag}",
            truncate(&clean_line(name), 34),
            badge,
            id
        )?;
    }
    if found.len() > shown.len() {
        // On stderr: stdout stays one result per line for scripts.
        crate::clean_output::stderr_line(&text::more_results(found.len() - shown.len()));
    }
    Ok(())
}

/// Whether some word of `query` is near some word of `text` (both folded).
fn near(query: &str, text: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_owned)
            .collect()
    };
    let theirs = words(text);
    words(query)
        .iter()
        .any(|q| theirs.iter().any(|w| strsim::jaro_winkler(q, w) >= NEAR))
}

/// Up to three tool names with a word near a word of the query.
fn near_names(catalog: &Catalog, query: &str) -> Vec<String> {
    let folded = fold_text(query);
    let mut scored: Vec<(f64, String)> = catalog
        .tools
        .iter()
        .filter(|t| near(&folded, &fold_text(&t.name)))
        .map(|t| {
            let score = strsim::jaro_winkler(&folded, &fold_text(&t.name));
            (score, format!("{} ({})", clean_line(&t.name), t.id))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

/// Up to three needs with a word near a word of the query.
fn near_needs(catalog: &Catalog, query: &str) -> Vec<String> {
    let folded = fold_text(query);
    catalog
        .categories
        .iter()
        .filter(|need| {
            let words = [&need.label, &need.description]
                .into_iter()
                .chain(&need.keywords)
                .chain(&need.everyday_words);
            words.into_iter().any(|w| near(&folded, &fold_text(w)))
        })
        .take(3)
        .map(|need| clean_line(&need.label))
        .collect()
}
