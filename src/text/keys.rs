//! The words of the keys: their names, the help's sections and lines, and
//! the footer's short hints. The key tables in `app/keymap/` point here.

// --- Key names, as the footer and the help show them ---

pub const KEY_SPACE: &str = "Espace";
pub const KEY_ENTER: &str = "Entrée";
pub const KEY_ESCAPE: &str = "Échap";
pub const KEY_BACK_TAB: &str = "Maj-Tab";
pub const KEY_BACKSPACE: &str = "Retour arrière";
pub const KEY_HOME: &str = "Début";
pub const KEY_END: &str = "Fin";

// --- The help's sections ---

pub const SECTION_EVERYWHERE: &str = "Partout (recherche, listes, fiche)";
pub const SECTION_SEARCH: &str = "Dans la recherche";
pub const SECTION_BROWSE: &str = "Dans les listes et la fiche";
pub const SECTION_MESSAGE_FORM: &str = "Formulaire du message";
pub const SECTION_POPUP: &str = "Fenêtre de texte ou d'aide";
pub const SECTION_TERRITORY: &str = "Fenêtre du territoire";
pub const SECTION_LOCAL: &str = "Vos ajouts (à part des sources)";
pub const SECTION_WIZARD: &str = "Vos fiches : note, message, évaluation";
pub const SECTION_NOTE_DELETE: &str = "Suppression d'une note locale";

// --- The footer's short hints ---

pub const HINT_QUIT: &str = "quitter";
pub const HINT_MESSAGE: &str = "message";
pub const HINT_PRECAUTIONS: &str = "précautions";
pub const HINT_CARD: &str = "fiche";
pub const HINT_HELP: &str = "aide";
pub const HINT_TERRITORY: &str = "territoire";
pub const HINT_RESULTS: &str = "résultats";
pub const HINT_CLEAR: &str = "effacer";
pub const HINT_OPEN: &str = "ouvrir";
pub const HINT_BACK: &str = "retour";
pub const HINT_COPY: &str = "copier";
pub const HINT_CANCEL: &str = "annuler";
pub const HINT_FIELD: &str = "champ";
pub const HINT_EMPTY_FIELD: &str = "vider";
pub const HINT_SCROLL: &str = "défiler";
pub const HINT_CLOSE: &str = "fermer";
pub const HINT_CONFIRM: &str = "valider";
pub const HINT_CHOOSE: &str = "choisir";

// --- The help's lines: shared by several modes ---

pub const QUIT: &str = "quitter";
pub const CANCEL: &str = "annuler";
pub const DELETE_LETTER: &str = "effacer une lettre";
pub const EMPTY_FIELD: &str = "vider le champ";
pub const PAGE_UP_DOWN: &str = "page précédente / suivante";

// --- Wherever an answer is selected ---

pub const COPY_MESSAGE: &str =
    "copier le message aux familles (un formulaire s'ouvre s'il a des blancs)";
pub const COPY_PRECAUTIONS: &str =
    "copier les précautions (note pour l'enseignant : niveau, raison, alternatives)";
pub const COPY_CARD: &str = "copier la fiche entière (pour un courriel)";
pub const OPEN_URL: &str = "ouvrir l'adresse web (ou l'afficher)";
pub const TOGGLE_FAVOURITE: &str = "épingler / désépingler en favori";
pub const SHOW_LAST_COPY: &str = "afficher le dernier texte copié";
pub const BACK: &str = "revenir à la fiche ou la recherche précédente";
pub const ANSWER_UP_DOWN: &str =
    "ligne précédente / suivante (dans la fiche : alternative ou défilement)";
pub const TOP_BOTTOM: &str = "premier / dernier";
pub const TOGGLE_HELP: &str = "aide : toutes les touches";
pub const EDIT_TERRITORY: &str = "votre territoire : outils d'ailleurs marqués, en fin";

// --- The search bar ---

pub const SEARCH_SUBMIT: &str = "aller aux résultats";
pub const SEARCH_CANCEL: &str = "effacer la recherche";
pub const SEARCH_DELETE_WORD: &str = "effacer le dernier mot";
pub const SEARCH_CLEAR: &str = "effacer toute la recherche (on reste dans la recherche)";

// --- The panes ---

pub const BROWSE_ACTIVATE: &str = "ouvrir : la fiche du résultat, l'alternative choisie (▶)";
pub const BROWSE_ESCAPE: &str =
    "effacer la recherche, revenir en arrière ; sur un écran vide : quitter";
pub const BROWSE_BACKSPACE: &str = "effacer une lettre de la recherche (recherche vide : revenir)";
pub const NEW_SEARCH: &str = "nouvelle recherche (taper un mot suffit aussi)";
pub const FOCUS_LEFT_RIGHT: &str = "volet de gauche / de droite";
pub const FOCUS_NEXT_PREV: &str = "volet suivant / précédent";

// --- The message form ---

pub const FORM_SUBMIT: &str = "copier le message (demande confirmation si un champ est vide)";
pub const FORM_NEXT: &str = "champ suivant";
pub const FORM_PREV: &str = "champ précédent";

// --- Text popups and the territory popup ---

pub const POPUP_SCROLL: &str = "faire défiler";
pub const CLOSE: &str = "fermer";
pub const TERRITORY_SUBMIT: &str = "valider le territoire (« tout » : aucun)";

// --- The adviser's own layer ---

pub const START_NOTE: &str = "écrire une note locale datée sur l'outil";
pub const START_MESSAGE: &str =
    "rédiger le message aux familles d'un outil qui n'en a pas (plusieurs lignes possibles)";
pub const START_EVALUATION: &str =
    "évaluer un outil absent des sources (grille des critères des sources)";
pub const START_DELETE_NOTE: &str =
    "supprimer une de vos notes locales sur l'outil (confirmation par Entrée)";
pub const COMPARE: &str =
    "comparer : marquer l'outil, puis ouvrir un autre outil et refaire Ctrl-K";

// --- The note-delete popup ---

pub const NOTE_DELETE_CHOOSE: &str = "choisir la note";
pub const NOTE_DELETE_SUBMIT: &str = "prendre la note choisie, puis confirmer sa suppression";
pub const NOTE_DELETE_CANCEL: &str = "annuler : rien n'est supprimé";

// --- The adviser's forms (note, message, evaluation) ---

pub const WIZARD_SUBMIT: &str = "étape suivante ; à la dernière, enregistrer";
pub const WIZARD_CANCEL: &str = "annuler (rien n'est enregistré)";
pub const WIZARD_NEXT_CHOICE: &str =
    "choix suivant (taper un numéro choisit aussi : 1 puis 0 pour le 10)";
pub const WIZARD_PREV_CHOICE: &str = "choix précédent";
pub const WIZARD_NEW_LINE: &str = "passer à la ligne (message aux familles rédigé localement)";

/// The interface's mail key.
pub const MAIL_MESSAGE: &str = "ouvrir le message aux familles dans votre messagerie (un formulaire s'ouvre s'il a des blancs)";
