//! Drawing: one function per pane or popup, reading the state only.

pub mod bars;
pub mod detail;
pub mod lists;
pub mod note_delete;
pub mod overlay;
pub mod wizard;
pub mod wrap;

/// Pure geometry, shared with the state (pages, clicks).
pub use crate::layout;

use ratatui::Frame;

use crate::app::state::{Overlay, State};
use crate::theme::Theme;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame<'_>, state: &State, theme: Theme) {
    let screen = frame.area();
    if layout::too_small(screen) {
        overlay::render_too_small(frame, screen, theme);
        return;
    }
    let areas = layout::areas(screen, state.focus);
    bars::render_search(frame, areas.search, state, theme);
    if let Some(area) = areas.categories {
        lists::render_categories(frame, area, state, theme);
    }
    if let Some(area) = areas.tools {
        lists::render_tools(frame, area, state, theme);
    }
    if let Some(area) = areas.detail {
        detail::render(frame, area, state, theme);
    }
    bars::render_status(frame, areas.status, state, theme);
    bars::render_footer(frame, areas.footer, state, theme);
    match &state.overlay {
        Some(Overlay::Help { scroll }) => overlay::render_help(frame, screen, *scroll, theme),
        Some(Overlay::Form(form)) => overlay::render_form(frame, screen, state, form, theme),
        Some(Overlay::Wizard(wizard)) => wizard::render(frame, screen, wizard, theme),
        Some(Overlay::DeleteNote(picker)) => note_delete::render(frame, screen, picker, theme),
        Some(Overlay::Territory(form)) => {
            overlay::render_territory(frame, screen, state, form, theme);
        }
        Some(Overlay::Text {
            title,
            body,
            scroll,
        }) => {
            overlay::render_text(frame, screen, title, body, *scroll, theme);
        }
        None => {}
    }
}
