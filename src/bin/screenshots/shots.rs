//! The screens to capture: each a size and the keys typed from a fresh
//! start, drawn through the same path as real key presses.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use repere::app::keymap::action_for;
use repere::app::state::State;
use repere::app::store::Prefs;
use repere::app::update::update;
use repere::theme::Theme;

/// One screen to capture: a size and the keys typed from a fresh start.
pub struct Shot {
    pub file: &'static str,
    width: u16,
    height: u16,
    keys: &'static [Key],
}

/// A key press, written as in the keymap.
#[derive(Clone, Copy)]
enum Key {
    Text(&'static str),
    Enter,
    /// A key of the key tables (Ctrl-Y, F1…).
    Table(repere::app::keymap::Key),
}

pub const SHOTS: &[Shot] = &[
    Shot {
        file: "main-120x40.svg",
        width: 120,
        height: 40,
        keys: &[],
    },
    Shot {
        file: "main-80x24.svg",
        width: 80,
        height: 24,
        keys: &[],
    },
    Shot {
        file: "search-padlet-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Text("/padlet")],
    },
    Shot {
        file: "forbidden-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Text("/zoom"), Key::Enter],
    },
    Shot {
        file: "form-80x24.svg",
        width: 80,
        height: 24,
        keys: &[
            Key::Text("/tribu"),
            Key::Enter,
            Key::Table(repere::app::keymap::keys::ctrl('y')),
        ],
    },
    Shot {
        file: "territory-120x40.svg",
        width: 120,
        height: 40,
        keys: &[
            Key::Table(repere::app::keymap::keys::plain(KeyCode::F(2))),
            Key::Text("86"),
            Key::Enter,
            Key::Text("/messagerie"),
        ],
    },
    Shot {
        file: "help-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Table(repere::app::keymap::keys::plain(KeyCode::F(1)))],
    },
];

/// Types the shot's keys into a fresh state and draws it.
pub fn render(shot: &Shot, catalog: repere::catalog::Catalog) -> Buffer {
    let mut state = State::new(catalog, Prefs::default(), (shot.width, shot.height));
    // A fixed month: the age of sources must not make screenshots stale.
    state.card_context.today = repere::catalog::provenance::YearMonth {
        year: 2026,
        month: 11,
    };
    for key in shot.keys {
        let events: Vec<KeyEvent> = match key {
            Key::Text(text) => text
                .chars()
                .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
                .collect(),
            Key::Enter => vec![KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)],
            Key::Table(key) => vec![key.event()],
        };
        for event in events {
            let event = Event::Key(event);
            if let Some(action) = action_for(&event, &state) {
                // Effects (clipboard, files) are not run: only the screen matters.
                let _ = update(&mut state, action);
            }
        }
    }
    let mut terminal = match Terminal::new(TestBackend::new(shot.width, shot.height)) {
        Ok(terminal) => terminal,
        Err(never) => match never {},
    };
    let drawn = terminal.draw(|frame| {
        let _ = repere::ui::draw(frame, &state, Theme { color: true });
    });
    if let Err(never) = drawn {
        match never {}
    }
    terminal.backend().buffer().clone()
}
