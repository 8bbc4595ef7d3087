//! The adviser's territory: set once (the popup, saved in the prefs, or
//! `--territoire` for one session), it marks and demotes in the lists what
//! the sources place elsewhere, and drives the cards' availability line.

use super::effect::Effect;
use super::state::{Overlay, State};
use super::territory_form::MAX_INPUT_CHARS;
pub use super::territory_form::{TerritoryForm, saved_place};
use crate::catalog::Place;
use crate::catalog::territory::{Availability, availability};
use crate::sanitize::clean_line;
use crate::text;

impl State {
    /// The adviser's territory now.
    pub fn place(&self) -> &Place {
        &self.card_context.place
    }

    /// Sets the territory for the lists and cards, and recomputes which
    /// tools the sources place elsewhere (once, not per keystroke).
    pub fn set_place(&mut self, place: Place) {
        self.place_lists(place);
        self.refresh_entries();
    }

    /// The territory and the tools it excludes, without rebuilding the
    /// lists (at start, the first search builds them).
    pub(super) fn place_lists(&mut self, place: Place) {
        let tools = self.catalog.tools.iter().enumerate();
        let elsewhere = tools
            .filter(|(_, tool)| availability(tool, &place) == Availability::Unavailable)
            .map(|(i, _)| i);
        self.order.set_out_of_territory(elsewhere);
        self.card_context.place = place;
    }

    /// `--territoire`: wins over the saved territory for this session,
    /// without changing what is saved.
    pub fn override_place(&mut self, place: Place) {
        self.place_from_command_line = true;
        self.set_place(place);
    }

    /// Whether the sources place the tool at `index` outside the territory.
    pub fn is_out_of_territory(&self, index: usize) -> bool {
        self.order.is_out_of_territory(index)
    }
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
pub fn submit(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Territory(form)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    let input = clean_line(form.input.trim());
    let Some(place) = Place::parse(&input) else {
        form.error = Some(text::unknown_place(&input));
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
