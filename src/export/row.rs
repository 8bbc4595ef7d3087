//! One tool's row of the guide, read off its card: the renderers only lay
//! the row out, they decide nothing about what a tool's card says.

use crate::card::{Block, Card, Kind, Look, Piece, piece};
use crate::catalog::{Catalog, Field, Risk, Tool};
use crate::local::view::EntryKind;
use crate::sanitize::clean_line;
use crate::text;

/// One row of a need's table.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub level: Risk,
    /// « ? Doutes / à étudier — non évalué par les sources ».
    pub level_label: String,
    pub url: Option<String>,
    /// « [évaluation locale] » badge.
    pub evaluated: bool,
    /// What the top of the card says: verdict, age of the sources,
    /// territory, disagreement, availability where the adviser works.
    pub about: Vec<Vec<Piece>>,
    /// Why the level: the rationale, dated quotes it rests on, and the
    /// statements of sources that disagree.
    pub reason: Vec<Vec<Piece>>,
    pub precautions: Vec<Vec<Piece>>,
    /// Safer tools (names and levels).
    pub alternatives: Vec<Vec<Piece>>,
    /// The message heading (source or local author)…
    pub families_heading: Option<String>,
    /// …the message, blanks as visible fields to fill…
    pub families: Vec<Vec<Piece>>,
    /// …and the notes under it (derived by the source's instruction, dated).
    pub families_notes: Vec<Vec<Piece>>,
    /// Whether the message was written locally.
    pub families_local: bool,
    /// The documents cited, with their own disclaimers.
    pub sources: Vec<Vec<Piece>>,
    /// The adviser's additions printed (evaluation; notes with
    /// `--avec-notes`), each heading signed.
    pub local: Vec<(String, String)>,
}

/// The pieces of a text block.
pub(super) fn pieces_of(block: &Block) -> Option<Vec<Piece>> {
    match block {
        Block::Title { .. } => None,
        Block::Paragraph(p) | Block::Bullet(p) | Block::Quote(p) => Some(p.clone()),
        Block::Alternative { pieces, .. } => Some(pieces.clone()),
    }
}

fn texts(blocks: &[Block]) -> Vec<Vec<Piece>> {
    blocks
        .iter()
        .filter(|b| super::is_text(b))
        .filter_map(pieces_of)
        .collect()
}

/// The additions of every layer but the message (it has its own column),
/// read by kind, never by wording: private notes only when asked for.
fn local(catalog: &Catalog, tool: &Tool, with_notes: bool) -> Vec<(String, String)> {
    crate::local::view::local_entries(catalog, tool)
        .into_iter()
        .filter(|entry| match entry.kind {
            EntryKind::Message => false,
            EntryKind::Note => with_notes,
            EntryKind::Evaluation | EntryKind::Citation => true,
        })
        .map(|entry| (entry.heading, entry.body))
        .collect()
}

/// The tool's name; a tool a layer added or changed carries its author (an
/// evaluated one has its own badge).
fn row_name(catalog: &Catalog, tool: &Tool) -> String {
    match crate::card::badge(catalog, tool) {
        Some(badge) if catalog.local.evaluation_of(&tool.id).is_none() => {
            format!("{} {badge}", clean_line(&tool.name))
        }
        _ => clean_line(&tool.name),
    }
}

/// The evaluation grid's answers: the adviser's, in their own paragraph,
/// never a source's field.
fn answers(section: &crate::card::Section) -> Option<(String, String)> {
    let answers: Vec<String> = texts(&section.blocks)
        .iter()
        .map(|p| super::plain_text(p))
        .collect();
    if answers.is_empty() {
        return None;
    }
    let heading = section.heading.clone().unwrap_or_default();
    Some((
        heading.trim_end_matches(" :").to_owned(),
        answers.join(" ; "),
    ))
}

impl Row {
    /// The row of `tool`, from its card.
    pub fn from_card(catalog: &Catalog, tool: &Tool, card: &Card, with_notes: bool) -> Row {
        let mut row = Row {
            id: tool.id.clone(),
            name: row_name(catalog, tool),
            level: tool.risk.level,
            level_label: text::risk_badge(tool.risk.level),
            url: None,
            evaluated: catalog.local.evaluation_of(&tool.id).is_some(),
            about: Vec::new(),
            reason: Vec::new(),
            precautions: Vec::new(),
            alternatives: Vec::new(),
            families_heading: None,
            families: Vec::new(),
            families_notes: Vec::new(),
            families_local: catalog.message_is_local(tool),
            sources: Vec::new(),
            local: Vec::new(),
        };
        for section in &card.sections {
            match section.kind {
                Kind::Title => {}
                // The one-line answer opens the level's column.
                Kind::Verdict => row.reason.extend(texts(&section.blocks)),
                // What a layer changed, with the sources' version beside it.
                Kind::Layers => row.reason.extend(texts(&section.blocks)),
                // The evaluation grid's answers: the adviser's, in their own
                // paragraph, never a source's field.
                Kind::Answers => row.local.extend(answers(section)),
                Kind::Provenance => row.about.extend(texts(&section.blocks)),
                Kind::Risk => {
                    if let Some(label) = &card.level {
                        label.clone_into(&mut row.level_label);
                    }
                    row.reason.extend(texts(&section.blocks));
                }
                // The top of the card already names the sources that
                // disagree and the level each implies.
                Kind::Disagreement => {}
                Kind::Alternatives => row.alternatives.extend(texts(&section.blocks)),
                Kind::Overview => {
                    row.url = section.blocks.iter().find_map(|b| match b {
                        Block::Paragraph(p) => p
                            .iter()
                            .find(|x| x.look == Look::Link)
                            .map(|x| x.text.clone()),
                        _ => None,
                    });
                }
                Kind::Field(Field::Precautions) => {
                    row.precautions.extend(texts(&section.blocks));
                }
                Kind::Field(_) | Kind::Items => {}
                // A card without a message says so in a paragraph, with no
                // quote: the guide then says what the sources tell families.
                Kind::Message if section.blocks.iter().any(|b| matches!(b, Block::Quote(_))) => {
                    row.families_heading.clone_from(&section.heading);
                    for block in &section.blocks {
                        match block {
                            Block::Quote(p) => row.families.push(p.clone()),
                            other => row.families_notes.extend(pieces_of(other)),
                        }
                    }
                }
                Kind::Message => {}
                // The documents are described once in the guide; a row
                // keeps the age line and what a document says of itself.
                Kind::Sources => {}
                Kind::Local => row.local.extend(local(catalog, tool, with_notes)),
            }
        }
        for id in crate::catalog::provenance::cited_sources(tool) {
            if let Some(source) = catalog.source(id).filter(|s| s.note.is_some()) {
                row.sources.push(vec![piece(
                    text::guide_source_note(&source.short),
                    Look::Dim,
                )]);
            }
        }
        // No message: what the source says to tell families, if anything.
        if row.families.is_empty() {
            let info: Vec<Vec<Piece>> = tool
                .statements_of(Field::FamilyInfo)
                .map(|s| {
                    vec![
                        piece(crate::sanitize::clean(&s.text), Look::Plain),
                        piece(format!(" ({})", catalog.source_short(&s.source)), Look::Dim),
                    ]
                })
                .collect();
            if !info.is_empty() {
                row.families_notes.clear();
                row.families = info;
            }
        }
        row
    }
}
