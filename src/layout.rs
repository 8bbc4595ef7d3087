//! Where each pane goes for a terminal size. Pure: used by drawing and by
//! the state (page sizes, mouse clicks), so both always agree.

use ratatui::layout::{Constraint, Layout, Rect};

/// The pane shown alone on a narrow terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Categories,
    Tools,
    Detail,
}

/// Below this the panes cannot be read: a message asks for more room.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// From this width the three panes stand side by side.
pub const WIDE: u16 = 110;
/// From this width: list column and detail; below, one pane at a time.
pub const MEDIUM: u16 = 70;

/// The screen's parts; absent panes are hidden at this size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub search: Rect,
    pub categories: Option<Rect>,
    pub tools: Option<Rect>,
    pub detail: Option<Rect>,
    pub status: Rect,
    pub footer: Rect,
}

/// Whether the terminal is too small for anything but a message.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Splits the screen; on a narrow terminal only the `shown` pane is there.
pub fn areas(area: Rect, shown: impl Into<Pane>) -> Areas {
    let shown = shown.into();
    if too_small(area) {
        return Areas::default();
    }
    let [search, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let mut out = Areas {
        search,
        status,
        footer,
        ..Areas::default()
    };
    if area.width >= WIDE {
        let [c, t, d] = Layout::horizontal([
            Constraint::Percentage(24),
            Constraint::Percentage(28),
            Constraint::Percentage(48),
        ])
        .areas(body);
        (out.categories, out.tools, out.detail) = (Some(c), Some(t), Some(d));
    } else if area.width >= MEDIUM {
        let [left, d] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(body);
        let [c, t] =
            Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(left);
        (out.categories, out.tools, out.detail) = (Some(c), Some(t), Some(d));
    } else {
        match shown {
            Pane::Categories => out.categories = Some(body),
            Pane::Tools => out.tools = Some(body),
            Pane::Detail => out.detail = Some(body),
        }
    }
    out
}

/// The inside of a bordered pane.
pub fn inner(pane: Rect) -> Rect {
    Rect {
        x: pane.x.saturating_add(1),
        y: pane.y.saturating_add(1),
        width: pane.width.saturating_sub(2),
        height: pane.height.saturating_sub(2),
    }
}

/// The first visible row of a list: the selection stays near the middle.
pub fn list_offset(selected: usize, len: usize, height: usize) -> usize {
    if height == 0 || len <= height {
        return 0;
    }
    selected.saturating_sub(height / 2).min(len - height)
}

/// A centred popup of at most `width`×`height` inside `area`.
pub fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
