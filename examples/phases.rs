//! Where the start-up time goes, phase by phase, for a catalogue folder:
//! `cargo run --release --example phases -- DIR`

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "data".into()));
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
    println!("read      {:8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let mut loader = repere::catalog::Loader::new(false).unwrap();
    for (name, text) in &texts {
        loader.add_text(name, text).unwrap();
    }
    println!("parse     {:8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    drop(texts);
    let t = Instant::now();
    let catalog = loader.finish().unwrap();
    println!("validate  {:8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let index = repere::search::tool_index(&catalog);
    println!("index     {:8.1} ms", t.elapsed().as_secs_f64() * 1e3);
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
    println!("drop      {:8.1} ms", t.elapsed().as_secs_f64() * 1e3);
}
