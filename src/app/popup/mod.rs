//! The popups over the panes. Each is one module here owning its state, its
//! key table and (in its `update.rs`) what its keys do; its drawing is the
//! module of the same name in `crate::ui::popup`. This file is the list of
//! popups: which key table each one reads, where its keys sit in the help,
//! and the keys of the adviser's own layer that open them.

pub mod form;
pub mod help;
pub mod note_delete;
pub mod shared;
pub mod team;
pub mod territory;
pub mod text;
pub mod update;
pub mod wizard;

use crate::app::action::Action;
use crate::app::keymap::keys::{Binding, bind, ctrl};
use crate::text::keys as words;

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
    /// The team folder: what it holds, set or cleared.
    Team(team::TeamPopup),
}

/// A popup's work on the user's files, run at the edge on the writer
/// thread (after any write still queued); it hands back the action that
/// tells the popup how it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// Remove a note from the overlay file (re-read just before).
    DeleteNote(crate::catalog::local::LocalNote),
}

impl Job {
    /// Does the work (file access: at the edge only).
    pub fn run(self) -> Action {
        match self {
            Job::DeleteNote(note) => {
                let result = note_delete::file::delete(&note);
                Action::NoteDeleted { note, result }
            }
        }
    }
}

/// Which key table an open popup reads (help and text popups share one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Help or a text popup.
    Reading,
    /// The form that fills a family message's blanks before copying it.
    Form,
    /// The adviser's own forms: note, message, evaluation.
    Wizard,
    /// The popup that sets the adviser's territory.
    Territory,
    /// The popup that deletes one of the adviser's notes.
    NoteDelete,
    /// The team folder's popup.
    Team,
}

impl Kind {
    /// Every popup's key table, in the order of the help.
    pub const ALL: [Kind; 6] = [
        Kind::Form,
        Kind::Reading,
        Kind::Territory,
        Kind::Wizard,
        Kind::NoteDelete,
        Kind::Team,
    ];

    /// The popup's own keys (quitting is added by the key tables).
    pub fn keys(self) -> &'static [Binding] {
        self.help_section().1
    }

    /// The popup's section of the help: its title and its keys.
    pub fn help_section(self) -> (&'static str, &'static [Binding]) {
        match self {
            Kind::Reading => (words::SECTION_POPUP, text::KEYS),
            Kind::Form => (words::SECTION_MESSAGE_FORM, form::KEYS),
            Kind::Wizard => (words::SECTION_WIZARD, wizard::KEYS),
            Kind::Territory => (words::SECTION_TERRITORY, territory::KEYS),
            Kind::NoteDelete => (words::SECTION_NOTE_DELETE, note_delete::KEYS),
            Kind::Team => (crate::text::TEAM_SECTION, team::KEYS),
        }
    }

    /// Whether its section comes after the adviser's own layer's in the
    /// help (the popups that layer opens, and the team's).
    pub fn helped_after_local_layer(self) -> bool {
        matches!(self, Kind::Wizard | Kind::NoteDelete | Kind::Team)
    }

    /// Whether a character typed goes to the popup (its field, or its
    /// refusal) rather than to the search behind it.
    pub fn takes_typing(self) -> bool {
        self != Kind::Reading
    }
}

/// The adviser's own layer: notes, messages, evaluation of an unlisted
/// tool, deleting a note, comparison; from the search bar as from the
/// panes. Each opens a popup.
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
    note_delete::START,
    bind(&[ctrl('k')], &[Action::Compare], words::COMPARE, ""),
];

impl Overlay {
    /// The key table the popup reads.
    pub fn kind(&self) -> Kind {
        match self {
            Overlay::Help(_) | Overlay::Text(_) => Kind::Reading,
            Overlay::Form(_) => Kind::Form,
            Overlay::Wizard(_) => Kind::Wizard,
            Overlay::Territory(_) => Kind::Territory,
            Overlay::DeleteNote(_) => Kind::NoteDelete,
            Overlay::Team(_) => Kind::Team,
        }
    }

    /// Typing over it closes it and goes to the search (a popup to read);
    /// otherwise typing fills its field.
    pub fn closes_on_typing(&self) -> bool {
        matches!(self, Overlay::Help(_) | Overlay::Text(_))
    }
}
