//! Building cards from the catalogue: the order of sections is decided
//! here, once for every rendering.

use super::{Block, Card, Context, Kind, Look, Piece, layers, piece, provenance};
use crate::catalog::local::LOCAL_SOURCE_ID;
use crate::catalog::territory::{Availability, availability};
use crate::catalog::{Catalog, Field, Guidance, Statement, Tool};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// Whether the summary is empty or already said by a description statement.
pub fn summary_repeated(tool: &Tool) -> bool {
    tool.summary.trim().is_empty()
        || tool
            .statements_of(Field::Description)
            .any(|s| s.text.contains(tool.summary.trim()))
}

/// "text (DSDEN 74)": a quote and the short name of its source.
/// A statement worded as time-bound (« actuellement »…) is marked so.
fn cited(catalog: &Catalog, text: &str, source: &str) -> Vec<Piece> {
    let mut pieces = vec![
        piece(clean(text), Look::Plain),
        piece(format!(" ({})", catalog.source_short(source)), Look::Dim),
    ];
    pieces.extend(provenance::dated_mark(text));
    pieces
}

fn title(card: &mut Card, tool: &Tool) {
    let level = tool.risk.level;
    card.push(
        Kind::Title,
        None,
        vec![Block::Title {
            name: clean_line(&tool.name),
            level,
        }],
    );
}

fn risk(card: &mut Card, catalog: &Catalog, tool: &Tool) {
    let level = tool.risk.level;
    let sourced = catalog
        .provenance
        .bundled_tool(&tool.id)
        .is_some_and(|b| b.risk.rationale == tool.risk.rationale);
    let mut rationale = vec![piece(clean(&tool.risk.rationale), Look::Risk(level))];
    rationale.extend(layers::added_mark(
        catalog,
        tool,
        sourced || catalog.local.evaluation_of(&tool.id).is_some(),
    ));
    let mut blocks = vec![Block::Paragraph(rationale)];
    blocks.extend(provenance::dated_evidence(catalog, tool));
    let label = text::level_badge(level, crate::catalog::provenance::level_basis(tool));
    card.push(
        Kind::Risk,
        Some(format!("{} : {label}", text::RISK_HEADING)),
        blocks,
    );
    card.level = Some(label);
}

/// `found` come ordered by availability (`territory::by_availability`);
/// those the sources place elsewhere are said so, in words.
fn alternatives(
    card: &mut Card,
    catalog: &Catalog,
    tool: &Tool,
    found: &[&Tool],
    context: &Context,
) {
    if !tool.risk.level.offers_alternatives() {
        return;
    }
    let mut blocks: Vec<Block> = found
        .iter()
        .map(|alt| {
            let mut pieces = vec![
                piece(clean_line(&alt.name), Look::Plain),
                piece(format!(" ({})", alt.id), Look::Id),
                piece(
                    format!(" [{}]", text::risk_badge(alt.risk.level)),
                    Look::Risk(alt.risk.level),
                ),
            ];
            // A local evaluation or a colleague's tool is never taken
            // for one of the sources'.
            if let Some(badge) = layers::badge(catalog, alt) {
                pieces.push(piece(format!(" {badge}"), Look::Origin));
            }
            if availability(alt, &context.place) == Availability::Unavailable {
                pieces.push(piece(text::ALTERNATIVE_OUT_OF_TERRITORY, Look::Dim));
            }
            Block::Alternative {
                tool: alt.id.clone(),
                pieces,
            }
        })
        .collect();
    if blocks.is_empty() {
        if !tool.risk.level.needs_alternatives() {
            // With precautions and no institutional tool for its needs:
            // nothing to say.
            return;
        }
        blocks.push(Block::Paragraph(vec![piece(
            text::NO_ALTERNATIVE,
            Look::Dim,
        )]));
    }
    card.push(
        Kind::Alternatives,
        Some(text::ALTERNATIVES_HEADING.to_owned()),
        blocks,
    );
}

fn field(card: &mut Card, catalog: &Catalog, tool: &Tool, field: Field) {
    let blocks: Vec<Block> = tool
        .statements_of(field)
        .filter(|s| s.source != LOCAL_SOURCE_ID)
        .map(|s| Block::Bullet(sourced_statement(catalog, tool, s)))
        .collect();
    if !blocks.is_empty() {
        card.push(
            Kind::Field(field),
            Some(text::field_label(field).to_owned()),
            blocks,
        );
    }
}

/// One document as the card's sources list it: short name, title (in « »
/// only when it is the document's own), author, date, jurisdiction, and
/// what the document says of its own standing.
pub fn source_line(_catalog: &Catalog, s: &crate::catalog::Source) -> Block {
    // A note about the document itself (FWB's « purement informative ») is
    // said once, here, not on every statement.
    let note = s
        .note
        .as_ref()
        .map(|n| text::dash_quoted(&n.text))
        .unwrap_or_default();
    let title = if s.untitled {
        text::untitled_source(&s.title)
    } else {
        text::quoted(&s.title)
    };
    Block::Bullet(vec![piece(
        clean(&format!(
            "{} — {title}, {}, {} ({}){note}",
            s.short, s.author, s.date, s.jurisdiction
        )),
        Look::Dim,
    )])
}

/// A statement with its source, marked when a layer added it.
fn sourced_statement(catalog: &Catalog, tool: &Tool, statement: &Statement) -> Vec<Piece> {
    let mut pieces = cited(catalog, &statement.text, &statement.source);
    pieces.extend(layers::added_mark(
        catalog,
        tool,
        layers::is_sourced(catalog, tool, statement),
    ));
    pieces
}

/// The evaluation grid's answers, in their own section: answers of the
/// adviser, never a source's statement of a field.
fn answers(card: &mut Card, tool: &Tool) {
    let blocks: Vec<Block> = tool
        .statements
        .iter()
        .filter(|s| s.source == LOCAL_SOURCE_ID)
        .map(|s| Block::Bullet(vec![piece(clean(&s.text), Look::Plain)]))
        .collect();
    if !blocks.is_empty() {
        card.push(
            Kind::Answers,
            Some(text::ANSWERS_HEADING.to_owned()),
            blocks,
        );
    }
}

fn sources(card: &mut Card, catalog: &Catalog, ids: &[String]) {
    let blocks: Vec<Block> = ids
        .iter()
        .filter_map(|id| catalog.source(id))
        .map(|s| source_line(catalog, s))
        .collect();
    if !blocks.is_empty() {
        card.push(
            Kind::Sources,
            Some(text::SOURCES_HEADING.to_owned()),
            blocks,
        );
    }
}

/// Distinct source ids, in order of first use.
fn distinct<'a>(ids: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// The whole card of a tool; `found` are its safer alternatives.
pub fn tool(catalog: &Catalog, tool: &Tool, found: &[&Tool], context: &Context) -> Card {
    let mut card = Card::default();
    title(&mut card, tool);
    super::verdict::section(&mut card, catalog, tool, found);
    layers::changes(&mut card, catalog, tool);
    provenance::top(&mut card, catalog, tool, context);
    risk(&mut card, catalog, tool);
    alternatives(&mut card, catalog, tool, found, context);
    provenance::disagreement(&mut card, catalog, tool);
    let mut overview = Vec::new();
    if let Some(url) = &tool.url {
        overview.push(Block::Paragraph(vec![piece(clean_line(url), Look::Link)]));
    }
    if !summary_repeated(tool) {
        overview.push(Block::Paragraph(vec![piece(
            clean(&tool.summary),
            Look::Plain,
        )]));
    }
    let labels: Vec<&str> = tool
        .categories
        .iter()
        .map(|c| catalog.category_label(c))
        .collect();
    overview.push(Block::Paragraph(vec![
        piece(format!("{} : ", text::CATEGORIES_HEADING), Look::Dim),
        piece(clean_line(&labels.join(", ")), Look::Plain),
    ]));
    card.push(Kind::Overview, None, overview);
    // What the adviser is asked first: the precautions, then the rest.
    field(&mut card, catalog, tool, Field::Precautions);
    for other in Field::ALL.into_iter().filter(|f| *f != Field::Precautions) {
        field(&mut card, catalog, tool, other);
    }
    answers(&mut card, tool);
    message(&mut card, catalog, tool);
    let ids = distinct(
        tool.risk
            .sources
            .iter()
            .chain(tool.statements.iter().map(|s| &s.source))
            .chain(tool.family_message.iter().map(|m| &m.source)),
    );
    sources(&mut card, catalog, &ids);
    super::local::section(&mut card, catalog, tool);
    card
}

fn message(card: &mut Card, catalog: &Catalog, tool: &Tool) {
    if tool.family_message.is_none()
        && let Some(local) = catalog.local.message_of(&tool.id)
    {
        super::local::message(card, catalog, local);
        return;
    }
    let Some(message) = &tool.family_message else {
        card.push(
            Kind::Message,
            Some(text::MESSAGE_HEADING.to_owned()),
            vec![Block::Paragraph(vec![piece(text::NO_MESSAGE, Look::Dim)])],
        );
        return;
    };
    let pieces = super::message_pieces(catalog, &message.text);
    let sourced = layers::tool_layer(catalog, tool).is_none()
        || catalog
            .provenance
            .bundled_tool(&tool.id)
            .is_some_and(|b| b.family_message.as_ref() == Some(message));
    let added = layers::added_mark(catalog, tool, sourced)
        .map(|p| p.text)
        .unwrap_or_default();
    card.push(
        Kind::Message,
        Some(format!(
            "{} ({}){added}",
            text::MESSAGE_HEADING,
            catalog.source_short(&message.source)
        )),
        std::iter::once(Block::Quote(pieces))
            .chain(provenance::derived_note(catalog, message))
            .chain(provenance::dated_message_note(catalog, tool))
            .collect(),
    );
}

/// The precautions as a notice for a teacher: the level and its reason,
/// the safer alternatives when the tool is doubtful or forbidden, the
/// precautions, and the documents cited.
pub fn precautions_notice(
    catalog: &Catalog,
    tool: &Tool,
    found: &[&Tool],
    context: &Context,
) -> Card {
    let mut card = Card::default();
    title(&mut card, tool);
    super::verdict::section(&mut card, catalog, tool, found);
    layers::changes(&mut card, catalog, tool);
    provenance::top(&mut card, catalog, tool, context);
    risk(&mut card, catalog, tool);
    alternatives(&mut card, catalog, tool, found, context);
    provenance::disagreement(&mut card, catalog, tool);
    let statements: Vec<_> = tool.statements_of(Field::Precautions).collect();
    let blocks = if statements.is_empty() {
        vec![Block::Paragraph(vec![piece(
            text::NO_PRECAUTION,
            Look::Plain,
        )])]
    } else {
        statements
            .iter()
            .filter(|s| s.source != LOCAL_SOURCE_ID)
            .map(|s| Block::Bullet(sourced_statement(catalog, tool, s)))
            .collect()
    };
    card.push(
        Kind::Field(Field::Precautions),
        Some(text::PRECAUTIONS_HEADING.to_owned()),
        blocks,
    );
    // What to tell families, when the sources give an instruction and no
    // message: Ctrl-Y sends the teacher here.
    field(&mut card, catalog, tool, Field::FamilyInfo);
    let ids = distinct(
        tool.risk
            .sources
            .iter()
            .chain(statements.iter().map(|s| &s.source))
            .chain(tool.statements_of(Field::FamilyInfo).map(|s| &s.source)),
    );
    sources(&mut card, catalog, &ids);
    card
}

/// A guidance section: its title, its items, its sources.
pub fn guidance(catalog: &Catalog, guidance: &Guidance) -> Card {
    let mut card = Card::default();
    card.push(
        Kind::Title,
        None,
        vec![Block::Paragraph(vec![piece(
            clean_line(&guidance.title),
            Look::Title,
        )])],
    );
    if let Some(block) = provenance::dated_title(guidance) {
        card.push(Kind::Provenance, None, vec![block]);
    }
    layers::guidance_changes(&mut card, catalog, guidance);
    let layer = catalog.provenance.guidance_layer(&guidance.id);
    let items = guidance
        .items
        .iter()
        .map(|item| {
            let mut pieces = cited(catalog, &item.text, &item.source);
            if let Some(layer) = layer
                && !layers::item_is_sourced(catalog, guidance, item)
            {
                pieces.push(piece(
                    text::added_by(&text::layer_label(layer)),
                    Look::Origin,
                ));
            }
            Block::Bullet(pieces)
        })
        .collect();
    card.push(Kind::Items, None, items);
    let ids = distinct(guidance.items.iter().map(|i| &i.source));
    sources(&mut card, catalog, &ids);
    card
}
