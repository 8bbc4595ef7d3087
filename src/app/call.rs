//! What keeps a call going: a stray Esc never quits (it asks first, on the
//! status line), characters typed after an action start a new question,
//! and a status line belongs to the card it was about. Which actions come
//! from the program or end a question is said by the action itself
//! (`Action::is_notification`, `Action::ends_a_question`).

use super::action::Action;

/// The call's small memory between two keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Call {
    /// Esc asked to quit: Enter confirms, any other key stays.
    pub quit_asked: bool,
    /// An action was done (copy, open, pin, form): the next character
    /// typed starts a new question instead of extending the last one.
    pub new_question_next: bool,
}

/// Whether an action is the Enter that confirms quitting.
pub(super) fn confirms(action: &Action) -> bool {
    matches!(action, Action::Activate | Action::SearchSubmit)
}
