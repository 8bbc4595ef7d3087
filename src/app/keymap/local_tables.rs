//! The key tables of the adviser's own layer, apart from the
//! others so each file stays readable; `tables.rs` re-exports them.

use crossterm::event::KeyCode;

use super::keys::{Binding, alt, bind, ctrl, plain};
use crate::app::action::Action;
use crate::text::keys as words;

/// Notes, evaluation of an unlisted tool, comparison: from the
/// search bar as from the panes.
pub const LOCAL: &[Binding] = &[
    bind(&[ctrl('n')], &[Action::StartNote], words::START_NOTE, ""),
    bind(
        &[ctrl('r')],
        &[Action::StartMessage],
        words::START_MESSAGE,
        "",
    ),
    bind(
        &[ctrl('g')],
        &[Action::StartEvaluation],
        words::START_EVALUATION,
        "",
    ),
    bind(
        &[ctrl('d')],
        &[Action::StartDeleteNote],
        words::START_DELETE_NOTE,
        "",
    ),
    bind(&[ctrl('k')], &[Action::Compare], words::COMPARE, ""),
];

/// The popup that deletes a note: a list, then a confirmation. Only Entrée
/// confirms; a letter typed by mistake is refused, never taken as a yes.
pub const NOTE_DELETE: &[Binding] = &[
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::Down)],
        &[Action::Up, Action::Down],
        words::NOTE_DELETE_CHOOSE,
        words::HINT_CHOOSE,
    ),
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::DeleteNoteSubmit],
        words::NOTE_DELETE_SUBMIT,
        words::HINT_CONFIRM,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        words::NOTE_DELETE_CANCEL,
        words::HINT_CANCEL,
    ),
];

/// The adviser's own forms (note, message, evaluation), step by step:
/// typing fills the field, Enter goes on and, at the last step, saves.
pub const WIZARD: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::FormSubmit],
        words::WIZARD_SUBMIT,
        words::HINT_CONFIRM,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        words::WIZARD_CANCEL,
        words::HINT_CANCEL,
    ),
    bind(
        &[plain(KeyCode::Down), plain(KeyCode::Tab)],
        &[Action::FormNext],
        words::WIZARD_NEXT_CHOICE,
        words::HINT_CHOOSE,
    ),
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::BackTab)],
        &[Action::FormPrev],
        words::WIZARD_PREV_CHOICE,
        "",
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::FormBackspace],
        words::DELETE_LETTER,
        "",
    ),
    bind(&[ctrl('u')], &[Action::FormClear], words::EMPTY_FIELD, ""),
    bind(
        // Ctrl-J is the line feed itself: it works where Alt-Entrée is
        // taken by the terminal (full screen) or the window manager.
        &[alt(KeyCode::Enter), ctrl('j')],
        &[Action::FormNewLine],
        words::WIZARD_NEW_LINE,
        "",
    ),
];
