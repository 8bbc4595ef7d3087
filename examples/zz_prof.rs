#![allow(clippy::unwrap_used, clippy::expect_used)]
use repere::app::state::{Focus, State};
use repere::app::store::Prefs;
fn main() {
    let base = repere::catalog::embedded().unwrap();
    let json = repere::synth::catalog_json(&base, 100_000, 42);
    let mut loader = repere::catalog::Loader::new(true).unwrap();
    loader.add_text("synthetic.json", &json).unwrap();
    let catalog = loader.finish().unwrap();
    let mut state = State::new(catalog, Prefs::default(), (120, 40));
    state.focus = Focus::Search;
    for q in ["p", "pa", "pad"] {
        let t = std::time::Instant::now();
        for _ in 0..30 {
            state.query = q.into();
            state.refresh_search();
        }
        println!("{q}: {:?}", t.elapsed() / 30);
    }
}
