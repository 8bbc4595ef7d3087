//! The guide as Markdown (GitHub-flavoured tables, which common viewers
//! render). Cells cannot hold line breaks or pipes, so both are replaced.

use std::fmt::Write;

use super::Guide;
use crate::text;

/// Text safe inside a table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', "<br>")
        .replace('*', "\\*")
        .replace('_', "\\_")
}

/// The document.
pub fn render(guide: &Guide) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", guide.title);
    let _ = writeln!(
        out,
        "Édité le {} avec repere. Les passages marqués « {} » sont des ajouts locaux, pas des sources.\n",
        guide.date,
        text::LOCAL_HEADING
    );
    for section in &guide.sections {
        let _ = writeln!(out, "## {}\n\n{}\n", section.label, section.description);
        let _ = writeln!(
            out,
            "| Outil | Adresse | Niveau | Précautions | À transmettre aux familles | Sources (date, âge) |\n|---|---|---|---|---|---|"
        );
        for row in &section.rows {
            let mut name = format!("**{}**", cell(&row.name));
            if row.evaluated {
                let _ = write!(name, " {}", cell(text::LOCAL_BADGE));
            }
            let mut precautions: Vec<String> = row
                .precautions
                .iter()
                .map(|p| format!("• {}", cell(p)))
                .collect();
            for (heading, body) in &row.local {
                precautions.push(format!(
                    "*{} ({}) :* {}",
                    cell(heading),
                    cell(text::LOCAL_HEADING),
                    cell(body)
                ));
            }
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                name,
                row.url
                    .as_deref()
                    .map_or_else(|| "—".to_owned(), |u| format!("<{u}>")),
                match &row.availability {
                    Some(a) => format!("{}<br>{}", cell(&text::risk_badge(row.level)), cell(a)),
                    None => cell(&text::risk_badge(row.level)),
                },
                if precautions.is_empty() {
                    "—".to_owned()
                } else {
                    precautions.join("<br>")
                },
                cell(&row.families),
                row.sources
                    .iter()
                    .map(|s| cell(s))
                    .collect::<Vec<_>>()
                    .join("<br>")
            );
        }
        out.push('\n');
    }
    for (title, items) in &guide.guidance {
        let _ = writeln!(out, "## {title}\n");
        for item in items {
            let _ = writeln!(out, "- {}", item.replace('\n', " "));
        }
        out.push('\n');
    }
    out
}
