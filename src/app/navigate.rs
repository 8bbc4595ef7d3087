//! Moving around: selections, panes, pages, the mouse, opening answers and
//! going back. Geometry comes from [`crate::layout`], the card's length
//! from the last frame ([`State::drawn`]).

use ratatui::layout::{Position, Rect};

use super::effect::Effect;
use super::state::{Focus, State};
use crate::layout;

pub(super) fn screen(state: &State) -> Rect {
    Rect::new(0, 0, state.size.0, state.size.1)
}

pub(super) fn page(state: &State) -> isize {
    let areas = layout::areas(screen(state), state.focus);
    let pane = match state.focus {
        Focus::Categories => areas.categories,
        Focus::Detail => areas.detail,
        Focus::Tools | Focus::Search => areas.tools,
    };
    let rows = pane.map_or(10, |p| layout::inner(p).height.saturating_sub(1));
    isize::try_from(rows.max(1)).unwrap_or(10)
}

fn step(index: usize, delta: isize, len: usize) -> usize {
    let last = len.saturating_sub(1);
    index.saturating_add_signed(delta).min(last)
}

pub(super) fn move_by(state: &mut State, delta: isize) -> Vec<Effect> {
    match state.focus {
        Focus::Categories => {
            state.row_sel = step(state.row_sel, delta, state.rows.len());
            state.refresh_entries();
            Vec::new()
        }
        Focus::Tools | Focus::Search => {
            state.entry_sel = step(state.entry_sel, delta, state.entries.len());
            state.detail_scroll = 0;
            state.alternative_sel = 0;
            touch_recent(state)
        }
        Focus::Detail => {
            move_in_card(state, delta);
            Vec::new()
        }
    }
}

/// In the card, one step down goes to the next alternative while there is
/// one (they come first), then scrolls; up scrolls back, then goes back
/// up the alternatives — the way a text browser moves between links.
fn move_in_card(state: &mut State, delta: isize) {
    let alternatives = state.card_alternatives().len();
    let last = alternatives.saturating_sub(1);
    // Links are picked only while the card's top (where they are) shows.
    if delta == 1 && alternatives > 0 && state.detail_scroll == 0 && state.alternative_sel < last {
        state.alternative_sel += 1;
        return;
    }
    if delta == -1 && state.detail_scroll == 0 && state.alternative_sel > 0 {
        state.alternative_sel -= 1;
        return;
    }
    if delta < -1 {
        // Home or Page Up reaching the top also returns to the first link.
        state.alternative_sel = 0;
    }
    let max = state.drawn.detail_max_scroll;
    state.detail_scroll = state
        .detail_scroll
        .min(max)
        .saturating_add_signed(delta)
        .min(max);
}

pub(super) fn focus_step(state: &mut State, delta: isize) -> Vec<Effect> {
    const ORDER: [Focus; 3] = [Focus::Categories, Focus::Tools, Focus::Detail];
    let current = ORDER.iter().position(|f| *f == state.focus).unwrap_or(1);
    let next = (current.cast_signed() + delta)
        .rem_euclid(3)
        .cast_unsigned();
    state.focus = ORDER[next];
    if state.focus == Focus::Detail {
        return touch_recent(state);
    }
    Vec::new()
}

pub(super) fn touch_recent(state: &mut State) -> Vec<Effect> {
    if let Some(id) = state.tool().map(|t| t.id.clone()) {
        state.prefs.touch_recent(&id);
        state.refresh_recent_count();
    }
    Vec::new()
}

/// Enter in the panes: the list leads to the card, the card to the chosen
/// alternative.
pub(super) fn activate(state: &mut State) -> Vec<Effect> {
    match state.focus {
        Focus::Categories => {
            state.focus = Focus::Tools;
            Vec::new()
        }
        Focus::Tools | Focus::Search => {
            state.focus = Focus::Detail;
            touch_recent(state)
        }
        Focus::Detail => {
            let alternatives = state.card_alternatives();
            match alternatives.get(state.alternative_sel) {
                Some(&index) => {
                    state.open_tool(index);
                    touch_recent(state)
                }
                None => Vec::new(),
            }
        }
    }
}

/// Back to the previous answer; false when there is none.
pub(super) fn back(state: &mut State) -> bool {
    match state.history.pop() {
        Some(location) => {
            state.restore(location);
            true
        }
        None => false,
    }
}

/// Esc in the panes: one step towards the empty start screen, and quit
/// from there.
pub(super) fn escape(state: &mut State) -> bool {
    if state.searching() {
        state.query.clear();
        state.refresh_search();
        state.focus = Focus::Tools;
        return false;
    }
    if back(state) {
        return false;
    }
    if state.focus == Focus::Detail || state.focus == Focus::Categories {
        state.focus = Focus::Tools;
        return false;
    }
    true
}

pub(super) fn click(state: &mut State, column: u16, row: u16) -> Vec<Effect> {
    let areas = layout::areas(screen(state), state.focus);
    let at = Position::new(column, row);
    if areas.search.contains(at) {
        state.focus = Focus::Search;
        return Vec::new();
    }
    for (pane, focus) in [
        (areas.categories, Focus::Categories),
        (areas.tools, Focus::Tools),
        (areas.detail, Focus::Detail),
    ] {
        let Some(pane) = pane.filter(|p| p.contains(at)) else {
            continue;
        };
        state.focus = focus;
        let inner = layout::inner(pane);
        if focus == Focus::Detail && inner.contains(at) {
            return click_in_card(state, usize::from(row - inner.y));
        }
        if focus == Focus::Detail || !inner.contains(at) {
            return Vec::new();
        }
        let (selected, len) = match focus {
            Focus::Categories => (state.row_sel, state.rows.len()),
            _ => (state.entry_sel, state.entries.len()),
        };
        let offset = layout::list_offset(selected, len, usize::from(inner.height));
        let target = offset + usize::from(row - inner.y);
        if target < len {
            let delta = target.cast_signed() - selected.cast_signed();
            return move_by(state, delta);
        }
    }
    Vec::new()
}

/// A click on an alternative's line opens it, like a link.
fn click_in_card(state: &mut State, visible_row: usize) -> Vec<Effect> {
    let line = state.detail_scroll.min(state.drawn.detail_max_scroll) + visible_row;
    let hit = state.drawn.detail_links.iter().position(|&l| l == line);
    let Some(alternative) = hit else {
        return Vec::new();
    };
    state.alternative_sel = alternative;
    activate(state)
}

pub(super) fn scroll_at(state: &mut State, column: u16, row: u16, down: bool) -> Vec<Effect> {
    let areas = layout::areas(screen(state), state.focus);
    let at = Position::new(column, row);
    let focus = [
        (areas.categories, Focus::Categories),
        (areas.tools, Focus::Tools),
        (areas.detail, Focus::Detail),
    ]
    .into_iter()
    .find_map(|(pane, focus)| pane.filter(|p| p.contains(at)).map(|_| focus));
    let Some(focus) = focus else {
        return Vec::new();
    };
    let saved = state.focus;
    state.focus = focus;
    let effects = if focus == Focus::Detail {
        // The wheel scrolls the text, it does not pick alternatives.
        let max = state.drawn.detail_max_scroll;
        let delta = if down { 3 } else { -3 };
        state.detail_scroll = state
            .detail_scroll
            .min(max)
            .saturating_add_signed(delta)
            .min(max);
        Vec::new()
    } else {
        move_by(state, if down { 3 } else { -3 })
    };
    state.focus = saved;
    effects
}
