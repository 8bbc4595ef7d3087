//! A key pressed while a popup is open goes to that popup's own update.

use super::Overlay;
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::state::State;

/// Applies `action` to the open popup; closing keys close any popup.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(overlay) = state.overlay.as_ref() else {
        return Vec::new();
    };
    match overlay {
        Overlay::Help(_) => super::help::update::update(state, &action),
        Overlay::Text(_) => super::text::update::update(state, &action),
        Overlay::Form(_) => super::form::update::update(state, action),
        Overlay::Wizard(_) => super::wizard::update::update(state, action),
        Overlay::Territory(_) => super::territory::update::update(state, action),
        Overlay::DeleteNote(_) => super::note_delete::update::update(state, &action),
    }
}
