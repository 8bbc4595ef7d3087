//! Navigating answers through the real key path (keymap → update → draw):
//! alternatives that open, Back, guidance sections among the results,
//! typing over popups, quitting only on purpose, and a status line that is
//! never cut.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::ui_support;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use repere::app::state::{Focus, Item, Overlay};
use ui_support::{COLOR, draw, open, press, screen_text, send, state, type_text};

fn alt_left() -> Event {
    Event::Key(KeyEvent::new(KeyCode::Left, KeyModifiers::ALT))
}

fn flat(text: &str) -> String {
    text.replace(['│', '\n'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn enter_on_an_alternative_opens_it_and_back_returns() {
    let mut state = state(120, 40);
    open(&mut state, "zoom");
    assert_eq!(state.tool().unwrap().id, "zoom");
    let alternatives = state.card_alternatives();
    assert!(alternatives.len() >= 2);
    // Enter: the card; ↓: the second alternative; Enter: it opens.
    press(&mut state, KeyCode::Enter);
    assert_eq!(state.focus, Focus::Detail);
    let text = screen_text(draw(&state, COLOR).backend().buffer());
    assert!(text.contains("Entrée ouvre ▶"), "{text}");
    press(&mut state, KeyCode::Down);
    assert_eq!(state.alternative_sel, 1);
    press(&mut state, KeyCode::Enter);
    let second = &state.catalog.tools[alternatives[1]];
    assert_eq!(state.tool().unwrap().id, second.id);
    let text = screen_text(draw(&state, COLOR).backend().buffer());
    assert!(text.contains(&format!("{}  [", second.name)), "{text}");
    // Back: Zoom again, with its search.
    send(&mut state, &alt_left());
    assert_eq!(state.tool().unwrap().id, "zoom");
    assert_eq!(state.query, "zoom");
    // Then the list the card was opened from: opening a result goes into
    // the history.
    send(&mut state, &alt_left());
    assert_eq!(state.tool().unwrap().id, "zoom");
    assert_ne!(state.focus, Focus::Detail);
    // Nothing more to go back to: said, not done.
    send(&mut state, &alt_left());
    assert_eq!(state.tool().unwrap().id, "zoom");
    assert!(state.status.is_some());

    // Backspace on an empty search goes back too, like a browser.
    press(&mut state, KeyCode::Enter);
    press(&mut state, KeyCode::Enter);
    press(&mut state, KeyCode::Enter);
    let opened = state.tool().unwrap().id.clone();
    assert_ne!(opened, "zoom");
    assert!(state.query.is_empty());
    press(&mut state, KeyCode::Backspace);
    assert_eq!(state.tool().unwrap().id, "zoom");
}

#[test]
fn guidance_sections_found_are_results_that_open_like_a_tool() {
    let mut state = state(120, 40);
    type_text(&mut state, "regles generales de securite");
    let position = state
        .entries
        .iter()
        .position(|e| matches!(e.item, Item::Guidance(_)))
        .expect("a guidance section among the results");
    assert!(
        state.entries[..position]
            .iter()
            .all(|e| matches!(e.item, Item::Tool(_))),
        "guidance after the tools, as their own group"
    );
    press(&mut state, KeyCode::Enter);
    for _ in 0..position {
        press(&mut state, KeyCode::Down);
    }
    press(&mut state, KeyCode::Enter);
    assert_eq!(state.focus, Focus::Detail);
    let text = flat(&screen_text(draw(&state, COLOR).backend().buffer()));
    assert!(text.contains("Règles générales de sécurité"), "{text}");
    assert!(text.contains("§ "), "{text}");
}

#[test]
fn letters_never_act_and_a_new_question_replaces_the_old() {
    let mut state = state(120, 40);
    open(&mut state, "padlet");
    press(&mut state, KeyCode::Enter);
    // Every former command letter, typed in the card: a new search.
    let effects = type_text(&mut state, "qcypYvofjkhlgG?1");
    assert!(effects.is_empty(), "{effects:?}");
    assert!(!state.should_quit);
    assert_eq!(state.query, "qcypYvofjkhlgG?1");
    assert!(state.overlay.is_none());
    // After the results, a new word replaces the question.
    press(&mut state, KeyCode::Enter);
    type_text(&mut state, "whatsapp");
    assert_eq!(state.query, "whatsapp");
    assert_eq!(state.tool().unwrap().id, "whatsapp");
}

#[test]
fn typing_over_help_closes_it_and_searches() {
    let mut state = state(80, 24);
    press(&mut state, KeyCode::F(1));
    assert!(matches!(state.overlay, Some(Overlay::Help(_))));
    type_text(&mut state, "tribu");
    assert!(state.overlay.is_none());
    assert_eq!(state.query, "tribu");
}

#[test]
fn escape_quits_only_from_an_empty_screen_and_after_confirmation() {
    let mut state = state(120, 40);
    open(&mut state, "zoom");
    press(&mut state, KeyCode::Esc);
    assert!(!state.should_quit, "the first Esc clears the search");
    assert!(state.query.is_empty());
    press(&mut state, KeyCode::Esc);
    assert!(!state.should_quit, "Esc on an empty screen only asks");
    assert!(state.call.quit_asked);
    assert!(
        state
            .status
            .as_ref()
            .is_some_and(|s| s.text.contains("Quitter"))
    );
    // Another key stays: a stray Esc never ends the call.
    press(&mut state, KeyCode::Esc);
    assert!(!state.should_quit && !state.call.quit_asked);
    press(&mut state, KeyCode::Esc);
    let effects = press(&mut state, KeyCode::Enter);
    assert!(state.should_quit, "Enter confirms");
    assert!(!effects.is_empty(), "quitting saves");
}

#[test]
fn a_long_status_wraps_instead_of_being_cut() {
    let mut state = state(80, 24);
    let long = "Message envoyé au terminal (OSC 52) : collez-le ; si rien ne vient, \
                Ctrl-T l'affiche. Attention, champs laissés vides : Adresse de l'espace \
                de partage, Nom de l'école.";
    state.set_status(long.to_owned(), false);
    let text = flat(&screen_text(draw(&state, COLOR).backend().buffer()));
    assert!(text.contains(&flat(long)), "{text}");
}

#[test]
fn copying_with_an_empty_blank_says_so_in_the_status() {
    use repere::app::action::{Action, CopyReport};
    use repere::app::effect::Effect;
    use repere::clipboard::CopyOutcome;
    let mut state = state(80, 24);
    open(&mut state, "tribu");
    ui_support::ctrl(&mut state, 'y');
    assert!(press(&mut state, KeyCode::Enter).is_empty(), "asks first");
    let effects = press(&mut state, KeyCode::Enter);
    let Some(Effect::Copy { text, what }) = effects.first().cloned() else {
        panic!("{effects:?}");
    };
    let report = CopyReport {
        what,
        outcome: CopyOutcome::System,
        system_error: None,
        text,
    };
    repere::app::update::update(&mut state, Action::CopyFinished(report));
    let status = state.status.clone().unwrap().text;
    assert!(
        status.starts_with("Message copié dans le presse-papiers."),
        "{status}"
    );
    assert!(status.contains("champ laissé vide : Adresse"), "{status}");
}

#[test]
fn a_click_on_an_alternative_opens_it() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut state = state(120, 40);
    open(&mut state, "zoom");
    let alternatives = state.card_alternatives();
    let third = state.catalog.tools[alternatives[2]].name.clone();
    let terminal = draw(&state, COLOR);
    let screen = ratatui::layout::Rect::new(0, 0, 120, 40);
    let detail = repere::layout::areas(screen, state.focus).detail.unwrap();
    let cells = ui_support::find_text(terminal.backend().buffer(), &format!("• {third}"), detail)
        .unwrap_or_else(|| panic!("{third} on screen"));
    let (column, row) = cells[2];
    send(
        &mut state,
        &Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(state.tool().unwrap().name, third);
    send(&mut state, &alt_left());
    assert_eq!(state.tool().unwrap().id, "zoom");
}

#[test]
fn ctrl_y_without_a_message_in_the_sources_says_so_and_offers_what_exists() {
    let mut state = state(120, 40);
    open(&mut state, "padlet");
    let effects = send(
        &mut state,
        &Event::Key(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::CONTROL)),
    );
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, repere::app::effect::Effect::Copy { .. })),
        "nothing copied: {effects:?}"
    );
    let status = state
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        status.contains("ne donnent pas de message")
            && status.contains("Ctrl-P")
            && status.contains("Ctrl-R"),
        "{status}"
    );
}

#[test]
fn ctrl_r_on_a_forbidden_tool_warns_before_writing() {
    let mut state = state(120, 40);
    open(&mut state, "whatsapp");
    send(
        &mut state,
        &Event::Key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)),
    );
    assert!(matches!(state.overlay, Some(Overlay::Wizard(_))));
    let status = state
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        status.contains("WhatsApp est proscrit") && status.contains("À la place"),
        "{status}"
    );
}
