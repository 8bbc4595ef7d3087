//! The text popup: a text to read, or to select by hand.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::frame_popup;
use crate::app::popup::text::TextPopup;
use crate::theme::Theme;
use crate::ui::layout;
use crate::ui::wrap::wrap_paragraphs;

/// Text to read, or to select with the mouse when copying failed.
pub fn render(frame: &mut Frame<'_>, screen: Rect, popup: &TextPopup, theme: Theme) {
    let TextPopup {
        title,
        body,
        scroll,
    } = popup;
    let area = layout::popup(screen, 78, screen.height.saturating_sub(3));
    let inner = frame_popup(frame, area, &format!(" {title} "), theme);
    let lines = wrap_paragraphs(body, inner.width, Style::new());
    let scroll = (*scroll).min(lines.len().saturating_sub(1));
    let visible: Vec<Line<'static>> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}
