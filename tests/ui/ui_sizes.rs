//! Every terminal size, through the real input path: a scenario is set up
//! with key events, then drawn at each size as crossterm would resize it.
//! Nothing may panic, the buffer is the screen's size, and below the
//! minimum the screen asks for room.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::ui_support;

use std::time::Instant;

use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use repere::app::state::{Focus, Item, Overlay, State};
use repere::ui::layout;

use ui_support::{COLOR, ctrl, open, press, redraw, resize, search, state, type_text};

// -------------------------------------------------------------- size sweep

/// Every size from 1×1 to 200×60.
fn every_size() -> Vec<(u16, u16)> {
    (1..=200)
        .flat_map(|w| (1..=60).map(move |h| (w, h)))
        .collect()
}

/// Every width at the heights where the layout changes, and every height at
/// the widths where it changes: a sixth of the sizes, as the full sweep of
/// one scenario takes 20 to 40 s in a debug build. Two scenarios (the form
/// and the help, popups over a card) get every size.
fn layout_sizes() -> Vec<(u16, u16)> {
    let heights = [1, 2, 7, 8, 9, 24, 60];
    let widths = [1, 2, 29, 30, 31, 69, 70, 109, 110, 200];
    let mut sizes: Vec<(u16, u16)> = (1..=200)
        .flat_map(|w| heights.map(|h| (w, h)))
        .chain(widths.iter().flat_map(|&w| (1..=60).map(move |h| (w, h))))
        .collect();
    sizes.sort_unstable();
    sizes.dedup();
    sizes
}

/// Draws a scenario at each size, resizing the state as crossterm would;
/// fails on the first panic, naming the size.
fn sweep(name: &str, mut state: State, sizes: &[(u16, u16)]) {
    let start = Instant::now();
    let mut terminal = Terminal::new(TestBackend::new(1, 1)).unwrap();
    for &(width, height) in sizes {
        resize(&mut state, width, height);
        terminal.backend_mut().resize(width, height);
        let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            redraw(&mut terminal, &state, COLOR);
        }));
        assert!(drawn.is_ok(), "{name}: panic at {width}×{height}");
        let buffer = terminal.backend().buffer();
        assert_eq!(buffer.area, Rect::new(0, 0, width, height));
        if layout::too_small(buffer.area) {
            assert_eq!(buffer[(0, 0)].symbol(), "A", "{name} at {width}×{height}");
        }
    }
    eprintln!(
        "sweep {name}: {} sizes in {:.1} s",
        sizes.len(),
        start.elapsed().as_secs_f64()
    );
}

fn first_tool() -> State {
    state(120, 40)
}

fn forbidden_tool() -> State {
    let mut state = state(120, 40);
    open(&mut state, "zoom");
    state
}

fn guidance_section() -> State {
    let mut state = state(120, 40);
    press(&mut state, KeyCode::Left);
    press(&mut state, KeyCode::End);
    press(&mut state, KeyCode::Right);
    assert!(matches!(
        state.entry().map(|e| e.item),
        Some(Item::Guidance(_))
    ));
    state
}

fn form_open() -> State {
    let mut state = state(120, 40);
    open(&mut state, "tribu");
    ctrl(&mut state, 'y');
    type_text(
        &mut state,
        "https://tribu.example/un-lien-assez-long-pour-deborder",
    );
    assert!(matches!(state.overlay, Some(Overlay::Form(_))));
    state
}

fn help_open() -> State {
    let mut state = state(120, 40);
    press(&mut state, KeyCode::F(1));
    state
}

fn searching() -> State {
    let mut state = state(120, 40);
    search(&mut state, "messagerie des familles");
    state
}

fn detail_scrolled() -> State {
    let mut state = state(120, 40);
    open(&mut state, "zoom");
    press(&mut state, KeyCode::Right);
    press(&mut state, KeyCode::End);
    assert_eq!(state.focus, Focus::Detail);
    assert!(state.detail_scroll > 0);
    state
}

#[test]
fn layout_sizes_first_tool() {
    sweep("first tool", first_tool(), &layout_sizes());
}

#[test]
fn layout_sizes_forbidden_tool() {
    sweep("forbidden tool", forbidden_tool(), &layout_sizes());
}

#[test]
fn layout_sizes_guidance_section() {
    sweep("guidance", guidance_section(), &layout_sizes());
}

#[test]
fn every_size_form_open() {
    sweep("form", form_open(), &every_size());
}

#[test]
fn every_size_help_open() {
    sweep("help", help_open(), &every_size());
}

#[test]
fn layout_sizes_searching() {
    sweep("searching", searching(), &layout_sizes());
}

#[test]
fn layout_sizes_detail_scrolled() {
    sweep("detail scrolled", detail_scrolled(), &layout_sizes());
}

/// The territory popup with its refusal sentence, over a list whose rows
/// carry the « hors territoire » mark.
fn territory_refused() -> State {
    let mut state = state(120, 40);
    press(&mut state, KeyCode::F(2));
    type_text(&mut state, "86");
    press(&mut state, KeyCode::Enter);
    search(&mut state, "messagerie");
    press(&mut state, KeyCode::F(2));
    type_text(&mut state, " et la Savoie !");
    press(&mut state, KeyCode::Enter);
    assert!(matches!(
        &state.overlay,
        Some(Overlay::Territory(form)) if form.error.is_some()
    ));
    state
}

#[test]
fn layout_sizes_territory_refused() {
    sweep("territory refused", territory_refused(), &layout_sizes());
}

/// The own family message on several lines (Ctrl-J between them), and the
/// note-deletion popup at its confirmation with the reminder a stray
/// letter brings.
fn local_popups() -> [State; 2] {
    let mut message = state(120, 40);
    open(&mut message, "pad snopyta");
    ctrl(&mut message, 'r');
    for line in [
        "Bonjour,",
        "le pad ferme en juin ; un texte assez long",
        "Merci.",
    ] {
        type_text(&mut message, line);
        ctrl(&mut message, 'j');
    }
    assert!(matches!(&message.overlay, Some(Overlay::Wizard(w)) if w.multiline()));
    let mut picker = state(120, 40);
    open(&mut picker, "pad snopyta");
    for text in [
        "Vu avec le DPD",
        "Service fermé, une note assez longue pour déborder",
    ] {
        picker
            .catalog
            .local
            .notes
            .push(repere::catalog::local::LocalNote {
                id: format!("pad-snopyta-2026-03-12-{}", text.len()),
                tool: "pad-snopyta".to_owned(),
                text: text.to_owned(),
                author: "Claire Dupont".to_owned(),
                date: "2026-03-12".to_owned(),
            });
    }
    ctrl(&mut picker, 'd');
    press(&mut picker, KeyCode::Down);
    press(&mut picker, KeyCode::Enter);
    type_text(&mut picker, "o");
    assert!(matches!(
        &picker.overlay,
        Some(Overlay::DeleteNote(p)) if p.confirming && p.reminder
    ));
    [message, picker]
}

#[test]
fn layout_sizes_local_popups() {
    let [message, picker] = local_popups();
    sweep("own message", message, &layout_sizes());
    sweep("note deletion", picker, &layout_sizes());
}
