//! The team folder's popup (F3): which folder this session loaded and the
//! colleagues' files it holds (loaded, or skipped and why), and a field to
//! set or clear the saved folder — the same setting as `repere equipe`.
//! Reading the folder is an effect (at the edge); the layers of a new
//! folder are loaded at the next start, which the popup says.

pub mod update;
pub mod view;

use crossterm::event::KeyCode;

pub use update::{listed, loaded_now, open, session_folder, session_folder_shown, update};
pub use view::{TeamView, read_view};

use crate::app::action::Action;
use crate::app::keymap::keys::{Binding, bind, ctrl, plain};
use crate::text;

/// The longest folder path typed.
pub(super) const MAX_INPUT_CHARS: usize = 400;

/// The popup's keys: typing fills the field.
pub const KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::TeamSubmit],
        text::TEAM_KEY_SUBMIT,
        text::TEAM_HINT_SUBMIT,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        text::TEAM_KEY_CLOSE,
        text::TEAM_HINT_CLOSE,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::FormBackspace],
        text::TEAM_KEY_DELETE_LETTER,
        "",
    ),
    bind(
        &[ctrl('u')],
        &[Action::FormClear],
        text::TEAM_KEY_EMPTY,
        text::TEAM_HINT_EMPTY,
    ),
];

/// The popup's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TeamPopup {
    /// The folder typed (the saved one when the popup opens).
    pub input: String,
    /// Why the last folder was refused.
    pub error: Option<String>,
    /// What the folder shown holds; `None` while it is being read.
    pub view: Option<TeamView>,
    /// Said once a new folder is saved: it is loaded at the next start.
    pub saved: Option<String>,
}

impl TeamPopup {
    pub(super) fn push(&mut self, c: char) {
        self.error = None;
        if !c.is_control() && self.input.chars().count() < MAX_INPUT_CHARS {
            self.input.push(c);
        }
    }
}
