//! `update(state, action) -> effects`: every change of state happens here.

use super::action::Action;
use super::call;
use super::copy::{copy_card, copy_finished, copy_message, copy_precautions};
use super::effect::Effect;
use super::navigate::{
    activate, back, click, escape, focus_step, move_by, page, scroll_at, touch_recent,
};
use super::popup;
use super::query::{edit_query, start_new_search};
use super::state::{Focus, State};
use crate::text;

/// The widest screen the state lays out (the terminal's backend reports
/// no wider either): a size from outside is capped before anything is
/// allocated for it.
pub const MAX_COLUMNS: u16 = 1000;
/// The tallest screen the state lays out.
pub const MAX_ROWS: u16 = 500;

/// Applies one action; returns the side effects to run.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    // What the action is about is whole before it runs, and what is shown
    // after it before it is drawn (see `catalog::bodies`).
    state.complete_shown();
    // A tool index read while the main screen was shown is taken as soon
    // as it is there (a search waits for it otherwise).
    state.take_tool_index_if_come();
    let effects = apply_in_call(state, action);
    state.complete_shown();
    effects
}

/// [`update`] once the tools it is about are whole.
fn apply_in_call(state: &mut State, action: Action) -> Vec<Effect> {
    // Esc asked whether to quit: Enter quits, any other key stays (and
    // does what it does; Esc only takes the question back).
    if state.call.quit_asked && !action.is_notification() {
        state.call.quit_asked = false;
        state.status = None;
        if call::confirms(&action) {
            return apply_in_call(state, Action::Quit);
        }
        if action == Action::Escape {
            return Vec::new();
        }
    }
    let had_overlay = state.overlay.is_some();
    let ends_question = action.ends_a_question();
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
    // Opening a popup, or a popup's work done at the edge: the popup's own.
    if let Some(effects) = popup::update::open_or_finish(state, &action) {
        return effects;
    }
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
        Action::MailFinished(report) => super::mail::finished(state, report),
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
        Action::TeamListed { folder, save, view } => {
            popup::team::update::listed(state, &folder, save, view)
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
            if state
                .overlay
                .as_ref()
                .is_some_and(popup::Overlay::closes_on_typing) =>
        {
            let mut effects = popup::shared::close(state);
            effects.extend(main_action(state, action));
            effects
        }
        action if state.overlay.is_some() => popup::update::update(state, action),
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
        Action::FocusNext => focus_step(state, 1),
        Action::FocusPrev => focus_step(state, -1),
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
        Action::ToggleHelp => popup::help::update::open(state),
        Action::EditTerritory => popup::territory::update::open(state),
        Action::EditTeam => popup::team::update::open(state),
        Action::CopyMessage => copy_message(state),
        Action::CopyPrecautions => copy_precautions(state),
        Action::CopyCard => copy_card(state),
        Action::StartNote => popup::wizard::update::start_note(state),
        Action::StartEvaluation => popup::wizard::update::start_evaluation(state),
        Action::StartMessage => popup::wizard::update::start_message(state),
        Action::Compare => super::local_actions::compare(state),
        Action::OpenUrl => open_url(state),
        Action::MailMessage => super::mail::mail_message(state),
        Action::ToggleFavourite => toggle_favourite(state),
        Action::ShowLastCopy => {
            if let Some(text) = state.last_copy.clone() {
                return popup::text::update::open(state, text::LAST_COPY_TITLE.to_owned(), text);
            }
            state.set_status(text::NOTHING_COPIED.to_owned(), false);
            Vec::new()
        }
        Action::Click { column, row } => click(state, column, row),
        Action::Scroll { column, row, down } => scroll_at(state, column, row, down),
        _ => Vec::new(),
    }
}

/// A pasted question on one line: its lines joined by a space
/// (« …plateforme ?Merci » would glue two words).
fn pasted_question(text: &str) -> String {
    let joined: Vec<&str> = text.split_whitespace().collect();
    crate::sanitize::clean_line(&joined.join(" "))
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
