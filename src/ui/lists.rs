//! The categories pane and the tools pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState};
use unicode_width::UnicodeWidthStr;

use super::layout;
use crate::app::state::{Focus, Item, Row, State};
use crate::sanitize::clean_line;
use crate::text;
use crate::theme::Theme;

/// The label of a left-pane row.
pub fn row_label(state: &State, row: Row) -> String {
    match row {
        Row::All => text::ALL_TOOLS.to_owned(),
        Row::Recent => text::RECENT.to_owned(),
        Row::Category(i) => state
            .catalog
            .categories
            .get(i)
            .map_or_else(String::new, |c| clean_line(&c.label)),
        Row::Guidance => text::GUIDANCE_HEADING.to_owned(),
    }
}

/// Draws the left pane: needs with their counts (hits when searching).
pub fn render_categories(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let inner = layout::inner(area);
    // The selection symbol takes two columns.
    let width = usize::from(inner.width).saturating_sub(2);
    let height = usize::from(inner.height);
    let offset = layout::list_offset(state.row_sel, state.rows.len(), height);
    // Only the visible rows are built: a catalogue may bring many needs.
    let items: Vec<ListItem<'static>> = state
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(height.max(1))
        .map(|(i, row)| {
            let count = state.row_counts.get(i).copied().unwrap_or(0);
            let count_text = format!(" {count}");
            let label_room = width.saturating_sub(count_text.width());
            let label = fit(&row_label(state, *row), label_room);
            let pad = " ".repeat(label_room.saturating_sub(label.width()));
            let dim = !state.query.trim().is_empty() && count == 0;
            let style = if dim { theme.dim() } else { Style::new() };
            ListItem::new(Line::from(vec![
                Span::styled(label, style),
                Span::raw(pad),
                Span::styled(count_text, theme.dim()),
            ]))
        })
        .collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(state.focus == Focus::Categories))
        .title(text::NEEDS_TITLE);
    let list = List::new(items)
        .block(block)
        .highlight_style(theme.selected())
        .highlight_symbol("▶ ");
    let mut list_state =
        ListState::default().with_selected(Some(state.row_sel.saturating_sub(offset)));
    frame.render_stateful_widget(list, area, &mut list_state);
}

/// Draws the middle pane: tools (or guidance sections) with risk badges.
pub fn render_tools(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let inner = layout::inner(area);
    let height = usize::from(inner.height);
    let offset = layout::list_offset(state.entry_sel, state.entries.len(), height);
    // Only the visible rows are built: lists can be long.
    let items: Vec<ListItem<'static>> = state
        .entries
        .iter()
        .skip(offset)
        .take(height.max(1))
        .map(|entry| {
            ListItem::new(entry_line(
                state,
                *entry,
                &state.matched_positions(entry.item),
                inner.width,
                theme,
            ))
        })
        .collect();
    let title = format!(
        " {} · {} ",
        row_label(state, state.row()),
        state.entries.len()
    );
    let focused = matches!(state.focus, Focus::Tools | Focus::Search);
    let selected = state.entry_sel.saturating_sub(offset);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(fit(&title, usize::from(area.width.saturating_sub(2))));
    let list = List::new(items)
        .block(block)
        .highlight_style(theme.selected())
        .highlight_symbol("▶ ");
    let mut list_state =
        ListState::default().with_selected((!state.entries.is_empty()).then_some(selected));
    frame.render_stateful_widget(list, area, &mut list_state);
}

/// The width kept for a tool's name before its territory mark is shortened.
const NAME_ROOM: usize = 20;

fn entry_line(
    state: &State,
    entry: crate::app::state::Entry,
    positions: &[usize],
    width: u16,
    theme: Theme,
) -> Line<'static> {
    let item = entry.item;
    // Marked in words, not colour only: the tool is listed, and dimmed.
    let elsewhere = matches!(item, Item::Tool(i) if state.is_out_of_territory(i));
    let (name, badge) = match item {
        Item::Tool(i) => {
            let tool = &state.catalog.tools[i];
            let star = if state.is_favourite(tool) { "★" } else { "" };
            let level = tool.risk.level;
            (
                clean_line(&tool.name),
                Some((
                    format!("{star}{} ", text::risk_symbol(level)),
                    theme.risk(level),
                )),
            )
        }
        // A guidance section in the results: its own mark, so the group
        // reads apart from the tools.
        Item::Guidance(i) => (
            clean_line(&state.catalog.guidance[i].title),
            Some(("§ ".to_owned(), theme.dim())),
        ),
    };
    let mut spans = Vec::new();
    if let Some((symbol, style)) = badge {
        spans.push(Span::styled(symbol, style));
    }
    let room = usize::from(width).saturating_sub(4);
    // The mark stays whole; in a narrow pane its short form leaves the
    // name readable.
    let mark = match elsewhere {
        false => String::new(),
        true if room >= NAME_ROOM + text::OUT_OF_TERRITORY.width() + 3 => {
            format!(" · {}", text::OUT_OF_TERRITORY)
        }
        true => format!(" · {}", text::OUT_OF_TERRITORY_SHORT),
    };
    // A tool the adviser evaluated, or a tool or repère a colleague's file
    // added or changed, never reads as one of the sources': its mark
    // keeps its room, as the territory's does.
    let layer_badge = match item {
        Item::Tool(i) => crate::card::badge(&state.catalog, &state.catalog.tools[i]),
        Item::Guidance(i) => {
            crate::local::view::guidance_badge(&state.catalog, &state.catalog.guidance[i])
        }
    }
    .map(|badge| format!(" {badge}"));
    let badge_width = layer_badge.as_deref().map_or(0, UnicodeWidthStr::width);
    let name_room = room
        .saturating_sub(mark.width() + badge_width)
        .max(room.min(6));
    let shown = fit(&name, name_room);
    let plain = if elsewhere { theme.dim() } else { Style::new() };
    for (i, c) in shown.chars().enumerate() {
        let style = if positions.contains(&i) {
            theme.matched()
        } else {
            plain
        };
        spans.push(Span::styled(c.to_string(), style));
    }
    if elsewhere {
        spans.push(Span::styled(mark, theme.dim()));
    }
    if entry.replaced {
        spans.push(Span::styled(text::REPLACED_MARK, theme.dim()));
    }
    if let Some(badge) = layer_badge {
        spans.push(Span::styled(badge, theme.info()));
    }
    Line::from(spans)
}

/// Cuts text to a display width, with an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if out.width() + w + 1 > width {
            break;
        }
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}
