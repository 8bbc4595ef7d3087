//! The key tables of the adviser's own layer, apart from the
//! others so each file stays readable; `tables.rs` re-exports them.

use super::keys::{Binding, bind, ctrl};
use crate::app::action::Action;
use crate::text::keys as words;

/// Notes, evaluation of an unlisted tool, comparison: from the
/// search bar as from the panes.
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
    bind(
        &[ctrl('d')],
        &[Action::StartDeleteNote],
        words::START_DELETE_NOTE,
        "",
    ),
    bind(&[ctrl('k')], &[Action::Compare], words::COMPARE, ""),
];
