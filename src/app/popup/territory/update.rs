//! The territory popup's keys: typing fills the field, Entrée sets and
//! saves the territory or says why not.

use super::{MAX_INPUT_CHARS, TerritoryForm};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::popup::Overlay;
use crate::app::popup::shared::{close, first_line};
use crate::app::state::State;
use crate::catalog::Place;
use crate::sanitize::clean_line;
use crate::text;

/// Applies a key of the popup.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Overlay::Territory(form)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::FormInput(c) => form.push(c),
        Action::Paste(text) => first_line(&text).chars().for_each(|c| form.push(c)),
        Action::FormBackspace => form.backspace(),
        Action::FormClear => form.clear(),
        Action::TerritorySubmit => return submit(state),
        Action::CloseOverlay => return close(state),
        _ => {}
    }
    Vec::new()
}

/// Opens the popup, pre-filled with the saved territory.
pub fn open(state: &mut State) -> Vec<Effect> {
    let input = if state.place_from_command_line {
        String::new()
    } else {
        // A hand-edited file may hold anything: the field keeps its limit.
        state
            .prefs
            .territory
            .chars()
            .take(MAX_INPUT_CHARS)
            .collect()
    };
    state.overlay = Some(Overlay::Territory(TerritoryForm { input, error: None }));
    Vec::new()
}

/// Enter in the popup: sets and saves the territory, or says why not.
fn submit(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Territory(form)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    let input = clean_line(form.input.trim());
    let Some(place) = Place::parse(&input) else {
        form.error = Some(text::place_refused(&input));
        return Vec::new();
    };
    state.overlay = None;
    state.prefs.territory = if place.is_set() { input } else { String::new() };
    // Chosen now, it replaces what `--territoire` gave for the session.
    state.place_from_command_line = false;
    state.set_status(text::territory_set(&place), false);
    state.set_place(place);
    vec![Effect::Save(state.prefs.clone())]
}
