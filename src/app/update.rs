//! `update(state, action) -> effects`: every change of state happens here.

use super::action::Action;
use super::call;
use super::copy::{
    copy_card, copy_finished, copy_message, copy_precautions, show_text, submit_form,
};
use super::effect::Effect;
use super::navigate::{
    activate, back, click, escape, focus_step, move_by, page, scroll_at, touch_recent,
};
use super::query::{edit_query, start_new_search};
use super::state::{Focus, Overlay, State};
use crate::text;

/// The widest screen the state lays out (the terminal's backend reports
/// no wider either): a size from outside is capped before anything is
/// allocated for it.
pub const MAX_COLUMNS: u16 = 1000;
/// The tallest screen the state lays out.
pub const MAX_ROWS: u16 = 500;

/// Applies one action; returns the side effects to run.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    // Esc asked whether to quit: Enter quits, any other key stays (and
    // does what it does; Esc only takes the question back).
    if state.call.quit_asked && !call::is_notification(&action) {
        state.call.quit_asked = false;
        state.status = None;
        if call::confirms(&action) {
            return update(state, Action::Quit);
        }
        if action == Action::Escape {
            return Vec::new();
        }
    }
    let had_overlay = state.overlay.is_some();
    let ends_question = call::ends_a_question(&action);
    let typing = matches!(action, Action::SearchInput(_) | Action::Paste(_));
    let effects = apply(state, action);
    // After an action, or a popup closed (not by typing over it), typing
    // starts a new question.
    if ends_question || had_overlay && state.overlay.is_none() && !typing {
        state.call.new_question_next = true;
    }
    effects
}

fn apply(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => {
            state.should_quit = true;
            vec![Effect::Save(state.prefs.clone())]
        }
        Action::Drawn(report) => {
            state.drawn = report;
            Vec::new()
        }
        Action::Resize { width, height } => {
            // A size from outside: never more than a screen is drawn at.
            state.size = (width.min(MAX_COLUMNS), height.min(MAX_ROWS));
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
                state.set_status(message, true);
            }
            Vec::new()
        }
        Action::LocalSaved { change, result } => {
            super::local_actions::saved(state, &change, result);
            Vec::new()
        }
        Action::NoteDeleted { note, result } => super::note_delete::finished(state, &note, result),
        Action::TeamListed { folder, save, view } => {
            super::popup::team::listed(state, &folder, save, view)
        }
        Action::OpenFinished(result) => {
            match result {
                Ok(url) => state.set_status(text::opened_status(&url), false),
                Err(url) => state.set_status(text::address_status(&url), false),
            }
            Vec::new()
        }
        // Typing over help or a text popup closes it and searches.
        action @ (Action::SearchInput(_) | Action::Paste(_))
            if matches!(
                state.overlay,
                Some(Overlay::Help { .. } | Overlay::Text { .. })
            ) =>
        {
            let mut effects = close_overlay(state);
            effects.extend(main_action(state, action));
            effects
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
            state.focus = Focus::Search;
            Vec::new()
        }
        Action::NewSearch => start_new_search(state),
        Action::SearchInput(c) => {
            if state.focus != Focus::Search || state.call.new_question_next {
                start_new_search(state);
            }
            state.call.new_question_next = false;
            edit_query(state, |q| q.push(c))
        }
        Action::Paste(text) => {
            if state.focus != Focus::Search || state.call.new_question_next {
                start_new_search(state);
            }
            state.call.new_question_next = false;
            edit_query(state, |q| q.push_str(&pasted_question(&text)))
        }
        Action::SearchBackspace => edit_query(state, |q| {
            q.pop();
        }),
        Action::BrowseBackspace => {
            if state.query.is_empty() {
                back(state);
                return Vec::new();
            }
            state.focus = Focus::Search;
            edit_query(state, |q| {
                q.pop();
            })
        }
        Action::SearchDeleteWord => edit_query(state, |q| {
            let kept = q.trim_end().rfind(' ').map_or(0, |i| i + 1);
            q.truncate(kept);
        }),
        Action::SearchClear => edit_query(state, String::clear),
        Action::SearchSubmit => {
            state.focus = Focus::Tools;
            touch_recent(state)
        }
        Action::SearchCancel => {
            state.focus = Focus::Tools;
            edit_query(state, String::clear)
        }
        Action::Activate => activate(state),
        Action::Escape => {
            // A stray Esc never ends the call: it asks first.
            if escape(state) {
                state.set_status(text::CONFIRM_QUIT.to_owned(), false);
                state.call.quit_asked = true;
            }
            Vec::new()
        }
        Action::Back => {
            if !back(state) {
                state.set_status(text::NO_HISTORY.to_owned(), false);
            }
            Vec::new()
        }
        Action::ToggleHelp => {
            state.overlay = Some(Overlay::Help { scroll: 0 });
            Vec::new()
        }
        Action::EditTerritory => super::territory::open(state),
        Action::EditTeam => super::popup::team::open(state),
        Action::CopyMessage => copy_message(state),
        Action::CopyPrecautions => copy_precautions(state),
        Action::CopyCard => copy_card(state),
        Action::StartNote => super::wizard::start_note(state),
        Action::StartEvaluation => super::wizard::start_evaluation(state),
        Action::StartMessage => super::wizard::start_message(state),
        Action::StartDeleteNote => super::note_delete::start(state),
        Action::Compare => super::local_actions::compare(state),
        Action::OpenUrl => open_url(state),
        Action::ToggleFavourite => toggle_favourite(state),
        Action::ShowLastCopy => {
            if let Some(text) = state.last_copy.clone() {
                return show_text(state, text::LAST_COPY_TITLE.to_owned(), text);
            }
            state.set_status(text::NOTHING_COPIED.to_owned(), false);
            Vec::new()
        }
        Action::Click { column, row } => click(state, column, row),
        Action::Scroll { column, row, down } => scroll_at(state, column, row, down),
        _ => Vec::new(),
    }
}

/// The next characters replace the query instead of extending it.
fn close_overlay(state: &mut State) -> Vec<Effect> {
    let was_text = matches!(state.overlay, Some(Overlay::Text { .. }));
    state.overlay = None;
    if was_text {
        // The text popup released the mouse for selecting; take it back.
        return vec![Effect::MouseCapture(true)];
    }
    Vec::new()
}

fn overlay_action(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(overlay) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match (overlay, action) {
        (
            Overlay::Wizard(_),
            action @ (Action::FormInput(_)
            | Action::Paste(_)
            | Action::FormBackspace
            | Action::FormClear
            | Action::FormNext
            | Action::FormPrev
            | Action::Up
            | Action::Down
            | Action::FormNewLine
            | Action::FormSubmit),
        ) => return super::wizard::action(state, action),
        (Overlay::DeleteNote(_), action) => return super::note_delete::action(state, &action),
        (
            Overlay::Team(_),
            action @ (Action::FormInput(_)
            | Action::Paste(_)
            | Action::FormBackspace
            | Action::FormClear
            | Action::TeamSubmit),
        ) => return super::popup::team::action(state, action),
        (Overlay::Form(form), Action::FormInput(c)) => form.push(c),
        (Overlay::Form(form), Action::Paste(text)) => {
            first_line(&text).chars().for_each(|c| form.push(c));
        }
        (Overlay::Form(form), Action::FormBackspace) => form.backspace(),
        (Overlay::Form(form), Action::FormClear) => form.clear(),
        (Overlay::Form(form), Action::FormNext | Action::Down) => form.next(),
        (Overlay::Form(form), Action::FormPrev | Action::Up) => form.prev(),
        (Overlay::Form(_), Action::FormSubmit) => return submit_form(state),
        (Overlay::Territory(form), Action::FormInput(c)) => form.push(c),
        (Overlay::Territory(form), Action::Paste(text)) => {
            first_line(&text).chars().for_each(|c| form.push(c));
        }
        (Overlay::Territory(form), Action::FormBackspace) => form.backspace(),
        (Overlay::Territory(form), Action::FormClear) => form.clear(),
        (Overlay::Territory(_), Action::TerritorySubmit) => {
            return super::territory::submit(state);
        }
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
        (Overlay::Text { scroll, .. } | Overlay::Help { scroll }, Action::PageDown) => {
            *scroll = scroll.saturating_add(10);
        }
        (Overlay::Text { scroll, .. } | Overlay::Help { scroll }, Action::PageUp) => {
            *scroll = scroll.saturating_sub(10);
        }
        (_, Action::CloseOverlay | Action::ToggleHelp) => return close_overlay(state),
        _ => {}
    }
    Vec::new()
}

/// A pasted question on one line: its lines joined by a space
/// (« …plateforme ?Merci » would glue two words).
fn pasted_question(text: &str) -> String {
    let joined: Vec<&str> = text.split_whitespace().collect();
    crate::sanitize::clean_line(&joined.join(" "))
}

/// Only the first line of a paste makes sense in a one-line field.
fn first_line(text: &str) -> String {
    crate::sanitize::clean_line(text.lines().next().unwrap_or(""))
}

fn open_url(state: &mut State) -> Vec<Effect> {
    let Some(tool) = state.tool() else {
        return super::copy::no_tool(state);
    };
    match &tool.url {
        Some(url) => vec![Effect::Open(crate::sanitize::clean_line(url))],
        None => {
            state.set_status(text::NO_URL.to_owned(), true);
            Vec::new()
        }
    }
}

fn toggle_favourite(state: &mut State) -> Vec<Effect> {
    let Some(tool) = state.tool() else {
        return super::copy::no_tool(state);
    };
    let (id, name) = (tool.id.clone(), crate::sanitize::clean_line(&tool.name));
    let favourites = &mut state.prefs.favourites;
    let text = if let Some(pos) = favourites.iter().position(|f| *f == id) {
        favourites.remove(pos);
        text::unpinned_status(&name)
    } else {
        favourites.push(id);
        text::pinned_status(&name)
    };
    state.set_status(text, false);
    state.refresh_search();
    vec![Effect::Save(state.prefs.clone())]
}
