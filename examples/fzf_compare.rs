//! `repere search` against `fzf --filter`, both as whole processes, on the
//! same entries, alternated in one run.
//!
//! `cargo build --release && cargo run --release --example fzf_compare -- 100000`
//! Writes a synthetic catalogue of N tools (added to the bundled ones) as
//! JSON for repere, and one line per tool with the same searchable text
//! (name, aliases, then the text repere searches) for fzf. For each query,
//! runs `repere --data FILE search QUERY` (load, validate, index, search,
//! print) and `fzf --filter QUERY < LINES`, one after the other, RUNS
//! times, and prints the medians and the ratio repere / fzf. With N = 0,
//! repere searches its bundled catalogue alone.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const QUERIES: &[&str] = &[
    "p",
    "pa",
    "padlet",
    "mur collaboratif",
    "envoyer des fichiers volumineux",
    "zqxjw",
];
const RUNS: usize = 7;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn timed(command: &mut Command) -> Duration {
    let started = Instant::now();
    let status = command.stdout(Stdio::null()).status().unwrap();
    assert!(status.success(), "{command:?} failed");
    started.elapsed()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let repere = args
        .next()
        .unwrap_or_else(|| "target/release/repere".to_owned());
    assert!(Path::new(&repere).is_file(), "build {repere} first");
    let base = repere::catalog::embedded().unwrap();
    let dir = std::env::temp_dir();
    let data = dir.join(format!("repere-fzf-{count}.json"));
    let mut catalog = base.clone();
    if count > 0 {
        let json = repere::synth::catalog_json(&base, count, 42);
        std::fs::write(&data, &json).unwrap();
        catalog.tools.extend(repere::synth::tools(&base, count, 42));
    }
    let mut lines = String::new();
    for tool in &catalog.tools {
        let doc = repere::search::tool_doc(&catalog, tool);
        let _ = writeln!(
            lines,
            "{} {} {}",
            doc.name,
            doc.aliases.join(" "),
            doc.body.replace('\n', " ")
        );
    }
    let text = dir.join(format!("repere-fzf-{count}.txt"));
    std::fs::write(&text, lines).unwrap();
    println!("entries: {}  runs: {RUNS}, alternated", catalog.tools.len());
    println!(
        "{:<32} {:>10} {:>10} {:>8}",
        "query", "repere ms", "fzf ms", "ratio"
    );
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    for query in QUERIES {
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let mut command = Command::new(&repere);
            if count > 0 {
                command.arg("--data").arg(&data);
            }
            ours.push(timed(command.args(["search", query])));
            theirs.push(timed(
                Command::new("fzf")
                    .args(["--filter", query])
                    .stdin(File::open(&text).unwrap()),
            ));
        }
        let (ours, theirs) = (median(ours), median(theirs));
        println!(
            "{query:<32} {:>10.1} {:>10.1} {:>8.2}",
            ms(ours),
            ms(theirs),
            ms(ours) / ms(theirs)
        );
    }
    let _ = std::fs::remove_file(&data);
    let _ = std::fs::remove_file(&text);
}
