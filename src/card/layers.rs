//! What layers of additions change on a card, shown where it appears with
//! the sourced version kept in view: « Niveau modifié par Alice (fichier
//! partagé, 12/03/2026) : ✓ Institutionnel — selon les sources : ✗
//! Proscrit ». Other layers' versions of the same tool come beside it, so
//! two colleagues who disagree are read side by side.

use super::{Block, Card, Kind, Look, Piece, piece};
use crate::catalog::origin::Layer;
use crate::catalog::{Catalog, Guidance, Statement, Tool};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// The layer a tool's kept version comes from, if any.
pub fn tool_layer<'a>(catalog: &'a Catalog, tool: &Tool) -> Option<&'a Layer> {
    catalog.provenance.tool_layer(&tool.id)
}

pub use crate::local::view::badge;

/// Whether a statement of the tool is as the sources give it: the tool is
/// bundled, or the layer kept this statement of the bundled version.
pub fn is_sourced(catalog: &Catalog, tool: &Tool, statement: &Statement) -> bool {
    if tool_layer(catalog, tool).is_none() {
        return true;
    }
    catalog
        .provenance
        .bundled_tool(&tool.id)
        .is_some_and(|b| b.statements.contains(statement))
}

/// « — ajouté par Alice (…) » after a fact a layer added, if it did.
pub fn added_mark(catalog: &Catalog, tool: &Tool, sourced: bool) -> Option<Piece> {
    if sourced {
        return None;
    }
    let layer = tool_layer(catalog, tool)?;
    Some(piece(
        text::added_by(&text::layer_label(layer)),
        Look::Origin,
    ))
}

fn level_pieces(level: crate::catalog::Risk) -> Piece {
    piece(text::risk_badge(level), Look::Risk(level))
}

/// The changes section of a tool's card, right under its title.
pub(super) fn changes(card: &mut Card, catalog: &Catalog, tool: &Tool) {
    let Some(layer) = tool_layer(catalog, tool) else {
        return;
    };
    let label = text::layer_label(layer);
    let provenance = &catalog.provenance;
    let mut blocks = Vec::new();
    match provenance.bundled_tool(&tool.id) {
        Some(bundled) => {
            let mut pieces = if bundled.risk.level == tool.risk.level {
                vec![piece(text::card_changed_by(&label), Look::Origin)]
            } else {
                vec![
                    piece(text::level_changed_by(&label), Look::Origin),
                    level_pieces(tool.risk.level),
                ]
            };
            pieces.push(piece(text::BY_SOURCES, Look::Dim));
            pieces.push(level_pieces(bundled.risk.level));
            pieces.push(piece(
                text::dash_quoted(&clean(&bundled.risk.rationale)),
                Look::Plain,
            ));
            blocks.push(Block::Paragraph(pieces));
            for removed in bundled
                .statements
                .iter()
                .filter(|s| !tool.statements.contains(s))
            {
                blocks.push(Block::Bullet(vec![
                    piece(text::REMOVED_STATEMENT, Look::Dim),
                    piece(text::quoted(&clean(&removed.text)), Look::Plain),
                    piece(
                        format!(" ({})", catalog.source_short(&removed.source)),
                        Look::Dim,
                    ),
                ]));
            }
            if bundled.territory != tool.territory
                && let Some(line) = text::territory_line(&bundled.territory)
            {
                blocks.push(Block::Bullet(vec![
                    piece(text::BY_SOURCES.trim_start_matches([' ', '—']), Look::Dim),
                    piece(clean_line(&line), Look::Plain),
                ]));
            }
            if bundled.alternatives != tool.alternatives {
                let names: Vec<String> = bundled
                    .alternatives
                    .iter()
                    .map(|id| catalog.tool(id).map_or(id.clone(), |t| clean_line(&t.name)))
                    .collect();
                blocks.push(Block::Bullet(vec![
                    piece(text::ALTERNATIVES_BY_SOURCES, Look::Dim),
                    piece(names.join(", "), Look::Plain),
                ]));
            }
        }
        None if catalog.local.evaluation_of(&tool.id).is_none() => {
            blocks.push(Block::Paragraph(vec![piece(
                text::card_added_by(&label),
                Look::Origin,
            )]));
        }
        None => {}
    }
    // Other layers' versions, beside this one.
    for (other, version) in provenance
        .replaced_tools
        .get(&tool.id)
        .into_iter()
        .flatten()
    {
        let Some(other) = other.and_then(|i| provenance.layer(i)) else {
            continue;
        };
        blocks.push(Block::Bullet(vec![
            piece(text::by_layer(&text::layer_label(other)), Look::Origin),
            level_pieces(version.risk.level),
            piece(
                text::dash_quoted(&clean(&version.risk.rationale)),
                Look::Plain,
            ),
        ]));
    }
    if !blocks.is_empty() {
        card.push(Kind::Layers, Some(text::LAYERS_HEADING.to_owned()), blocks);
    }
}

/// The changes a layer made to a guidance section: who, and the items of
/// the sources it removed.
pub(super) fn guidance_changes(card: &mut Card, catalog: &Catalog, guidance: &Guidance) {
    let provenance = &catalog.provenance;
    let Some(layer) = provenance.guidance_layer(&guidance.id) else {
        return;
    };
    let label = text::layer_label(layer);
    let mut blocks = Vec::new();
    match provenance.bundled_guidance(&guidance.id) {
        Some(bundled) => {
            blocks.push(Block::Paragraph(vec![piece(
                text::guidance_changed_by(&label),
                Look::Origin,
            )]));
            if bundled.title != guidance.title {
                blocks.push(Block::Bullet(vec![piece(
                    text::title_changed(&clean_line(&bundled.title))
                        .trim_start()
                        .to_owned(),
                    Look::Dim,
                )]));
            }
            for removed in bundled.items.iter().filter(|i| !guidance.items.contains(i)) {
                blocks.push(Block::Bullet(vec![
                    piece(text::REMOVED_ITEM, Look::Dim),
                    piece(text::quoted(&clean(&removed.text)), Look::Plain),
                    piece(
                        format!(" ({})", catalog.source_short(&removed.source)),
                        Look::Dim,
                    ),
                ]));
            }
        }
        None => blocks.push(Block::Paragraph(vec![piece(
            text::card_added_by(&label),
            Look::Origin,
        )])),
    }
    card.push(Kind::Layers, Some(text::LAYERS_HEADING.to_owned()), blocks);
}

/// Whether an item of a guidance section is as the sources give it.
pub fn item_is_sourced(
    catalog: &Catalog,
    guidance: &Guidance,
    item: &crate::catalog::Quote,
) -> bool {
    let provenance = &catalog.provenance;
    provenance.guidance_layer(&guidance.id).is_none()
        || provenance
            .bundled_guidance(&guidance.id)
            .is_some_and(|b| b.items.contains(item))
}
