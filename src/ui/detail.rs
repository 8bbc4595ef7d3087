//! The detail pane: the card model (`crate::card`) laid out in styled,
//! wrapped lines, with the hints of the keys that act on it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block as Frame_, Borders, Paragraph};

use super::bars::key_hint;
use super::layout;
use super::wrap::wrap;
use crate::app::action::Action;
use crate::app::frame::FrameReport;
use crate::app::state::{Focus, Item, State};
use crate::card::{self, Block, Card, Kind, Look, Piece};
use crate::text;
use crate::theme::Theme;

/// Draws the detail pane; reports how far it can scroll at this size and
/// where its alternatives are, for the next key (the state cannot measure
/// text).
pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    state: &State,
    theme: Theme,
    memo: &mut Memo,
) -> FrameReport {
    let inner = layout::inner(area);
    let (lines, link_lines) = memo.lines(state, inner.width, theme);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let scroll = state.detail_scroll.min(max);
    let more = if max > 0 {
        format!(" {}/{} ", scroll + 1, max + 1)
    } else {
        String::new()
    };
    let block = Frame_::default()
        .borders(Borders::ALL)
        .border_style(theme.border(state.focus == Focus::Detail))
        .title(text::DETAIL_TITLE)
        .title_bottom(Line::from(more).right_aligned());
    let visible: Vec<Line<'static>> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible).block(block), area);
    FrameReport {
        detail_max_scroll: max,
        detail_links: link_lines,
    }
}

/// The content lines at a width, in the default theme (for line counts).
pub fn lines(state: &State, width: u16) -> Vec<Line<'static>> {
    build_lines(state, width, Theme { color: false }).0
}

/// What the detail lines depend on: the catalogue (by address and size),
/// the item, the chosen alternative, the pin, the width, the theme and the
/// card's context.
/// A card laid out: its lines and the line each alternative starts on.
type CardLines = (Vec<Line<'static>>, Vec<usize>);

#[derive(Debug, Clone, PartialEq)]
struct LinesKey {
    state: u64,
    item: Option<Item>,
    chosen: Option<usize>,
    favourite: bool,
    width: u16,
    theme: Theme,
    context: card::Context,
    /// Notes and messages change the card without changing the tools.
    text_generation: u64,
}

/// The last card laid out: scrolling or a status change redraws the same
/// card, which then costs no rebuilding (a card with a megabyte field takes
/// tens of milliseconds to build and wrap). Owned by whoever draws, never
/// by the state.
#[derive(Debug, Default)]
pub struct Memo {
    last: Option<(LinesKey, CardLines)>,
}

impl Memo {
    /// The lines, and the line each alternative starts on.
    fn lines(&mut self, state: &State, width: u16, theme: Theme) -> CardLines {
        let key = LinesKey {
            state: state.instance(),
            item: state.entry().map(|e| e.item),
            chosen: (state.focus == Focus::Detail).then_some(state.alternative_sel),
            favourite: state.tool().is_some_and(|t| state.is_favourite(t)),
            width,
            theme,
            context: state.card_context.clone(),
            text_generation: state.text_generation(),
        };
        if let Some((cached, lines)) = &self.last
            && *cached == key
        {
            return lines.clone();
        }
        let lines = build_lines(state, width, theme);
        self.last = Some((key, lines.clone()));
        lines
    }
}

fn build_lines(state: &State, width: u16, theme: Theme) -> CardLines {
    let catalog = &state.catalog;
    let (card, chosen) = match state.entry().map(|e| e.item) {
        Some(Item::Tool(i)) => {
            let Some(tool) = catalog.tools.get(i) else {
                return (Vec::new(), Vec::new());
            };
            if state.body_missing(i) {
                // Its head alone would read as a card with nothing to say.
                let sentence = text::card_unreadable(&crate::sanitize::clean_line(&tool.name));
                return (
                    super::wrap::wrap_paragraphs(&sentence, width, theme.error()),
                    Vec::new(),
                );
            }
            let chosen = (state.focus == Focus::Detail).then_some(state.alternative_sel);
            (
                card::tool(catalog, tool, &state.alternatives(i), &state.card_context),
                chosen,
            )
        }
        Some(Item::Guidance(i)) => match catalog.guidance.get(i) {
            Some(g) => (card::guidance(catalog, g), None),
            None => return (Vec::new(), Vec::new()),
        },
        None => return (vec![Line::styled(text::NO_RESULT, theme.dim())], Vec::new()),
    };
    let favourite = state.tool().is_some_and(|t| state.is_favourite(t));
    render_card(&card, chosen, favourite, width, theme)
}

/// Longest text shown in the pane; the command line prints everything.
const MAX_SHOWN_CHARS: usize = 20_000;

/// A text cut to [`MAX_SHOWN_CHARS`], saying so: a pathological field must
/// not make every frame re-wrap a megabyte.
fn capped(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN_CHARS) {
        None => text.to_owned(),
        Some((cut, _)) => text::truncated(&text[..cut], text.chars().count()),
    }
}

fn style(look: Look, theme: Theme) -> Style {
    match look {
        Look::Plain | Look::Id => Style::new(),
        Look::Title => theme.title(),
        Look::Dim | Look::Dated => theme.dim(),
        Look::Risk(level) => theme.risk(level),
        Look::Link => theme.link(),
        Look::Blank => theme.blank(),
        Look::Origin => theme.origin(),
    }
}

/// Risk badges never break across lines on screen.
fn styled(pieces: &[Piece], theme: Theme) -> Vec<(String, Style)> {
    pieces
        .iter()
        .filter(|p| p.look != Look::Id)
        .map(|p| {
            let text = match p.look {
                Look::Risk(_) if p.text.chars().count() < 40 => p.text.replace(' ', "\u{a0}"),
                _ => capped(&p.text),
            };
            (text, style(p.look, theme))
        })
        .collect()
}

/// The card in lines; `chosen` is the alternative Enter opens, when the
/// card has the focus.
fn render_card(
    card: &Card,
    chosen: Option<usize>,
    favourite: bool,
    width: u16,
    theme: Theme,
) -> (Vec<Line<'static>>, Vec<usize>) {
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut link_lines = Vec::new();
    let mut alternative = 0;
    for section in &card.sections {
        if section.blocks.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::default());
        }
        if let Some(heading) = &section.heading {
            let hint = match section.kind {
                Kind::Message => text::copy_hint(&key_hint(&Action::CopyMessage)),
                Kind::Field(crate::catalog::Field::Precautions) => {
                    text::copy_hint(&key_hint(&Action::CopyPrecautions))
                }
                Kind::Local => {
                    let [add, delete] = Action::ON_NOTES.each_ref().map(key_hint);
                    text::local_hint(&add, &delete)
                }
                Kind::Alternatives if chosen.is_some() => {
                    text::open_alternative_hint(&key_hint(&Action::Activate))
                }
                _ => String::new(),
            };
            out.extend(wrap(
                &[(heading.clone(), theme.heading()), (hint, theme.dim())],
                width,
                "",
                "",
            ));
        }
        for block in &section.blocks {
            let lines = match block {
                Block::Title { name, level } => {
                    let star = if favourite { "★ " } else { "" };
                    let badge = format!("  [{}]", text::risk_badge(*level).replace(' ', "\u{a0}"));
                    wrap(
                        &[(capped(name), theme.title()), (badge, theme.risk(*level))],
                        width,
                        star,
                        "",
                    )
                }
                Block::Paragraph(pieces) if section.kind == Kind::Title => {
                    wrap(&styled(pieces, theme), width, "", "")
                }
                Block::Paragraph(pieces) => wrap(&styled(pieces, theme), width, "", ""),
                Block::Bullet(pieces) => wrap(&styled(pieces, theme), width, "• ", "  "),
                Block::Alternative { pieces, .. } => {
                    link_lines.push(out.len());
                    let here = chosen == Some(alternative);
                    alternative += 1;
                    let mut lines = wrap(
                        &styled(pieces, theme),
                        width,
                        if here { "▶ " } else { "• " },
                        "  ",
                    );
                    if here && let Some(first) = lines.first_mut() {
                        *first = first.clone().patch_style(theme.selected());
                    }
                    lines
                }
                Block::Quote(pieces) => wrap(&styled(pieces, theme), width, "│ ", "│ "),
            };
            out.extend(lines);
        }
    }
    if card.sections.iter().any(|s| s.kind == Kind::Items) {
        out.push(Line::default());
        out.push(Line::styled(
            text::copy_guidance_hint(&key_hint(&Action::CopyMessage)),
            theme.dim(),
        ));
    }
    (out, link_lines)
}
