//! `update(state, action) -> effects`: every change of state happens here.

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::copy::{
    CARD_WIDTH, copy_finished, copy_message, copy_selected, no_tool, show_text, submit_form,
};
use super::effect::Effect;
use super::state::{Focus, Overlay, State, Status};
use crate::report;
use crate::ui::{detail, layout};

/// Applies one action; returns the side effects to run.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => {
            state.should_quit = true;
            vec![Effect::Save(state.prefs.clone())]
        }
        Action::Resize { width, height } => {
            state.size = (width, height);
            clamp_detail(state);
            Vec::new()
        }
        Action::CopyFinished(report) => copy_finished(state, report),
        Action::SearchFinished {
            generation,
            tools,
            guidance,
        } => {
            state.accept_search(generation, tools, guidance);
            Vec::new()
        }
        Action::SaveFinished(result) => {
            if let Err(message) = result {
                set_status(state, message, true);
            }
            Vec::new()
        }
        Action::OpenFinished(result) => {
            match result {
                Ok(url) => set_status(state, format!("Ouvert dans le navigateur : {url}"), false),
                Err(url) => set_status(state, format!("Adresse : {url}"), false),
            }
            Vec::new()
        }
        action if state.overlay.is_some() => overlay_action(state, action),
        action => main_action(state, action),
    }
}

fn main_action(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Up => move_by(state, -1),
        Action::Down => move_by(state, 1),
        Action::PageUp => move_by(state, -page(state)),
        Action::PageDown => move_by(state, page(state)),
        Action::Top => move_by(state, isize::MIN / 2),
        Action::Bottom => move_by(state, isize::MAX / 2),
        Action::FocusNext | Action::FocusRight => focus_step(state, 1),
        Action::FocusPrev | Action::FocusLeft => focus_step(state, -1),
        Action::FocusSearch => {
            if state.focus != Focus::Search {
                state.focus_before_search = state.focus;
            }
            state.focus = Focus::Search;
            Vec::new()
        }
        Action::SearchInput(c) => edit_query(state, |q| q.push(c)),
        Action::Paste(text) => edit_query(state, |q| q.push_str(&first_line(&text))),
        Action::SearchBackspace => edit_query(state, |q| {
            q.pop();
        }),
        Action::SearchDeleteWord => edit_query(state, |q| {
            let kept = q.trim_end().rfind(' ').map_or(0, |i| i + 1);
            q.truncate(kept);
        }),
        Action::SearchSubmit => {
            state.focus = Focus::Tools;
            touch_recent(state)
        }
        Action::SearchCancel => {
            state.focus = state.focus_before_search;
            edit_query(state, String::clear)
        }
        Action::JumpCategory(n) => {
            // 1 is "Tous les outils", 2 "Récents", then the needs.
            if n >= 1 && n <= state.rows.len() {
                state.row_sel = n - 1;
                state.refresh_entries();
                state.focus = Focus::Tools;
            }
            touch_recent(state)
        }
        Action::ToggleHelp => {
            state.overlay = Some(Overlay::Help { scroll: 0 });
            Vec::new()
        }
        Action::CopyMessage => copy_message(state),
        Action::CopyPrecautions => copy_selected(state, |s, t| {
            (
                report::precautions_notice(&s.catalog, t),
                crate::text::WHAT_PRECAUTIONS.to_owned(),
            )
        }),
        Action::CopyCard => copy_selected(state, |s, t| {
            (
                report::tool_card(&s.catalog, t, CARD_WIDTH),
                crate::text::WHAT_CARD.to_owned(),
            )
        }),
        Action::OpenUrl => open_url(state),
        Action::ToggleFavourite => toggle_favourite(state),
        Action::ShowLastCopy => {
            if let Some(text) = state.last_copy.clone() {
                return show_text(state, "Dernier texte copié".to_owned(), text);
            }
            set_status(state, "Rien n'a encore été copié.".to_owned(), false);
            Vec::new()
        }
        Action::Click { column, row } => click(state, column, row),
        Action::Scroll { column, row, down } => scroll_at(state, column, row, down),
        _ => Vec::new(),
    }
}

fn overlay_action(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(overlay) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match (overlay, action) {
        (Overlay::Form(form), Action::FormInput(c)) => form.push(c),
        (Overlay::Form(form), Action::Paste(text)) => {
            first_line(&text).chars().for_each(|c| form.push(c));
        }
        (Overlay::Form(form), Action::FormBackspace) => form.backspace(),
        (Overlay::Form(form), Action::FormClear) => form.clear(),
        (Overlay::Form(form), Action::FormNext | Action::Down) => form.next(),
        (Overlay::Form(form), Action::FormPrev | Action::Up) => form.prev(),
        (Overlay::Form(_), Action::FormSubmit) => return submit_form(state),
        (
            Overlay::Text { scroll, .. } | Overlay::Help { scroll },
            Action::Down | Action::Scroll { down: true, .. },
        ) => {
            *scroll = scroll.saturating_add(1);
        }
        (
            Overlay::Text { scroll, .. } | Overlay::Help { scroll },
            Action::Up | Action::Scroll { down: false, .. },
        ) => {
            *scroll = scroll.saturating_sub(1);
        }
        (Overlay::Text { .. }, Action::CloseOverlay) => {
            state.overlay = None;
            return vec![Effect::MouseCapture(true)];
        }
        (_, Action::CloseOverlay | Action::ToggleHelp) => state.overlay = None,
        _ => {}
    }
    Vec::new()
}

/// Only the first line of a paste makes sense in a one-line field.
fn first_line(text: &str) -> String {
    crate::sanitize::clean_line(text.lines().next().unwrap_or(""))
}

pub(super) fn set_status(state: &mut State, text: String, is_error: bool) {
    state.status = Some(Status { text, is_error });
}

fn page(state: &State) -> isize {
    let areas = layout::areas(screen(state), state.focus);
    let pane = match state.focus {
        Focus::Categories => areas.categories,
        Focus::Detail => areas.detail,
        Focus::Tools | Focus::Search => areas.tools,
    };
    let rows = pane.map_or(10, |p| layout::inner(p).height.saturating_sub(1));
    isize::try_from(rows.max(1)).unwrap_or(10)
}

fn screen(state: &State) -> Rect {
    Rect::new(0, 0, state.size.0, state.size.1)
}

fn step(index: usize, delta: isize, len: usize) -> usize {
    let last = len.saturating_sub(1);
    index.saturating_add_signed(delta).min(last)
}

fn move_by(state: &mut State, delta: isize) -> Vec<Effect> {
    match state.focus {
        Focus::Categories => {
            state.row_sel = step(state.row_sel, delta, state.rows.len());
            state.refresh_entries();
            Vec::new()
        }
        Focus::Tools | Focus::Search => {
            state.entry_sel = step(state.entry_sel, delta, state.entries.len());
            state.detail_scroll = 0;
            touch_recent(state)
        }
        Focus::Detail => {
            state.detail_scroll = state.detail_scroll.saturating_add_signed(delta);
            clamp_detail(state);
            Vec::new()
        }
    }
}

/// Keeps the detail scroll within its content at the current width.
fn clamp_detail(state: &mut State) {
    let areas = layout::areas(screen(state), Focus::Detail);
    let Some(pane) = areas.detail else {
        return;
    };
    let inner = layout::inner(pane);
    let total = detail::lines(state, inner.width).len();
    let max = total.saturating_sub(usize::from(inner.height));
    state.detail_scroll = state.detail_scroll.min(max);
}

fn focus_step(state: &mut State, delta: isize) -> Vec<Effect> {
    const ORDER: [Focus; 3] = [Focus::Categories, Focus::Tools, Focus::Detail];
    let current = ORDER.iter().position(|f| *f == state.focus).unwrap_or(1);
    let next = (current.cast_signed() + delta)
        .rem_euclid(3)
        .cast_unsigned();
    state.focus = ORDER[next];
    Vec::new()
}

/// The longest search query: a pasted page must not make every key search
/// half a megabyte.
pub const MAX_QUERY_CHARS: usize = 200;

fn edit_query(state: &mut State, edit: impl FnOnce(&mut String)) -> Vec<Effect> {
    edit(&mut state.query);
    if let Some((cut, _)) = state.query.char_indices().nth(MAX_QUERY_CHARS) {
        state.query.truncate(cut);
        set_status(state, crate::text::query_cut(MAX_QUERY_CHARS), true);
    }
    // Searching looks everywhere; the left pane then shows where hits are.
    if !state.query.is_empty() && state.focus == Focus::Search {
        state.row_sel = 0;
    }
    state.request_search().into_iter().collect()
}

fn touch_recent(state: &mut State) -> Vec<Effect> {
    if let Some(id) = state.tool().map(|t| t.id.clone()) {
        state.prefs.touch_recent(&id);
        state.refresh_recent_count();
    }
    Vec::new()
}

fn open_url(state: &mut State) -> Vec<Effect> {
    let Some(tool) = state.tool() else {
        return no_tool(state);
    };
    match &tool.url {
        Some(url) => vec![Effect::Open(crate::sanitize::clean_line(url))],
        None => {
            set_status(
                state,
                "Aucune adresse web dans les sources pour cet outil.".to_owned(),
                true,
            );
            Vec::new()
        }
    }
}

fn toggle_favourite(state: &mut State) -> Vec<Effect> {
    let Some(tool) = state.tool() else {
        return no_tool(state);
    };
    let (id, name) = (tool.id.clone(), crate::sanitize::clean_line(&tool.name));
    let favourites = &mut state.prefs.favourites;
    let text = if let Some(pos) = favourites.iter().position(|f| *f == id) {
        favourites.remove(pos);
        format!("{name} retiré des favoris.")
    } else {
        favourites.push(id);
        format!("{name} ajouté aux favoris.")
    };
    set_status(state, text, false);
    state.refresh_search();
    vec![Effect::Save(state.prefs.clone())]
}

fn click(state: &mut State, column: u16, row: u16) -> Vec<Effect> {
    let areas = layout::areas(screen(state), state.focus);
    let at = Position::new(column, row);
    if areas.search.contains(at) {
        return main_action(state, Action::FocusSearch);
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

fn scroll_at(state: &mut State, column: u16, row: u16, down: bool) -> Vec<Effect> {
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
    let effects = move_by(state, if down { 3 } else { -3 });
    state.focus = saved;
    effects
}
