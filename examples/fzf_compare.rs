//! repere's search against `fzf --filter` on the same entries, in one run.
//!
//! `cargo run --release --example fzf_compare -- 100000`
//! Builds a synthetic catalogue of N tools (plus the bundled ones), writes
//! one line per entry with the same searchable text (name, then the text
//! repere searches), and times each query both ways: repere in-process
//! (index prepared once, as in the app) and fzf as a whole process, as a
//! user would run it. Prints medians and the ratio repere / fzf.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const QUERIES: &[&str] = &[
    "p",
    "pa",
    "pad",
    "padl",
    "padle",
    "padlet",
    "mur collaboratif",
    "zqxjw",
];
const RUNS: usize = 5;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let base = repere::catalog::embedded().unwrap();
    let mut catalog = base.clone();
    catalog.tools.extend(repere::synth::tools(&base, count, 42));
    let docs: Vec<repere::search::Doc> = catalog
        .tools
        .iter()
        .map(|t| repere::cli::tool_doc(&catalog, t))
        .collect();
    let mut lines = String::new();
    for d in &docs {
        use std::fmt::Write as _;
        let _ = writeln!(
            lines,
            "{} {} {}",
            d.name,
            d.aliases.join(" "),
            d.body.replace('\n', " ")
        );
    }
    let path = std::env::temp_dir().join(format!("repere-fzf-{count}.txt"));
    std::fs::write(&path, lines).unwrap();
    let started = Instant::now();
    let index = repere::search::SearchIndex::new(docs);
    println!(
        "entries: {}  index built in {:.1} ms",
        index.len(),
        started.elapsed().as_secs_f64() * 1e3
    );
    println!(
        "{:<18} {:>8} {:>12} {:>10} {:>8}",
        "query", "hits", "repere ms", "fzf ms", "ratio"
    );
    let fzf_present = Command::new("fzf")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok();
    for query in QUERIES {
        let mut hits = 0;
        let ours = median(
            (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    hits = index.search(query).len();
                    t.elapsed()
                })
                .collect(),
        );
        let fzf = fzf_present.then(|| {
            median(
                (0..RUNS)
                    .map(|_| {
                        let t = Instant::now();
                        let mut child = Command::new("fzf")
                            .args(["--filter", query])
                            .stdin(Stdio::piped())
                            .stdout(Stdio::null())
                            .spawn()
                            .unwrap();
                        let file = std::fs::read(&path).unwrap();
                        child.stdin.take().unwrap().write_all(&file).unwrap();
                        child.wait().unwrap();
                        t.elapsed()
                    })
                    .collect(),
            )
        });
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        match fzf {
            Some(f) => println!(
                "{query:<18} {hits:>8} {:>12.2} {:>10.2} {:>8.2}",
                ms(ours),
                ms(f),
                ms(ours) / ms(f)
            ),
            None => println!(
                "{query:<18} {hits:>8} {:>12.2} {:>10} {:>8}",
                ms(ours),
                "absent",
                "-"
            ),
        }
    }
    let _ = std::fs::remove_file(&path);
}
