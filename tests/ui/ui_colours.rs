//! What text snapshots cannot hold: risk colours on the cells, the
//! monochrome theme, highlighted search matches.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::ui_support;

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

use repere::app::state::State;
use repere::ui::layout;

use ui_support::{
    COLOR, MONO, cells, ctrl, draw, find_text, open, press, screen_text, search, state,
};

fn tools_pane(state: &State) -> Rect {
    layout::areas(Rect::new(0, 0, state.size.0, state.size.1), state.focus)
        .tools
        .expect("tools pane shown at this size")
}

fn selected_id(state: &State) -> String {
    state.tool().expect("a tool is selected").id.clone()
}

fn detail_pane(state: &State) -> Rect {
    layout::areas(Rect::new(0, 0, state.size.0, state.size.1), state.focus)
        .detail
        .expect("detail pane shown at this size")
}

// ------------------------------------------------------------------ colours

/// The first cell showing `symbol` inside `within`.
fn cell_of<'a>(buffer: &'a Buffer, symbol: &str, within: Rect) -> &'a ratatui::buffer::Cell {
    let (x, y) = find_text(buffer, symbol, within)
        .and_then(|cells| cells.first().copied())
        .unwrap_or_else(|| panic!("{symbol:?} not found in {within:?}"));
    &buffer[(x, y)]
}

#[test]
fn risk_badges_have_their_colour() {
    for (query, id, symbol, colour) in [
        ("zoom", "zoom", "✗", Color::Red),
        ("whatsapp", "whatsapp", "✗", Color::Red),
        ("tribu", "tribu", "✓", Color::Green),
        ("padlet", "padlet", "?", Color::Yellow),
        ("cryptpad", "cryptpad", "!", Color::Cyan),
    ] {
        let mut state = state(120, 40);
        open(&mut state, query);
        assert_eq!(selected_id(&state), id);
        let terminal = draw(&state, COLOR);
        let buffer = terminal.backend().buffer();
        // In the list: the badge of the selected (first) row.
        let list = layout::inner(tools_pane(&state));
        let first_row = Rect::new(list.x, list.y, list.width, 1);
        let cell = cell_of(buffer, symbol, first_row);
        assert_eq!(cell.fg, colour, "{id}: list badge {symbol}");
        // In the detail: the badge after the name.
        let detail = layout::inner(detail_pane(&state));
        let cell = cell_of(buffer, &format!("[{symbol}"), detail);
        assert_eq!(cell.fg, colour, "{id}: detail badge");
        if colour == Color::Red {
            assert!(cell.modifier.contains(Modifier::BOLD), "forbidden is bold");
        }
    }
}

#[test]
fn every_level_keeps_its_colour_in_the_full_list() {
    let state = state(120, 60);
    let terminal = draw(&state, COLOR);
    let buffer = terminal.backend().buffer();
    let list = layout::inner(tools_pane(&state));
    let mut seen = 0;
    for (x, y, cell) in cells(buffer) {
        if !list.contains((x, y).into()) {
            continue;
        }
        let expected = match cell.symbol() {
            "✗" => Color::Red,
            "✓" => Color::Green,
            _ => continue,
        };
        // The selection marker "▶" is not a badge; badges follow it or a gap.
        assert_eq!(cell.fg, expected, "badge at {x},{y}");
        seen += 1;
    }
    assert!(seen > 10, "only {seen} badges seen");
}

fn assert_monochrome(buffer: &Buffer, what: &str) {
    for (x, y, cell) in cells(buffer) {
        assert!(
            cell.fg == Color::Reset && cell.bg == Color::Reset,
            "{what}: colour at {x},{y} ({:?}): fg {:?} bg {:?}",
            cell.symbol(),
            cell.fg,
            cell.bg
        );
    }
}

#[test]
fn monochrome_theme_uses_no_colour_but_keeps_labels_and_symbols() {
    let mut state = state(120, 40);
    let terminal = draw(&state, MONO);
    assert_monochrome(terminal.backend().buffer(), "main");

    open(&mut state, "zoom");
    let terminal = draw(&state, MONO);
    let buffer = terminal.backend().buffer();
    assert_monochrome(buffer, "zoom");
    let text = screen_text(buffer);
    assert!(text.contains("✗ Zoom"), "list badge:\n{text}");
    assert!(text.contains("[✗ Proscrit]"), "detail badge:\n{text}");
    assert!(text.contains("Alternatives plus sûres"), "{text}");
    // The selection stays visible without colour.
    let list = layout::inner(tools_pane(&state));
    let cell = cell_of(buffer, "Z", list);
    assert!(
        cell.modifier.contains(Modifier::REVERSED),
        "selection: {cell:?}"
    );
    // Forbidden stays emphasised.
    let cell = cell_of(buffer, "[✗", layout::inner(detail_pane(&state)));
    assert!(cell.modifier.contains(Modifier::BOLD));

    let mut state = ui_support::state(120, 40);
    search(&mut state, "padlet");
    let terminal = draw(&state, MONO);
    let buffer = terminal.backend().buffer();
    assert_monochrome(buffer, "search");
    let cells = find_text(buffer, "Padlet", layout::inner(tools_pane(&state))).unwrap();
    for (x, y) in cells {
        let cell = &buffer[(x, y)];
        assert!(
            cell.modifier
                .contains(Modifier::UNDERLINED | Modifier::BOLD)
        );
    }
    for levels in ["? Doutes / à étudier", "? Padlet"] {
        assert!(screen_text(buffer).contains(levels), "{levels}");
    }

    open(&mut state, "tribu");
    ctrl(&mut state, 'y');
    assert_monochrome(draw(&state, MONO).backend().buffer(), "form");
    press(&mut state, KeyCode::Esc);
    press(&mut state, KeyCode::F(1));
    assert_monochrome(draw(&state, MONO).backend().buffer(), "help");
}

#[test]
fn matched_characters_are_highlighted() {
    let mut state = state(120, 40);
    search(&mut state, "padlet");
    let terminal = draw(&state, COLOR);
    let buffer = terminal.backend().buffer();
    let list = layout::inner(tools_pane(&state));
    let name = find_text(buffer, "Padlet", list).expect("Padlet in the list");
    for &(x, y) in &name {
        let cell = &buffer[(x, y)];
        assert!(
            cell.modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED),
            "{:?} at {x},{y}: {:?}",
            cell.symbol(),
            cell.modifier
        );
        assert_eq!(cell.fg, Color::Yellow);
    }
    // The selected row is still shown reversed.
    assert!(buffer[name[0]].modifier.contains(Modifier::REVERSED));
    // Characters that did not match are plain: "Aquil" of "Pad Aquilenet".
    let (x, y) = find_text(buffer, "Aquil", list).unwrap()[0];
    assert!(
        !buffer[(x, y)].modifier.contains(Modifier::UNDERLINED),
        "'A' did not match"
    );
    // The detail is not highlighted.
    let detail = layout::inner(detail_pane(&state));
    let (x, y) = find_text(buffer, "Padlet", detail).unwrap()[0];
    assert!(!buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
}
