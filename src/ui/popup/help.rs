//! The help popup: every key, from the keymap's own tables.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::frame_popup;
use crate::app::keymap::names;
use crate::app::keymap::tables::{Binding, HELP_SECTIONS};
use crate::theme::Theme;
use crate::ui::layout;
use crate::ui::wrap::wrap;

/// Every key, from the keymap's own tables.
pub fn render(frame: &mut Frame<'_>, screen: Rect, scroll: usize, theme: Theme) {
    let area = layout::popup(screen, 74, 34);
    let inner = frame_popup(frame, area, crate::text::HELP_TITLE, theme);
    let mut lines = wrap(
        &[(crate::text::HELP_TYPING.to_owned(), theme.heading())],
        inner.width,
        "",
        "",
    );
    lines.push(Line::default());
    for (title, bindings) in HELP_SECTIONS {
        lines.push(Line::styled(*title, theme.heading()));
        lines.extend(bindings.iter().map(|b| key_line(b, theme)));
        lines.push(Line::default());
    }
    lines.push(Line::styled(crate::text::HELP_MOUSE, theme.dim()));
    lines.push(Line::styled(crate::text::HELP_LEVELS, theme.dim()));
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let visible: Vec<Line<'static>> = lines.into_iter().skip(scroll.min(max)).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

fn key_line(binding: &Binding, theme: Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {:<16} ", names(binding.keys)), theme.key()),
        Span::raw(binding.label),
    ])
}
