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
use repere::app::store::Prefs;
use repere::app::update::update;
use repere::synth::Rng;
use repere::theme::Theme;
use repere::ui::{detail, layout};

const KEYS: &[KeyCode] = &[
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Backspace,
];
const CHARS: &str = "/jkhlgGcypYvofq?123456789 azéèpadletzoomtribu€漢🙂";

fn random_event(rng: &mut Rng, size: (u16, u16)) -> Event {
    let chars: Vec<char> = CHARS.chars().collect();
    match rng.below(10) {
        0..=3 => {
            let c = chars[rng.below(chars.len())];
            // Never quit: the monkey must keep going.
            let c = if c == 'q' { 'j' } else { c };
            Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
        }
        4..=6 => Event::Key(KeyEvent::new(
            KEYS[rng.below(KEYS.len())],
            KeyModifiers::NONE,
        )),
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

fn check_invariants(state: &State, step: usize) {
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
    let screen = ratatui::layout::Rect::new(0, 0, state.size.0, state.size.1);
    if let Some(pane) = layout::areas(screen, repere::app::state::Focus::Detail).detail {
        let inner = layout::inner(pane);
        let total = detail::lines(state, inner.width).len();
        let max = total.saturating_sub(usize::from(inner.height));
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
        for step in 0..2_500 {
            let event = random_event(&mut rng, state.size);
            if let Event::Resize(w, h) = event {
                terminal.backend_mut().resize(w, h);
            }
            if let Some(action) = action_for(&event, &state) {
                for effect in update(&mut state, action) {
                    // Effects leave the process; their outcome is tested elsewhere.
                    assert!(!matches!(effect, Effect::Open(ref u) if u.contains('\u{1b}')));
                }
            }
            check_invariants(&state, step);
            terminal
                .draw(|f| repere::ui::draw(f, &state, Theme { color: true }))
                .unwrap();
        }
    }
}
