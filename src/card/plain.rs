//! Plain-text renderings of a card: for an email (no line wrapped inside
//! a paragraph — mail clients wrap — and no internal id) and for a
//! terminal of a given width (`repere show`), where addresses are never
//! cut.

use std::fmt::Write;

use super::{Block, Card, Look, Piece};

/// Where the text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The clipboard, to paste in an email: one line per paragraph.
    Email,
    /// A terminal this many columns wide.
    Width(usize),
}

fn joined(pieces: &[Piece], target: Target) -> String {
    pieces
        .iter()
        .filter(|p| !(target == Target::Email && p.look == Look::Id))
        .map(|p| p.text.as_str())
        .collect()
}

/// Writes one paragraph, wrapped or not; `first` starts it, `indent`
/// starts its following lines.
fn paragraph(out: &mut String, text: &str, target: Target, first: &str, indent: &str) {
    for (n, line) in text.split('\n').enumerate() {
        let lead = if n == 0 { first } else { indent };
        match target {
            Target::Email => {
                let _ = writeln!(out, "{lead}{}", line.trim_end());
            }
            Target::Width(width) => {
                // Words longer than the line (addresses) stay whole.
                let options = textwrap::Options::new(width.max(20))
                    .initial_indent(lead)
                    .subsequent_indent(indent)
                    .break_words(false)
                    .word_separator(textwrap::WordSeparator::AsciiSpace)
                    .word_splitter(textwrap::WordSplitter::NoHyphenation);
                for wrapped in textwrap::wrap(line, &options) {
                    let _ = writeln!(out, "{}", wrapped.trim_end());
                }
            }
        }
    }
}

/// The card as text.
pub fn render(card: &Card, target: Target) -> String {
    let mut out = String::new();
    for section in &card.sections {
        if section.blocks.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        if let Some(heading) = &section.heading {
            // "Niveau de risque : ✗ Proscrit" already has its colon.
            if heading.contains(" : ") {
                let _ = writeln!(out, "{heading}");
            } else {
                let _ = writeln!(out, "{heading} :");
            }
        }
        for block in &section.blocks {
            match block {
                Block::Title { name, level } => {
                    let title = format!("{name} — {}", crate::text::risk_badge(*level));
                    paragraph(&mut out, &title, target, "", "");
                }
                Block::Paragraph(pieces) => {
                    paragraph(&mut out, &joined(pieces, target), target, "", "");
                }
                Block::Bullet(pieces) | Block::Alternative { pieces, .. } => {
                    paragraph(&mut out, &joined(pieces, target), target, "- ", "  ");
                }
                Block::Quote(pieces) => {
                    paragraph(&mut out, &joined(pieces, target), target, "", "");
                }
            }
        }
    }
    out
}
