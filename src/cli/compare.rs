//! `repere compare A B`: two tools side by side, point by point, so the
//! adviser can answer « plutôt celui-ci ou celui-là ? » in one read.

use std::io::Write;

use color_eyre::eyre::Result;

use super::{WIDTH, find_tool};
use crate::catalog::{Catalog, Field, Tool};
use crate::sanitize::{clean, clean_line};
use crate::text;

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

fn sources_lines(catalog: &Catalog, tool: &Tool) -> (Vec<String>, Vec<String>) {
    let mut territory = Vec::new();
    let mut dates = Vec::new();
    for id in crate::report::sources_of(tool) {
        if let Some(source) = catalog.source(&id) {
            let line = clean_line(&source.jurisdiction);
            if !territory.contains(&line) {
                territory.push(line);
            }
            dates.push(format!(
                "{} : {}",
                clean_line(&source.short),
                clean_line(&source.date)
            ));
        }
    }
    (territory, dates)
}

fn rows(catalog: &Catalog, tools: [&Tool; 2]) -> Vec<Row> {
    let each = |f: &dyn Fn(&Tool) -> Vec<String>| [f(tools[0]), f(tools[1])];
    vec![
        Row {
            heading: text::RISK_HEADING,
            key: "niveau",
            values: each(&|t| {
                let mut badge = text::risk_badge(t.risk.level);
                if catalog.local.evaluation_of(&t.id).is_some() {
                    badge = format!("{badge} {}", text::LOCAL_BADGE);
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
            key: "disponibilite",
            values: each(&|t| statements(catalog, t, Field::Availability)),
        },
        Row {
            heading: "Ouverture d'un compte",
            key: "ouverture_compte",
            values: each(&|t| statements(catalog, t, Field::AccountTime)),
        },
        Row {
            heading: "Coût",
            key: "cout",
            values: each(&|t| statements(catalog, t, Field::Cost)),
        },
        Row {
            heading: "Message aux familles",
            key: "message",
            values: each(&|t| vec![message_state(catalog, t)]),
        },
        Row {
            heading: "Territoire des sources",
            key: "territoire",
            values: each(&|t| sources_lines(catalog, t).0),
        },
        Row {
            heading: "Date des sources",
            key: "dates_sources",
            values: each(&|t| sources_lines(catalog, t).1),
        },
    ]
}

pub(super) fn compare(
    out: &mut impl Write,
    catalog: &Catalog,
    first: &str,
    second: &str,
    json: bool,
) -> Result<()> {
    let tools = [find_tool(catalog, first)?, find_tool(catalog, second)?];
    let rows = rows(catalog, tools);
    if json {
        let side = |i: usize| {
            let mut map = serde_json::Map::new();
            map.insert("id".into(), tools[i].id.clone().into());
            map.insert("name".into(), tools[i].name.clone().into());
            map.insert("risk".into(), tools[i].risk.level.id().into());
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
    writeln!(
        out,
        "{}  ↔  {}",
        clean_line(&tools[0].name),
        clean_line(&tools[1].name)
    )?;
    let options = textwrap::Options::new(WIDTH)
        .initial_indent("    - ")
        .subsequent_indent("      ");
    for row in &rows {
        writeln!(out, "\n{} :", row.heading)?;
        for (tool, lines) in tools.iter().zip(&row.values) {
            writeln!(out, "  {} :", clean_line(&tool.name))?;
            for line in lines {
                for wrapped in textwrap::wrap(line, &options) {
                    writeln!(out, "{wrapped}")?;
                }
            }
        }
    }
    Ok(())
}
