//! The checks run by the fuzz targets, shared with `tests/fuzz_regressions.rs`
//! (which includes this file as a module) so that the regression corpus is
//! replayed by plain `cargo test` exactly as the fuzzer ran it.
//!
//! Every function takes the raw bytes of one input and panics on a bug.

#[path = "readers.rs"]
mod readers;

pub use readers::{check_answers, check_overlay};

use std::fmt::Write as _;
use std::sync::OnceLock;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use repere::app::action::Action;
use repere::app::effect::CopyReport;
use repere::app::keymap::{action_for_char, action_for_key};
use repere::app::state::State;
use repere::app::store::Prefs;
use repere::app::update::update;
use repere::catalog::{Catalog, Loader, is_forbidden_char};
use repere::clipboard::CopyOutcome;
use repere::search::{Doc, SearchIndex};
use repere::theme::Theme;

/// Hits whose name positions are checked, as many as a screen shows.
const CHECKED_HITS: usize = 20;
/// Actions applied at most per `ui` input, to keep one run short.
const MAX_ACTIONS: usize = 256;
/// Documents built at most per `search_docs` input.
const MAX_DOCS: usize = 64;

/// The embedded catalogue, loaded once per process.
pub fn embedded() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| repere::catalog::embedded().expect("the embedded catalogue loads"))
}

/// The tool index over the embedded catalogue, built once per process.
fn embedded_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| repere::cli::tool_index(embedded()))
}

/// `load`: the bytes as a catalogue part over the embedded catalogue.
/// Never panics; a catalogue that loads has no control character (but line
/// breaks) nor bidirectional override in any text, and loads again, equal,
/// from its own serialisation.
pub fn check_load(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    // Parsing and in-file duplicates do not depend on what was loaded before:
    // an empty loader answers the same, far faster than the embedded one.
    let mut alone = Loader::new(false).expect("an empty loader");
    let parsed = alone.add_text("fuzz.json", &text);
    let mut loader = Loader::new(true).expect("the embedded catalogue loads");
    match (parsed, loader.add_text("fuzz.json", &text)) {
        (Err(_), Err(_)) => return,
        (Ok(()), Ok(())) => {}
        (alone, over) => panic!("add_text depends on the loader: {alone:?} then {over:?}"),
    }
    if let Ok(catalog) = alone.finish() {
        check_catalog(&catalog);
    }
    if let Ok(catalog) = loader.finish() {
        check_catalog(&catalog);
    }
}

/// What every loaded catalogue must satisfy.
fn check_catalog(catalog: &Catalog) {
    let value = serde_json::to_value(catalog).expect("a catalogue serialises");
    check_texts(&value, &mut String::from("catalogue"));
    let json = serde_json::to_string(catalog).expect("a catalogue serialises");
    let mut again = Loader::new(false).expect("an empty loader");
    again
        .add_text("again.json", &json)
        .expect("a loaded catalogue parses again");
    let again = again.finish().expect("a loaded catalogue validates again");
    assert!(again == *catalog, "a loaded catalogue changed on reloading");
}

/// Walks every string (keys included) of a serialised catalogue.
fn check_texts(value: &serde_json::Value, path: &mut String) {
    match value {
        serde_json::Value::String(text) => check_text(path, text),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                let _ = write!(path, "[{i}]");
                check_texts(item, path);
                path.truncate(len);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                check_text(path, key);
                let len = path.len();
                path.push('.');
                path.push_str(key);
                check_texts(item, path);
                path.truncate(len);
            }
        }
        serde_json::Value::Null | serde_json::Value::Bool(_) | serde_json::Value::Number(_) => {}
    }
}

fn check_text(path: &str, text: &str) {
    if let Some(bad) = text.chars().find(|&c| is_forbidden_char(c)) {
        panic!(
            "{path} holds U+{:04X} after validation: {text:?}",
            u32::from(bad)
        );
    }
}

/// `search`: the bytes as a query over the embedded catalogue's tools.
pub fn check_search(data: &[u8]) {
    let query = String::from_utf8_lossy(data);
    let names: Vec<&str> = embedded().tools.iter().map(|t| t.name.as_str()).collect();
    check_query(embedded_index(), &names, &query);
}

/// Hits are in range, each once, best first; the name positions of the
/// first ones are sorted, distinct and inside the name.
fn check_query(index: &SearchIndex, names: &[&str], query: &str) {
    let hits = index.search(query);
    if query.trim().is_empty() {
        assert!(hits.is_empty(), "a blank query matched {hits:?}");
    }
    let mut seen = vec![false; names.len()];
    for hit in &hits {
        assert!(hit.index < names.len(), "hit out of range: {hit:?}");
        assert!(!seen[hit.index], "document {} hit twice", hit.index);
        seen[hit.index] = true;
    }
    for pair in hits.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            (a.kind, std::cmp::Reverse(a.score), a.index)
                < (b.kind, std::cmp::Reverse(b.score), b.index),
            "hits out of order: {a:?} before {b:?}"
        );
    }
    for hit in hits.iter().take(CHECKED_HITS) {
        let positions = index.name_positions(hit.index, query);
        let count = names[hit.index].chars().count();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "positions not sorted and distinct for {:?}: {positions:?}",
            names[hit.index]
        );
        assert!(
            positions.iter().all(|&p| p < count),
            "positions past the {count} chars of {:?}: {positions:?}",
            names[hit.index]
        );
    }
}

/// `search_docs`: the bytes as a query and documents of their own, so that
/// folding and positions meet names the catalogue does not have.
///
/// Layout: `query \x01 doc \x01 doc …`, each doc `name \x02 alias … \x02 body`.
/// Besides the `search` checks, every document is found by its own name.
pub fn check_search_docs(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\u{1}');
    let query = parts.next().unwrap_or_default();
    let docs: Vec<Doc> = parts
        .take(MAX_DOCS)
        .map(|part| {
            let mut fields: Vec<&str> = part.split('\u{2}').collect();
            let name = fields.remove(0).to_owned();
            let body = if fields.is_empty() {
                String::new()
            } else {
                fields.pop().unwrap_or_default().to_owned()
            };
            Doc {
                name,
                aliases: fields.into_iter().map(str::to_owned).collect(),
                body,
                ..Doc::default()
            }
        })
        .collect();
    let names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
    let index = SearchIndex::new(docs.iter().cloned());
    assert_eq!(index.len(), docs.len());
    check_query(&index, &names, query);
    for (i, name) in names.iter().enumerate() {
        // A name of combining marks alone folds to nothing: no query finds it.
        if repere::search::fold_text(name).trim().is_empty() {
            continue;
        }
        check_query(&index, &names, name);
        assert!(
            index.search(name).iter().any(|h| h.index == i),
            "document {i} is not found by its own name {name:?}"
        );
    }
}

/// Reads an input a byte at a time; zeros once it runs out.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn next(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }

    fn byte(&mut self) -> u8 {
        self.next().unwrap_or(0)
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.byte(), self.byte()])
    }

    /// A character a terminal could send as a key: mostly ASCII, sometimes
    /// any scalar value; never a control character.
    fn key(&mut self) -> Option<char> {
        let first = self.byte();
        let c = if first < 0x80 {
            char::from(first)
        } else {
            let high = u32::from(first & 0x1f) << 16;
            char::from_u32(high | u32::from(self.u16()))?
        };
        (!c.is_control()).then_some(c)
    }

    /// A short string of any bytes.
    fn text(&mut self) -> String {
        let len = usize::from(self.byte() % 64);
        let take = len.min(self.0.len());
        let (text, rest) = self.0.split_at(take);
        self.0 = rest;
        String::from_utf8_lossy(text).into_owned()
    }
}

/// `ui`: the bytes as a sequence of actions on the interface over the
/// embedded catalogue, drawn into a test terminal after each one. Never
/// panics; the selections stay in range and nothing drawn is a control
/// character or a bidirectional override.
///
/// Layout: a flags byte, width, height, then one byte per action followed
/// by its arguments. Effects are not run; their answers are fuzzed instead.
pub fn check_ui(data: &[u8]) {
    let mut bytes = Bytes(data);
    let flags = bytes.byte();
    let theme = Theme {
        color: flags & 1 == 0,
    };
    let mut prefs = Prefs::default();
    if flags & 2 != 0 {
        let tools = &embedded().tools;
        let n = usize::from(flags >> 4);
        prefs.favourites = tools.iter().take(n).map(|t| t.id.clone()).collect();
        prefs.recent = tools.iter().rev().take(n).map(|t| t.id.clone()).collect();
        prefs.recent.push("outil-disparu".to_owned());
        prefs.favourites.push("outil-disparu".to_owned());
    }
    let (width, height) = (u16::from(bytes.byte()), u16::from(bytes.byte() / 2));
    let mut state = State::new(embedded().clone(), prefs, (width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    draw(&mut terminal, &state, theme);
    for _ in 0..MAX_ACTIONS {
        let Some(op) = bytes.next() else {
            break;
        };
        let Some(action) = action(op, &mut bytes, &state) else {
            continue;
        };
        if let Action::Resize { width, height } = action {
            terminal.backend_mut().resize(width, height);
        }
        let _effects = update(&mut state, action);
        check_state(&state);
        if state.should_quit {
            break;
        }
        draw(&mut terminal, &state, theme);
    }
}

/// Every key of every mode's table.
fn table_keys() -> Vec<repere::app::keymap::Key> {
    repere::app::keymap::Mode::ALL
        .into_iter()
        .flat_map(repere::app::keymap::Mode::bindings)
        .flat_map(|b| b.keys.iter().copied())
        .collect()
}

/// Decodes one action; `None` for what no terminal or effect could send.
fn action(op: u8, bytes: &mut Bytes<'_>, state: &State) -> Option<Action> {
    let (width, height) = state.size;
    // Mostly on screen, sometimes just past it.
    let cell = |bytes: &mut Bytes<'_>| {
        let column = u16::from(bytes.byte()) % width.saturating_add(2);
        let row = u16::from(bytes.byte()) % height.saturating_add(2);
        (column, row)
    };
    Some(match op % 40 {
        // Keys come from the interface's own key tables, so every binding
        // is exercised and a new one is fuzzed without touching this file.
        0..=11 | 18..=24 | 29..=35 => {
            let keys = table_keys();
            let key = keys[usize::from(bytes.byte()) % keys.len()];
            return action_for_key(key, state);
        }
        12 | 25 | 26 | 27 => {
            return action_for_char(bytes.key()?, state);
        }
        13 => Action::Paste(bytes.text()),
        14 | 28 => Action::SearchBackspace,
        15 => Action::SearchDeleteWord,
        16 => Action::SearchSubmit,
        17 => Action::SearchCancel,
        36 => {
            let (column, row) = cell(bytes);
            Action::Click { column, row }
        }
        37 => {
            let down = bytes.byte() & 1 == 0;
            let (column, row) = cell(bytes);
            Action::Scroll { column, row, down }
        }
        38 => Action::Resize {
            width: u16::from(bytes.byte()),
            height: u16::from(bytes.byte() / 2),
        },
        _ => effect_answer(bytes),
    })
}

/// What an effect could report back. Copied and shown texts went through
/// `sanitize::clean` in the effect, as they do here.
fn effect_answer(bytes: &mut Bytes<'_>) -> Action {
    let clean = |text: String| repere::sanitize::clean(&text);
    match bytes.byte() % 4 {
        0 => {
            let outcome = match bytes.byte() % 3 {
                0 => CopyOutcome::System,
                1 => CopyOutcome::Osc52,
                _ => CopyOutcome::Failed(clean(bytes.text())),
            };
            let system_error = (bytes.byte() & 1 == 0).then(|| clean(bytes.text()));
            Action::CopyFinished(CopyReport {
                what: clean(bytes.text()),
                outcome,
                system_error,
                text: clean(bytes.text()),
            })
        }
        1 => Action::SaveFinished(Err(clean(bytes.text()))),
        2 => Action::OpenFinished(Ok(repere::sanitize::clean_line(&bytes.text()))),
        _ => Action::OpenFinished(Err(repere::sanitize::clean_line(&bytes.text()))),
    }
}

fn check_state(state: &State) {
    assert!(
        state.row_sel < state.rows.len(),
        "row {} of {}",
        state.row_sel,
        state.rows.len()
    );
    assert_eq!(state.row_counts.len(), state.rows.len());
    assert!(
        state.entries.is_empty() || state.entry_sel < state.entries.len(),
        "entry {} of {}",
        state.entry_sel,
        state.entries.len()
    );
}

fn draw(terminal: &mut Terminal<TestBackend>, state: &State, theme: Theme) {
    terminal
        .draw(|frame| {
            let _ = repere::ui::draw(frame, state, theme);
        })
        .expect("drawing into a test terminal");
    let buffer = terminal.backend().buffer();
    for (i, cell) in buffer.content().iter().enumerate() {
        // The whole cleaning policy: controls, bidi, invisible, format.
        if let Some(bad) = cell
            .symbol()
            .chars()
            .find(|&c| repere::sanitize::is_hidden(c))
        {
            panic!(
                "U+{:04X} drawn at cell {i} (query {:?})",
                u32::from(bad),
                state.query
            );
        }
    }
}
