//! The territory popup's field, and reading a saved territory back.

use crate::catalog::Place;

/// Longest territory typed: « académie de Clermont-Ferrand » fits.
pub(super) const MAX_INPUT_CHARS: usize = 60;

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
