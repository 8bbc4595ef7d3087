//! `repere compare A B`: two tools side by side, point by point, so the
//! adviser can answer « plutôt celui-ci ou celui-là ? » in one read.

use std::fmt::Write as _;
use std::io::Write;

use color_eyre::eyre::Result;

use crate::catalog::provenance::{YearMonth, tool_ages};
use crate::catalog::territory::availability;
use crate::catalog::{Catalog, Field, Place, Tool};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// Width of the comparison: fits an 80-column terminal.
const WIDTH: usize = 78;

/// One compared point: its French heading and each tool's lines.
struct Row {
    heading: &'static str,
    key: &'static str,
    values: [Vec<String>; 2],
}

fn statements(catalog: &Catalog, tool: &Tool, field: Field) -> Vec<String> {
    let lines: Vec<String> = tool
        .statements_of(field)
        .map(|s| {
            let short = catalog
                .source(&s.source)
                .map_or(s.source.as_str(), |x| x.short.as_str());
            format!("{} ({short})", clean(&s.text))
        })
        .collect();
    if lines.is_empty() {
        vec!["non indiqué par les sources".to_owned()]
    } else {
        lines
    }
}

fn message_state(catalog: &Catalog, tool: &Tool) -> String {
    match (&tool.family_message, catalog.local.message_of(&tool.id)) {
        (Some(m), _) => {
            let short = catalog
                .source(&m.source)
                .map_or(m.source.as_str(), |s| s.short.as_str());
            format!("oui, message type ({short})")
        }
        (None, Some(_)) => format!("oui, {}", text::LOCAL_MESSAGE.to_lowercase()),
        (None, None) => "non".to_owned(),
    }
}

/// Where the sources say the tool is available, and there (`--territoire`).
fn territory_lines(catalog: &Catalog, tool: &Tool, place: &Place) -> Vec<String> {
    let mut lines: Vec<String> = tool
        .territory
        .iter()
        .map(|t| {
            let short = catalog
                .source(&t.source)
                .map_or(t.source.as_str(), |s| s.short.as_str());
            format!("{} ({short})", clean(&t.text))
        })
        .collect();
    if lines.is_empty() {
        lines.push("non précisé par les sources".to_owned());
    }
    if place.is_set() {
        lines.insert(
            0,
            text::availability_label(availability(tool, place), place),
        );
    }
    lines
}

/// « DSDEN 74 : printemps 2020, il y a 6 ans », oldest first.
fn age_lines(catalog: &Catalog, tool: &Tool) -> Vec<String> {
    let today = YearMonth::parse(&super::date::today()).unwrap_or_else(YearMonth::today);
    let ages = tool_ages(catalog, tool, today);
    if ages.is_empty() {
        return vec!["non datées".to_owned()];
    }
    ages.iter()
        .map(|a| {
            format!(
                "{} : {}, {}",
                clean_line(&a.short),
                clean_line(&a.date),
                text::years_ago(a.years)
            )
        })
        .collect()
}

fn rows(catalog: &Catalog, tools: [&Tool; 2], place: &Place) -> Vec<Row> {
    let each = |f: &dyn Fn(&Tool) -> Vec<String>| [f(tools[0]), f(tools[1])];
    vec![
        Row {
            heading: text::RISK_HEADING,
            key: "level",
            values: each(&|t| {
                let mut badge = text::risk_badge(t.risk.level);
                if let Some(origin) = super::view::badge(catalog, t) {
                    badge = format!("{badge} {origin}");
                }
                vec![badge, clean(&t.risk.rationale)]
            }),
        },
        Row {
            heading: "Précautions",
            key: "precautions",
            values: each(&|t| statements(catalog, t, Field::Precautions)),
        },
        Row {
            heading: "Disponibilité",
            key: "availability",
            values: each(&|t| statements(catalog, t, Field::Availability)),
        },
        Row {
            heading: "Ouverture d'un compte",
            key: "account_time",
            values: each(&|t| statements(catalog, t, Field::AccountTime)),
        },
        Row {
            heading: "Coût",
            key: "cost",
            values: each(&|t| statements(catalog, t, Field::Cost)),
        },
        Row {
            heading: "Message aux familles",
            key: "message",
            values: each(&|t| vec![message_state(catalog, t)]),
        },
        Row {
            heading: "Territoire",
            key: "territory",
            values: each(&|t| territory_lines(catalog, t, place)),
        },
        Row {
            heading: "Âge des sources",
            key: "source_age",
            values: each(&|t| age_lines(catalog, t)),
        },
    ]
}

/// Writes `repere compare` for two tools the command line found.
pub fn write(
    out: &mut impl Write,
    catalog: &Catalog,
    tools: [&Tool; 2],
    json: bool,
    place: &Place,
) -> Result<()> {
    let rows = rows(catalog, tools, place);
    if json {
        let side = |i: usize| {
            let mut map = serde_json::Map::new();
            map.insert("id".into(), tools[i].id.clone().into());
            map.insert("name".into(), tools[i].name.clone().into());
            map.insert("risk".into(), crate::contract::risk(tools[i]));
            map.insert(
                "format_version".into(),
                crate::contract::FORMAT_VERSION.into(),
            );
            for row in &rows {
                map.insert(row.key.into(), serde_json::json!(row.values[i]));
            }
            serde_json::Value::Object(map)
        };
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&serde_json::json!([side(0), side(1)]))?
        )?;
        return Ok(());
    }
    write!(out, "{}", text_of(catalog, tools, place))?;
    Ok(())
}

/// The comparison as plain text for the command line, wrapped to fit
/// an 80-column terminal.
pub fn text_of(catalog: &Catalog, tools: [&Tool; 2], place: &Place) -> String {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(BULLET)
        .subsequent_indent(UNDER_BULLET);
    let mut out = String::new();
    for line in unwrapped_text(catalog, tools, place).lines() {
        match line.strip_prefix(BULLET) {
            Some(point) => {
                for wrapped in textwrap::wrap(point, &options) {
                    let _ = writeln!(out, "{wrapped}");
                }
            }
            None => {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    out
}

/// A compared point starts with this; its next lines go under its text.
pub const BULLET: &str = "    - ";
const UNDER_BULLET: &str = "      ";

/// The comparison with one line per point, not wrapped: the interface
/// wraps it once, to its popup's width, each point under its own text.
pub fn unwrapped_text(catalog: &Catalog, tools: [&Tool; 2], place: &Place) -> String {
    let rows = rows(catalog, tools, place);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  ↔  {}",
        clean_line(&tools[0].name),
        clean_line(&tools[1].name)
    );
    for row in &rows {
        let _ = writeln!(out, "\n{} :", row.heading);
        for (tool, lines) in tools.iter().zip(&row.values) {
            let _ = writeln!(out, "  {} :", clean_line(&tool.name));
            for line in lines {
                // One point, one line: its own line breaks become spaces.
                let point: Vec<&str> = line.split_whitespace().collect();
                let _ = writeln!(out, "{BULLET}{}", point.join(" "));
            }
        }
    }
    out
}
