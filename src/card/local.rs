//! The adviser's own layer on a card: after the sources, under
//! its own heading, every entry dated and signed; and a locally written
//! message in the message section, announced as such.

use super::{Block, Card, Kind, Look, piece};
use crate::catalog::local::{LocalMessage, french_date};
use crate::catalog::{Catalog, Tool};
use crate::local::view::local_paragraphs;
use crate::sanitize::clean_line;
use crate::text;

/// « Ajouts locaux (pas dans les sources) »: evaluation and notes.
pub(super) fn section(card: &mut Card, catalog: &Catalog, tool: &Tool) {
    let blocks: Vec<Block> = local_paragraphs(catalog, tool)
        .into_iter()
        .filter(|(heading, _)| !heading.starts_with(text::LOCAL_MESSAGE))
        .flat_map(|(heading, body)| {
            [
                Block::Paragraph(vec![piece(format!("{heading} :"), Look::Dim)]),
                Block::Quote(vec![piece(body, Look::Plain)]),
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
    card.push(
        Kind::Message,
        Some(format!(
            "{} — {} le {} ({})",
            text::MESSAGE_HEADING,
            text::LOCAL_MESSAGE,
            french_date(&local.date),
            clean_line(&local.author)
        )),
        vec![Block::Quote(pieces)],
    );
}
