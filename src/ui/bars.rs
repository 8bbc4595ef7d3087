//! The search bar, the status line and the footer of keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::lists::fit;
use crate::app::keymap::current_keys;
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
            Span::styled(
                "chercher un outil, une précaution, un message…",
                theme.dim(),
            ),
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

/// The status line: the last message, or the counts.
pub fn render_status(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let width = usize::from(area.width);
    let line = match &state.status {
        Some(status) => {
            let style = if status.is_error {
                theme.error()
            } else {
                theme.info()
            };
            Line::styled(fit(&format!(" {}", clean_line(&status.text)), width), style)
        }
        None => Line::styled(
            fit(
                &format!(
                    " {} outils · {} besoins · sources : {}",
                    state.catalog.tools.len(),
                    state.catalog.categories.len(),
                    state
                        .catalog
                        .sources
                        .iter()
                        .map(|s| s.short.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                width,
            ),
            theme.dim(),
        ),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The keys that matter now.
pub fn render_footer(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for binding in current_keys(state).iter().filter(|b| !b.short.is_empty()) {
        let piece = binding.keys.chars().count() + binding.short.chars().count() + 3;
        if used + piece > usize::from(area.width) {
            break;
        }
        used += piece;
        spans.push(Span::styled(binding.keys, theme.key()));
        spans.push(Span::styled(format!(" {}  ", binding.short), theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
