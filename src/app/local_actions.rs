//! What the adviser's own layer does to the interface once a popup is
//! done: a note or a message added to the catalogue in memory
//! and written to the overlay file, an evaluated tool added and searched,
//! and the Ctrl-K comparison.

use super::effect::Effect;
use super::local_change::LocalChange;
use super::popup::Overlay;
use super::popup::wizard::Wizard;
use super::state::State;
use crate::catalog::Catalog;
use crate::catalog::local::{LOCAL_SOURCE_ID, LocalMessage, LocalNote};
use crate::local::evaluate::{build, local_source};
use crate::local::{self, date::today};
use crate::sanitize::{clean, clean_line};
use crate::text;

pub(crate) fn finish_note(state: &mut State, tool: String, note: &str) -> Vec<Effect> {
    let date = today();
    let note = LocalNote {
        // Unique on screen; the file gives it its own id when written
        // (see `LocalChange::write`), and deletion does not rely on it.
        id: local::next_note_id(&state.catalog, &tool, &date),
        tool,
        text: clean_line(note),
        author: local::author(None),
        date,
    };
    state.catalog.local.notes.push(note.clone());
    state.rebuild_indexes();
    // Said saved only once it is in the file (see `saved`).
    state.set_status(text::NOTE_SAVING.to_owned(), false);
    vec![Effect::SaveLocal(LocalChange::Note(note))]
}

/// A change was written, or not: a note that could not be written leaves
/// the screen (it is not in the file) and its text stays in the status
/// line, to be typed again.
pub(crate) fn saved(state: &mut State, change: &LocalChange, result: Result<(), String>) {
    match (change, result) {
        (LocalChange::Note(_), Ok(())) => state.set_status(text::NOTE_SAVED.to_owned(), false),
        (LocalChange::Note(note), Err(sentence)) => {
            let notes = &mut state.catalog.local.notes;
            if let Some(at) = notes.iter().rposition(|n| n == note) {
                notes.remove(at);
                state.rebuild_indexes();
            }
            state.set_status(sentence, true);
        }
        (_, Ok(())) => {}
        (_, Err(sentence)) => state.set_status(sentence, true),
    }
}

pub(crate) fn finish_message(state: &mut State, mut wizard: Wizard, tool: String) -> Vec<Effect> {
    let message = LocalMessage {
        tool,
        // Its line breaks are kept: a message has paragraphs.
        text: clean(&wizard.answer(crate::app::popup::wizard::StepId::Message)),
        author: local::author(None),
        date: today(),
    };
    // The blanks must be declared, as in the bundled data.
    if let Some(unknown) = crate::catalog::placeholder_keys(&message.text)
        .into_iter()
        .find(|key| !state.catalog.placeholders.iter().any(|p| p.key == *key))
    {
        wizard.error = Some(text::unknown_blank(unknown));
        state.overlay = Some(Overlay::Wizard(wizard));
        return Vec::new();
    }
    state
        .catalog
        .local
        .messages
        .retain(|m| m.tool != message.tool);
    state.catalog.local.messages.push(message.clone());
    state.rebuild_indexes();
    state.set_status(text::MESSAGE_SAVED.to_owned(), false);
    vec![Effect::SaveLocal(LocalChange::Message(message))]
}

pub(crate) fn finish_evaluation(state: &mut State, wizard: Wizard) -> Vec<Effect> {
    let input = wizard.evaluation_input();
    let author = local::author(None);
    match build(&state.catalog, &input, &author, &today()) {
        Ok((tool, evaluation)) => {
            // The new state is built over this catalogue, whole.
            state.complete_all();
            let mut catalog = state.catalog.clone();
            if catalog.source(LOCAL_SOURCE_ID).is_none() {
                catalog.sources.push(local_source());
            }
            catalog.tools.retain(|t| t.id != tool.id);
            catalog.tools.push(tool.clone());
            catalog.local.evaluations.retain(|e| e.tool != tool.id);
            catalog.local.evaluations.push(evaluation.clone());
            let name = tool.name.clone();
            let mut effects = reload(state, catalog);
            effects.extend(super::query::start_new_search(state));
            effects.extend(super::query::edit_query(state, |q| q.push_str(&name)));
            state.set_status(
                format!(
                    "{} {} : {}.",
                    text::LOCAL_EVALUATION,
                    text::LOCAL_SAVED,
                    text::risk_badge(tool.risk.level)
                ),
                false,
            );
            effects.push(Effect::SaveLocal(LocalChange::Evaluation(
                Box::new(tool),
                evaluation,
            )));
            effects
        }
        Err(e) => {
            let mut wizard = wizard;
            wizard.error = Some(clean_line(&e.to_string()));
            state.overlay = Some(Overlay::Wizard(wizard));
            Vec::new()
        }
    }
}

/// A new state over a catalogue that gained a tool: the search indexes
/// and lists are rebuilt; the adviser's preferences and place are kept.
fn reload(state: &mut State, catalog: Catalog) -> Vec<Effect> {
    let mut fresh = State::new(catalog, state.prefs.clone(), state.size);
    fresh.card_context = state.card_context.clone();
    *state = fresh;
    Vec::new()
}

/// Ctrl-K: mark the selected tool; on another tool, compare the two.
pub fn compare(state: &mut State) -> Vec<Effect> {
    let Some(index) = super::copy::selected_tool_index(state) else {
        return super::copy::no_tool(state);
    };
    let marked_at = state
        .compare_mark
        .as_deref()
        .and_then(|id| state.lookup.tool_position.get(id).copied())
        .filter(|&at| at != index);
    // Nothing is compared with a card that could not be read.
    if state.refuse_if_missing(index) || marked_at.is_some_and(|at| state.refuse_if_missing(at)) {
        return Vec::new();
    }
    let tool = &state.catalog.tools[index];
    let Some(marked) = marked_at.and_then(|at| state.catalog.tools.get(at)) else {
        let status = text::compare_marked(&clean_line(&tool.name));
        state.compare_mark = Some(tool.id.clone());
        state.set_status(status, false);
        return Vec::new();
    };
    let body = crate::card::compare::unwrapped_text(
        &state.catalog,
        [marked, tool],
        &state.card_context.place,
    );
    state.compare_mark = None;
    super::popup::text::update::open(state, text::COMPARE_TITLE.to_owned(), body)
}
