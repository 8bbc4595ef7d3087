//! The key tables: one per mode. Dispatch, footer, help and the hints in
//! the card all read these, so a key shown is the key that acts.
//!
//! No bare letter, digit or sign is bound outside the search bar's `/`:
//! those are typed into the search (see [`super::action_for`]).

use crossterm::event::KeyCode;

pub use super::keys::Binding;
use super::keys::{Key, alt, bind, ctrl, plain};
pub use super::mode::Mode;
use crate::app::action::Action;
use crate::app::popup::Kind;
pub use crate::app::popup::LOCAL;
use crate::text::keys as words;

impl Mode {
    /// Every binding of the mode, its own first, then those it shares.
    pub fn bindings(self) -> impl Iterator<Item = &'static Binding> {
        let (own, shared): (&'static [Binding], &'static [Binding]) = match self {
            Mode::Search => (SEARCH, ANSWER),
            Mode::Browse => (BROWSE, ANSWER),
            Mode::Overlay(kind) => (kind.keys(), QUIT),
        };
        // The adviser's own layer works wherever answers do.
        let local: &'static [Binding] = match self {
            Mode::Search | Mode::Browse => LOCAL,
            Mode::Overlay(_) => &[],
        };
        own.iter().chain(shared).chain(local)
    }
}

/// The help's sections: shared keys once, then each mode's own (the
/// popups' in [`Kind::ALL`]'s order, the adviser's own layer among them).
pub fn help_sections() -> Vec<(&'static str, &'static [Binding])> {
    let mut sections = vec![
        (words::SECTION_EVERYWHERE, ANSWER),
        (words::SECTION_SEARCH, SEARCH),
        (words::SECTION_BROWSE, BROWSE),
    ];
    let popups = |after: bool| {
        Kind::ALL
            .into_iter()
            .filter(move |kind| kind.helped_after_local_layer() == after)
            .map(Kind::help_section)
    };
    sections.extend(popups(false));
    sections.push((words::SECTION_LOCAL, LOCAL));
    sections.extend(popups(true));
    sections
}

const QUIT_KEYS: &[Key] = &[ctrl('c'), ctrl('q')];

/// Quitting works everywhere.
pub const QUIT: &[Binding] = &[bind(
    QUIT_KEYS,
    &[Action::Quit],
    words::QUIT,
    words::HINT_QUIT,
)];

/// Everything done with the selected answer, from the search bar as from
/// the panes; then quitting.
pub const ANSWER: &[Binding] = &[
    bind(QUIT_KEYS, &[Action::Quit], words::QUIT, words::HINT_QUIT),
    bind(
        &[ctrl('y')],
        &[Action::CopyMessage],
        words::COPY_MESSAGE,
        words::HINT_MESSAGE,
    ),
    bind(
        &[ctrl('p')],
        &[Action::CopyPrecautions],
        words::COPY_PRECAUTIONS,
        words::HINT_PRECAUTIONS,
    ),
    bind(
        &[ctrl('e')],
        &[Action::CopyCard],
        words::COPY_CARD,
        words::HINT_CARD,
    ),
    bind(&[ctrl('o')], &[Action::OpenUrl], words::OPEN_URL, ""),
    bind(
        &[ctrl('l')],
        &[Action::MailMessage],
        words::MAIL_MESSAGE,
        "",
    ),
    bind(
        &[ctrl('f')],
        &[Action::ToggleFavourite],
        words::TOGGLE_FAVOURITE,
        "",
    ),
    bind(
        &[ctrl('t')],
        &[Action::ShowLastCopy],
        words::SHOW_LAST_COPY,
        "",
    ),
    bind(&[alt(KeyCode::Left)], &[Action::Back], words::BACK, ""),
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::Down)],
        &[Action::Up, Action::Down],
        words::ANSWER_UP_DOWN,
        "",
    ),
    bind(
        &[plain(KeyCode::PageUp), plain(KeyCode::PageDown)],
        &[Action::PageUp, Action::PageDown],
        words::PAGE_UP_DOWN,
        "",
    ),
    bind(
        &[plain(KeyCode::Home), plain(KeyCode::End)],
        &[Action::Top, Action::Bottom],
        words::TOP_BOTTOM,
        "",
    ),
    bind(
        // Some terminals keep F1 for their own help: Alt-H as well.
        &[plain(KeyCode::F(1)), alt(KeyCode::Char('h'))],
        &[Action::ToggleHelp],
        words::TOGGLE_HELP,
        words::HINT_HELP,
    ),
    bind(
        // Alt-T as well, for terminals that keep F2.
        &[plain(KeyCode::F(2)), alt(KeyCode::Char('t'))],
        &[Action::EditTerritory],
        words::EDIT_TERRITORY,
        words::HINT_TERRITORY,
    ),
    bind(
        // Alt-E (équipe) as well, for terminals that keep F3.
        &[plain(KeyCode::F(3)), alt(KeyCode::Char('e'))],
        &[Action::EditTeam],
        crate::text::TEAM_KEY_OPEN,
        "",
    ),
];

/// The search bar has the cursor.
pub const SEARCH: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter), plain(KeyCode::Tab)],
        &[Action::SearchSubmit],
        words::SEARCH_SUBMIT,
        words::HINT_RESULTS,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::SearchCancel],
        words::SEARCH_CANCEL,
        words::HINT_CLEAR,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::SearchBackspace],
        words::DELETE_LETTER,
        "",
    ),
    bind(
        &[ctrl('w')],
        &[Action::SearchDeleteWord],
        words::SEARCH_DELETE_WORD,
        "",
    ),
    bind(
        &[ctrl('u')],
        &[Action::SearchClear],
        words::SEARCH_CLEAR,
        "",
    ),
];

/// The panes have the focus: typing starts a new search.
pub const BROWSE: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::Activate],
        words::BROWSE_ACTIVATE,
        words::HINT_OPEN,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::Escape],
        words::BROWSE_ESCAPE,
        words::HINT_BACK,
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::BrowseBackspace],
        words::BROWSE_BACKSPACE,
        "",
    ),
    bind(
        &[plain(KeyCode::Char('/'))],
        &[Action::NewSearch],
        words::NEW_SEARCH,
        "",
    ),
    bind(
        &[plain(KeyCode::Left), plain(KeyCode::Right)],
        &[Action::FocusPrev, Action::FocusNext],
        words::FOCUS_LEFT_RIGHT,
        "",
    ),
    bind(
        &[plain(KeyCode::Tab), plain(KeyCode::BackTab)],
        &[Action::FocusNext, Action::FocusPrev],
        words::FOCUS_NEXT_PREV,
        "",
    ),
];
