//! The popup that deletes one of the adviser's notes: the notes as they
//! were when it opened, and its keys. What the keys do is in `update.rs`,
//! the file changed at the edge in `file.rs`, the drawing in
//! `crate::ui::popup::note_delete`.

pub mod file;
pub mod update;

use crossterm::event::KeyCode;

use crate::app::action::Action;
use crate::app::keymap::keys::{Binding, bind, ctrl, plain};
use crate::catalog::local::LocalNote;
use crate::text::keys as words;

/// The deletion popup: the notes as they were when it opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotePicker {
    /// The tool's name, for the title.
    pub name: String,
    pub notes: Vec<LocalNote>,
    pub chosen: usize,
    /// The second step: Entrée now deletes.
    pub confirming: bool,
    /// A key that neither goes on nor cancels was pressed: say which do.
    pub reminder: bool,
}

impl NotePicker {
    /// The note Entrée acts on.
    pub fn chosen_note(&self) -> Option<&LocalNote> {
        self.notes.get(self.chosen)
    }
}

/// The key of the adviser's own layer that opens the popup.
pub const START: Binding = bind(
    &[ctrl('d')],
    &[Action::StartDeleteNote],
    words::START_DELETE_NOTE,
    "",
);

/// The popup that deletes a note: a list, then a confirmation. Only Entrée
/// confirms; a letter typed by mistake is refused, never taken as a yes.
pub const KEYS: &[Binding] = &[
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
