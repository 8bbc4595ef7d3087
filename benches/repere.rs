//! `cargo bench`: loading, search per keystroke, and a full frame, at the
//! bundled size and on synthetic catalogues of 10k and 100k tools.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use repere::app::action::Action;
use repere::app::state::{Focus, State};
use repere::app::store::Prefs;
use repere::app::update::update;
use repere::catalog::{Catalog, Loader, embedded};
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
        group.bench_function(BenchmarkId::from_parameter(label), |b| {
            b.iter(|| {
                update(&mut state, Action::SearchCancel);
                state.focus = Focus::Search;
                for c in QUERY.chars() {
                    update(&mut state, Action::SearchInput(c));
                }
            });
        });
    }
    group.finish();
}

/// The last keystroke of "padlet" and the frame it causes, drawn into a
/// 120×40 buffer: search, then draw, timed together.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke_and_frame_120x40");
    group.sample_size(10);
    for count in [0, 10_000, 100_000] {
        let mut state = searching_state(count);
        for c in "padle".chars() {
            update(&mut state, Action::SearchInput(c));
        }
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let label = if count == 0 {
            "bundled".to_owned()
        } else {
            count.to_string()
        };
        group.bench_function(BenchmarkId::from_parameter(label), |b| {
            b.iter_custom(|iterations| {
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iterations {
                    let started = std::time::Instant::now();
                    update(&mut state, Action::SearchInput('t'));
                    terminal
                        .draw(|f| repere::ui::draw(f, &state, Theme { color: true }))
                        .unwrap();
                    total += started.elapsed();
                    // Back to "padle", untimed.
                    update(&mut state, Action::SearchBackspace);
                }
                total
            });
        });
    }
    group.finish();
}

criterion_group!(benches, load, keystrokes, frame);
criterion_main!(benches);
