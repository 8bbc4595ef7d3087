//! The key tables of the adviser's own layer (issue 12), apart from the
//! others so each file stays readable; `tables.rs` re-exports them.

use crossterm::event::KeyCode;

use super::keys::{Binding, bind, ctrl, plain};
use crate::app::action::Action;

/// Notes, evaluation of an unlisted tool, comparison (issue 12): from the
/// search bar as from the panes.
pub const LOCAL: &[Binding] = &[
    bind(
        &[ctrl('n')],
        &[Action::StartNote],
        "écrire une note locale datée sur l'outil",
        "",
    ),
    bind(
        &[ctrl('r')],
        &[Action::StartMessage],
        "rédiger le message aux familles d'un outil qui n'en a pas (plusieurs lignes possibles)",
        "",
    ),
    bind(
        &[ctrl('g')],
        &[Action::StartEvaluation],
        "évaluer un outil absent des sources (grille des critères des sources)",
        "",
    ),
    bind(
        &[ctrl('d')],
        &[Action::StartDeleteNote],
        "supprimer une de vos notes locales sur l'outil (confirmation par Entrée)",
        "",
    ),
    bind(
        &[ctrl('k')],
        &[Action::Compare],
        "comparer : marquer l'outil, puis ouvrir un autre outil et refaire Ctrl-K",
        "",
    ),
];

/// The popup that deletes a note: a list, then a confirmation. Only Entrée
/// confirms; a letter typed by mistake is refused, never taken as a yes.
pub const NOTE_DELETE: &[Binding] = &[
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::Down)],
        &[Action::Up, Action::Down],
        "choisir la note",
        "choisir",
    ),
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::DeleteNoteSubmit],
        "prendre la note choisie, puis confirmer sa suppression",
        "valider",
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        "annuler : rien n'est supprimé",
        "annuler",
    ),
];
