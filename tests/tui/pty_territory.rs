//! The adviser's territory end to end, with the real binary in a
//! pseudo-terminal: set through the F2 popup, kept across a restart,
//! overridden (not saved) by `--territoire`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty_app;
use crate::pty_support;

use pty_app::{quit, select, start, start_with};
use pty_support::{Home, Options};

/// F2 as an xterm sends it.
const F2: &str = "\x1bOQ";

#[test]
fn the_territory_set_in_the_popup_is_kept_and_the_command_line_wins() {
    let home = Home::new();
    let mut pty = start(&home);
    pty.send_keys(F2);
    pty.wait_for_text("Votre territoire");
    // Not understood: the French sentence, the popup stays.
    pty.send_keys("savoie!\r");
    pty.wait_for_text("non reconnu");
    pty.send_keys("\x15"); // Ctrl-U empties the field.
    pty.send_keys("74\r");
    pty.wait_for_no_text("Votre territoire");
    pty.wait_for_text("Territoire : département 74");
    quit(&mut pty);
    assert_eq!(home.state_json()["territory"], "74");

    // Kept: the next session starts in the same territory.
    let mut pty = start(&home);
    pty.wait_for_text("Territoire : département 74, académie de Grenoble ·");
    quit(&mut pty);

    // `--territoire` wins for the session: a Grenoble-only tool is said to
    // be elsewhere, and what is saved does not change.
    let mut pty = start_with(&home, &Options::new(120, 40).arg("--territoire").arg("86"));
    pty.wait_for_text("Territoire : département 86, académie de Poitiers ·");
    select(
        &mut pty,
        "listes diffusion",
        "Listes de diffusion académiques",
    );
    pty.wait_for_text("hors de votre territoire (département 86");
    quit(&mut pty);
    assert_eq!(home.state_json()["territory"], "74");
}
