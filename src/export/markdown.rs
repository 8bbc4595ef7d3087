//! The guide as Markdown (GitHub-flavoured tables, which common viewers
//! render), from the same rows as the HTML page. Cells cannot hold line
//! breaks or pipes, so both are replaced.

use std::fmt::Write;

use super::{Guide, plain_text};
use crate::card::Piece;
use crate::text;

/// Text safe inside a table cell.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', "<br>")
        .replace('*', "\\*")
        .replace('_', "\\_")
}

/// Paragraphs joined in one cell.
fn joined(list: &[Vec<Piece>], bullet: &str) -> String {
    list.iter()
        .map(|p| format!("{bullet}{}", cell(&plain_text(p))))
        .collect::<Vec<_>>()
        .join("<br>")
}

fn or_dash(text: String) -> String {
    if text.is_empty() {
        "—".to_owned()
    } else {
        text
    }
}

/// One tool's row.
fn table_row(out: &mut String, row: &super::Row) {
    let mut name = format!("**{}**", cell(&row.name));
    if row.evaluated {
        let _ = write!(name, " {}", cell(text::LOCAL_BADGE));
    }
    let mut level = cell(&row.level_label);
    for line in row.about.iter().chain(&row.reason) {
        let _ = write!(level, "<br>{}", cell(&plain_text(line)));
    }
    let mut precautions = joined(&row.precautions, "• ");
    if !row.alternatives.is_empty() {
        let _ = write!(
            precautions,
            "<br>*{} :* {}",
            text::ALTERNATIVES_HEADING,
            joined(&row.alternatives, "")
        );
    }
    for (heading, body) in &row.local {
        let _ = write!(
            precautions,
            "<br>*{} ({}) :* {}",
            cell(heading),
            cell(text::LOCAL_HEADING),
            cell(body)
        );
    }
    let mut families = row
        .families_heading
        .as_deref()
        .map(|h| format!("*{}* : ", cell(h)))
        .unwrap_or_default();
    families.push_str(&joined(&row.families, ""));
    if !row.families_notes.is_empty() {
        let _ = write!(families, "<br>{}", joined(&row.families_notes, ""));
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |",
        name,
        row.url
            .as_deref()
            .map_or_else(|| "—".to_owned(), |u| format!("<{u}>")),
        level,
        or_dash(precautions.trim_start_matches("<br>").to_owned()),
        or_dash(families),
        joined(&row.sources, "")
    );
}

/// The document.
pub fn render(guide: &Guide) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", guide.title);
    let _ = writeln!(
        out,
        "{}",
        text::guide_markdown_legend(
            &text::guide_edited(&guide.date),
            text::DATED_WORDING,
            text::GUIDE_LEGEND_DATED,
            text::LOCAL_HEADING,
            &text::guide_legend_local(guide.with_notes)
        )
    );
    let _ = writeln!(out, "## {}\n", text::GUIDE_CONTENTS);
    for s in &guide.sections {
        let _ = writeln!(out, "- {}", s.label);
    }
    let _ = writeln!(out, "- {}", text::GUIDE_GUIDANCE_HEADING);
    for r in &guide.guidance {
        let _ = writeln!(out, "  - {}", r.title);
    }
    out.push('\n');
    let _ = writeln!(out, "## {}\n", text::GUIDE_SOURCES_HEADING);
    for source in &guide.sources {
        let _ = writeln!(out, "- {}", plain_text(source).replace('\n', " "));
    }
    out.push('\n');
    for section in &guide.sections {
        let _ = writeln!(out, "## {}\n\n{}\n", section.label, section.description);
        let _ = writeln!(out, "{}", text::GUIDE_MARKDOWN_TABLE_HEADER);
        for row in &section.rows {
            table_row(&mut out, row);
        }
        if !section.also.is_empty() {
            let names: Vec<String> = section
                .also
                .iter()
                .map(|a| {
                    format!(
                        "{} ({}, {})",
                        a.name,
                        text::risk_badge(a.level),
                        a.need_label
                    )
                })
                .collect();
            let _ = writeln!(out, "\n{} : {}", text::GUIDE_ALSO_HERE, names.join(" ; "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", text::GUIDE_GUIDANCE_HEADING);
    for block in &guide.guidance {
        let _ = writeln!(out, "### {}\n", block.title);
        for note in &block.notes {
            let _ = writeln!(out, "{}\n", plain_text(note));
        }
        for item in &block.items {
            let _ = writeln!(out, "- {}", plain_text(item).replace('\n', " "));
        }
        for source in &block.sources {
            let _ = writeln!(out, "\n{}", plain_text(source).replace('\n', " "));
        }
        out.push('\n');
    }
    out
}
