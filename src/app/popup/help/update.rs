//! The help's keys: scrolling, and closing.

use super::Help;
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::popup::Overlay;
use crate::app::state::State;

/// Opens the help at its top.
pub fn open(state: &mut State) -> Vec<Effect> {
    state.overlay = Some(Overlay::Help(Help::default()));
    Vec::new()
}

/// Scrolls or closes.
pub fn update(state: &mut State, action: &Action) -> Vec<Effect> {
    let Some(Overlay::Help(help)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    if crate::app::popup::text::update::scroll(&mut help.scroll, action) {
        return Vec::new();
    }
    match action {
        Action::CloseOverlay | Action::ToggleHelp => crate::app::popup::shared::close(state),
        _ => Vec::new(),
    }
}
