//! Text pasted into a terminal that does not wrap it in bracketed paste:
//! the program receives plain keys, all in one read. Its line breaks must
//! not act as Entrée (opening the results): the lines stay in the
//! question, joined by a space. Entrée typed on its own still opens them.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty_support;

use pty_support::{Home, Options, Pty, ctrl};
use repere::app::action::Action;
use repere::app::keymap::Mode;

/// The search bar with the cursor in it: the results were not opened.
fn question_being_typed(text: &str) -> String {
    format!(" / {text}█")
}

#[test]
fn lines_pasted_without_bracketed_paste_stay_in_the_question() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text(&pty_support::hint(Mode::Browse, &Action::Quit));
    // A line feed (read as Ctrl-J in raw mode), then a carriage return
    // (read as Entrée), each pasted in one write with more text after it.
    pty.send_keys("/");
    pty.wait_for_text(&question_being_typed(""));
    for (pasted, joined) in [
        ("question one\nquestion two", "question one question two"),
        ("un outil ?\rMerci", "un outil ? Merci"),
    ] {
        pty.send_bytes(pasted.as_bytes());
        pty.wait_for_text(&question_being_typed(joined));
        // Ctrl-U empties the question (the bar keeps the cursor).
        pty.send_keys(&ctrl('u'));
        pty.wait_for_text(&question_being_typed(""));
    }
    pty.send_keys("un outil ? Merci");
    // Entrée alone still opens the results: the cursor leaves the bar.
    pty.send_keys("\r");
    pty.wait_for_no_text(&question_being_typed("un outil ? Merci"));
    pty.wait_for_text(" / un outil ? Merci");
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(crate::pty_app::EXIT).success());
}
