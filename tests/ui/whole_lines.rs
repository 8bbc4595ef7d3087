//! Text that must never be cut, at any width: the help (every binding of
//! every key table), the idle status line, the Ctrl-K comparison; and the
//! evaluation's choices picked by a number of two digits with a step
//! counter that never jumps; the warning of Ctrl-R on a proscribed tool.

use crossterm::event::KeyCode;
use ratatui::layout::Rect;

use crate::ui_support::{MONO, ctrl, draw, open, press, row_text, screen_text, state, type_text};
use repere::app::keymap::{Mode, names};
use repere::app::state::{Overlay, State};

/// The sizes the help and the status are read at.
const SIZES: [(u16, u16); 6] = [(120, 40), (80, 24), (70, 20), (60, 20), (44, 16), (30, 12)];

/// Spaces collapsed, so that a text wrapped over lines reads as one.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every row of a popup's text, from its top to its end, scrolling down
/// one line at a time until the screen no longer changes.
fn popup_rows(state: &mut State, popup: Rect) -> Vec<String> {
    let inner = Rect {
        x: popup.x + 1,
        y: popup.y + 1,
        width: popup.width.saturating_sub(2),
        height: popup.height.saturating_sub(2),
    };
    let rows_of = |state: &State| -> Vec<String> {
        let terminal = draw(state, MONO);
        let buffer = terminal.backend().buffer();
        (inner.y..inner.bottom())
            .map(|y| {
                let row = row_text(buffer, y);
                let text: String = row
                    .chars()
                    .skip(usize::from(inner.x))
                    .take(usize::from(inner.width))
                    .collect();
                text.trim_end().to_owned()
            })
            .collect()
    };
    let mut rows = rows_of(state);
    for _ in 0..1000 {
        let before = rows_of(state);
        press(state, KeyCode::Down);
        let after = rows_of(state);
        if after == before {
            return rows;
        }
        rows.push(after.last().cloned().unwrap_or_default());
    }
    panic!("the popup never stops scrolling");
}

#[test]
fn the_help_shows_every_binding_of_every_table_whole_at_every_width() {
    for (width, height) in SIZES {
        let mut state = state(width, height);
        press(&mut state, KeyCode::F(1));
        assert!(matches!(state.overlay, Some(Overlay::Help(_))));
        let screen = Rect::new(0, 0, width, height);
        let rows = popup_rows(&mut state, repere::layout::popup(screen, 74, 34));
        for row in &rows {
            assert!(!row.ends_with('…'), "{width}×{height}: cut line {row:?}");
        }
        let text = squash(&rows.join(" "));
        for mode in Mode::ALL {
            for binding in mode.bindings() {
                for shown in [binding.label.to_owned(), names(binding.keys)] {
                    assert!(
                        text.contains(&squash(&shown)),
                        "{width}×{height}, {mode:?}: « {shown} » not whole in\n{}",
                        rows.join("\n")
                    );
                }
            }
        }
        for key in ["Ctrl-N", "Ctrl-G", "Ctrl-K", "Ctrl-R", "Ctrl-D"] {
            assert!(text.contains(key), "{width}×{height}: {key}");
        }
        let title = row_text(
            draw(&state, MONO).backend().buffer(),
            (height - 34.min(height)) / 2,
        );
        assert!(
            !title.contains('…'),
            "{width}×{height}: title cut {title:?}"
        );
    }
}

/// The status rows: from above the footer up to the panes' border.
fn status_rows(state: &State) -> Vec<String> {
    let terminal = draw(state, MONO);
    let buffer = terminal.backend().buffer();
    let mut rows = Vec::new();
    for y in (0..buffer.area.height.saturating_sub(1)).rev() {
        let row = row_text(buffer, y);
        if row.starts_with(['│', '└', '┌', '╭', '╰']) || row.starts_with(" /") {
            break;
        }
        rows.insert(0, row.trim_end().to_owned());
    }
    rows
}

#[test]
fn the_idle_status_line_is_never_cut_and_keeps_each_item_on_one_line() {
    let catalog = crate::ui_support::catalog();
    for territory in [None, Some("74")] {
        for (width, height) in SIZES {
            let mut state = state(width, height);
            if let Some(place) = territory {
                press(&mut state, KeyCode::F(2));
                type_text(&mut state, place);
                press(&mut state, KeyCode::Enter);
                // The territory's confirmation goes with the next key.
                press(&mut state, KeyCode::Down);
                state.status = None;
            }
            let rows = status_rows(&state);
            assert!(!rows.is_empty(), "{width}×{height}: no status");
            let mut items = vec![format!("{} outils", catalog.tools.len())];
            items.extend(catalog.sources.iter().map(|s| s.short.clone()));
            for item in items {
                assert!(
                    rows.iter().any(|row| row.contains(&item)),
                    "{width}×{height} ({territory:?}): « {item} » not whole on one row: {rows:#?}"
                );
            }
            for row in &rows {
                assert!(!row.ends_with('…'), "{width}×{height}: {row:?}");
                assert!(row.chars().count() <= usize::from(width));
            }
        }
    }
}

#[test]
fn the_comparison_wraps_once_and_keeps_every_word_whole() {
    let catalog = crate::ui_support::catalog();
    let place = repere::catalog::Place::Anywhere;
    for (width, height) in [(80, 24), (120, 40)] {
        let mut state = state(width, height);
        open(&mut state, "padlet");
        ctrl(&mut state, 'k');
        open(&mut state, "scrumblr");
        ctrl(&mut state, 'k');
        let Some(Overlay::Text(_)) = &state.overlay else {
            panic!("no comparison: {:?}", state.overlay);
        };
        let screen = Rect::new(0, 0, width, height);
        let popup = repere::layout::popup(screen, 78, height.saturating_sub(3));
        let rows = popup_rows(&mut state, popup);
        // No continued line starts at the popup's edge: it goes under
        // the text of its point (or its heading).
        let mut words = std::collections::BTreeSet::new();
        for row in &rows {
            words.extend(row.split_whitespace().map(str::to_owned));
        }
        let tools = [
            catalog.tool("padlet").unwrap(),
            catalog.tool("scrumblr").unwrap(),
        ];
        let text =
            repere::card::compare::unwrapped_text(&catalog, tools, &place).replace('\u{a0}', " ");
        let mut missing = Vec::new();
        for word in text.split_whitespace() {
            if !words.contains(word) {
                missing.push(word.to_owned());
            }
        }
        assert!(
            missing.is_empty(),
            "{width}: words broken or lost: {missing:?}\n{}",
            rows.join("\n")
        );
        for row in &rows {
            let point = row.trim_start().starts_with("- ");
            let heading = row.trim_end().ends_with(':');
            let indented = row.starts_with("      ");
            assert!(
                row.is_empty() || point || heading || indented || row.contains('↔'),
                "{width}: orphan line {row:?}\n{}",
                rows.join("\n")
            );
        }
    }
}

/// Answers the evaluation up to its need step.
fn evaluation_at_need(state: &mut State) {
    ctrl(state, 'g');
    type_text(state, "Digipad");
    press(state, KeyCode::Enter);
    press(state, KeyCode::Enter);
}

fn wizard_step(state: &State) -> (usize, usize, usize) {
    let Some(Overlay::Wizard(wizard)) = &state.overlay else {
        panic!("no wizard: {:?}", state.overlay);
    };
    let step = wizard.step().unwrap();
    (wizard.current, wizard.step_count(), step.choice)
}

#[test]
fn two_digits_pick_the_tenth_need_and_more() {
    let needs = crate::ui_support::catalog().categories.len();
    assert!(needs >= 20, "{needs}");
    let mut state = state(120, 40);
    evaluation_at_need(&mut state);
    type_text(&mut state, "10");
    assert_eq!(wizard_step(&state).2, 9, "« 10 » picks the tenth");
    type_text(&mut state, "2");
    assert_eq!(wizard_step(&state).2, 1, "« 102 » is no need: « 2 » is");
    type_text(&mut state, "0");
    assert_eq!(wizard_step(&state).2, 19, "« 20 »");
    type_text(&mut state, "9");
    assert_eq!(wizard_step(&state).2, 8, "« 209 » is no need: « 9 » is");
    press(&mut state, KeyCode::Down);
    type_text(&mut state, "1");
    assert_eq!(wizard_step(&state).2, 0, "an arrow starts a new number");
    type_text(&mut state, "3");
    assert_eq!(wizard_step(&state).2, 12, "« 13 »");
    let text = screen_text(draw(&state, MONO).backend().buffer());
    assert!(text.contains("▶ "), "{text}");
}

#[test]
fn the_step_counter_is_known_from_the_start_and_never_jumps() {
    let mut state = state(120, 40);
    evaluation_at_need(&mut state);
    let (_, total, _) = wizard_step(&state);
    let mut shown = Vec::new();
    loop {
        let (current, count, _) = wizard_step(&state);
        assert_eq!(count, total, "at step {}", current + 1);
        let text = screen_text(draw(&state, MONO).backend().buffer());
        let counter = format!("{}/{total}", current + 1);
        assert!(text.contains(&counter), "{counter}\n{text}");
        shown.push(current);
        press(&mut state, KeyCode::Enter);
        match &state.overlay {
            Some(Overlay::Wizard(wizard)) if wizard.current == current => {
                // The reason is asked only for a changed level: a step
                // refused here would be a bug.
                panic!("stuck at {counter}: {:?}", wizard.error);
            }
            Some(Overlay::Wizard(_)) => {}
            _ => break,
        }
    }
    assert_eq!(shown.len() + 2, total, "every step from the need on");
}

#[test]
fn writing_a_message_for_a_proscribed_tool_warns_first() {
    let mut state = state(120, 40);
    open(&mut state, "whatsapp");
    ctrl(&mut state, 'r');
    assert!(matches!(state.overlay, Some(Overlay::Wizard(_))));
    let text = squash(&screen_text(draw(&state, MONO).backend().buffer()));
    assert!(
        text.contains("Attention : WhatsApp est proscrit par les sources"),
        "{text}"
    );
}
