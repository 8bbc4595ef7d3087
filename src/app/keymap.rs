//! Keys and mouse → actions for the current focus. The same table feeds the
//! footer hints and the help overlay, so what is shown is what works.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

use super::action::Action;
use super::state::{Focus, Overlay, State};

/// A key as shown to the user, what it does, and its footer wording (empty:
/// help only).
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static str,
    pub what: &'static str,
    pub short: &'static str,
}

const fn bind(keys: &'static str, what: &'static str, short: &'static str) -> Binding {
    Binding { keys, what, short }
}

/// Every key of the main screen, in help order.
pub const MAIN_KEYS: &[Binding] = &[
    bind("/", "chercher partout", "chercher"),
    bind("?", "aide : toutes les touches", "aide"),
    bind("q Ctrl-C", "quitter", "quitter"),
    bind("↑↓ j k", "se déplacer", ""),
    bind("←→ h l Tab", "changer de volet", "volet"),
    bind("PgUp PgDn", "page précédente / suivante", ""),
    bind("g G Début Fin", "premier / dernier", ""),
    bind("1–9", "aller au besoin n° (1 = tous, 2 = récents)", ""),
    bind("c y", "copier le message aux familles", "message"),
    bind(
        "p",
        "copier les précautions (pour l'enseignant)",
        "précautions",
    ),
    bind("Y", "copier la fiche entière (courriel)", ""),
    bind("v", "afficher le dernier texte copié", ""),
    bind("o", "ouvrir l'adresse web", "web"),
    bind("f", "épingler / désépingler (favori)", "favori"),
];

/// Keys while typing a search.
pub const SEARCH_KEYS: &[Binding] = &[
    bind("texte", "filtre en direct", ""),
    bind("↑↓", "choisir un résultat", "résultat"),
    bind("Entrée", "aller aux résultats", "valider"),
    bind("Échap", "effacer la recherche", "effacer"),
    bind("Ctrl-W Ctrl-U", "effacer un mot / tout", "mot / tout"),
];

/// Keys in the message form.
pub const FORM_KEYS: &[Binding] = &[
    bind("Tab ↑↓", "champ suivant / précédent", "champ"),
    bind("Ctrl-U", "vider le champ", "vider"),
    bind("Entrée", "copier le message", "copier"),
    bind("Échap", "annuler", "annuler"),
];

/// Keys in a text popup.
pub const POPUP_KEYS: &[Binding] = &[
    bind("↑↓", "faire défiler", "défiler"),
    bind("Échap q", "fermer", "fermer"),
];

/// The bindings that apply now, for the footer.
pub fn current_keys(state: &State) -> &'static [Binding] {
    match (&state.overlay, state.focus) {
        (Some(Overlay::Form(_)), _) => FORM_KEYS,
        (Some(_), _) => POPUP_KEYS,
        (None, Focus::Search) => SEARCH_KEYS,
        (None, _) => MAIN_KEYS,
    }
}

/// Turns a terminal event into an action, if it means one.
pub fn action_for(event: &Event, state: &State) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(*key, state),
        Event::Mouse(mouse) => mouse_action(*mouse),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Paste(text) if state.focus == Focus::Search || is_form(state) => {
            Some(Action::Paste(text.clone()))
        }
        _ => None,
    }
}

fn is_form(state: &State) -> bool {
    matches!(state.overlay, Some(Overlay::Form(_)))
}

fn key_action(key: KeyEvent, state: &State) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    match &state.overlay {
        Some(Overlay::Form(_)) => form_key(key, ctrl),
        Some(_) => popup_key(key),
        None if state.focus == Focus::Search => search_key(key, ctrl),
        None => main_key(key),
    }
}

fn form_key(key: KeyEvent, ctrl: bool) -> Option<Action> {
    Some(match key.code {
        KeyCode::Esc => Action::CloseOverlay,
        KeyCode::Enter => Action::FormSubmit,
        KeyCode::Tab | KeyCode::Down => Action::FormNext,
        KeyCode::BackTab | KeyCode::Up => Action::FormPrev,
        KeyCode::Backspace => Action::FormBackspace,
        KeyCode::Char('u') if ctrl => Action::FormClear,
        KeyCode::Char(c) if !ctrl => Action::FormInput(c),
        _ => return None,
    })
}

fn popup_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q' | '?') => Action::CloseOverlay,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        _ => return None,
    })
}

fn search_key(key: KeyEvent, ctrl: bool) -> Option<Action> {
    Some(match key.code {
        KeyCode::Esc => Action::SearchCancel,
        KeyCode::Enter => Action::SearchSubmit,
        KeyCode::Down => Action::Down,
        KeyCode::Up => Action::Up,
        KeyCode::Tab => Action::SearchSubmit,
        KeyCode::Backspace if ctrl => Action::SearchDeleteWord,
        KeyCode::Backspace => Action::SearchBackspace,
        KeyCode::Char('w') if ctrl => Action::SearchDeleteWord,
        KeyCode::Char('u') if ctrl => Action::SearchCancel,
        KeyCode::Char(c) if !ctrl => Action::SearchInput(c),
        _ => return None,
    })
}

fn main_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('/') => Action::FocusSearch,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Left | KeyCode::Char('h') => Action::FocusLeft,
        KeyCode::Right | KeyCode::Char('l') => Action::FocusRight,
        KeyCode::Tab => Action::FocusNext,
        KeyCode::BackTab => Action::FocusPrev,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::Home | KeyCode::Char('g') => Action::Top,
        KeyCode::End | KeyCode::Char('G') => Action::Bottom,
        KeyCode::Enter => Action::FocusRight,
        KeyCode::Esc => Action::SearchCancel,
        KeyCode::Char('c' | 'y') => Action::CopyMessage,
        KeyCode::Char('p') => Action::CopyPrecautions,
        KeyCode::Char('Y') => Action::CopyCard,
        KeyCode::Char('v') => Action::ShowLastCopy,
        KeyCode::Char('o') => Action::OpenUrl,
        KeyCode::Char('f') => Action::ToggleFavourite,
        KeyCode::Char(c @ '1'..='9') => Action::JumpCategory(c as usize - '0' as usize),
        _ => return None,
    })
}

fn mouse_action(mouse: MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(_) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            down: false,
        }),
        _ => None,
    }
}
