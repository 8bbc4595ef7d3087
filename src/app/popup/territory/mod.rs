//! The territory popup: its field and keys, and reading a saved territory
//! back. What the keys do is in `update.rs`, the drawing in
//! `crate::ui::popup::territory`.

pub mod update;

use crossterm::event::KeyCode;

use crate::app::action::Action;
use crate::app::keymap::keys::{Binding, bind, ctrl, plain};
use crate::catalog::Place;
use crate::text::keys as words;

/// Longest territory typed: « académie de Clermont-Ferrand » fits.
pub const MAX_INPUT_CHARS: usize = 60;

/// The popup's one field, and why the last value was refused.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TerritoryForm {
    pub input: String,
    /// The French sentence saying the last value was not understood.
    pub error: Option<String>,
}

impl TerritoryForm {
    /// Types a character (controls are ignored).
    pub fn push(&mut self, c: char) {
        self.error = None;
        if !c.is_control() && self.input.chars().count() < MAX_INPUT_CHARS {
            self.input.push(c);
        }
    }

    /// Deletes the last character.
    pub fn backspace(&mut self) {
        self.error = None;
        self.input.pop();
    }

    /// Empties the field.
    pub fn clear(&mut self) {
        self.error = None;
        self.input.clear();
    }
}

/// The saved territory, read again; one that is no longer understood
/// counts as none.
pub fn saved_place(territory: &str) -> Place {
    Place::parse(territory).unwrap_or_default()
}

/// The territory popup: typing fills the field.
pub const KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::TerritorySubmit],
        words::TERRITORY_SUBMIT,
        words::HINT_CONFIRM,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        words::CANCEL,
        words::HINT_CANCEL,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::FormBackspace],
        words::DELETE_LETTER,
        "",
    ),
    bind(
        &[ctrl('u')],
        &[Action::FormClear],
        words::EMPTY_FIELD,
        words::HINT_EMPTY_FIELD,
    ),
];
