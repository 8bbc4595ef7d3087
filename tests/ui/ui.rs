//! The interface as a user sees it: real key events through the keymap and
//! `update`, drawn into ratatui's `TestBackend`. Text snapshots (insta) for
//! the layout, direct cell checks for what snapshots cannot hold (colours,
//! highlight), and the committed SVG screenshots kept up to date. Every
//! terminal size is swept in `ui_sizes.rs`.
//!
//! After a deliberate change of the screens: `INSTA_UPDATE=always cargo test
//! --test ui` (or `cargo insta review`), then `cargo run --bin screenshots`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::ui_support;

use std::collections::HashMap;

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use repere::app::effect::Effect;
use repere::app::state::{Focus, Overlay, State};
use repere::ui::layout;

use ui_support::{COLOR, ctrl, draw, open, press, screen_text, search, state, type_text};

fn tools_pane(state: &State) -> Rect {
    layout::areas(Rect::new(0, 0, state.size.0, state.size.1), state.focus)
        .tools
        .expect("tools pane shown at this size")
}

fn detail_pane(state: &State) -> Rect {
    layout::areas(Rect::new(0, 0, state.size.0, state.size.1), state.focus)
        .detail
        .expect("detail pane shown at this size")
}

fn selected_id(state: &State) -> String {
    state.tool().expect("a tool is selected").id.clone()
}

/// The visible text of one pane, row by row.
fn pane_text(buffer: &Buffer, pane: Rect) -> String {
    (pane.y..pane.bottom())
        .map(|y| {
            (pane.x..pane.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text as a paragraph: rows joined, runs of spaces and borders squeezed,
/// so sentences wrapped over several rows can be searched.
fn flat(text: &str) -> String {
    text.replace(['│', '\n'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------- snapshots

#[test]
fn main_screen_120x40() {
    let state = state(120, 40);
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("main_120x40", terminal.backend());
    let text = screen_text(terminal.backend().buffer());
    for expected in ["Besoins", "Tous les outils", "Détail", "Niveau de risque"] {
        assert!(text.contains(expected), "missing {expected:?}:\n{text}");
    }
}

#[test]
fn main_screen_80x24() {
    let state = state(80, 24);
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("main_80x24", terminal.backend());
    // Both the lists and the detail are shown at 80 columns.
    let areas = layout::areas(Rect::new(0, 0, 80, 24), state.focus);
    assert!(areas.categories.is_some() && areas.tools.is_some() && areas.detail.is_some());
}

#[test]
fn search_padlet_puts_padlet_first_with_its_level_and_precautions() {
    let mut state = state(120, 40);
    search(&mut state, "padlet");
    assert_eq!(state.focus, Focus::Search);
    assert_eq!(selected_id(&state), "padlet");
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("search_padlet_120x40", terminal.backend());
    let buffer = terminal.backend().buffer();
    let list = pane_text(buffer, tools_pane(&state));
    let first_row = list.lines().nth(1).unwrap();
    assert!(first_row.contains("Padlet"), "first result: {first_row:?}");
    let detail = pane_text(buffer, detail_pane(&state));
    assert!(detail.contains("Doutes / à étudier"), "{detail}");

    // The precautions are on screen, or after scrolling the detail.
    press(&mut state, KeyCode::Enter);
    press(&mut state, KeyCode::Right);
    assert_eq!(state.focus, Focus::Detail);
    let mut seen = String::new();
    for _ in 0..20 {
        let terminal = draw(&state, COLOR);
        seen.push_str(&pane_text(terminal.backend().buffer(), detail_pane(&state)));
        if seen.contains("Précautions (données personnelles)") {
            break;
        }
        press(&mut state, KeyCode::PageDown);
    }
    let seen = flat(&seen);
    assert!(
        seen.contains("Précautions (données personnelles)"),
        "{seen}"
    );
    assert!(
        seen.contains("Ne pas publier de données à caractère personnel"),
        "{seen}"
    );
}

#[test]
fn forbidden_tool_shows_rationale_then_safer_alternatives() {
    for (query, id, alternative) in [
        ("zoom", "zoom", Some("Ma classe à la maison (CNED)")),
        ("whatsapp", "whatsapp", None),
    ] {
        let mut state = state(120, 40);
        open(&mut state, query);
        assert_eq!(selected_id(&state), id);
        assert_eq!(state.focus, Focus::Tools);
        let terminal = draw(&state, COLOR);
        if id == "zoom" {
            insta::assert_snapshot!("forbidden_zoom_120x40", terminal.backend());
        }
        let detail = flat(&pane_text(terminal.backend().buffer(), detail_pane(&state)));
        let tool = state.catalog.tool(id).unwrap();
        let rationale: String = flat(&tool.risk.rationale)
            .split(' ')
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        let level = detail.find("Niveau de risque : ✗ Proscrit").expect(&detail);
        let reason = detail.find(&rationale).expect(&detail);
        let alternatives = detail.find("Alternatives plus sûres").expect(&detail);
        assert!(level < reason && reason < alternatives, "{detail}");
        // Nothing but the name and its badge comes before the level.
        assert!(detail[..level].contains("[✗ Proscrit]"), "{detail}");
        if let Some(alternative) = alternative {
            assert!(
                detail[alternatives..].contains(alternative),
                "{alternative} not offered:\n{detail}"
            );
        }
    }
}

#[test]
fn placeholder_form_80x24_fills_and_copies_the_message() {
    let mut state = state(80, 24);
    open(&mut state, "tribu");
    assert_eq!(selected_id(&state), "tribu");
    let effects = ctrl(&mut state, 'y');
    assert!(effects.is_empty(), "nothing is copied before the form");
    let Some(Overlay::Form(form)) = &state.overlay else {
        panic!("c on Tribu opens the form, got {:?}", state.overlay);
    };
    assert_eq!(form.fields.len(), 1);
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("form_tribu_80x24", terminal.backend());
    let text = screen_text(terminal.backend().buffer());
    assert!(text.contains("Message aux familles — Tribu"), "{text}");
    assert!(text.contains(&form.fields[0].label), "{text}");

    let address = "https://tribu.example/espace-ce2";
    type_text(&mut state, address);
    let terminal = draw(&state, COLOR);
    assert!(screen_text(terminal.backend().buffer()).contains(address));
    let effects = press(&mut state, KeyCode::Enter);
    assert!(state.overlay.is_none(), "the form closes on Enter");
    let tool = state.catalog.tool("tribu").unwrap();
    let values = HashMap::from([("adresse_espace".to_owned(), address.to_owned())]);
    let expected = state.catalog.filled_message(tool, &values).unwrap();
    assert!(expected.contains(address) && !expected.contains('{'));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Copy { text, .. } if *text == expected)),
        "{effects:?}"
    );
    // The address is remembered for this tool only.
    assert!(effects.iter().any(|e| matches!(e, Effect::Save(_))));
    assert_eq!(
        state.prefs.tool_defaults["tribu"].get("adresse_espace"),
        Some(&address.to_owned())
    );
    assert!(state.prefs.placeholder_defaults.is_empty());
}

#[test]
fn toutemonannee_form_asks_for_the_password() {
    let mut state = state(80, 24);
    open(&mut state, "toutemonannee");
    assert_eq!(selected_id(&state), "toutemonannee");
    ctrl(&mut state, 'y');
    assert!(matches!(state.overlay, Some(Overlay::Form(_))));
    let text = screen_text(draw(&state, COLOR).backend().buffer());
    assert!(text.contains("TouteMonAnnée"), "{text}");
    // Escape cancels without copying.
    let effects = press(&mut state, KeyCode::Esc);
    assert!(effects.is_empty() && state.overlay.is_none());

    // An empty blank is never copied silently: Enter lists it first.
    ctrl(&mut state, 'y');
    let effects = press(&mut state, KeyCode::Enter);
    assert!(effects.is_empty(), "{effects:?}");
    let text = flat(&screen_text(draw(&state, COLOR).backend().buffer()));
    assert!(text.contains("Champ vide : Mot de passe"), "{text}");
    // Typing a password, then copying: it is in the message, never saved.
    type_text(&mut state, "secret-1234");
    let effects = press(&mut state, KeyCode::Enter);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Copy { text, .. } if text.contains("secret-1234")))
    );
    let saved = format!("{:?}", state.prefs);
    assert!(!saved.contains("secret-1234"), "{saved}");
    // The next family gets an empty field again.
    ctrl(&mut state, 'y');
    let Some(Overlay::Form(form)) = &state.overlay else {
        panic!("form again");
    };
    assert!(form.fields[0].value.is_empty());
}

#[test]
fn copy_without_placeholders_copies_the_message_as_is() {
    let mut state = state(120, 40);
    open(&mut state, "listes de diffusion");
    assert_eq!(selected_id(&state), "listes-diffusion");
    let effects = ctrl(&mut state, 'y');
    assert!(state.overlay.is_none(), "no form without blanks");
    let tool = state.catalog.tool("listes-diffusion").unwrap();
    let expected = state.catalog.filled_message(tool, &HashMap::new()).unwrap();
    assert!(!expected.is_empty());
    match effects.as_slice() {
        [Effect::Copy { text, what }] => {
            assert_eq!(*text, expected);
            assert_eq!(what, "Message");
        }
        other => panic!("expected one copy, got {other:?}"),
    }
}

#[test]
fn help_overlay() {
    let mut state = state(120, 40);
    press(&mut state, KeyCode::F(1));
    assert_eq!(
        state.overlay,
        Some(Overlay::Help(repere::app::popup::help::Help { scroll: 0 }))
    );
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("help_120x40", terminal.backend());
    let text = screen_text(terminal.backend().buffer());
    for expected in [
        "Aide",
        "Tapez pour chercher, partout",
        "Dans la recherche",
        "quitter",
    ] {
        assert!(text.contains(expected), "missing {expected:?}:\n{text}");
    }
    // The rest is below: the help scrolls.
    assert!(!text.contains("Dans les listes et la fiche"), "{text}");
    press(&mut state, KeyCode::PageDown);
    let text = screen_text(draw(&state, COLOR).backend().buffer());
    assert!(text.contains("Dans les listes et la fiche"), "{text}");
    press(&mut state, KeyCode::Esc);
    assert_eq!(state.overlay, None);
}

#[test]
fn help_overlay_80x24() {
    let mut state = state(80, 24);
    press(&mut state, KeyCode::F(1));
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("help_80x24", terminal.backend());
    let text = screen_text(terminal.backend().buffer());
    assert!(text.contains("Tapez pour chercher"), "{text}");
}

#[test]
fn too_small_terminal_asks_for_room() {
    let state = state(20, 5);
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("too_small_20x5", terminal.backend());
    let text = flat(&screen_text(terminal.backend().buffer()));
    assert!(text.starts_with("Agrandissez le terminal"), "{text}");
}

#[test]
fn narrow_terminal_shows_one_pane_at_a_time() {
    let mut state = state(60, 20);
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("narrow_60x20_tools", terminal.backend());
    let areas = layout::areas(Rect::new(0, 0, 60, 20), state.focus);
    assert!(areas.tools.is_some() && areas.categories.is_none() && areas.detail.is_none());

    press(&mut state, KeyCode::Right);
    assert_eq!(state.focus, Focus::Detail);
    let terminal = draw(&state, COLOR);
    insta::assert_snapshot!("narrow_60x20_detail", terminal.backend());
    let text = screen_text(terminal.backend().buffer());
    assert!(
        text.contains("Détail") && text.contains("Niveau de risque"),
        "{text}"
    );

    press(&mut state, KeyCode::Left);
    press(&mut state, KeyCode::Left);
    assert_eq!(state.focus, Focus::Categories);
    let text = screen_text(draw(&state, COLOR).backend().buffer());
    assert!(
        text.contains("Besoins") && text.contains("Tous les outils"),
        "{text}"
    );
}

// -------------------------------------------------------------- screenshots

#[test]
fn committed_screenshots_are_up_to_date() {
    let sandbox = crate::common::Sandbox::new();
    let output = sandbox
        .apply(&mut std::process::Command::new(env!(
            "CARGO_BIN_EXE_screenshots"
        )))
        .arg("--check")
        .output()
        .expect("run the screenshots binary");
    assert!(
        output.status.success(),
        "{}\nThe SVG screenshots no longer match the interface: run `cargo run --features dev-tools --bin screenshots` and commit screenshots/.",
        String::from_utf8_lossy(&output.stderr)
    );
}
