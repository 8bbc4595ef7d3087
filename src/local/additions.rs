//! The adviser's additions put into the overlay file as it is now (re-read
//! just before by `update_overlay`): one place for the interface and the
//! command line alike.

use crate::catalog::local::{Evaluation, LOCAL_SOURCE_ID, LocalMessage, LocalNote};
use crate::catalog::{Catalog, Tool};

/// Adds a note; an id already in the file (a note added meanwhile by
/// another window or machine) gets a fresh one.
pub fn put_note(overlay: &mut Catalog, mut note: LocalNote) {
    if note.id.is_empty() || overlay.local.notes.iter().any(|n| n.id == note.id) {
        note.id = super::next_note_id(overlay, &note.tool, &note.date);
    }
    overlay.local.notes.push(note);
}

/// Sets the adviser's own message for a tool, replacing an earlier one.
pub fn put_message(overlay: &mut Catalog, message: LocalMessage) {
    overlay.local.messages.retain(|m| m.tool != message.tool);
    overlay.local.messages.push(message);
}

/// Adds an evaluated tool and its evaluation, replacing an earlier
/// evaluation of the same tool; the local source is added once.
pub fn put_evaluation(overlay: &mut Catalog, tool: Tool, evaluation: Evaluation) {
    if !overlay.sources.iter().any(|s| s.id == LOCAL_SOURCE_ID) {
        overlay.sources.push(super::evaluate::local_source());
    }
    overlay.tools.retain(|t| t.id != tool.id);
    overlay.tools.push(tool);
    overlay
        .local
        .evaluations
        .retain(|e| e.tool != evaluation.tool);
    overlay.local.evaluations.push(evaluation);
}
