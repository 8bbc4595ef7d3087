//! The printable guide: per need, a table like the DSDEN 74 document (tool,
//! address, level, precautions, what to send to families, sources with their
//! date and age), then the proscribed services and the security rules. Local
//! notes and evaluations are marked as such. Rendered as self-contained HTML
//! or as Markdown; nothing here knows about terminals.

pub mod html;
pub mod markdown;

use crate::catalog::local::french_date;
use crate::catalog::provenance::{YearMonth, cited_sources, source_age};
use crate::catalog::territory::{availability, by_availability};
use crate::catalog::{Catalog, Field, Guidance, Place, Risk, Tool};
use crate::local::view::{EntryKind, local_entries};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// Guidance sections printed after the tables, in this order.
const GUIDANCE_PRINTED: [&str; 2] = ["services-a-proscrire", "regles-securite"];

/// One row of a need's table.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub url: Option<String>,
    pub level: Risk,
    /// « disponible (74) », with `--territoire` only.
    pub availability: Option<String>,
    /// « évaluation locale » badge.
    pub evaluated: bool,
    pub precautions: Vec<String>,
    /// What to send to families, and whether it was written locally.
    pub families: String,
    pub families_local: bool,
    pub sources: Vec<String>,
    /// Local notes and evaluation, heading and text.
    pub local: Vec<(String, String)>,
}

/// One need and its tools.
#[derive(Debug, Clone)]
pub struct Section {
    pub label: String,
    pub description: String,
    pub rows: Vec<Row>,
}

/// The whole guide, ready to render.
#[derive(Debug, Clone)]
pub struct Guide {
    pub title: String,
    pub date: String,
    pub sections: Vec<Section>,
    pub guidance: Vec<(String, Vec<String>)>,
}

/// `AAAA-MM-JJ` → the month C's provenance counts ages from.
pub fn year_month(iso: &str) -> YearMonth {
    YearMonth::parse(iso).unwrap_or_else(YearMonth::today)
}

/// « DSDEN 74, printemps 2020 (il y a 6 ans) ».
fn source_line(catalog: &Catalog, id: &str, today: YearMonth) -> Option<String> {
    let source = catalog.source(id)?;
    let age = source_age(source, today)
        .map(|a| format!(" ({})", text::years_ago(a.years)))
        .unwrap_or_default();
    Some(format!(
        "{}, {}{age}",
        clean_line(&source.short),
        clean_line(&source.date)
    ))
}

fn with_source(catalog: &Catalog, text: &str, source: &str) -> String {
    let short = catalog.source(source).map_or(source, |s| s.short.as_str());
    format!("{} ({})", clean(text), clean_line(short))
}

fn row(catalog: &Catalog, tool: &Tool, today: YearMonth, place: &Place) -> Row {
    let precautions = tool
        .statements_of(Field::Precautions)
        .map(|s| with_source(catalog, &s.text, &s.source))
        .collect();
    let (families, families_local) =
        match (&tool.family_message, catalog.local.message_of(&tool.id)) {
            (Some(m), _) => (with_source(catalog, &m.text, &m.source), false),
            (None, Some(local)) => (
                format!(
                    "{} le {} ({}) : {}",
                    text::LOCAL_MESSAGE,
                    french_date(&local.date),
                    clean_line(&local.author),
                    clean(&local.text)
                ),
                true,
            ),
            (None, None) => {
                let info: Vec<String> = tool
                    .statements_of(Field::FamilyInfo)
                    .map(|s| with_source(catalog, &s.text, &s.source))
                    .collect();
                (
                    if info.is_empty() {
                        "—".to_owned()
                    } else {
                        info.join(" ")
                    },
                    false,
                )
            }
        };
    let sources = cited_sources(tool)
        .into_iter()
        .filter_map(|id| source_line(catalog, id, today))
        .collect();
    let availability = place
        .is_set()
        .then(|| text::availability_label(availability(tool, place), place));
    // A tool a layer added or changed carries its author in the guide
    // (an evaluated one has its own badge below).
    let name = match crate::card::badge(catalog, tool) {
        Some(badge) if catalog.local.evaluation_of(&tool.id).is_none() => {
            format!("{} {badge}", clean_line(&tool.name))
        }
        _ => clean_line(&tool.name),
    };
    Row {
        name,
        url: tool.url.as_deref().map(clean_line),
        level: tool.risk.level,
        availability,
        evaluated: catalog.local.evaluation_of(&tool.id).is_some(),
        precautions,
        families,
        families_local,
        sources,
        local: local_entries(catalog, tool)
            .into_iter()
            .filter(|entry| entry.kind != EntryKind::Message)
            .map(|entry| (entry.heading, entry.body))
            .collect(),
    }
}

fn guidance_lines(catalog: &Catalog, guidance: &Guidance) -> (String, Vec<String>) {
    (
        clean_line(&guidance.title),
        guidance
            .items
            .iter()
            .map(|i| with_source(catalog, &i.text, &i.source))
            .collect(),
    )
}

/// Builds the guide for the given needs (every need when empty), tools
/// available in `place` first.
pub fn build(
    catalog: &Catalog,
    needs: &[String],
    today: &str,
    place: &Place,
) -> Result<Guide, String> {
    let month = year_month(today);
    for need in needs {
        if !catalog.categories.iter().any(|c| &c.id == need) {
            let known: Vec<&str> = catalog.categories.iter().map(|c| c.id.as_str()).collect();
            return Err(format!(
                "besoin inconnu « {} » ; besoins : {}",
                clean_line(need),
                known.join(", ")
            ));
        }
    }
    let sections = catalog
        .categories
        .iter()
        .filter(|c| needs.is_empty() || needs.contains(&c.id))
        .map(|category| {
            let mut tools: Vec<&Tool> = catalog.tools_in(&category.id).collect();
            tools.sort_by_key(|t| t.risk.level);
            let tools = by_availability(tools, place);
            Section {
                label: clean_line(&category.label),
                description: clean_line(&category.description),
                rows: tools
                    .into_iter()
                    .map(|t| row(catalog, t, month, place))
                    .collect(),
            }
        })
        .filter(|s| !s.rows.is_empty())
        .collect();
    let guidance = GUIDANCE_PRINTED
        .iter()
        .filter_map(|id| catalog.guidance.iter().find(|g| g.id == *id))
        .map(|g| guidance_lines(catalog, g))
        .collect();
    let mut title = "Outils numériques pour échanger avec les élèves et les familles : niveaux de risque et précautions".to_owned();
    if place.is_set() {
        title.push_str(" — ");
        title.push_str(&text::place_label(place));
    }
    Ok(Guide {
        title,
        date: french_date(today),
        sections,
        guidance,
    })
}
