//! Typing a tool's name is always a search, never a command: in the real
//! binary in a pseudo-terminal, every catalogue tool's name (lower case,
//! no accents) is typed from the start screen, after opening a result,
//! after the message form and after `/`. Each time the app still runs,
//! nothing was copied or opened, and that tool is the first result. One
//! process per scenario keeps this fast.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty_support;

use pty_support::{Home, Options, Pty, ctrl, osc52_texts, plain};
use repere::app::action::Action;
use repere::app::keymap::Mode;

/// Wide enough for the longest name on the card's title line.
const SIZE: (u16, u16) = (200, 50);

/// Names as typed, and the title line each must bring up.
fn names() -> Vec<(String, String)> {
    let catalog = repere::catalog::embedded().expect("embedded catalogue");
    catalog
        .tools
        .iter()
        .map(|tool| {
            let name = repere::sanitize::clean_line(&tool.name);
            let typed = repere::search::fold_text(&name);
            let badge = repere::text::risk_badge(tool.risk.level);
            (typed, format!("{name}  [{badge}]"))
        })
        .collect()
}

fn start(home: &Home) -> Pty {
    let mut pty = Pty::spawn(home, &Options::new(SIZE.0, SIZE.1));
    pty.wait_for_text(&pty_support::hint(Mode::Browse, &Action::Quit));
    pty
}

/// Types a name and checks the first result is that tool.
fn type_name(pty: &mut Pty, typed: &str, title: &str) {
    pty.send_keys(typed);
    pty.wait_for_text(&format!(" / {typed}"));
    // A new search selects its first result, whose card the detail shows.
    pty.wait_for_text(title);
}

/// Nothing copied, opened or quit along the way.
fn assert_nothing_happened(pty: &mut Pty) {
    assert!(
        osc52_texts(&pty.raw_bytes()).is_empty(),
        "something was copied"
    );
    let screen = plain(&pty.screen_text());
    assert!(!screen.contains("copié"), "{screen}");
    assert!(!screen.contains("Ouvert dans le navigateur"), "{screen}");
    assert!(!screen.contains("Adresse : http"), "{screen}");
    let exited = pty.try_status();
    assert!(exited.is_none(), "the app quit: {exited:?}");
}

fn quit(pty: &mut Pty) {
    pty.send_keys(&ctrl('q'));
    let status = pty.wait_exit(pty_support::TIMEOUT);
    assert!(status.success(), "{status:?}");
}

#[test]
fn every_name_typed_from_the_start_screen_finds_that_tool() {
    let home = Home::new();
    let mut pty = start(&home);
    for (typed, title) in names() {
        type_name(&mut pty, &typed, &title);
        // Escape empties the search: back to the start screen.
        pty.send_escape();
        pty.wait_for_text(repere::text::SEARCH_PROMPT);
    }
    assert_nothing_happened(&mut pty);
    quit(&mut pty);
}

#[test]
fn every_name_typed_after_opening_a_result_replaces_the_question() {
    let home = Home::new();
    let mut pty = start(&home);
    for (typed, title) in names() {
        type_name(&mut pty, &typed, &title);
        // Enter: to the results; Enter again: the card has the focus.
        pty.send_keys("\r");
        pty.wait_for_text(&pty_support::hint(Mode::Browse, &Action::Activate));
        pty.send_keys("\r");
        pty.wait_for_text("┌ Détail");
    }
    assert_nothing_happened(&mut pty);
    quit(&mut pty);
}

#[test]
fn every_name_typed_after_the_form_or_after_slash_finds_that_tool() {
    let home = Home::new();
    let mut pty = start(&home);
    for (typed, title) in names() {
        // The form of Tribu, cancelled: then the name.
        pty.send_keys("/tribu\r");
        pty.wait_for_text(&pty_support::hint(Mode::Browse, &Action::Activate));
        pty.send_keys(&ctrl('y'));
        pty.wait_for_text("Message aux familles — Tribu");
        pty.send_escape();
        pty.wait_for_no_text("Message aux familles — Tribu");
        type_name(&mut pty, &typed, &title);
        // Then `/` and the same name again, from the results.
        pty.send_keys("\r");
        pty.wait_for_text(&pty_support::hint(Mode::Browse, &Action::Activate));
        pty.send_keys("/");
        pty.wait_for_text(" / █");
        type_name(&mut pty, &typed, &title);
        pty.send_keys("\r");
        pty.wait_for_text(&pty_support::hint(Mode::Browse, &Action::Activate));
    }
    assert_nothing_happened(&mut pty);
    quit(&mut pty);
}

/// Synthetic tools added to the bundled ones: enough for the debug binary
/// to show its loading frame for a while.
const LARGE: usize = 12_000;

#[test]
fn a_question_typed_while_the_catalogue_loads_is_searched_once_it_is_there() {
    let home = Home::new();
    let base = repere::catalog::embedded().expect("embedded catalogue");
    let data = home.home().join("grand-catalogue.json");
    std::fs::write(&data, repere::synth::catalog_json(&base, LARGE, 3)).unwrap();
    let options = Options::new(SIZE.0, SIZE.1)
        .arg("--data")
        .arg(&data.display().to_string());
    let mut pty = Pty::spawn(&home, &options);
    pty.wait_for_text("Chargement du catalogue");
    // Typed, corrected (a stray letter erased) and shown while loading.
    pty.send_keys("padlx\u{7f}et");
    pty.wait_for_text("Recherche dès le chargement : padlet");
    let (_, title) = names()
        .into_iter()
        .find(|(typed, _)| typed == "padlet")
        .expect("Padlet in the catalogue");
    pty.wait_for_text_within(" / padlet", std::time::Duration::from_secs(60));
    pty.wait_for_text(&title);
    assert_nothing_happened(&mut pty);
    quit(&mut pty);
}
