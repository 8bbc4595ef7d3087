//! The territory popup.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::frame_popup;
use crate::app::action::Action;
use crate::app::keymap::{Mode, keys_for};
use crate::app::popup::Kind;
use crate::app::popup::territory::TerritoryForm;
use crate::app::state::State;
use crate::sanitize::clean_line;
use crate::theme::Theme;
use crate::ui::layout;
use crate::ui::wrap::wrap;

/// The territory popup: what to type, the field, what is set now, and
/// the sentence when the last value was not understood.
pub fn render(
    frame: &mut Frame<'_>,
    screen: Rect,
    state: &State,
    form: &TerritoryForm,
    theme: Theme,
) {
    let area = layout::popup(screen, 66, 12);
    let inner = frame_popup(frame, area, crate::text::TERRITORY_TITLE, theme);
    let prompt = crate::text::territory_prompt(
        &keys_for(Mode::Overlay(Kind::Territory), &Action::TerritorySubmit),
        &keys_for(Mode::Overlay(Kind::Territory), &Action::CloseOverlay),
    );
    let mut lines = wrap(&[(prompt, theme.dim())], inner.width, "", "");
    lines.push(Line::default());
    let value = clean_line(&form.input);
    let room = usize::from(inner.width).saturating_sub(3);
    let count = value.chars().count();
    let shown: String = value.chars().skip(count.saturating_sub(room)).collect();
    lines.push(Line::from(vec![
        Span::styled("▶ ", theme.key()),
        Span::styled(shown, theme.title()),
        Span::raw("█"),
    ]));
    lines.push(Line::default());
    let (sentence, style) = match &form.error {
        Some(error) => (error.clone(), theme.error()),
        None => (
            crate::text::territory_current(state.place(), state.place_from_command_line),
            Style::new(),
        ),
    };
    lines.extend(wrap(&[(sentence, style)], inner.width, "", ""));
    frame.render_widget(Paragraph::new(lines), inner);
}
