//! The modes keys go to; which table each reads is in `tables.rs`, and
//! which mode a popup puts the interface in is said by the popup
//! (`crate::app::popup::Overlay::mode`).

/// Where keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The cursor is in the search bar.
    Search,
    /// The panes: lists and card.
    Browse,
    /// The form that fills a family message's blanks before copying it.
    Form,
    /// The adviser's own forms: note, message, evaluation.
    Wizard,
    /// Help or a text popup.
    Popup,
    /// The popup that sets the adviser's territory.
    Territory,
    /// The popup that deletes one of the adviser's notes.
    NoteDelete,
}

impl Mode {
    pub const ALL: [Mode; 7] = [
        Mode::Search,
        Mode::Browse,
        Mode::Form,
        Mode::Wizard,
        Mode::Popup,
        Mode::Territory,
        Mode::NoteDelete,
    ];
}
