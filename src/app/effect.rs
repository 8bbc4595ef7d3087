//! The only side effects the interface asks for: clipboard, browser, user
//! files, mouse capture, a background search. They are run at the edge
//! (`crate::terminal::effects`), each handing back an action that tells
//! the state how it went.

use std::sync::Arc;

use crate::search::SearchIndex;

pub use super::action::CopyReport;
use super::store::Prefs;

/// Something to do outside the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put text in the clipboard; `what` names it in the status line.
    Copy { text: String, what: String },
    /// Open an address in the browser.
    Open(String),
    /// Open a message in the mail client, or copy it when it cannot go.
    Mail(MailRequest),
    /// Save the user's preferences.
    Save(Prefs),
    /// Let the terminal select text with the mouse (false) or not (true).
    MouseCapture(bool),
    /// Write a note or an evaluation into the overlay file.
    SaveLocal(super::local_change::LocalChange),
    /// A popup's work on the user's files (see `super::popup::Job`).
    Popup(super::popup::Job),
    /// Search a large catalogue off the interface thread.
    Search(SearchRequest),
    /// Read what a team folder holds (and save it after, if `save`).
    ListTeam {
        folder: std::path::PathBuf,
        save: bool,
    },
}

/// A message for the mail client: its `mailto:` address (or why there is
/// none), and the text and its name for the copy made instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailRequest {
    pub address: Result<String, crate::mail::NotSent>,
    pub text: String,
    pub what: String,
}

/// A search for the background worker; a newer request replaces any that
/// has not started yet.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub generation: u64,
    pub query: String,
    pub tools: Arc<SearchIndex>,
    pub guidance: Arc<SearchIndex>,
}

impl PartialEq for SearchRequest {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation && self.query == other.query
    }
}

impl Eq for SearchRequest {}
