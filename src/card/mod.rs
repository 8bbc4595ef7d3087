//! One model of a card — a tool's, the precautions notice, a guidance
//! section — built once from the catalogue and rendered three ways: the
//! detail pane (`ui::detail`), `repere show` at 80 columns and the
//! clipboard text for an email ([`plain`]). Building decides the order
//! and the content; renderers only lay it out, so they cannot drift.

mod build;
pub mod compare;
mod layers;
mod local;
pub mod output;
pub mod plain;
mod provenance;
mod verdict;

pub use build::{guidance, precautions_notice, source_line, summary_repeated, tool};
pub use layers::{badge, is_sourced, tool_layer};
pub use verdict::verdict;

use crate::catalog::provenance::YearMonth;
use crate::catalog::{Place, Risk};

/// What a card depends on besides the catalogue: where the adviser works
/// (availability, order of alternatives) and today's month (the age of
/// the sources).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub place: Place,
    pub today: YearMonth,
}

impl Context {
    /// The adviser's place, today.
    pub fn now(place: Place) -> Self {
        Self {
            place,
            today: YearMonth::today(),
        }
    }
}

/// How a piece of text looks; renderers map it to colours or drop it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Plain,
    /// The card's title (the tool's name).
    Title,
    /// Secondary text: source names, labels.
    Dim,
    /// The « [formulation datée] » mark before or after a statement worded
    /// for its moment: secondary text the guide prints apart.
    Dated,
    /// Coloured by a risk level.
    Risk(Risk),
    /// A web address: never cut.
    Link,
    /// A blank of the family message still to fill.
    Blank,
    /// An internal identifier, for the command line only: never copied.
    Id,
    /// Who changed or added a fact outside the sources (a layer).
    Origin,
}

/// A run of text in one look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub look: Look,
}

/// Shorthand for a piece.
pub fn piece(text: impl Into<String>, look: Look) -> Piece {
    Piece {
        text: text.into(),
        look,
    }
}

/// A paragraph-level element of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A tool's name and level: "Zoom — ✗ Proscrit" in text,
    /// "Zoom  [✗ Proscrit]" on screen.
    Title { name: String, level: Risk },
    /// Running text.
    Paragraph(Vec<Piece>),
    /// An item of a list.
    Bullet(Vec<Piece>),
    /// A safer alternative, with the id of the tool it opens.
    Alternative { tool: String, pieces: Vec<Piece> },
    /// Quoted text (the family message), its own line breaks kept.
    Quote(Vec<Piece>),
}

/// What a section is, so renderers can treat some apart (the detail pane
/// adds key hints to the message; provenance sits at the top).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Name and level.
    Title,
    /// The one-line answer: « Non : proscrit par la DSDEN 74 ; à la place : … ».
    Verdict,
    /// How old the sources are, where the tool is available.
    Provenance,
    /// Level and its rationale.
    Risk,
    /// Statements of sources implying different levels, side by side.
    Disagreement,
    /// Safer tools for the same need (doubtful or forbidden tools).
    Alternatives,
    /// Address, summary, needs.
    Overview,
    /// The statements of one field.
    Field(crate::catalog::Field),
    /// The message to the families.
    Message,
    /// The items of a guidance section.
    Items,
    /// The documents cited, with title and date.
    Sources,
    /// The adviser's own notes and evaluation, apart from the sources.
    Local,
    /// What layers of additions changed, the sourced version beside it.
    Layers,
    /// The evaluation grid's answers of a tool evaluated locally.
    Answers,
}

/// A heading (if any) and its blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: Kind,
    pub heading: Option<String>,
    pub blocks: Vec<Block>,
}

/// A whole card, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Card {
    pub sections: Vec<Section>,
    /// The level as the risk section's heading names it (« ✗ Proscrit
    /// (DSDEN 74) »), for renderers that show it apart: a guide row, the
    /// comparison.
    pub level: Option<String>,
}

impl Card {
    fn push(&mut self, kind: Kind, heading: Option<String>, blocks: Vec<Block>) {
        self.sections.push(Section {
            kind,
            heading,
            blocks,
        });
    }

    /// The ids of the alternatives, in order.
    pub fn alternatives(&self) -> Vec<&str> {
        self.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| match b {
                Block::Alternative { tool, .. } => Some(tool.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// A family message's text as pieces, its blanks shown by their labels;
/// the same for a source's message and one written locally.
fn message_pieces(catalog: &crate::catalog::Catalog, text: &str) -> Vec<Piece> {
    use crate::catalog::{Segment, segments};
    use crate::sanitize::{clean, clean_line};
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => piece(clean(t), Look::Plain),
            Segment::Blank(key) => piece(
                format!("[{}]", clean_line(&catalog.placeholder_label(key))),
                Look::Blank,
            ),
        })
        .collect()
}
