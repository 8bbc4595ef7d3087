//! `cargo bench`: loading, search per keystroke, and a full frame, at the
//! bundled size and on synthetic catalogues of 10k and 100k tools.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use repere::app::action::Action;
use repere::app::effect::Effect;
use repere::app::state::{Focus, State};
use repere::app::store::{Prefs, Store};
use repere::app::update::update;
use repere::catalog::{Catalog, Loader, embedded};
use repere::terminal::effects::Effects;
use repere::theme::Theme;

const QUERY: &str = "padlet";

fn synthetic_json(count: usize) -> String {
    repere::synth::catalog_json(&embedded().unwrap(), count, 42)
}

fn catalog_of(count: usize) -> Catalog {
    let mut loader = Loader::new(true).unwrap();
    if count > 0 {
        loader
            .add_text("synthetic.json", &synthetic_json(count))
            .unwrap();
    }
    loader.finish().unwrap()
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.bench_function("embedded", |b| b.iter(|| embedded().unwrap()));
    for count in [10_000, 100_000] {
        let json = synthetic_json(count);
        group.bench_with_input(BenchmarkId::from_parameter(count), &json, |b, json| {
            b.iter(|| {
                let mut loader = Loader::new(true).unwrap();
                loader.add_text("synthetic.json", json).unwrap();
                loader.finish().unwrap()
            });
        });
    }
    group.finish();
}

/// A keystroke with its whole cost: on large catalogues the search runs
/// off the interface thread; here it runs in place so it is counted.
fn key(state: &mut State, effects: &mut Effects, action: Action) {
    let mut sink = std::io::sink();
    for effect in update(state, action) {
        if let Effect::Search(_) = effect
            && let Some(done) = effects.run(effect, &mut sink)
        {
            update(state, done);
        }
    }
}

fn in_place_effects() -> Effects {
    Effects::new(
        Store::at(std::env::temp_dir().join("repere-bench-etat.json")),
        None,
    )
}

fn searching_state(count: usize) -> State {
    let mut state = State::new(catalog_of(count), Prefs::default(), (120, 40));
    state.focus = Focus::Search;
    state
}

/// Types the query letter by letter; criterion reports the six keystrokes.
fn keystrokes(c: &mut Criterion) {
    let mut group = c.benchmark_group("type_padlet_6_keystrokes");
    group.sample_size(10);
    for count in [0, 10_000, 100_000] {
        let mut state = searching_state(count);
        let label = if count == 0 {
            "bundled".to_owned()
        } else {
            count.to_string()
        };
        let mut effects = in_place_effects();
        group.bench_function(BenchmarkId::from_parameter(label), |b| {
            b.iter(|| {
                key(&mut state, &mut effects, Action::SearchCancel);
                state.focus = Focus::Search;
                for c in QUERY.chars() {
                    key(&mut state, &mut effects, Action::SearchInput(c));
                }
            });
        });
    }
    group.finish();
}

/// Each keystroke of "padlet" and the frame it causes, drawn into a
/// 120×40 buffer: search, then draw, timed together. Reported per query
/// typed so far ("p", "pa"… "padlet"): the slowest is the one felt.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke_and_frame_120x40");
    group.sample_size(10);
    for count in [0, 10_000, 100_000] {
        let label = if count == 0 {
            "bundled".to_owned()
        } else {
            count.to_string()
        };
        let mut state = searching_state(count);
        let mut effects = in_place_effects();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut view = repere::ui::View::default();
        for (typed, letter) in QUERY.char_indices() {
            let query = &QUERY[..=typed];
            group.bench_function(BenchmarkId::new(&label, query), |b| {
                b.iter_custom(|iterations| {
                    let mut total = std::time::Duration::ZERO;
                    for _ in 0..iterations {
                        let started = std::time::Instant::now();
                        key(&mut state, &mut effects, Action::SearchInput(letter));
                        terminal
                            .draw(|f| {
                                let _ = view.draw(f, &state, Theme { color: true });
                            })
                            .unwrap();
                        total += started.elapsed();
                        // Back to the query before this letter, untimed.
                        key(&mut state, &mut effects, Action::SearchBackspace);
                    }
                    total
                });
            });
            // The next keystroke starts from this query.
            key(&mut state, &mut effects, Action::SearchInput(letter));
        }
    }
    group.finish();
}

/// The last backspace of a query ("p" to nothing) and the frame it
/// causes: every tool is listed again, in the order of the lists. Users
/// erase a query as often as they type one.
fn erase_to_empty(c: &mut Criterion) {
    let mut group = c.benchmark_group("backspace_to_empty_and_frame_120x40");
    group.sample_size(10);
    for count in [0, 10_000, 100_000] {
        let label = if count == 0 {
            "bundled".to_owned()
        } else {
            count.to_string()
        };
        let mut state = searching_state(count);
        let mut effects = in_place_effects();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut view = repere::ui::View::default();
        key(&mut state, &mut effects, Action::SearchInput('p'));
        group.bench_function(BenchmarkId::from_parameter(label), |b| {
            b.iter_custom(|iterations| {
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iterations {
                    let started = std::time::Instant::now();
                    key(&mut state, &mut effects, Action::SearchBackspace);
                    terminal
                        .draw(|f| {
                            let _ = view.draw(f, &state, Theme { color: true });
                        })
                        .unwrap();
                    total += started.elapsed();
                    assert!(state.query.is_empty());
                    // "p" typed again, untimed.
                    key(&mut state, &mut effects, Action::SearchInput('p'));
                }
                total
            });
        });
    }
    group.finish();
}

/// What the interface thread does per keystroke on a large catalogue, the
/// search being sent to the background worker: the typing never waits.
fn interface_thread(c: &mut Criterion) {
    let mut group = c.benchmark_group("interface_thread_keystroke_and_frame_120x40");
    group.sample_size(10);
    let mut state = searching_state(100_000);
    let mut effects = in_place_effects();
    for c in "padle".chars() {
        key(&mut state, &mut effects, Action::SearchInput(c));
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut view = repere::ui::View::default();
    group.bench_function("100000", |b| {
        b.iter_custom(|iterations| {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..iterations {
                let started = std::time::Instant::now();
                let effects = update(&mut state, Action::SearchInput('t'));
                terminal
                    .draw(|f| {
                        let _ = view.draw(f, &state, Theme { color: true });
                    })
                    .unwrap();
                total += started.elapsed();
                assert!(matches!(effects.as_slice(), [Effect::Search(_)]));
                update(&mut state, Action::SearchBackspace);
            }
            total
        });
    });
    group.finish();
}

/// The French Snowball stemmer on every word of the bundled catalogue's
/// texts (accent-folded as the index folds them), and the whole tool
/// index built with it: what stemming costs at load.
fn stemming(c: &mut Criterion) {
    let catalog = embedded().unwrap();
    let mut words: Vec<String> = Vec::new();
    for tool in &catalog.tools {
        let doc = repere::search::tool_doc(&catalog, tool);
        for (_, text) in &doc.fields {
            let folded = repere::search::fold_text(text);
            words.extend(
                folded
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned),
            );
        }
    }
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::French);
    let mut group = c.benchmark_group("stemming");
    group.sample_size(10);
    group.bench_function(format!("snowball_fr_{}_words", words.len()), |b| {
        b.iter(|| words.iter().map(|w| stemmer.stem(w).len()).sum::<usize>());
    });
    group.bench_function("tool_index_bundled", |b| {
        b.iter(|| repere::search::tool_index(&catalog));
    });
    group.finish();
}

criterion_group!(
    benches,
    load,
    keystrokes,
    frame,
    erase_to_empty,
    interface_thread,
    stemming
);
criterion_main!(benches);
