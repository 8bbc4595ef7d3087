//! A change to the adviser's overlay file, carried by an effect and written
//! at the edge (re-read and merged just before).

use crate::catalog::local::{LocalMessage, LocalNote};
use crate::local::{self, additions};
use crate::sanitize::clean_line;
use crate::text;

/// A change to write into the overlay file (re-read just before).
#[derive(Debug, Clone, PartialEq)]
pub enum LocalChange {
    Note(LocalNote),
    Message(LocalMessage),
    Evaluation(Box<crate::catalog::Tool>, crate::catalog::local::Evaluation),
}

// Tools compare with `PartialEq` only; a change is equal to itself.
impl Eq for LocalChange {}

impl LocalChange {
    /// Writes the change; `Err` is a sentence for the status line.
    pub fn write(self) -> Result<(), String> {
        // A note that is not written is given back to its author.
        let kept = match &self {
            LocalChange::Note(note) => Some(note.text.clone()),
            _ => None,
        };
        let path = local::overlay_path().ok_or_else(|| text::NO_DATA_DIR.to_owned())?;
        local::update_overlay(&path, move |overlay| {
            match self {
                LocalChange::Note(note) => additions::put_note(overlay, note),
                LocalChange::Message(message) => additions::put_message(overlay, message),
                LocalChange::Evaluation(tool, evaluation) => {
                    additions::put_evaluation(overlay, *tool, evaluation);
                }
            }
            Ok(())
        })
        .map_err(|e| {
            let reason = clean_line(&crate::exit::sentence(&e));
            if crate::exit::saved_anyway(&e) {
                // Written, but not published in the team folder.
                return reason;
            }
            match &kept {
                Some(note) => text::note_not_saved(&reason, &clean_line(note)),
                None => format!("{} {reason}", text::LOCAL_SAVE_FAILED),
            }
        })
    }
}
