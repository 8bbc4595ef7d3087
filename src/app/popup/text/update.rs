//! The text popup's keys: scrolling, and closing.

use super::TextPopup;
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::popup::Overlay;
use crate::app::state::State;

/// Opens the text popup; the mouse is released so the terminal's own
/// selection works.
pub fn open(state: &mut State, title: String, body: String) -> Vec<Effect> {
    state.overlay = Some(Overlay::Text(TextPopup {
        title,
        body,
        scroll: 0,
    }));
    vec![Effect::MouseCapture(false)]
}

/// Scrolls or closes.
pub fn update(state: &mut State, action: &Action) -> Vec<Effect> {
    let Some(Overlay::Text(popup)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    if scroll(&mut popup.scroll, action) {
        return Vec::new();
    }
    match action {
        Action::CloseOverlay | Action::ToggleHelp => crate::app::popup::shared::close(state),
        _ => Vec::new(),
    }
}

/// The reading popups' scrolling keys; `false` when `action` is not one.
pub fn scroll(scroll: &mut usize, action: &Action) -> bool {
    match action {
        Action::Down | Action::Scroll { down: true, .. } => *scroll = scroll.saturating_add(1),
        Action::Up | Action::Scroll { down: false, .. } => *scroll = scroll.saturating_sub(1),
        Action::PageDown => *scroll = scroll.saturating_add(10),
        Action::PageUp => *scroll = scroll.saturating_sub(10),
        _ => return false,
    }
    true
}
