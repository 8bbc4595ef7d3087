//! What keeps a call going: a stray Esc never quits (it asks first, on the
//! status line), characters typed after an action start a new question,
//! and a status line belongs to the card it was about.

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

/// Whether an action comes from the program, not from a key: it neither
/// confirms nor cancels a question asked on the status line.
pub(super) fn is_notification(action: &Action) -> bool {
    matches!(
        action,
        Action::CopyFinished(_)
            | Action::SearchFinished { .. }
            | Action::SaveFinished(_)
            | Action::NoteDeleted { .. }
            | Action::TeamListed { .. }
            | Action::OpenFinished(_)
            | Action::MailFinished(_)
            | Action::Resize { .. }
            | Action::Drawn(_)
    )
}

/// Whether an action is one after which typing starts a new question.
pub(super) fn ends_a_question(action: &Action) -> bool {
    matches!(
        action,
        Action::CopyMessage
            | Action::CopyPrecautions
            | Action::CopyCard
            | Action::OpenUrl
            | Action::MailMessage
            | Action::ToggleFavourite
            | Action::ShowLastCopy
            | Action::StartNote
            | Action::StartEvaluation
            | Action::StartMessage
            | Action::StartDeleteNote
            | Action::Compare
            | Action::EditTerritory
            | Action::EditTeam
            | Action::Activate
            | Action::Back
    )
}

/// Whether an action is the Enter that confirms quitting.
pub(super) fn confirms(action: &Action) -> bool {
    matches!(action, Action::Activate | Action::SearchSubmit)
}
