//! Drives the interface as a user would: crossterm key events through the
//! keymap and `update`, then a draw into ratatui's `TestBackend`.

#![allow(dead_code)]

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

use repere::app::action::Action;
use repere::app::effect::Effect;
use repere::app::keymap::action_for;
use repere::app::state::State;
use repere::app::store::Prefs;
use repere::app::update::update;
use repere::catalog::Catalog;
use repere::theme::Theme;

pub const COLOR: Theme = Theme { color: true };
pub const MONO: Theme = Theme { color: false };

/// The embedded catalogue, loaded once per test binary.
pub fn catalog() -> Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG
        .get_or_init(|| repere::catalog::embedded().expect("embedded catalogue"))
        .clone()
}

/// A fresh interface at a terminal size, with no saved preferences.
/// Today is fixed (November 2026) so that the age of sources in the
/// snapshots does not change with the calendar.
pub fn state(width: u16, height: u16) -> State {
    let mut state = State::new(catalog(), Prefs::default(), (width, height));
    state.card_context.today = SNAPSHOT_MONTH;
    state
}

/// The month the snapshots were taken.
pub const SNAPSHOT_MONTH: repere::catalog::provenance::YearMonth =
    repere::catalog::provenance::YearMonth {
        year: 2026,
        month: 11,
    };

/// Sends one terminal event through the keymap and `update`; returns the
/// effects, which are not run (no clipboard, no files). As in the terminal
/// loop, a frame was drawn before the key and what it measured went back
/// through `update`.
pub fn send(state: &mut State, event: &Event) -> Vec<Effect> {
    measure(state);
    action_for(event, state)
        .map(|action| update(state, action))
        .unwrap_or_default()
}

/// Presses one key without modifiers.
pub fn press(state: &mut State, code: KeyCode) -> Vec<Effect> {
    send(state, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// Presses Ctrl and a letter.
pub fn ctrl(state: &mut State, letter: char) -> Vec<Effect> {
    send(
        state,
        &Event::Key(KeyEvent::new(KeyCode::Char(letter), KeyModifiers::CONTROL)),
    )
}

/// Types text, one key per character; returns every effect.
pub fn type_text(state: &mut State, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| press(state, KeyCode::Char(c)))
        .collect()
}

/// `/` then the query, cursor left in the search bar.
pub fn search(state: &mut State, query: &str) {
    press(state, KeyCode::Char('/'));
    type_text(state, query);
}

/// Searches and validates with Enter: the first hit is selected.
pub fn open(state: &mut State, query: &str) {
    search(state, query);
    press(state, KeyCode::Enter);
}

/// The terminal was resized, as crossterm reports it.
pub fn resize(state: &mut State, width: u16, height: u16) {
    send(state, &Event::Resize(width, height));
    assert_eq!(state.size, (width, height));
}

/// Draws the state on a fresh terminal of the state's size.
pub fn draw(state: &State, theme: Theme) -> Terminal<TestBackend> {
    let (width, height) = state.size;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    redraw(&mut terminal, state, theme);
    terminal
}

/// Draws again on an existing terminal.
pub fn redraw(terminal: &mut Terminal<TestBackend>, state: &State, theme: Theme) {
    terminal
        .draw(|frame| {
            let _ = repere::ui::draw(frame, state, theme);
        })
        .expect("draw");
}

/// Draws a frame and hands what it measured to `update`, as the terminal
/// loop does after every key.
pub fn measure(state: &mut State) {
    let (width, height) = state.size;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    let mut report = None;
    terminal
        .draw(|frame| report = Some(repere::ui::draw(frame, state, Theme { color: false })))
        .expect("draw");
    if let Some(report) = report {
        let _ = update(state, Action::Drawn(report));
    }
}

/// One screen row as text (wide characters once).
/// Non-breaking spaces (which keep risk badges on one line) read as spaces.
pub fn row_text(buffer: &Buffer, y: u16) -> String {
    (buffer.area.x..buffer.area.right())
        .map(|x| buffer[(x, y)].symbol())
        .collect::<String>()
        .replace('\u{a0}', " ")
}

/// The whole screen as text, one line per row.
pub fn screen_text(buffer: &Buffer) -> String {
    (buffer.area.y..buffer.area.bottom())
        .map(|y| row_text(buffer, y))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every cell with its position.
pub fn cells(buffer: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let area = buffer.area;
    (area.y..area.bottom())
        .flat_map(move |y| (area.x..area.right()).map(move |x| (x, y)))
        .map(move |(x, y)| (x, y, &buffer[(x, y)]))
}

/// The cells spelling `text` on the screen, left to right (first match,
/// top to bottom), restricted to `within`.
pub fn find_text(buffer: &Buffer, text: &str, within: Rect) -> Option<Vec<(u16, u16)>> {
    let wanted: Vec<String> = text.chars().map(String::from).collect();
    let len = u16::try_from(wanted.len()).ok()?;
    for y in within.y..within.bottom() {
        for x in within.x..within.right().saturating_sub(len.saturating_sub(1)) {
            let matches = wanted
                .iter()
                .enumerate()
                .all(|(i, c)| buffer[(x + u16::try_from(i).unwrap_or(0), y)].symbol() == c);
            if matches {
                return Some((0..len).map(|i| (x + i, y)).collect());
            }
        }
    }
    None
}
