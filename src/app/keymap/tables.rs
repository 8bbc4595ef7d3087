//! The key tables: one per mode. Dispatch, footer, help and the hints in
//! the card all read these, so a key shown is the key that acts.
//!
//! No bare letter, digit or sign is bound outside the search bar's `/`:
//! those are typed into the search (see [`super::action_for`]).

use crossterm::event::KeyCode;

pub use super::keys::Binding;
use super::keys::{Key, alt, bind, ctrl, plain};
pub use super::local_tables::{LOCAL, NOTE_DELETE, WIZARD};
use crate::app::action::Action;

/// Where keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The cursor is in the search bar.
    Search,
    /// The panes: lists and card.
    Browse,
    /// The form that fills a family message's blanks before copying it.
    Form,
    /// The adviser's own forms: note, message, evaluation.
    Wizard,
    /// Help or a text popup.
    Popup,
    /// The popup that sets the adviser's territory.
    Territory,
    /// The popup that deletes one of the adviser's notes.
    NoteDelete,
}

impl Mode {
    pub const ALL: [Mode; 7] = [
        Mode::Search,
        Mode::Browse,
        Mode::Form,
        Mode::Wizard,
        Mode::Popup,
        Mode::Territory,
        Mode::NoteDelete,
    ];

    /// Every binding of the mode, its own first, then those it shares.
    pub fn bindings(self) -> impl Iterator<Item = &'static Binding> {
        let (own, shared): (&'static [Binding], &'static [Binding]) = match self {
            Mode::Search => (SEARCH, ANSWER),
            Mode::Browse => (BROWSE, ANSWER),
            Mode::Form => (FORM, QUIT),
            Mode::Wizard => (WIZARD, QUIT),
            Mode::Popup => (POPUP, QUIT),
            Mode::Territory => (TERRITORY, QUIT),
            Mode::NoteDelete => (NOTE_DELETE, QUIT),
        };
        // The adviser's own layer works wherever answers do.
        let local: &'static [Binding] = match self {
            Mode::Search | Mode::Browse => LOCAL,
            Mode::Form | Mode::Wizard | Mode::Popup | Mode::Territory | Mode::NoteDelete => &[],
        };
        own.iter().chain(shared).chain(local)
    }
}

/// The help's sections: shared keys once, then each mode's own.
pub const HELP_SECTIONS: &[(&str, &[Binding])] = &[
    ("Partout (recherche, listes, fiche)", ANSWER),
    ("Dans la recherche", SEARCH),
    ("Dans les listes et la fiche", BROWSE),
    ("Formulaire du message", FORM),
    ("Fenêtre de texte ou d'aide", POPUP),
    ("Fenêtre du territoire", TERRITORY),
    ("Vos ajouts (à part des sources)", LOCAL),
    ("Vos fiches : note, message, évaluation", WIZARD),
    ("Suppression d'une note locale", NOTE_DELETE),
];

const QUIT_KEYS: &[Key] = &[ctrl('c'), ctrl('q')];

/// Quitting works everywhere.
pub const QUIT: &[Binding] = &[bind(QUIT_KEYS, &[Action::Quit], "quitter", "quitter")];

/// Everything done with the selected answer, from the search bar as from
/// the panes; then quitting.
pub const ANSWER: &[Binding] = &[
    bind(QUIT_KEYS, &[Action::Quit], "quitter", "quitter"),
    bind(
        &[ctrl('y')],
        &[Action::CopyMessage],
        "copier le message aux familles (un formulaire s'ouvre s'il a des blancs)",
        "message",
    ),
    bind(
        &[ctrl('p')],
        &[Action::CopyPrecautions],
        "copier les précautions (note pour l'enseignant : niveau, raison, alternatives)",
        "précautions",
    ),
    bind(
        &[ctrl('e')],
        &[Action::CopyCard],
        "copier la fiche entière (pour un courriel)",
        "fiche",
    ),
    bind(
        &[ctrl('o')],
        &[Action::OpenUrl],
        "ouvrir l'adresse web (ou l'afficher)",
        "",
    ),
    bind(
        &[ctrl('f')],
        &[Action::ToggleFavourite],
        "épingler / désépingler en favori",
        "",
    ),
    bind(
        &[ctrl('t')],
        &[Action::ShowLastCopy],
        "afficher le dernier texte copié",
        "",
    ),
    bind(
        &[alt(KeyCode::Left)],
        &[Action::Back],
        "revenir à la fiche ou la recherche précédente",
        "",
    ),
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::Down)],
        &[Action::Up, Action::Down],
        "ligne précédente / suivante (dans la fiche : alternative ou défilement)",
        "",
    ),
    bind(
        &[plain(KeyCode::PageUp), plain(KeyCode::PageDown)],
        &[Action::PageUp, Action::PageDown],
        "page précédente / suivante",
        "",
    ),
    bind(
        &[plain(KeyCode::Home), plain(KeyCode::End)],
        &[Action::Top, Action::Bottom],
        "premier / dernier",
        "",
    ),
    bind(
        // Some terminals keep F1 for their own help: Alt-H as well.
        &[plain(KeyCode::F(1)), alt(KeyCode::Char('h'))],
        &[Action::ToggleHelp],
        "aide : toutes les touches",
        "aide",
    ),
    bind(
        // Alt-T as well, for terminals that keep F2.
        &[plain(KeyCode::F(2)), alt(KeyCode::Char('t'))],
        &[Action::EditTerritory],
        "votre territoire : outils d'ailleurs marqués, en fin",
        "territoire",
    ),
];

/// The search bar has the cursor.
pub const SEARCH: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter), plain(KeyCode::Tab)],
        &[Action::SearchSubmit],
        "aller aux résultats",
        "résultats",
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::SearchCancel],
        "effacer la recherche",
        "effacer",
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::SearchBackspace],
        "effacer une lettre",
        "",
    ),
    bind(
        &[ctrl('w')],
        &[Action::SearchDeleteWord],
        "effacer le dernier mot",
        "",
    ),
    bind(
        &[ctrl('u')],
        &[Action::SearchClear],
        "effacer toute la recherche (on reste dans la recherche)",
        "",
    ),
];

/// The panes have the focus: typing starts a new search.
pub const BROWSE: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::Activate],
        "ouvrir : la fiche du résultat, l'alternative choisie (▶)",
        "ouvrir",
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::Escape],
        "effacer la recherche, revenir en arrière ; sur un écran vide : quitter",
        "retour",
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::BrowseBackspace],
        "effacer une lettre de la recherche (recherche vide : revenir)",
        "",
    ),
    bind(
        &[plain(KeyCode::Char('/'))],
        &[Action::NewSearch],
        "nouvelle recherche (taper un mot suffit aussi)",
        "",
    ),
    bind(
        &[plain(KeyCode::Left), plain(KeyCode::Right)],
        &[Action::FocusLeft, Action::FocusRight],
        "volet de gauche / de droite",
        "",
    ),
    bind(
        &[plain(KeyCode::Tab), plain(KeyCode::BackTab)],
        &[Action::FocusNext, Action::FocusPrev],
        "volet suivant / précédent",
        "",
    ),
];

/// The message form: typing fills the field.
pub const FORM: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::FormSubmit],
        "copier le message (demande confirmation si un champ est vide)",
        "copier",
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        "annuler",
        "annuler",
    ),
    bind(
        &[plain(KeyCode::Tab), plain(KeyCode::Down)],
        &[Action::FormNext],
        "champ suivant",
        "champ",
    ),
    bind(
        &[plain(KeyCode::BackTab), plain(KeyCode::Up)],
        &[Action::FormPrev],
        "champ précédent",
        "",
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::FormBackspace],
        "effacer une lettre",
        "",
    ),
    bind(
        &[ctrl('u')],
        &[Action::FormClear],
        "vider le champ",
        "vider",
    ),
];

/// Help or a text popup: typing closes it and searches.
pub const POPUP: &[Binding] = &[
    bind(
        &[plain(KeyCode::Up), plain(KeyCode::Down)],
        &[Action::Up, Action::Down],
        "faire défiler",
        "défiler",
    ),
    bind(
        &[plain(KeyCode::PageUp), plain(KeyCode::PageDown)],
        &[Action::PageUp, Action::PageDown],
        "page précédente / suivante",
        "",
    ),
    bind(
        &[
            plain(KeyCode::Esc),
            plain(KeyCode::Enter),
            plain(KeyCode::F(1)),
        ],
        &[Action::CloseOverlay],
        "fermer",
        "fermer",
    ),
];

/// The territory popup: typing fills the field.
pub const TERRITORY: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::TerritorySubmit],
        "valider le territoire (« tout » : aucun)",
        "valider",
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        "annuler",
        "annuler",
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::FormBackspace],
        "effacer une lettre",
        "",
    ),
    bind(
        &[ctrl('u')],
        &[Action::FormClear],
        "vider le champ",
        "vider",
    ),
];
