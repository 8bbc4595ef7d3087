//! The popups' drawing, one module each, named as the popup's module in
//! `crate::app::popup`; and the frame they share.

pub mod form;
pub mod help;
pub mod note_delete;
pub mod territory;
pub mod text;
pub mod wizard;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear};

use crate::app::popup::Overlay;
use crate::app::state::State;
use crate::theme::Theme;

/// Draws the open popup over the screen.
pub fn render(frame: &mut Frame<'_>, screen: Rect, state: &State, overlay: &Overlay, theme: Theme) {
    match overlay {
        Overlay::Help(help) => help::render(frame, screen, help.scroll, theme),
        Overlay::Form(form) => form::render(frame, screen, state, form, theme),
        Overlay::Wizard(wizard) => wizard::render(frame, screen, wizard, theme),
        Overlay::DeleteNote(picker) => note_delete::render(frame, screen, picker, theme),
        Overlay::Territory(form) => territory::render(frame, screen, state, form, theme),
        Overlay::Text(popup) => text::render(frame, screen, popup, theme),
    }
}

/// Clears `area` and draws a titled frame; returns the area inside it.
fn frame_popup(frame: &mut Frame<'_>, area: Rect, title: &str, theme: Theme) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(crate::ui::lists::fit(
            title,
            usize::from(area.width.saturating_sub(2)),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}
