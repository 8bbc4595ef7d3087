//! Keys and mouse → actions. The tables in [`tables`] are the only place a
//! key is given a meaning: dispatch, footer, help and the card's hints all
//! read them. Outside the form, any character typed goes to the search.

pub mod keys;
pub mod mode;
pub mod tables;

use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseEvent, MouseEventKind};

pub use keys::{Key, names, typed_char};
pub use tables::{Binding, Mode};

use super::action::Action;
use super::state::{Focus, State};

/// The mode the state is in, which picks the key table.
pub fn mode(state: &State) -> Mode {
    match (&state.overlay, state.focus) {
        (Some(overlay), _) => Mode::Overlay(overlay.kind()),
        (None, Focus::Search) => Mode::Search,
        (None, _) => Mode::Browse,
    }
}

/// The bindings of the current mode that the footer shows.
pub fn footer(state: &State) -> impl Iterator<Item = &'static Binding> {
    mode(state).bindings().filter(|b| !b.hint.is_empty())
}

/// The keys that do `action` in `mode`, in table order.
pub fn keys_doing(mode: Mode, action: &Action) -> Vec<Key> {
    mode.bindings()
        .flat_map(|b| {
            b.keys
                .iter()
                .enumerate()
                .filter(|(n, _)| b.action_of(*n) == Some(action))
                .map(|(_, key)| *key)
        })
        .collect()
}

/// The keys that do `action` in `mode`, as shown ("Ctrl-Y"); empty when
/// no key does.
pub fn keys_for(mode: Mode, action: &Action) -> String {
    names(&keys_doing(mode, action))
}

/// What a key does in a mode, from the tables alone (typing aside).
pub fn bound_action(mode: Mode, key: Key) -> Option<Action> {
    mode.bindings().find_map(|binding| {
        let n = binding.keys.iter().position(|k| *k == key)?;
        binding.action_of(n).cloned()
    })
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
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        _ => None,
    }
}

/// What pressing a table key does now (for decoders that pick keys from
/// the tables).
pub fn action_for_key(key: Key, state: &State) -> Option<Action> {
    key_action(key.event(), state)
}

/// What typing a character does now.
pub fn action_for_char(c: char, state: &State) -> Option<Action> {
    key_action(
        KeyEvent::new(
            crossterm::event::KeyCode::Char(c),
            crossterm::event::KeyModifiers::NONE,
        ),
        state,
    )
}

fn key_action(event: KeyEvent, state: &State) -> Option<Action> {
    let mode = mode(state);
    if let Some(action) = bound_action(mode, Key::from_event(event)) {
        return Some(action);
    }
    let c = typed_char(event)?;
    Some(match mode {
        // In the deletion popup a letter is refused (and said so), never
        // typed into the search behind it.
        Mode::Overlay(kind) if kind.takes_typing() => Action::FormInput(c),
        Mode::Search | Mode::Browse | Mode::Overlay(_) => Action::SearchInput(c),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of every table acts as the table says, no key is bound
    /// twice in a mode, and no bare character is bound outside `/`.
    #[test]
    fn every_key_shown_is_the_key_that_acts_and_none_collides() {
        for mode in Mode::ALL {
            let mut seen: Vec<Key> = Vec::new();
            for binding in mode.bindings() {
                assert!(
                    binding.actions.len() == 1 || binding.actions.len() == binding.keys.len(),
                    "{mode:?} {}: one action, or one per key",
                    binding.label
                );
                for (n, key) in binding.keys.iter().enumerate() {
                    assert!(!seen.contains(key), "{mode:?}: {} bound twice", key.name());
                    seen.push(*key);
                    assert_eq!(
                        bound_action(mode, Key::from_event(key.event())).as_ref(),
                        binding.action_of(n),
                        "{mode:?}: {}",
                        key.name()
                    );
                    let bare_char = typed_char(key.event()).is_some();
                    assert!(
                        !bare_char || (mode == Mode::Browse && key.name() == "/"),
                        "{mode:?}: the bare key {} would steal a typed character",
                        key.name()
                    );
                }
            }
        }
    }

    #[test]
    fn key_names_read_as_on_the_keyboard() {
        assert_eq!(keys::ctrl('y').name(), "Ctrl-Y");
        assert_eq!(
            keys_for(Mode::Browse, &Action::Quit),
            "Ctrl-C Ctrl-Q".to_owned()
        );
        assert_eq!(keys_for(Mode::Browse, &Action::FocusPrev), "← Maj-Tab");
        assert_eq!(
            names(&[
                keys::plain(crossterm::event::KeyCode::Up),
                keys::plain(crossterm::event::KeyCode::Down)
            ]),
            "↑↓"
        );
    }
}
