//! The adviser's territory in the interface, through real key events: F2
//! opens the popup, the typed territory is parsed as `--territoire` is,
//! saved, shown in the status line, and the lists and alternatives mark
//! (in words) and demote what the sources place elsewhere.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::ui_support;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use ratatui::layout::Rect;
use repere::app::effect::Effect;
use repere::app::state::{Item, Overlay, Row, State};
use repere::app::store::Prefs;
use repere::catalog::Place;
use repere::catalog::territory::{Availability, availability};
use repere::text;
use repere::ui::layout;

use ui_support::{COLOR, MONO, catalog, ctrl, draw, open, press, screen_text, search, send, state};

/// Sets the territory as an adviser does: F2, the text, Enter.
fn set_territory(state: &mut State, typed: &str) -> Vec<Effect> {
    press(state, KeyCode::F(2));
    assert!(
        matches!(state.overlay, Some(Overlay::Territory(_))),
        "F2 opens the territory popup"
    );
    ctrl(state, 'u');
    ui_support::type_text(state, typed);
    press(state, KeyCode::Enter)
}

fn saved_territory(effects: &[Effect]) -> Option<String> {
    effects.iter().find_map(|e| match e {
        Effect::Save(prefs) => Some(prefs.territory.clone()),
        _ => None,
    })
}

/// The ids listed in the middle pane, in order.
fn listed_ids(state: &State) -> Vec<String> {
    state
        .entries
        .iter()
        .filter_map(|e| match e.item {
            Item::Tool(i) => Some(state.catalog.tools[i].id.clone()),
            Item::Guidance(_) => None,
        })
        .collect()
}

/// Selects the need `id` in the left pane with the arrow keys.
fn select_need(state: &mut State, id: &str) {
    let wanted = state
        .catalog
        .categories
        .iter()
        .position(|c| c.id == id)
        .expect("need in the catalogue");
    press(state, KeyCode::Left);
    press(state, KeyCode::Home);
    for _ in 0..state.rows.len() {
        if state.row() == Row::Category(wanted) {
            return;
        }
        press(state, KeyCode::Down);
    }
    panic!("need {id} not reached with the arrows");
}

/// The inner rows of the tools pane, as drawn (in colour: the mark must be
/// words, whatever the theme).
fn tools_pane_rows(state: &State) -> Vec<String> {
    let terminal = draw(state, COLOR);
    let buffer = terminal.backend().buffer();
    let pane = layout::areas(Rect::new(0, 0, state.size.0, state.size.1), state.focus)
        .tools
        .expect("tools pane shown at this size");
    (pane.y + 1..pane.bottom().saturating_sub(1))
        .map(|y| {
            (pane.x + 1..pane.right().saturating_sub(1))
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

/// The screen row showing `name` in the tools pane.
fn row_with(screen: &str, name: &str) -> String {
    screen
        .lines()
        .find(|line| line.contains(name))
        .unwrap_or_else(|| panic!("{name} not on screen:\n{screen}"))
        .to_owned()
}

#[test]
fn the_popup_sets_saves_and_shows_the_territory() {
    let mut state = state(160, 40);
    let effects = set_territory(&mut state, "86");
    assert_eq!(saved_territory(&effects).as_deref(), Some("86"));
    assert!(state.overlay.is_none(), "Enter closes the popup");
    assert_eq!(state.prefs.territory, "86");
    assert_eq!(Some(state.place()), Place::parse("86").as_ref());
    // The status line says it now, and keeps saying it with the counts.
    let screen = screen_text(draw(&state, MONO).backend().buffer());
    assert!(screen.contains("Territoire : département 86"), "{screen}");
    state.status = None;
    let screen = screen_text(draw(&state, MONO).backend().buffer());
    let status = screen.lines().rev().nth(1).unwrap_or_default();
    assert!(
        status.contains("Territoire : département 86, académie de Poitiers ·")
            && status.contains("outils"),
        "{status}"
    );
}

#[test]
fn a_territory_not_understood_is_refused_in_french_and_tout_clears_it() {
    let mut state = state(160, 40);
    set_territory(&mut state, "74");
    let effects = set_territory(&mut state, "zz 9");
    assert_eq!(saved_territory(&effects), None, "nothing saved");
    assert!(matches!(state.overlay, Some(Overlay::Territory(_))));
    let screen = screen_text(draw(&state, MONO).backend().buffer());
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Territoire « zz 9 » non reconnu"),
        "the French sentence in the popup:\n{screen}"
    );
    // Escape leaves the territory as it was.
    press(&mut state, KeyCode::Esc);
    assert!(state.overlay.is_none());
    assert_eq!(Some(state.place()), Place::parse("74").as_ref());

    let effects = set_territory(&mut state, "tout");
    assert_eq!(saved_territory(&effects).as_deref(), Some(""));
    assert_eq!(*state.place(), Place::Anywhere);
    select_need(&mut state, "mail-5mo");
    let screen = screen_text(draw(&state, MONO).backend().buffer());
    assert!(!screen.contains(text::OUT_OF_TERRITORY), "{screen}");
}

#[test]
fn a_needs_list_marks_and_demotes_what_is_elsewhere() {
    let mut state = state(160, 40);
    select_need(&mut state, "mail-5mo");
    let before = listed_ids(&state);
    // Without a territory: by level, then name.
    assert_eq!(
        before,
        [
            "listes-diffusion",
            "messagerie-academique",
            "messagerie-academique-poitiers"
        ]
    );

    set_territory(&mut state, "86");
    select_need(&mut state, "mail-5mo");
    let after = listed_ids(&state);
    assert_eq!(
        after,
        [
            "messagerie-academique-poitiers",
            "listes-diffusion",
            "messagerie-academique"
        ],
        "the Poitiers mailbox first, Grenoble's after"
    );
    let rows = tools_pane_rows(&state);
    assert!(
        rows[0].contains("Messagerie académique de Poitiers"),
        "{rows:?}"
    );
    assert!(!rows[0].contains("hors territoire"), "{rows:?}");
    for row in &rows[1..3] {
        assert!(row.contains("· hors territoire"), "{rows:?}");
    }
    // Listed, never hidden: every tool of the need is still there.
    let mut sorted = before.clone();
    sorted.sort();
    let mut now = after.clone();
    now.sort();
    assert_eq!(sorted, now);
}

#[test]
fn search_results_keep_their_order_and_are_marked() {
    let mut plain = state(160, 40);
    search(&mut plain, "messagerie");
    let relevance = listed_ids(&plain);

    let mut state = state(160, 40);
    set_territory(&mut state, "poitiers");
    search(&mut state, "messagerie");
    assert_eq!(listed_ids(&state), relevance, "relevance order kept");
    // Every visible row is marked exactly when the sources place the tool
    // elsewhere; Grenoble's mailbox is one of them.
    let rows = tools_pane_rows(&state);
    let place = state.place().clone();
    let mut marked = Vec::new();
    for (row, id) in rows.iter().zip(listed_ids(&state)) {
        let tool = state.catalog.tools.iter().find(|t| t.id == id).unwrap();
        let elsewhere = availability(tool, &place) == Availability::Unavailable;
        assert_eq!(row.contains(text::OUT_OF_TERRITORY), elsewhere, "{row}");
        if elsewhere {
            marked.push(id);
        }
    }
    assert!(
        marked.contains(&"messagerie-academique".to_owned()),
        "{rows:?}"
    );
}

#[test]
fn alternatives_elsewhere_come_last_and_say_so() {
    let mut state = state(160, 50);
    set_territory(&mut state, "86");
    open(&mut state, "whatsapp");
    assert_eq!(state.tool().map(|t| t.id.as_str()), Some("whatsapp"));
    let tool = state
        .catalog
        .tools
        .iter()
        .position(|t| t.id == "whatsapp")
        .unwrap();
    let ids: Vec<&str> = state
        .alternatives(tool)
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids.last(), Some(&"listes-diffusion"), "{ids:?}");
    let screen = screen_text(draw(&state, MONO).backend().buffer());
    let flat = screen.replace('│', " ");
    // The mark follows the name on its line (the pane may wrap its end).
    let line = row_with(&flat, "Listes de diffusion académiques");
    assert!(line.contains("— hors de votre"), "{line}");
    let line = row_with(&flat, "Messagerie (ENT)");
    assert!(!line.contains("hors de votre"), "{line}");
}

#[test]
fn the_saved_territory_is_read_at_start_and_the_command_line_wins() {
    let prefs = Prefs {
        territory: "74".to_owned(),
        ..Prefs::default()
    };
    let mut state = State::new(catalog(), prefs, (160, 40));
    assert_eq!(Some(state.place()), Place::parse("74").as_ref());
    state.override_place(Place::parse("86").unwrap());
    assert_eq!(Some(state.place()), Place::parse("86").as_ref());
    assert_eq!(state.prefs.territory, "74", "--territoire is not saved");
    // The popup says where the current territory comes from.
    send(
        &mut state,
        &Event::Key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::ALT)),
    );
    let screen = screen_text(draw(&state, MONO).backend().buffer());
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("--territoire"), "{screen}");
}

#[test]
fn a_narrow_list_keeps_the_name_readable_with_the_short_mark() {
    let mut state = state(120, 40);
    set_territory(&mut state, "86");
    search(&mut state, "messagerie academique grenoble");
    let rows = tools_pane_rows(&state);
    let grenoble = rows
        .iter()
        .find(|row| row.contains("Messagerie acad"))
        .unwrap_or_else(|| panic!("{rows:?}"));
    assert!(
        grenoble.contains(&format!("· {}", text::OUT_OF_TERRITORY_SHORT)),
        "{rows:?}"
    );
}

/// Two windows share the state file: one that did not touch the territory
/// does not put back its old value when it saves.
#[test]
fn a_second_window_keeps_the_territory_set_in_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("etat.json");
    let mut first = repere::app::store::Store::at(path.clone());
    let mut second = repere::app::store::Store::at(path.clone());
    let (mut first_prefs, _) = first.load();
    let (mut second_prefs, _) = second.load();

    first_prefs.territory = "74".to_owned();
    first.save(&first_prefs).unwrap();
    second_prefs.favourites.push("padlet".to_owned());
    second.save(&second_prefs).unwrap();

    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["territory"], "74");
    assert_eq!(saved["favourites"], serde_json::json!(["padlet"]));

    // Chosen in the second window later, it wins.
    second_prefs.territory = "86".to_owned();
    second.save(&second_prefs).unwrap();
    let (reread, _) = repere::app::store::Store::at(path).load();
    assert_eq!(reread.territory, "86");
}

#[test]
fn the_copied_card_says_which_alternative_is_elsewhere() {
    let mut state = state(160, 50);
    set_territory(&mut state, "86");
    open(&mut state, "whatsapp");
    let copied = ctrl(&mut state, 'e')
        .into_iter()
        .find_map(|e| match e {
            Effect::Copy { text, .. } => Some(text),
            _ => None,
        })
        .expect("Ctrl-E copies the card");
    assert!(
        copied.contains(
            "Listes de diffusion académiques [✓ Institutionnel] — hors de votre territoire"
        ),
        "{copied}"
    );
}
