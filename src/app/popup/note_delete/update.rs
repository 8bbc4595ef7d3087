//! Deleting one of the adviser's notes from the interface: the
//! tool's notes listed, one picked, then a confirmation that only Entrée
//! accepts — a letter typed by mistake deletes nothing, Échap cancels. The
//! file is changed at the edge, through the same re-read and write as
//! `repere note --delete`; the card follows only once the file did.

use super::NotePicker;
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::popup::{Job, Overlay};
use crate::app::state::State;
use crate::catalog::local::LocalNote;
use crate::sanitize::clean_line;
use crate::text;

/// Opens the popup on the selected tool's notes; a single note goes
/// straight to the confirmation.
pub fn start(state: &mut State) -> Vec<Effect> {
    let Some(index) = crate::app::copy::selected_tool_index(state) else {
        return crate::app::copy::no_tool(state);
    };
    let tool = &state.catalog.tools[index];
    let notes: Vec<LocalNote> = state.catalog.local.notes_of(&tool.id).cloned().collect();
    if notes.is_empty() {
        let status = text::no_note_to_delete(&clean_line(&tool.name));
        state.set_status(status, true);
        return Vec::new();
    }
    state.overlay = Some(Overlay::DeleteNote(NotePicker {
        name: tool.name.clone(),
        confirming: notes.len() == 1,
        notes,
        chosen: 0,
        reminder: false,
    }));
    Vec::new()
}

/// The popup's keys.
pub fn update(state: &mut State, action: &Action) -> Vec<Effect> {
    let Some(Overlay::DeleteNote(picker)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::Up | Action::Down if !picker.confirming => {
            let last = picker.notes.len().saturating_sub(1);
            picker.chosen = if *action == Action::Down {
                (picker.chosen + 1).min(last)
            } else {
                picker.chosen.saturating_sub(1)
            };
            picker.reminder = false;
        }
        Action::DeleteNoteSubmit if !picker.confirming => {
            picker.confirming = true;
            picker.reminder = false;
        }
        Action::DeleteNoteSubmit => {
            let note = picker.chosen_note().cloned();
            state.overlay = None;
            return note
                .map(|note| Effect::Popup(Job::DeleteNote(note)))
                .into_iter()
                .collect();
        }
        Action::CloseOverlay => state.overlay = None,
        // Typed or pasted text, or an arrow at the confirmation: refused.
        Action::FormInput(_) | Action::Paste(_) | Action::Up | Action::Down => {
            picker.reminder = true;
        }
        _ => {}
    }
    Vec::new()
}

/// The file changed: the note leaves the card and the search; or it did
/// not, and the status says why.
pub fn finished(state: &mut State, note: &LocalNote, result: Result<(), String>) -> Vec<Effect> {
    match result {
        Ok(()) => {
            let notes = &mut state.catalog.local.notes;
            if let Some(at) = notes.iter().position(|n| n == note) {
                notes.remove(at);
            }
            state.rebuild_indexes();
            // The results stay as they are (the card keeps its place);
            // the next search no longer finds the note's words.
            state.set_status(text::NOTE_DELETED.to_owned(), false);
        }
        Err(sentence) => state.set_status(sentence, true),
    }
    Vec::new()
}
