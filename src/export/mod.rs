//! The printable guide: the card on paper. Each tool's row and each
//! repère are built from the card model (`card::tool`, `card::guidance`),
//! so the guide carries what the card says — level (and whether the
//! sources evaluated it), disagreement, dated wording, derived-message
//! notes, the documents' own disclaimers — and nothing is decided twice.
//! Needs first, one table row per tool; every repère at the end; a table
//! of contents at the top. Rendered as self-contained HTML or as Markdown;
//! nothing here knows about terminals.

pub mod html;
pub mod markdown;
mod row;

pub use row::Row;

use crate::card::{self, Block, Card, Context, Kind, Piece};
use crate::catalog::local::french_date;
use crate::catalog::provenance::YearMonth;
use crate::catalog::territory::by_availability;
use crate::catalog::{Catalog, Place, Tool};
use crate::sanitize::clean_line;
use crate::text;

/// One need and its tools.
#[derive(Debug, Clone)]
pub struct Section {
    /// Anchor of the section (the need's id).
    pub id: String,
    pub label: String,
    pub description: String,
    pub rows: Vec<Row>,
    /// Tools of this need whose row is printed under an earlier need:
    /// name, level, anchor and label of that need.
    pub also: Vec<AlsoHere>,
}

/// A tool printed under an earlier need, named again here.
#[derive(Debug, Clone)]
pub struct AlsoHere {
    pub name: String,
    pub level: crate::catalog::Risk,
    pub need_id: String,
    pub need_label: String,
}

/// One repère (guidance section), as its card says it.
#[derive(Debug, Clone)]
pub struct GuidanceBlock {
    /// Anchor of the repère (its id).
    pub id: String,
    pub title: String,
    /// A note under the title (a dated law), if any.
    pub notes: Vec<Vec<Piece>>,
    /// The items, each with its source and dated marker.
    pub items: Vec<Vec<Piece>>,
    /// The documents cited, with their own disclaimers.
    pub sources: Vec<Vec<Piece>>,
}

/// The whole guide, ready to render.
#[derive(Debug, Clone)]
pub struct Guide {
    pub title: String,
    pub date: String,
    pub sections: Vec<Section>,
    pub guidance: Vec<GuidanceBlock>,
    /// The documents cited, each once, with what they say of their own
    /// standing (FWB: « purement informative »).
    pub sources: Vec<Vec<Piece>>,
    /// Whether the adviser's private notes are printed (`--avec-notes`).
    pub with_notes: bool,
}

/// What the guide is asked for.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    /// Needs to print (every need when empty).
    pub needs: &'a [String],
    /// Today, `AAAA-MM-JJ`.
    pub today: &'a str,
    /// The adviser's territory.
    pub place: Place,
    /// Print the adviser's private notes too.
    pub with_notes: bool,
}

/// `AAAA-MM-JJ` → the month the sources' ages are counted from.
pub fn year_month(iso: &str) -> YearMonth {
    YearMonth::parse(iso).unwrap_or_else(YearMonth::today)
}

fn guidance_block(catalog: &Catalog, guidance: &crate::catalog::Guidance) -> GuidanceBlock {
    let card: Card = card::guidance(catalog, guidance);
    let mut out = GuidanceBlock {
        id: guidance.id.clone(),
        title: clean_line(&guidance.title),
        notes: Vec::new(),
        items: Vec::new(),
        sources: Vec::new(),
    };
    for section in &card.sections {
        let target = match section.kind {
            Kind::Provenance => &mut out.notes,
            Kind::Items => &mut out.items,
            Kind::Sources => &mut out.sources,
            _ => continue,
        };
        target.extend(section.blocks.iter().filter_map(row::pieces_of));
    }
    out
}

/// Builds the guide, tools available in the territory first within each
/// level.
pub fn build(catalog: &Catalog, request: &Request<'_>) -> Result<Guide, String> {
    for need in request.needs {
        if !catalog.categories.iter().any(|c| &c.id == need) {
            let known: Vec<&str> = catalog.categories.iter().map(|c| c.id.as_str()).collect();
            return Err(text::guide_unknown_need(
                &clean_line(need),
                &known.join(", "),
            ));
        }
    }
    let context = Context {
        place: request.place.clone(),
        today: year_month(request.today),
    };
    // One row per tool, under the first need it is printed in.
    let mut printed: std::collections::HashMap<&str, (&str, String)> =
        std::collections::HashMap::new();
    let mut sections: Vec<Section> = Vec::new();
    for category in catalog
        .categories
        .iter()
        .filter(|c| request.needs.is_empty() || request.needs.contains(&c.id))
    {
        let mut tools: Vec<&Tool> = catalog.tools_in(&category.id).collect();
        tools.sort_by_key(|t| t.risk.level);
        let tools = by_availability(tools, &request.place);
        let label = clean_line(&category.label);
        let mut section = Section {
            id: category.id.clone(),
            label: label.clone(),
            description: clean_line(&category.description),
            rows: Vec::new(),
            also: Vec::new(),
        };
        for t in tools {
            if let Some((need_id, need_label)) = printed.get(t.id.as_str()) {
                section.also.push(AlsoHere {
                    name: clean_line(&t.name),
                    level: t.risk.level,
                    need_id: (*need_id).to_owned(),
                    need_label: need_label.clone(),
                });
                continue;
            }
            printed.insert(&t.id, (&category.id, label.clone()));
            let found = catalog.alternatives_in(t, &request.place);
            let card = card::tool(catalog, t, &found, &context);
            section
                .rows
                .push(Row::from_card(catalog, t, &card, request.with_notes));
        }
        if !section.rows.is_empty() || !section.also.is_empty() {
            sections.push(section);
        }
    }
    let sources = catalog
        .sources
        .iter()
        .filter(|s| {
            printed.keys().any(|id| {
                catalog.tool(id).is_some_and(|t| {
                    crate::catalog::provenance::cited_sources(t).contains(&s.id.as_str())
                })
            }) || catalog
                .guidance
                .iter()
                .any(|g| g.items.iter().any(|i| i.source == s.id))
        })
        .filter_map(|s| {
            let card = card::source_line(catalog, s);
            row::pieces_of(&card)
        })
        .collect();
    let guidance = catalog
        .guidance
        .iter()
        .map(|g| guidance_block(catalog, g))
        .collect();
    let mut title = text::GUIDE_TITLE.to_owned();
    if request.place.is_set() {
        title.push_str(" — ");
        title.push_str(&text::place_label(&request.place));
    }
    Ok(Guide {
        title,
        date: french_date(request.today),
        sections,
        guidance,
        sources,
        with_notes: request.with_notes,
    })
}

/// The text of a block's pieces, ids left out (they are for the command
/// line).
pub fn plain_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .filter(|p| p.look != card::Look::Id)
        .map(|p| p.text.as_str())
        .collect()
}

/// Whether a block is one of the card's paragraphs or items.
fn is_text(block: &Block) -> bool {
    !matches!(block, Block::Title { .. })
}
