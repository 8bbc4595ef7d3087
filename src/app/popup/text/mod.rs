//! A text to read, or to select by hand when copying failed (the terminal
//! selects only without mouse capture), and the keys of every reading
//! popup (help too). What the keys do is in `update.rs`, the drawing in
//! `crate::ui::popup::text`.

pub mod update;

use crossterm::event::KeyCode;

use crate::app::action::Action;
use crate::app::keymap::keys::{Binding, bind, plain};
use crate::text::keys as words;

/// The text popup: a title, the text, and how far it is scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextPopup {
    pub title: String,
    pub body: String,
    pub scroll: usize,
}

/// Help or a text popup: typing closes it and searches.
pub const KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::Down)],
        &[Action::Up, Action::Down],
        words::POPUP_SCROLL,
        words::HINT_SCROLL,
    ),
    bind(
        &[plain(KeyCode::PageUp), plain(KeyCode::PageDown)],
        &[Action::PageUp, Action::PageDown],
        words::PAGE_UP_DOWN,
        "",
    ),
    bind(
        &[
            plain(KeyCode::Esc),
            plain(KeyCode::Enter),
            plain(KeyCode::F(1)),
        ],
        &[Action::CloseOverlay],
        words::CLOSE,
        words::HINT_CLOSE,
    ),
];
