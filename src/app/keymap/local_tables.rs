//! The key tables of the adviser's own layer, apart from the
//! others so each file stays readable; `tables.rs` re-exports them.

use crossterm::event::KeyCode;

use super::keys::{Binding, alt, bind, ctrl, plain};
use crate::app::action::Action;

/// Notes, evaluation of an unlisted tool, comparison: from the
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

/// The adviser's own forms (note, message, evaluation), step by step:
/// typing fills the field, Enter goes on and, at the last step, saves.
pub const WIZARD: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::FormSubmit],
        "étape suivante ; à la dernière, enregistrer",
        "valider",
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        "annuler (rien n'est enregistré)",
        "annuler",
    ),
    bind(
        &[plain(KeyCode::Down), plain(KeyCode::Tab)],
        &[Action::FormNext],
        "choix suivant (un chiffre choisit aussi)",
        "choisir",
    ),
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::BackTab)],
        &[Action::FormPrev],
        "choix précédent",
        "",
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::FormBackspace],
        "effacer une lettre",
        "",
    ),
    bind(&[ctrl('u')], &[Action::FormClear], "vider le champ", ""),
    bind(
        // Ctrl-J is the line feed itself: it works where Alt-Entrée is
        // taken by the terminal (full screen) or the window manager.
        &[alt(KeyCode::Enter), ctrl('j')],
        &[Action::FormNewLine],
        "passer à la ligne (message aux familles rédigé localement)",
        "",
    ),
];
