//! A key pressed while a popup is open goes to that popup's own update;
//! so do the key that opens a popup and the news of its work done at the
//! edge.

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
        Overlay::Team(_) => super::team::update::update(state, action),
    }
}

/// Opens a popup, or tells one how its work at the edge went; `None` for
/// any other action. A popup opens only over the panes (a key that opens
/// one does nothing while another is open).
pub fn open_or_finish(state: &mut State, action: &Action) -> Option<Vec<Effect>> {
    match action {
        Action::StartDeleteNote if state.overlay.is_none() => {
            Some(super::note_delete::update::start(state))
        }
        Action::NoteDeleted { note, result } => Some(super::note_delete::update::finished(
            state,
            note,
            result.clone(),
        )),
        _ => None,
    }
}
