//! One key as the table stores it, and its French name as the user reads it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::action::Action;
use crate::text::keys as words;

/// A key with the modifiers that change its meaning (Ctrl, Alt). Shift is
/// part of the character itself, so it is not stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

/// A key without modifier (Enter, F1, arrows…).
pub const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

/// Ctrl and a lower-case letter.
pub const fn ctrl(letter: char) -> Key {
    Key {
        code: KeyCode::Char(letter),
        modifiers: KeyModifiers::CONTROL,
    }
}

/// Alt and a key.
pub const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::ALT,
    }
}

impl Key {
    /// The key a terminal event stands for, in the table's terms: Ctrl
    /// letters in lower case (Ctrl-Shift-Y is Ctrl-Y), Shift dropped.
    pub fn from_event(event: KeyEvent) -> Self {
        let modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match event.code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            code => code,
        };
        Self { code, modifiers }
    }

    /// The key as crossterm would report it (for tests and decoders).
    pub fn event(self) -> KeyEvent {
        let modifiers = if self.code == KeyCode::BackTab {
            self.modifiers | KeyModifiers::SHIFT
        } else {
            self.modifiers
        };
        KeyEvent::new(self.code, modifiers)
    }

    /// The key's name as shown in the footer and the help ("Ctrl-Y").
    pub fn name(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => words::KEY_SPACE.to_owned(),
            KeyCode::Char(c) if self.modifiers.is_empty() => c.to_string(),
            KeyCode::Char(c) => c.to_ascii_uppercase().to_string(),
            KeyCode::Enter => words::KEY_ENTER.to_owned(),
            KeyCode::Esc => words::KEY_ESCAPE.to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => words::KEY_BACK_TAB.to_owned(),
            KeyCode::Backspace => words::KEY_BACKSPACE.to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Home => words::KEY_HOME.to_owned(),
            KeyCode::End => words::KEY_END.to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut name = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            name.push_str("Ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            name.push_str("Alt-");
        }
        name.push_str(&base);
        name
    }
}

/// Several keys as one label: arrows run together ("↑↓"), others are
/// separated by a space ("Ctrl-C Ctrl-Q").
pub fn names(keys: &[Key]) -> String {
    let mut out = String::new();
    let mut previous_arrow = false;
    for key in keys {
        let name = key.name();
        let arrow = key.modifiers.is_empty()
            && matches!(
                key.code,
                KeyCode::Up | KeyCode::Down | KeyCode::Left | KeyCode::Right
            );
        let joined = arrow && previous_arrow;
        if !out.is_empty() && !joined {
            out.push(' ');
        }
        out.push_str(&name);
        previous_arrow = arrow;
    }
    out
}

/// Whether a key event types a character: no Ctrl or Alt, or both at once
/// (AltGr on Windows reports Ctrl+Alt).
pub fn typed_char(event: KeyEvent) -> Option<char> {
    let KeyCode::Char(c) = event.code else {
        return None;
    };
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    (ctrl == alt && !c.is_control()).then_some(c)
}

/// A set of keys, what they do (help), and the footer's short word (empty:
/// help only).
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    /// One action for every key, or one per key, in order.
    pub actions: &'static [Action],
    pub label: &'static str,
    pub hint: &'static str,
}

pub(crate) const fn bind(
    keys: &'static [Key],
    actions: &'static [Action],
    label: &'static str,
    hint: &'static str,
) -> Binding {
    Binding {
        keys,
        actions,
        label,
        hint,
    }
}

impl Binding {
    /// What the `n`-th key does.
    pub fn action_of(&self, n: usize) -> Option<&Action> {
        match self.actions {
            [single] => Some(single),
            many => many.get(n),
        }
    }
}
