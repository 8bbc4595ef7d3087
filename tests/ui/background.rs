//! Large catalogues search off the interface thread: a keystroke returns at
//! once with a search request, the worker answers through the event channel,
//! and only the answer for the latest query is taken.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::mpsc;
use std::time::Duration;

use repere::app::action::Action;
use repere::app::effect::Effect;
use repere::app::state::{BACKGROUND_SEARCH_FROM, Focus, Item, State};
use repere::app::store::{Prefs, Store};
use repere::app::update::update;
use repere::catalog::Loader;
use repere::terminal::effects::Effects;

fn large_state() -> State {
    let base = repere::catalog::embedded().unwrap();
    let mut loader = Loader::new(true).unwrap();
    let json = repere::synth::catalog_json(&base, BACKGROUND_SEARCH_FROM, 7);
    loader.add_text("synthetique.json", &json).unwrap();
    let mut state = State::new(loader.finish().unwrap(), Prefs::default(), (120, 40));
    state.focus = Focus::Search;
    state
}

fn typed(state: &mut State, c: char) -> Effect {
    let mut effects = update(state, Action::SearchInput(c));
    assert_eq!(effects.len(), 1, "one search request per keystroke");
    effects.remove(0)
}

fn names(state: &State) -> Vec<String> {
    state
        .entries
        .iter()
        .filter_map(|e| match e.item {
            Item::Tool(i) => Some(state.catalog.tools[i].name.clone()),
            Item::Guidance(_) => None,
        })
        .collect()
}

#[test]
fn only_the_latest_query_is_shown_and_the_worker_answers() {
    let mut state = large_state();
    let dir = tempfile::tempdir().unwrap();
    let (sender, answers) = mpsc::channel::<Action>();
    let notify: repere::terminal::effects::Notify = std::sync::Arc::new(move |action| {
        let _ = sender.send(action);
    });
    let mut effects = Effects::new(Store::at(dir.path().join("etat.json")), Some(notify));
    let mut sink = std::io::sink();
    let everything = state.entries.len();

    // Two keystrokes before any answer: the first answer is stale.
    for c in "padle".chars() {
        let request = typed(&mut state, c);
        assert!(
            effects.run(request, &mut sink).is_none(),
            "answered later, not in place"
        );
    }
    let last = typed(&mut state, 't');
    assert!(effects.run(last, &mut sink).is_none());
    // The query is on screen at once; the list still shows the old results.
    assert_eq!(state.query, "padlet");
    let mut latest_seen = false;
    while !latest_seen {
        let answer = answers.recv_timeout(Duration::from_secs(60)).unwrap();
        if let Action::SearchFinished { generation, .. } = &answer {
            latest_seen = *generation == state.search_generation;
        }
        update(&mut state, answer);
    }
    let shown = names(&state);
    assert!(shown.len() < everything);
    assert_eq!(
        shown.first().map(String::as_str),
        Some("Padlet"),
        "{shown:?}"
    );
}

#[test]
fn a_stale_answer_changes_nothing() {
    let mut state = large_state();
    let dir = tempfile::tempdir().unwrap();
    let mut effects = Effects::new(Store::at(dir.path().join("etat.json")), None);
    let mut sink = std::io::sink();
    let old = typed(&mut state, 'z');
    let new = typed(&mut state, 'o');
    // Without a notifier the search runs in place and returns its answer.
    let old_answer = effects.run(old, &mut sink).unwrap();
    let before = state.entries.clone();
    update(&mut state, old_answer);
    assert_eq!(state.entries, before, "the answer for « z » was dropped");
    let new_answer = effects.run(new, &mut sink).unwrap();
    update(&mut state, new_answer);
    assert_eq!(names(&state).first().map(String::as_str), Some("Zoom"));
}
