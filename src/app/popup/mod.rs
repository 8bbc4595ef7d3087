//! The popups over the panes. Each is one module here owning its state, its
//! key table and (in its `update.rs`) what its keys do; its drawing is the
//! module of the same name in `crate::ui::popup`. This file is the list of
//! popups, and says which key table each one reads.

pub mod form;
pub mod help;
pub mod note_delete;
pub mod shared;
pub mod territory;
pub mod text;
pub mod update;
pub mod wizard;

use crate::app::keymap::mode::Mode;

/// A popup over the panes, with its own state.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// The list of every key.
    Help(help::Help),
    /// The placeholder form before copying a family message.
    Form(form::Form),
    /// A note or an evaluation, step by step.
    Wizard(wizard::Wizard),
    /// The adviser's territory, typed.
    Territory(territory::TerritoryForm),
    /// One of the adviser's notes picked, then confirmed, for deletion.
    DeleteNote(note_delete::NotePicker),
    /// Text to read or select by hand (copy fallback, comparison).
    Text(text::TextPopup),
}

impl Overlay {
    /// The key table the popup reads.
    pub fn mode(&self) -> Mode {
        match self {
            Overlay::Help(_) | Overlay::Text(_) => Mode::Popup,
            Overlay::Form(_) => Mode::Form,
            Overlay::Wizard(_) => Mode::Wizard,
            Overlay::Territory(_) => Mode::Territory,
            Overlay::DeleteNote(_) => Mode::NoteDelete,
        }
    }

    /// Typing over it closes it and goes to the search (a popup to read);
    /// otherwise typing fills its field.
    pub fn closes_on_typing(&self) -> bool {
        matches!(self, Overlay::Help(_) | Overlay::Text(_))
    }
}
