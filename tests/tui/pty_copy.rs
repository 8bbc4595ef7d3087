//! The interface end to end in a pseudo-terminal: copying (OSC 52, the
//! form, failures), saved state across runs, opening addresses, the mouse.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty_app;
use crate::pty_support;

use pty_app::*;
use pty_support::ctrl;
use pty_support::{Home, Options, base64_encode, filled_message, find, hint, osc52_texts, plain};
use repere::app::action::Action;
use repere::app::keymap::Mode;
use repere::app::popup::Kind;
use repere::text;

#[test]
fn message_form_copies_through_osc52_and_remembers_the_address() {
    let home = Home::new();
    let mut pty = start(&home);
    select(&mut pty, "tribu", "Tribu");
    pty.send_keys(&ctrl('y'));
    pty.wait_for_text("Message aux familles — Tribu");
    pty.wait_for_text("Adresse de l'espace de partage");
    pty.wait_for_text("Complétez les champs, puis Entrée pour copier");
    pty.wait_for_text(&hint(Mode::Overlay(Kind::Form), &Action::FormSubmit));

    pty.send_keys(ADDRESS);
    pty.wait_for_text(&format!("▶ {ADDRESS}"));
    let before = pty.raw_len();
    pty.send_keys("\r");
    pty.wait_for_text(&text::osc52_status(text::WHAT_MESSAGE, "Ctrl-T"));
    pty.wait_for_no_text("Message aux familles — Tribu");

    let expected = filled_message("tribu", &[("adresse_espace", ADDRESS)]);
    assert!(expected.contains(ADDRESS));
    let raw = pty.raw_bytes();
    let copies = osc52_texts(&raw[before..]);
    assert_eq!(
        copies,
        vec![expected.clone()],
        "one OSC 52 copy, the message"
    );
    let sequence = format!("\x1b]52;c;{}", base64_encode(expected.as_bytes()));
    assert!(
        find(&raw[before..], sequence.as_bytes()).is_some(),
        "the OSC 52 sequence is the base64 of the message"
    );
    assert!(
        osc52_texts(&raw[..before]).is_empty(),
        "nothing copied before"
    );

    // Ctrl-T shows the last copy.
    pty.send_keys(&ctrl('t'));
    pty.wait_for_text("Dernier texte copié");
    pty.wait_for_text(ADDRESS);
    pty.send_escape();
    pty.wait_for_no_text("Dernier texte copié");

    quit(&mut pty);
    let state = home.state_json();
    assert_eq!(
        state["tool_defaults"]["tribu"]["adresse_espace"].as_str(),
        Some(ADDRESS),
        "{state}"
    );
    assert_eq!(
        ids(&state, "recent").first().map(String::as_str),
        Some("tribu")
    );

    // Next run: the field is pre-filled.
    let mut pty = start(&home);
    select(&mut pty, "tribu", "Tribu");
    pty.send_keys(&ctrl('y'));
    pty.wait_for_text("Message aux familles — Tribu");
    pty.wait_for_text(&format!("▶ {ADDRESS}"));
    pty.send_escape();
    pty.wait_for_no_text("Message aux familles — Tribu");
    quit(&mut pty);
}

#[test]
fn favourite_is_listed_first_after_a_restart() {
    let home = Home::new();
    let mut pty = start(&home);
    let first = selected_tool(&pty, "Tous les outils").unwrap();
    assert!(!first.contains("Padlet"), "Padlet is not first by name");
    select(&mut pty, "padlet", "Padlet");
    pty.send_keys(&ctrl('f'));
    pty.wait_for_text("Padlet ajouté aux favoris.");
    pty.wait_for_text("★? Padlet");
    quit(&mut pty);
    assert_eq!(ids(&home.state_json(), "favourites"), ["padlet"]);

    let mut pty = start(&home);
    let list = pane(&pty, &all_tools_title());
    assert_eq!(
        list.first().map(String::as_str),
        Some("▶ ★? Padlet"),
        "{}",
        pty.describe()
    );
    assert_eq!(
        list.iter().filter(|l| l.contains('★')).count(),
        1,
        "{list:?}"
    );
    pty.wait_for_text("★ Padlet");
    // Unpinning puts it back in its place.
    pty.send_keys(&ctrl('f'));
    pty.wait_for_text("Padlet retiré des favoris.");
    pty.wait_for_no_text("★");
    quit(&mut pty);
    assert!(ids(&home.state_json(), "favourites").is_empty());
}

#[test]
fn corrupted_state_is_moved_aside_and_the_app_still_works() {
    let home = Home::new();
    std::fs::create_dir_all(home.state_dir()).unwrap();
    std::fs::write(home.state_file(), "{not json").unwrap();
    let mut pty = start(&home);
    pty.wait_for_text("Fichier d'état corrompu");

    let aside: Vec<_> = std::fs::read_dir(home.state_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("etat.json.corrompu-"))
        })
        .collect();
    assert_eq!(aside.len(), 1, "one file moved aside: {aside:?}");
    assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), "{not json");
    assert!(!home.state_file().exists(), "the broken file was moved");

    select(&mut pty, "padlet", "Padlet");
    pty.send_keys(&ctrl('f'));
    pty.wait_for_text("Padlet ajouté aux favoris.");
    quit(&mut pty);
    assert_eq!(ids(&home.state_json(), "favourites"), ["padlet"]);
    assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), "{not json");
}

#[test]
fn open_without_a_display_shows_the_address() {
    let home = Home::new();
    let mut pty = start(&home);
    select(&mut pty, "padlet", "Padlet");
    pty.send_keys(&ctrl('o'));
    pty.wait_for_text("Adresse : https://fr.padlet.com/");
    quit(&mut pty);
}

#[test]
fn open_over_ssh_shows_the_address_even_with_a_display() {
    let home = Home::new();
    let options = Options::new(120, 40)
        .env("DISPLAY", ":12345")
        .env("SSH_CONNECTION", "192.0.2.1 50000 192.0.2.2 22");
    let mut pty = start_with(&home, &options);
    select(&mut pty, "tribu", "Tribu");
    pty.send_keys(&ctrl('o'));
    pty.wait_for_text("Adresse : https://tribu.phm.education.gouv.fr/");
    // Over SSH the copy goes to the local terminal, not the remote display.
    let before = pty.raw_len();
    pty.send_keys(&ctrl('p'));
    pty.wait_for_text(&text::osc52_status(text::WHAT_PRECAUTIONS, "Ctrl-T"));
    let copies = osc52_texts(&pty.raw_bytes()[before..]);
    assert_eq!(copies.len(), 1);
    assert!(copies[0].contains("Ne pas communiquer"), "{copies:?}");
    quit(&mut pty);
}

#[test]
fn mouse_click_and_wheel_select_tools() {
    let home = Home::new();
    let mut pty = start(&home);
    let list = pane(&pty, "Tous les outils");
    let fourth = list[3].trim_start().to_owned();
    let seventh = list[6].trim_start().to_owned();
    let (col, row) = pty.with_screen(|screen| {
        let rows: Vec<String> = screen.rows(0, 120).map(|r| plain(&r)).collect();
        let col = rows[1]
            .find("┌ Tous les outils")
            .map(|b| rows[1][..b].chars().count());
        (col.expect("tools pane") + 5, 2 + 3)
    });
    // SGR mouse reports are 1-based: press and release of the left button.
    pty.send_keys(&format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        col + 1,
        row + 1,
        col + 1,
        row + 1
    ));
    wait_selected(&pty, "Tous les outils", &fourth);
    // The wheel moves three rows in the pane under the pointer.
    pty.send_keys(&format!("\x1b[<65;{};{}M", col + 1, row + 1));
    wait_selected(&pty, "Tous les outils", &seventh);
    quit(&mut pty);
}

#[test]
fn failed_copy_shows_the_text_and_releases_the_mouse() {
    let home = Home::new();
    // The Linux console does not do OSC 52: the text is shown instead.
    let mut pty = start_with(&home, &Options::new(120, 40).env("TERM", "linux"));
    select(&mut pty, "tribu", "Tribu");
    pty.wait_until("mouse capture on", pty_support::TIMEOUT, |screen, _| {
        screen.mouse_protocol_mode() != vt100::MouseProtocolMode::None
    });
    pty.send_keys(&ctrl('y'));
    pty.wait_for_text("Message aux familles — Tribu");
    pty.send_keys(ADDRESS);
    pty.wait_for_text(&format!("▶ {ADDRESS}"));
    let before = pty.raw_len();
    pty.send_keys("\r");
    pty.wait_for_text("Message — à sélectionner à la souris");
    pty.wait_for_text(ADDRESS);
    // The terminal's own selection needs the mouse back.
    pty.wait_until("mouse capture off", pty_support::TIMEOUT, |screen, _| {
        screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
    });
    assert!(osc52_texts(&pty.raw_bytes()[before..]).is_empty());
    pty.send_escape();
    pty.wait_for_no_text("à sélectionner à la souris");
    // The popup covers the status line; once closed, it says why.
    pty.wait_for_text("Copie impossible (ce terminal ne gère pas la copie OSC 52)");
    pty.wait_until(
        "mouse capture on again",
        pty_support::TIMEOUT,
        |screen, _| screen.mouse_protocol_mode() != vt100::MouseProtocolMode::None,
    );
    quit(&mut pty);
}

#[test]
fn bracketed_paste_fills_the_form_with_its_first_line() {
    let home = Home::new();
    let mut pty = start(&home);
    select(&mut pty, "tribu", "Tribu");
    pty.send_keys(&ctrl('y'));
    pty.wait_for_text("Message aux familles — Tribu");
    pty.send_keys("\x1b[200~https://collé.example/ce1\nseconde ligne\x1b[201~");
    pty.wait_for_text("▶ https://collé.example/ce1█");
    pty.wait_for_no_text("seconde ligne");
    let before = pty.raw_len();
    pty.send_keys("\r");
    pty.wait_for_text(&text::osc52_status(text::WHAT_MESSAGE, "Ctrl-T"));
    let copies = osc52_texts(&pty.raw_bytes()[before..]);
    assert_eq!(
        copies,
        [filled_message(
            "tribu",
            &[("adresse_espace", "https://collé.example/ce1")]
        )]
    );
    quit(&mut pty);
}

#[test]
fn recent_count_follows_viewed_tools() {
    let home = Home::new();
    let mut pty = start(&home);
    let first = selected_tool(&pty, "Tous les outils").unwrap();
    pty.send_keys("\x1b[B");
    wait_moved(&pty, "Tous les outils", &first);
    pty.send_keys("\x1b[B");
    pty.wait_until(
        "two recent tools counted",
        pty_support::TIMEOUT,
        |screen, _| plain(&screen.contents()).contains("Récemment consultés     2"),
    );
    quit(&mut pty);
}

#[test]
fn copy_failure_popup_leaves_the_status_visible() {
    let home = Home::new();
    let mut pty = start_with(&home, &Options::new(120, 40).env("TERM", "linux"));
    select(&mut pty, "padlet", "Padlet");
    pty.send_keys(&ctrl('p'));
    pty.wait_for_text("Précautions — à sélectionner à la souris");
    pty.wait_for_text("Copie impossible (ce terminal ne gère pas la copie OSC 52)");
    pty.send_escape();
    pty.wait_for_no_text("à sélectionner à la souris");
    quit(&mut pty);
}
