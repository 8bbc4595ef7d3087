//! The adviser's territory: set once (the popup, saved in the prefs, or
//! `--territoire` for one session), it marks and demotes in the lists what
//! the sources place elsewhere, and drives the cards' availability line.

use super::state::State;
use crate::catalog::Place;
use crate::catalog::territory::{Availability, availability};

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
