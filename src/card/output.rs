//! The card model as `show --json` gives it: each section, block and
//! piece mapped to the contract's types (`contract::sections`), so the
//! JSON keeps the order, texts and marks of every other rendering.

use super::{Block, Card, Kind, Look, Piece, Section};
use crate::contract::sections::{
    BlockKind, BlockOutput, LookKind, PieceOutput, SectionKind, SectionOutput,
};

/// The sections of `card`, in reading order.
pub fn sections(card: &Card) -> Vec<SectionOutput> {
    card.sections.iter().map(section).collect()
}

fn section(section: &Section) -> SectionOutput {
    let (kind, field) = match section.kind {
        Kind::Title => (SectionKind::Title, None),
        Kind::Verdict => (SectionKind::Verdict, None),
        Kind::Provenance => (SectionKind::Provenance, None),
        Kind::Risk => (SectionKind::Risk, None),
        Kind::Disagreement => (SectionKind::Disagreement, None),
        Kind::Alternatives => (SectionKind::Alternatives, None),
        Kind::Overview => (SectionKind::Overview, None),
        Kind::Field(field) => (SectionKind::Field, Some(field)),
        Kind::Message => (SectionKind::Message, None),
        Kind::Items => (SectionKind::Items, None),
        Kind::Sources => (SectionKind::Sources, None),
        Kind::Local => (SectionKind::Local, None),
        Kind::Layers => (SectionKind::Layers, None),
        Kind::Answers => (SectionKind::Answers, None),
    };
    SectionOutput {
        blocks: section.blocks.iter().map(block).collect(),
        field,
        heading: section.heading.clone(),
        kind,
    }
}

fn block(block: &Block) -> BlockOutput {
    let plain = |kind: BlockKind, pieces: &[Piece]| BlockOutput {
        kind,
        level: None,
        name: None,
        pieces: pieces.iter().map(piece).collect(),
        tool: None,
    };
    match block {
        Block::Title { name, level } => BlockOutput {
            kind: BlockKind::Title,
            level: Some(*level),
            name: Some(name.clone()),
            pieces: Vec::new(),
            tool: None,
        },
        Block::Paragraph(pieces) => plain(BlockKind::Paragraph, pieces),
        Block::Bullet(pieces) => plain(BlockKind::Bullet, pieces),
        Block::Quote(pieces) => plain(BlockKind::Quote, pieces),
        Block::Alternative { tool, pieces } => BlockOutput {
            tool: Some(tool.clone()),
            ..plain(BlockKind::Alternative, pieces)
        },
    }
}

fn piece(piece: &Piece) -> PieceOutput {
    let (look, level) = match piece.look {
        Look::Plain => (LookKind::Plain, None),
        Look::Title => (LookKind::Title, None),
        // The JSON keeps the mark secondary text, as it always read.
        Look::Dim | Look::Dated => (LookKind::Dim, None),
        Look::Risk(level) => (LookKind::Risk, Some(level)),
        Look::Link => (LookKind::Link, None),
        Look::Blank => (LookKind::Blank, None),
        Look::Id => (LookKind::Id, None),
        Look::Origin => (LookKind::Origin, None),
    };
    PieceOutput {
        level,
        look,
        text: piece.text.clone(),
    }
}
