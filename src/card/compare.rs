//! `repere compare A B` and Ctrl-K: two tools side by side, point by
//! point, so the adviser can answer « plutôt celui-ci ou celui-là ? » in
//! one read. Every point is read from the two tools' cards (the card model),
//! so the comparison says what the card says, with the same sources,
//! markers and layers.

use std::fmt::Write as _;
use std::io::Write;

use color_eyre::eyre::Result;

use super::{Block, Card, Context, Kind};
use crate::catalog::{Catalog, Field, Place, Tool};
use crate::contract::compare::{CompareOutput, CompareSide, ComparedPoint};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// Width of the comparison: fits an 80-column terminal.
const WIDTH: usize = 78;

/// One compared point: its French heading, its key in the JSON output and
/// each tool's lines.
struct Row {
    heading: &'static str,
    point: ComparedPoint,
    values: [Vec<String>; 2],
}

/// A block as one line of text (the comparison lists points, one each).
fn block_line(block: &Block) -> String {
    let pieces = match block {
        Block::Title { name, .. } => return clean_line(name),
        Block::Paragraph(pieces)
        | Block::Bullet(pieces)
        | Block::Quote(pieces)
        | Block::Alternative { pieces, .. } => pieces,
    };
    let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
    clean(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lines of the card's sections of `kind`; `silent` when it has none.
fn lines_of(card: &Card, kind: Kind, silent: &str) -> Vec<String> {
    let lines: Vec<String> = card
        .sections
        .iter()
        .filter(|s| s.kind == kind)
        .flat_map(|s| s.blocks.iter().map(block_line))
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        vec![silent.to_owned()]
    } else {
        lines
    }
}

/// The level as the card heads its risk section (« ✗ Proscrit (DSDEN 74) »),
/// the badge of an addition, the rationale and its dated evidence, then
/// what layers changed with the sourced version beside it.
fn level_lines(catalog: &Catalog, tool: &Tool, card: &Card) -> Vec<String> {
    let mut lines = Vec::new();
    for section in card.sections.iter().filter(|s| s.kind == Kind::Risk) {
        if let Some(level) = &card.level {
            let mut line = clean_line(level);
            if let Some(badge) = super::badge(catalog, tool) {
                line = format!("{line} {badge}");
            }
            lines.push(line);
        }
        lines.extend(section.blocks.iter().map(block_line));
    }
    for section in card.sections.iter().filter(|s| s.kind == Kind::Layers) {
        lines.extend(section.blocks.iter().map(block_line));
    }
    lines
}

/// Whether the card gives a message for families, and whose.
fn message_lines(card: &Card) -> Vec<String> {
    let section = card.sections.iter().find(|s| s.kind == Kind::Message);
    match section {
        Some(s) if s.blocks.iter().any(|b| matches!(b, Block::Quote(_))) => {
            vec![text::compare_has_message(&clean_line(
                s.heading.as_deref().unwrap_or(text::MESSAGE_HEADING),
            ))]
        }
        _ => vec![text::COMPARE_NO_MESSAGE.to_owned()],
    }
}

/// The points compared, each read from the two tools' cards.
fn rows(catalog: &Catalog, tools: [&Tool; 2], place: &Place) -> Vec<Row> {
    let context = Context::now(place.clone());
    let cards = tools.map(|t| super::tool(catalog, t, &[], &context));
    let each =
        |f: &dyn Fn(&Tool, &Card) -> Vec<String>| [f(tools[0], &cards[0]), f(tools[1], &cards[1])];
    let field = |field: Field| {
        each(&|_, card| lines_of(card, Kind::Field(field), text::COMPARE_NOT_STATED))
    };
    vec![
        Row {
            heading: text::RISK_HEADING,
            point: ComparedPoint::Level,
            values: each(&|tool, card| level_lines(catalog, tool, card)),
        },
        Row {
            heading: text::COMPARE_PRECAUTIONS,
            point: ComparedPoint::Precautions,
            values: field(Field::Precautions),
        },
        Row {
            heading: text::COMPARE_AVAILABILITY,
            point: ComparedPoint::Availability,
            values: field(Field::Availability),
        },
        Row {
            heading: text::COMPARE_ACCOUNT_TIME,
            point: ComparedPoint::AccountTime,
            values: field(Field::AccountTime),
        },
        Row {
            heading: text::COMPARE_COST,
            point: ComparedPoint::Cost,
            values: field(Field::Cost),
        },
        Row {
            heading: text::COMPARE_MESSAGE,
            point: ComparedPoint::Message,
            values: each(&|_, card| message_lines(card)),
        },
        Row {
            heading: text::COMPARE_PROVENANCE,
            point: ComparedPoint::Provenance,
            values: each(&|_, card| lines_of(card, Kind::Provenance, text::COMPARE_UNDATED)),
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
            let mut side = CompareSide::of(tools[i]);
            for row in &rows {
                side.point_mut(row.point).clone_from(&row.values[i]);
            }
            side
        };
        let output: CompareOutput = [side(0), side(1)];
        writeln!(out, "{}", serde_json::to_string_pretty(&output)?)?;
        return Ok(());
    }
    write!(out, "{}", text_of(catalog, tools, place))?;
    Ok(())
}

/// The comparison as plain text for the command line, wrapped to fit
/// an 80-column terminal.
pub fn text_of(catalog: &Catalog, tools: [&Tool; 2], place: &Place) -> String {
    // Addresses stay whole, as on the card.
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(BULLET)
        .subsequent_indent(UNDER_BULLET)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
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
