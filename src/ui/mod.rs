//! Drawing: one function per pane or popup, reading the state only.

pub mod bars;
pub mod detail;
pub mod lists;
pub mod popup;
pub mod wrap;

/// Pure geometry, shared with the state (pages, clicks).
pub use crate::layout;

use ratatui::Frame;

use crate::app::frame::FrameReport;
use crate::app::state::State;
use crate::theme::Theme;

/// Draws frames, remembering the last card laid out so that scrolling it
/// costs no rebuilding.
#[derive(Debug, Default)]
pub struct View {
    detail: detail::Memo,
}

impl View {
    /// Draws the whole screen; returns what the next key needs to know of
    /// it (to be handed to `update` as `Action::Drawn`).
    pub fn draw(&mut self, frame: &mut Frame<'_>, state: &State, theme: Theme) -> FrameReport {
        draw_with(frame, state, theme, &mut self.detail)
    }
}

/// Draws one frame with nothing remembered from earlier ones.
pub fn draw(frame: &mut Frame<'_>, state: &State, theme: Theme) -> FrameReport {
    draw_with(frame, state, theme, &mut detail::Memo::default())
}

fn draw_with(
    frame: &mut Frame<'_>,
    state: &State,
    theme: Theme,
    memo: &mut detail::Memo,
) -> FrameReport {
    let screen = frame.area();
    if layout::too_small(screen) {
        bars::render_too_small(frame, screen, theme);
        return state.drawn.clone();
    }
    let areas = layout::areas(screen, state.focus);
    bars::render_search(frame, areas.search, state, theme);
    if let Some(area) = areas.categories {
        lists::render_categories(frame, area, state, theme);
    }
    if let Some(area) = areas.tools {
        lists::render_tools(frame, area, state, theme);
    }
    let report = match areas.detail {
        Some(area) => detail::render(frame, area, state, theme, memo),
        // No detail pane in this layout: what was measured last still holds.
        None => state.drawn.clone(),
    };
    bars::render_status(frame, areas.status, state, theme);
    bars::render_footer(frame, areas.footer, state, theme);
    if let Some(overlay) = &state.overlay {
        popup::render(frame, screen, state, overlay, theme);
    }
    report
}
