//! Where the start-up time goes, phase by phase, for a catalogue folder:
//! `cargo run --release --example phases -- DIR` (reading, JSON, validation,
//! index, search), or `… -- --cached DIR` (through the prepared catalogue
//! in a private cache folder, built first if needed: reading it back, then
//! the interface's state, as the main screen needs it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn cached(dir: &std::path::Path) {
    let cache = std::env::temp_dir().join("repere-phases-cache");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let t = Instant::now();
    let (prepared, outcome) = repere::cache::load_in(Some(&cache), &files, true, 0).unwrap();
    println!("load      {:8.1} ms ({outcome:?})", ms(t));
    drop(prepared);
    let t = Instant::now();
    let (prepared, outcome) = repere::cache::load_in(Some(&cache), &files, true, 0).unwrap();
    println!("load      {:8.1} ms ({outcome:?}, every body)", ms(t));
    drop(prepared);
    // As the interface reads it: the bodies stay in the file.
    let options = repere::cache::Options {
        min_bytes: 0,
        detail: repere::cache::Detail::Lazy,
    };
    let t = Instant::now();
    let (prepared, outcome) =
        repere::cache::load_with(Some(&cache), &files, true, options).unwrap();
    println!("load      {:8.1} ms ({outcome:?}, interface)", ms(t));
    let t = Instant::now();
    let parts = prepared.into_parts();
    println!("parts     {:8.1} ms", ms(t));
    let repere::cache::Tools::Later(mut later) = parts.tools else {
        panic!("the interface's reading leaves the index in the file");
    };
    let t = Instant::now();
    let order = later.take_name_order();
    let (send, coming) = std::sync::mpsc::channel();
    let mut state = repere::app::state::State::with_coming_index(
        parts.catalog,
        (&order, coming),
        parts.guides,
        repere::app::store::Prefs::default(),
        (120, 40),
    );
    state.set_bodies(parts.bodies);
    println!("state     {:8.1} ms (the main screen's)", ms(t));
    let t = Instant::now();
    let index = std::sync::Arc::new(later.read().unwrap());
    println!("index     {:8.1} ms (after the main screen)", ms(t));
    let t = Instant::now();
    if let Some(grams) = parts.later_grams {
        grams.fill(&index);
    }
    println!("prefilter {:8.1} ms (after the index)", ms(t));
    send.send(Some(index)).unwrap();
    let t = Instant::now();
    drop(state);
    println!("drop      {:8.1} ms", ms(t));
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().is_some_and(|a| a == "--cached") {
        args.next();
        cached(std::path::Path::new(&args.next().unwrap()));
        return;
    }
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "data".into()));
    let t = Instant::now();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".schema.json")
        })
        .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    println!("read      {:8.1} ms", ms(t));
    let t = Instant::now();
    let mut loader = repere::catalog::Loader::new(false).unwrap();
    for (name, text) in &texts {
        loader.add_text(name, text).unwrap();
    }
    println!("parse     {:8.1} ms", ms(t));
    drop(texts);
    let t = Instant::now();
    let catalog = loader.finish().unwrap();
    println!("validate  {:8.1} ms", ms(t));
    let t = Instant::now();
    let index = repere::search::tool_index(&catalog);
    println!("index     {:8.1} ms", ms(t));
    let t = Instant::now();
    let hits = index.search("padlet");
    println!(
        "search    {:8.1} ms ({} hits)",
        t.elapsed().as_secs_f64() * 1e3,
        hits.len()
    );
    let t = Instant::now();
    drop(index);
    drop(catalog);
    println!("drop      {:8.1} ms", ms(t));
}
