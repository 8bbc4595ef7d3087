//! Typing a question: a new one replaces the old, and the query is capped.
//! Shared by the key handling and by the adviser's own actions (a saved
//! evaluation searches for the new tool).

use super::effect::Effect;
use super::state::{Focus, State};

/// The longest search query: a pasted page must not make every key search
/// half a megabyte.
pub const MAX_QUERY_CHARS: usize = 200;

pub(super) fn edit_query(state: &mut State, edit: impl FnOnce(&mut String)) -> Vec<Effect> {
    edit(&mut state.query);
    if let Some((cut, _)) = state.query.char_indices().nth(MAX_QUERY_CHARS) {
        state.query.truncate(cut);
        // About the question, not a card: it stays whatever is shown.
        state.status = Some(super::state::Status {
            text: crate::text::query_cut(MAX_QUERY_CHARS),
            is_error: true,
            about: None,
        });
    }
    // Searching looks everywhere; the left pane then shows where hits are.
    if !state.query.is_empty() && state.focus == Focus::Search {
        state.row_sel = 0;
    }
    state.request_search().into_iter().collect()
}

/// A question typed after viewing a result starts afresh (the old one
/// goes to the history).
pub(super) fn start_new_search(state: &mut State) -> Vec<Effect> {
    state.focus = Focus::Search;
    if state.query.is_empty() {
        return Vec::new();
    }
    state.history.push(state.location());
    edit_query(state, String::clear)
}
