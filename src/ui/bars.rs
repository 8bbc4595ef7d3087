//! The search bar, the status line and the footer of keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::layout;
use super::wrap::wrap;
use crate::app::action::Action;
use crate::app::keymap::{Mode, footer, keys_for, names};
use crate::app::state::{Focus, State};
use crate::sanitize::clean_line;
use crate::theme::Theme;

/// The search bar; shows the cursor when focused.
pub fn render_search(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let focused = state.focus == Focus::Search;
    let query = clean_line(&state.query);
    let line = if query.is_empty() && !focused {
        Line::from(vec![
            Span::styled(" / ", theme.key()),
            Span::styled(crate::text::SEARCH_PROMPT, theme.dim()),
        ])
    } else {
        let room = usize::from(area.width).saturating_sub(4);
        let shown: String = if query.chars().count() > room {
            query.chars().skip(query.chars().count() - room).collect()
        } else {
            query
        };
        let cursor = if focused { "█" } else { "" };
        Line::from(vec![
            Span::styled(" / ", theme.key()),
            Span::styled(shown, theme.title()),
            Span::raw(cursor),
        ])
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The status line: the last message, or the counts. A message longer
/// than the line is never cut: it grows upwards over the panes, wrapped.
pub fn render_status(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let Some(status) = state.visible_status() else {
        let sources: Vec<&str> = state
            .catalog
            .sources
            .iter()
            .map(|s| s.short.as_str())
            .collect();
        let mut counts = crate::text::catalogue_counts(
            state.catalog.tools.len(),
            state.catalog.categories.len(),
            &sources.join(", "),
        );
        // The territory first: it changes what the lists show.
        if state.place().is_set() {
            counts.insert_str(0, &crate::text::territory_status(state.place()));
        }
        // Never cut either: it wraps like a message, between its items
        // only (« Académie 2021 » stays on one line).
        return render_wrapped(
            frame,
            area,
            keep_items_whole(&clean_line(&counts)),
            theme.dim(),
        );
    };
    let style = if status.is_error {
        theme.error()
    } else {
        theme.info()
    };
    render_wrapped(frame, area, clean_line(&status.text), style);
}

/// Joins the words of each item of a list by non-breaking spaces, so
/// that lines break only after « , », « · » or « : ».
fn keep_items_whole(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let after_separator = i > 0 && matches!(chars[i - 1], ',' | '·' | ':');
        let before_dot = chars.get(i + 1) == Some(&'·');
        let at_edge = i == 0 || i + 1 == chars.len();
        if c == ' ' && !after_separator && !before_dot && !at_edge {
            out.push('\u{a0}');
        } else {
            out.push(c);
        }
    }
    out
}

/// A status text over as many lines as it needs, growing upwards.
fn render_wrapped(frame: &mut Frame<'_>, area: Rect, text: String, style: ratatui::style::Style) {
    let lines = wrap(&[(text, style)], area.width.saturating_sub(1), " ", " ");
    // Grow upwards, at most up to the search bar.
    let rows = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .clamp(1, area.y.max(1));
    let popup = Rect {
        x: area.x,
        y: area.y + 1 - rows.min(area.y + 1),
        width: area.width,
        height: rows,
    };
    frame.render_widget(ratatui::widgets::Clear, popup);
    frame.render_widget(Paragraph::new(lines), popup);
}

/// The keys that matter now, from the key table of the current mode.
pub fn render_footer(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for binding in footer(state) {
        let keys = names(binding.keys);
        let piece = keys.chars().count() + binding.hint.chars().count() + 3;
        if used + piece > usize::from(area.width) {
            break;
        }
        used += piece;
        spans.push(Span::styled(keys, theme.key()));
        spans.push(Span::styled(format!(" {}  ", binding.hint), theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The key that does `action` on the main screen, for hints in the card.
pub fn key_hint(action: &Action) -> String {
    keys_for(Mode::Browse, action)
}

/// Shown instead of the panes when there is no room.
pub fn render_too_small(frame: &mut Frame<'_>, area: Rect, theme: Theme) {
    let text = crate::text::too_small(
        (layout::MIN_WIDTH, layout::MIN_HEIGHT),
        (area.width, area.height),
        &key_hint(&crate::app::action::Action::Quit),
    );
    let lines = wrap(&[(text, theme.error())], area.width, "", "");
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::keep_items_whole;

    #[test]
    fn items_are_kept_whole_and_lines_break_between_them() {
        assert_eq!(
            keep_items_whole(" 88 outils · sources : DSDEN 74, Ac. Poitiers"),
            " 88\u{a0}outils · sources\u{a0}: DSDEN\u{a0}74, Ac.\u{a0}Poitiers"
        );
    }
}
