//! Plain-text renderings of catalogue entries: the `show` command, the card
//! copied for an email, the precautions notice for a teacher. No terminal
//! codes: every piece of data text goes through [`clean`].

use std::fmt::Write;

use crate::catalog::provenance::{self, YearMonth};
use crate::catalog::territory::availability;
use crate::catalog::{Catalog, Field, Guidance, Place, Tool};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// Wraps `text` to `width` columns with an indent on every line.
fn wrapped(out: &mut String, text: &str, width: usize, indent: &str, first: &str) {
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(indent);
    for paragraph in clean(text).split('\n') {
        for line in textwrap::wrap(paragraph, &options) {
            let _ = writeln!(out, "{line}");
        }
    }
}

fn source_short<'a>(catalog: &'a Catalog, id: &'a str) -> &'a str {
    catalog.source(id).map_or(id, |s| s.short.as_str())
}

/// The whole card of a tool, as shown by `repere show` and copied by the UI.
pub fn tool_card(catalog: &Catalog, tool: &Tool, width: usize) -> String {
    tool_card_in(catalog, tool, width, &Place::Anywhere)
}

/// [`tool_card`] for the adviser's territory: alternatives available there
/// first, the tool's availability stated.
pub fn tool_card_in(catalog: &Catalog, tool: &Tool, width: usize, place: &Place) -> String {
    let mut out = String::new();
    let level = tool.risk.level;
    let _ = writeln!(
        out,
        "{} — {}",
        clean_line(&tool.name),
        text::risk_badge(level)
    );
    if let Some(url) = &tool.url {
        let _ = writeln!(out, "{}", clean_line(url));
    }
    write_provenance_top(&mut out, catalog, tool, width, place);
    if !crate::ui::detail::summary_repeated(tool) {
        wrapped(&mut out, &tool.summary, width, "", "");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{} : {}", text::RISK_HEADING, text::risk_badge(level));
    wrapped(&mut out, &tool.risk.rationale, width, "  ", "  ");
    write_disagreement(&mut out, catalog, tool, width);
    if level.needs_alternatives() {
        let _ = writeln!(out, "\n{} :", text::ALTERNATIVES_HEADING);
        let alternatives = catalog.alternatives_in(tool, place);
        if alternatives.is_empty() {
            let _ = writeln!(out, "  {}", text::NO_ALTERNATIVE);
        }
        for alt in alternatives {
            let line = format!(
                "{} ({}) [{}]",
                alt.name,
                alt.id,
                text::risk_badge(alt.risk.level)
            );
            wrapped(&mut out, &line, width, "    ", "  - ");
        }
    }
    let labels: Vec<&str> = tool
        .categories
        .iter()
        .map(|c| catalog.category_label(c))
        .collect();
    let _ = writeln!(out);
    wrapped(
        &mut out,
        &format!("{} : {}", text::CATEGORIES_HEADING, labels.join(", ")),
        width,
        "  ",
        "",
    );
    write_field(&mut out, catalog, tool, Field::Precautions, width);
    for field in Field::ALL.into_iter().filter(|f| *f != Field::Precautions) {
        write_field(&mut out, catalog, tool, field, width);
    }
    write_message(&mut out, catalog, tool, width);
    write_sources(&mut out, catalog, tool, width);
    out
}

fn write_field(out: &mut String, catalog: &Catalog, tool: &Tool, field: Field, width: usize) {
    let mut statements = tool.statements_of(field).peekable();
    if statements.peek().is_none() {
        return;
    }
    let _ = writeln!(out, "\n{} :", text::field_label(field));
    for statement in statements {
        let dated = provenance::dated_marker(&statement.text)
            .map_or(String::new(), |_| format!(" [{}]", text::DATED_WORDING));
        let line = format!(
            "{} ({}){dated}",
            statement.text,
            source_short(catalog, &statement.source)
        );
        wrapped(out, &line, width, "    ", "  - ");
    }
}

fn write_message(out: &mut String, catalog: &Catalog, tool: &Tool, width: usize) {
    let _ = writeln!(out);
    match &tool.family_message {
        Some(message) => {
            let _ = writeln!(
                out,
                "{} ({}) :",
                text::MESSAGE_HEADING,
                source_short(catalog, &message.source)
            );
            let text = match &message.derived {
                Some(derived) => catalog
                    .tool(&derived.from)
                    .and_then(|from| from.family_message.as_ref())
                    .map_or_else(|| message.text.clone(), |m| derived.apply(&m.text)),
                None => message.text.clone(),
            };
            wrapped(out, &text, width, "  ", "  ");
            if let Some(derived) = &message.derived {
                let from = catalog
                    .tool(&derived.from)
                    .map_or(derived.from.as_str(), |t| t.name.as_str());
                wrapped(
                    out,
                    &text::derived_message_note(&message.original, from),
                    width,
                    "  ",
                    "  ",
                );
            }
            let keys = crate::catalog::placeholder_keys(&message.text);
            if !keys.is_empty() {
                let list: Vec<String> = keys
                    .iter()
                    .map(|k| format!("{{{k}}} = {}", catalog.placeholder_label(k)))
                    .collect();
                wrapped(
                    out,
                    &format!("À compléter : {}", list.join(" ; ")),
                    width,
                    "  ",
                    "  ",
                );
            }
        }
        None => {
            let _ = writeln!(out, "{} : {}", text::MESSAGE_HEADING, text::NO_MESSAGE);
        }
    }
}

fn write_sources(out: &mut String, catalog: &Catalog, tool: &Tool, width: usize) {
    let _ = writeln!(out, "\n{} :", text::SOURCES_HEADING);
    for id in sources_of(tool) {
        if let Some(source) = catalog.source(&id) {
            let line = format!(
                "{} — « {} », {}, {} ({})",
                source.short, source.title, source.author, source.date, source.jurisdiction
            );
            wrapped(out, &line, width, "    ", "  - ");
        }
    }
}

/// Distinct source ids a tool cites, in order of first use.
pub fn sources_of(tool: &Tool) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let all = tool
        .risk
        .sources
        .iter()
        .chain(tool.statements.iter().map(|s| &s.source))
        .chain(tool.family_message.iter().map(|m| &m.source));
    for id in all {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}

/// The precautions as a short notice to send to a teacher.
pub fn precautions_notice(catalog: &Catalog, tool: &Tool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {}",
        clean_line(&tool.name),
        text::risk_badge(tool.risk.level)
    );
    let _ = writeln!(out, "{}", clean(&tool.risk.rationale));
    let precautions: Vec<_> = tool.statements_of(Field::Precautions).collect();
    if precautions.is_empty() {
        let _ = writeln!(
            out,
            "\nAucune précaution particulière n'est indiquée par les sources."
        );
    } else {
        let _ = writeln!(out, "\nPrécautions à respecter :");
        for statement in precautions {
            let _ = writeln!(
                out,
                "- {} ({})",
                clean(&statement.text),
                source_short(catalog, &statement.source)
            );
        }
    }
    out
}

/// A guidance section as plain text.
pub fn guidance_text(catalog: &Catalog, guidance: &Guidance, width: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", clean_line(&guidance.title));
    for item in &guidance.items {
        let line = format!("{} ({})", item.text, source_short(catalog, &item.source));
        wrapped(&mut out, &line, width, "    ", "  - ");
    }
    out
}

/// The age of the sources, where the tool is available and, with a
/// territory set, whether it is available there: right under the name.
fn write_provenance_top(
    out: &mut String,
    catalog: &Catalog,
    tool: &Tool,
    width: usize,
    place: &Place,
) {
    let ages = provenance::tool_ages(catalog, tool, YearMonth::today());
    if let Some(line) = text::age_line(&ages) {
        wrapped(out, &line, width, "  ", "");
    }
    if let Some(line) = text::territory_line(&tool.territory) {
        wrapped(out, &line, width, "  ", "");
    }
    if place.is_set() {
        let line = text::availability_label(availability(tool, place), place);
        wrapped(out, &line, width, "  ", "");
    }
}

/// The statements of sources implying different levels, side by side.
fn write_disagreement(out: &mut String, catalog: &Catalog, tool: &Tool, width: usize) {
    let Some(disagreement) = provenance::disagreement(tool) else {
        return;
    };
    let _ = writeln!(out, "{} :", text::DISAGREEMENT_HEADING);
    let kept = disagreement.kept;
    let line = format!(
        "{} ({}) : « {} » ({})",
        text::DISAGREEMENT_KEPT,
        text::risk_label(kept.basis.implies()),
        kept.text,
        source_short(catalog, &kept.source)
    );
    wrapped(out, &line, width, "    ", "  - ");
    for other in disagreement.others {
        let line = format!(
            "{} ({}) : « {} » ({})",
            text::DISAGREEMENT_OTHER,
            text::risk_label(other.basis.implies()),
            other.text,
            source_short(catalog, &other.source)
        );
        wrapped(out, &line, width, "    ", "  - ");
    }
}
