//! A change to the adviser's overlay file, carried by an effect and written
//! at the edge (re-read and merged just before).

use crate::catalog::local::{LOCAL_SOURCE_ID, LocalMessage, LocalNote};
use crate::local::{self, evaluate::local_source};
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
        let path = local::overlay_path().ok_or_else(|| text::NO_DATA_DIR.to_owned())?;
        local::update_overlay(&path, move |overlay| {
            match self {
                LocalChange::Note(mut note) => {
                    // The id is chosen against the file as it is now: a
                    // note added meanwhile by another window keeps its own.
                    note.id = local::next_note_id(overlay, &note.tool, &note.date);
                    overlay.local.notes.push(note);
                }
                LocalChange::Message(message) => {
                    overlay.local.messages.retain(|m| m.tool != message.tool);
                    overlay.local.messages.push(message);
                }
                LocalChange::Evaluation(tool, evaluation) => {
                    if !overlay.sources.iter().any(|s| s.id == LOCAL_SOURCE_ID) {
                        overlay.sources.push(local_source());
                    }
                    overlay.tools.retain(|t| t.id != tool.id);
                    overlay.tools.push(*tool);
                    overlay
                        .local
                        .evaluations
                        .retain(|e| e.tool != evaluation.tool);
                    overlay.local.evaluations.push(evaluation);
                }
            }
            Ok(())
        })
        .map_err(|e| format!("{} {}", text::LOCAL_SAVE_FAILED, clean_line(&e.to_string())))
    }
}
