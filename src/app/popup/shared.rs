//! What every popup's update may use: closing, and a paste into a
//! one-line field.

use super::Overlay;
use crate::app::effect::Effect;
use crate::app::state::State;

/// Closes the popup; the next characters replace the query instead of
/// extending it.
pub fn close(state: &mut State) -> Vec<Effect> {
    let was_text = matches!(state.overlay, Some(Overlay::Text(_)));
    state.overlay = None;
    if was_text {
        // The text popup released the mouse for selecting; take it back.
        return vec![Effect::MouseCapture(true)];
    }
    Vec::new()
}

/// Only the first line of a paste makes sense in a one-line field.
pub fn first_line(text: &str) -> String {
    crate::sanitize::clean_line(text.lines().next().unwrap_or(""))
}
