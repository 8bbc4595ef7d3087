//! The additions on a card: after the sources, under their own heading,
//! every entry dated and signed with the layer it comes from; and a
//! locally written message in the message section, announced as such.

use super::{Block, Card, Kind, Look, piece};
use crate::catalog::local::LocalMessage;
use crate::catalog::{Catalog, Tool};
use crate::local::view::{EntryKind, local_entries};
use crate::text;

/// « Ajouts locaux (pas dans les sources) »: evaluation and notes of every
/// layer (the message has its own section).
pub(super) fn section(card: &mut Card, catalog: &Catalog, tool: &Tool) {
    let blocks: Vec<Block> = local_entries(catalog, tool)
        .into_iter()
        .filter(|entry| entry.kind != EntryKind::Message)
        .flat_map(|entry| {
            [
                Block::Paragraph(vec![piece(format!("{} :", entry.heading), Look::Dim)]),
                Block::Quote(vec![piece(entry.body, Look::Plain)]),
            ]
        })
        .collect();
    if !blocks.is_empty() {
        card.push(Kind::Local, Some(text::LOCAL_HEADING.to_owned()), blocks);
    }
}

/// The message section for a message written locally.
pub(super) fn message(card: &mut Card, catalog: &Catalog, local: &LocalMessage) {
    let pieces = super::message_pieces(catalog, &local.text);
    let layer = catalog.provenance.message_layer(&local.tool);
    card.push(
        Kind::Message,
        Some(format!(
            "{} — {}",
            text::MESSAGE_HEADING,
            text::signed_message(&local.date, &local.author, layer)
        )),
        vec![Block::Quote(pieces)],
    );
}
