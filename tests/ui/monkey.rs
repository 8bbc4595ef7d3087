//! A monkey at the keyboard: thousands of random keys, clicks, wheel turns
//! and resizes through the real input path (event → keymap → update → draw).
//! Nothing may panic and the state's invariants must hold after every step.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use repere::app::effect::Effect;
use repere::app::keymap::action_for;
use repere::app::state::{Overlay, State};

/// Whether this action would end the session.
fn quit_now(state: &State, action: Option<&Action>) -> bool {
    match action {
        Some(Action::Quit) => true,
        Some(Action::Escape) => {
            !state.searching()
                && state.history.is_empty()
                && matches!(state.focus, Focus::Tools | Focus::Search)
        }
        _ => false,
    }
}
use repere::app::action::Action;
use repere::app::keymap::Mode;
use repere::app::state::Focus;
use repere::app::store::Prefs;
use repere::app::update::update;
use repere::synth::Rng;
use repere::theme::Theme;

/// Characters typed: letters, digits, signs that used to be commands,
/// accents, wide characters.
const CHARS: &str = "/jkhlgGcypYvofq?123456789 azéèpadletzoomtribu€漢🙂";

/// Every key of the interface's own tables, so a new binding is exercised
/// without touching this file.
fn table_keys() -> Vec<KeyEvent> {
    Mode::ALL
        .into_iter()
        .flat_map(Mode::bindings)
        .flat_map(|b| b.keys.iter().map(|k| k.event()))
        .collect()
}

fn random_event(rng: &mut Rng, size: (u16, u16), keys: &[KeyEvent]) -> Event {
    let chars: Vec<char> = CHARS.chars().collect();
    match rng.below(10) {
        0..=3 => {
            let c = chars[rng.below(chars.len())];
            Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
        }
        4..=6 => Event::Key(keys[rng.below(keys.len())]),
        7 => {
            let column = u16::try_from(rng.below(usize::from(size.0) + 5)).unwrap();
            let row = u16::try_from(rng.below(usize::from(size.1) + 5)).unwrap();
            let kind = match rng.below(3) {
                0 => MouseEventKind::Down(MouseButton::Left),
                1 => MouseEventKind::ScrollDown,
                _ => MouseEventKind::ScrollUp,
            };
            Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        }
        8 => Event::Paste("mur collaboratif\nsecond line \u{1b}[2J".to_owned()),
        _ => Event::Resize(
            u16::try_from(1 + rng.below(200)).unwrap(),
            u16::try_from(1 + rng.below(60)).unwrap(),
        ),
    }
}

fn check_invariants(state: &State, step: usize, moved_in_card: bool) {
    assert!(
        state.row_sel < state.rows.len(),
        "step {step}: row out of range"
    );
    if state.entries.is_empty() {
        assert_eq!(state.entry_sel, 0, "step {step}: selection in empty list");
    } else {
        assert!(
            state.entry_sel < state.entries.len(),
            "step {step}: selection {} of {}",
            state.entry_sel,
            state.entries.len()
        );
    }
    // A move in the card stays within the card as last drawn.
    if moved_in_card {
        let max = state.drawn.detail_max_scroll;
        assert!(
            state.detail_scroll <= max,
            "step {step}: detail scroll {} past {max}",
            state.detail_scroll
        );
    }
    if let Some(Overlay::Form(form)) = &state.overlay {
        assert!(form.focused < form.fields.len(), "step {step}: form focus");
    }
    assert!(!state.should_quit, "step {step}: the monkey quit");
}

#[test]
fn random_input_never_panics_and_keeps_invariants() {
    let catalog = repere::catalog::embedded().unwrap();
    for seed in 1..=4_u64 {
        let mut rng = Rng::new(seed);
        let mut state = State::new(catalog.clone(), Prefs::default(), (120, 40));
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut view = repere::ui::View::default();
        let keys = table_keys();
        let mut quits = 0;
        for step in 0..2_500 {
            let event = random_event(&mut rng, state.size, &keys);
            if let Event::Resize(w, h) = event {
                terminal.backend_mut().resize(w, h);
            }
            let action = action_for(&event, &state);
            let moved_in_card = state.focus == Focus::Detail
                && matches!(
                    action,
                    Some(
                        Action::Up
                            | Action::Down
                            | Action::PageUp
                            | Action::PageDown
                            | Action::Top
                            | Action::Bottom
                    )
                );
            // Quitting (Ctrl-C, Ctrl-Q, Esc on an empty screen) is counted,
            // not done: the monkey must keep going.
            if matches!(action, Some(Action::Quit | Action::Escape))
                && quit_now(&state, action.as_ref())
            {
                quits += 1;
                continue;
            }
            if let Some(action) = action {
                for effect in update(&mut state, action) {
                    // Effects leave the process; their outcome is tested elsewhere.
                    assert!(!matches!(effect, Effect::Open(ref u) if u.contains('\u{1b}')));
                }
            }
            check_invariants(&state, step, moved_in_card);
            let mut report = None;
            terminal
                .draw(|f| report = Some(view.draw(f, &state, Theme { color: true })))
                .unwrap();
            if let Some(report) = report {
                let _ = update(&mut state, Action::Drawn(report));
            }
        }
        assert!(quits > 0, "seed {seed}: the quitting keys were never tried");
    }
}
