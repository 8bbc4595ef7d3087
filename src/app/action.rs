//! Everything the user can do, and what comes back from side effects.

use crate::clipboard::CopyOutcome;

/// One thing to do; produced by the keymap or by an effect's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the application.
    Quit,
    /// A frame was drawn: what it measured, for the next key.
    Drawn(super::frame::FrameReport),
    /// Move the selection (or scroll the detail) up one row.
    Up,
    /// Move the selection (or scroll the detail) down one row.
    Down,
    /// Up one page.
    PageUp,
    /// Down one page.
    PageDown,
    /// To the first row.
    Top,
    /// To the last row.
    Bottom,
    /// Next pane, to the right (categories → tools → detail).
    FocusNext,
    /// Previous pane, to the left.
    FocusPrev,
    /// A character typed outside the form: into the search bar, or a new
    /// query when the search bar did not have the cursor.
    SearchInput(char),
    /// Text pasted into the search bar or the form (first line kept, but
    /// in a field that takes several lines).
    Paste(String),
    /// Delete the last character of the search.
    SearchBackspace,
    /// Delete the last word of the search.
    SearchDeleteWord,
    /// Leave the search bar and go to the results.
    SearchSubmit,
    /// Clear the search and leave the search bar.
    SearchCancel,
    /// Start a fresh search: the next characters replace the old query.
    NewSearch,
    /// Empty the search, staying in the search bar.
    SearchClear,
    /// Enter in the panes: open the selected result or alternative.
    Activate,
    /// Esc in the panes: clear the search, go back, or quit on an empty
    /// screen.
    Escape,
    /// Backspace in the panes: edit the search, or go back when it is empty.
    BrowseBackspace,
    /// Return to the previous answer (history, like a browser).
    Back,
    /// Show or hide the list of keys.
    ToggleHelp,
    /// Copy the family message of the selected tool (form first if blanks).
    CopyMessage,
    /// Copy the precautions as a notice for the teacher.
    CopyPrecautions,
    /// Copy the whole card as plain text.
    CopyCard,
    /// Open the tool's web address, or show it.
    OpenUrl,
    /// Open the family message in the mail client (form first if blanks).
    MailMessage,
    /// Pin or unpin the selected tool.
    ToggleFavourite,
    /// Write a dated note on the selected tool.
    StartNote,
    /// Write the family message of a tool that has none.
    StartMessage,
    /// Pick one of the selected tool's notes to delete.
    StartDeleteNote,
    /// Enter in the deletion popup: take the chosen note, then confirm.
    DeleteNoteSubmit,
    /// The overlay file was changed (or not) for a deletion; the card
    /// follows only once the file did.
    NoteDeleted {
        note: crate::catalog::local::LocalNote,
        result: Result<(), String>,
    },
    /// Evaluate a tool the sources do not list.
    StartEvaluation,
    /// Mark the selected tool, or compare it with the marked one.
    Compare,
    /// Show the last copied text in a popup, to select it by hand.
    ShowLastCopy,
    /// Open the popup that sets the adviser's territory.
    EditTerritory,
    /// Set the territory typed in the popup.
    TerritorySubmit,
    /// Open the team folder's popup.
    EditTeam,
    /// Save (or, empty, forget) the team folder typed in the popup.
    TeamSubmit,
    /// A team folder was read at the edge (and is to be saved if `save`).
    TeamListed {
        folder: std::path::PathBuf,
        save: bool,
        view: Result<super::popup::team::view::TeamView, String>,
    },
    /// A character typed into the form.
    FormInput(char),
    /// A line break in a field that takes several lines (the own message).
    FormNewLine,
    /// Delete the last character of the form field.
    FormBackspace,
    /// Clear the form field.
    FormClear,
    /// Next form field.
    FormNext,
    /// Previous form field.
    FormPrev,
    /// Fill the message with the form and copy it.
    FormSubmit,
    /// Close the popup, form or help.
    CloseOverlay,
    /// Mouse click at a screen cell.
    Click { column: u16, row: u16 },
    /// Mouse wheel at a screen cell.
    Scroll { column: u16, row: u16, down: bool },
    /// The terminal changed size.
    Resize { width: u16, height: u16 },
    /// A background search finished; ignored unless it is for the latest
    /// query (`generation`).
    SearchFinished {
        generation: u64,
        tools: Vec<crate::search::Hit>,
        guidance: Vec<crate::search::Hit>,
    },
    /// A copy finished, with how it went.
    CopyFinished(CopyReport),
    /// Saving the user's files finished; `Err` carries the sentence to show.
    SaveFinished(Result<(), String>),
    /// A change to the overlay file was written (or not: `Err` is the
    /// sentence to show, the note's text included).
    LocalSaved {
        change: super::local_change::LocalChange,
        result: Result<(), String>,
    },
    /// Opening an address finished; `Err` carries the sentence to show.
    OpenFinished(Result<String, String>),
    /// Handing the message to the mail client finished.
    MailFinished(MailReport),
}

/// How handing a message to the mail client went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailReport {
    /// The mail client was asked to open it; `what` names the text.
    Opened { what: String },
    /// It could not go, and was copied instead (or the copy failed too).
    Copied {
        not_sent: crate::mail::NotSent,
        copy: CopyReport,
    },
}

/// How a copy went, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyReport {
    pub what: String,
    pub outcome: CopyOutcome,
    /// Why the system clipboard was not used, if it was tried and failed.
    pub system_error: Option<String>,
    pub text: String,
}

impl Action {
    /// Whether the action comes from the program, not from a key: it
    /// neither confirms nor cancels a question asked on the status line.
    pub fn is_notification(&self) -> bool {
        matches!(
            self,
            Action::CopyFinished(_)
                | Action::SearchFinished { .. }
                | Action::SaveFinished(_)
                | Action::NoteDeleted { .. }
                | Action::TeamListed { .. }
                | Action::OpenFinished(_)
                | Action::MailFinished(_)
                | Action::Resize { .. }
                | Action::Drawn(_)
        )
    }

    /// Whether typing after the action starts a new question.
    pub fn ends_a_question(&self) -> bool {
        matches!(
            self,
            Action::CopyMessage
                | Action::CopyPrecautions
                | Action::CopyCard
                | Action::OpenUrl
                | Action::MailMessage
                | Action::ToggleFavourite
                | Action::ShowLastCopy
                | Action::StartNote
                | Action::StartEvaluation
                | Action::StartMessage
                | Action::StartDeleteNote
                | Action::Compare
                | Action::EditTerritory
                | Action::EditTeam
                | Action::Activate
                | Action::Back
        )
    }

    /// The actions the card's heading over the adviser's notes gives the
    /// keys of: adding a note, deleting one.
    pub const ON_NOTES: [Action; 2] = [Action::StartNote, Action::StartDeleteNote];
}
