//! repere against fzf as whole processes, run alternately over the same
//! entries: `cargo run --release --example fzf_compare -- 100000 [RUNS]`
//! (`scripts/bench-fzf.sh` builds and runs it).
//!
//! Writes a synthetic catalogue of N tools (plus the bundled ones) as a
//! data folder, and one line per tool with the text repere searches (name,
//! aliases, id, then everything else) for fzf. Then, for each query, runs
//! `repere --data DIR search QUERY` and `fzf --filter QUERY < lines`
//! alternately (so that load on the machine hits both alike) and prints
//! the median wall time of each, the ratio repere / fzf, and each one's
//! peak resident memory (through `/usr/bin/time`, when it is there).
//! With N = 0 repere searches its bundled catalogue (no `--data`). The
//! load average is printed before and after: the figures mean little on
//! a busy machine.
//! With `FZF_COMPARE_DIR=DIR` the data folder (`DIR/data`), the lines
//! (`DIR/lines.txt`) and the cache (`DIR/cache`) are kept there.
//! repere's cache lives in a private folder: the first start (cold,
//! which writes the cache) is reported apart; the timed ones are warm.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::cast_precision_loss)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const QUERIES: &[&str] = &[
    "padlet",
    "p",
    "mur collaboratif",
    "envoyer des fichiers volumineux",
    "zqxjw",
];
/// Tools per data file: each file stays well under the loader's size cap.
const TOOLS_PER_FILE: usize = 20_000;

/// One whole-process run: wall time, peak resident memory in kB and CPU
/// time (user + system, which the load on the machine changes less than
/// the wall time).
struct Sample {
    wall: Duration,
    peak_kb: Option<u64>,
    cpu: Option<Duration>,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Runs a command to the end, stdout discarded, under `/usr/bin/time` if
/// present (for the peak memory).
fn run(program: &Path, args: &[&str], stdin: Option<&Path>, env: &[(&str, &Path)]) -> Sample {
    let time = Path::new("/usr/bin/time");
    let mut command = if time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "%M %U %S"]).arg(program);
        c
    } else {
        Command::new(program)
    };
    command
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    if let Some(input) = stdin {
        command.stdin(std::fs::File::open(input).unwrap());
    }
    let started = Instant::now();
    let output = command.output().unwrap();
    let wall = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last: Vec<&str> = stderr
        .lines()
        .last()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let peak_kb = last.first().and_then(|m| m.parse().ok());
    let seconds = |i: usize| last.get(i).and_then(|s| s.parse::<f64>().ok());
    let cpu = seconds(1)
        .zip(seconds(2))
        .map(|(user, system)| Duration::from_secs_f64(user + system));
    Sample { wall, peak_kb, cpu }
}

/// The data folder for repere and the lines file for fzf.
fn write_inputs(count: usize, root: &Path) -> (PathBuf, PathBuf) {
    let base = repere::catalog::embedded().unwrap();
    let synthetic = repere::synth::tools(&base, count, 42);
    let folder = root.join("data");
    std::fs::create_dir_all(&folder).unwrap();
    // None for N = 0: the bundled catalogue alone.
    for (i, chunk) in synthetic.chunks(TOOLS_PER_FILE).enumerate() {
        // The first file declares the source the synthetic tools cite.
        let sources = if i == 0 {
            vec![repere::synth::source()]
        } else {
            Vec::new()
        };
        let part = serde_json::json!({ "sources": sources, "tools": chunk });
        let file = std::fs::File::create(folder.join(format!("part-{i:03}.json"))).unwrap();
        serde_json::to_writer(std::io::BufWriter::new(file), &part).unwrap();
    }
    let mut catalog = base;
    catalog.tools.extend(synthetic);
    let mut lines = String::new();
    for tool in &catalog.tools {
        use std::fmt::Write as _;
        let doc = repere::search::tool_doc(&catalog, tool);
        let body = doc.body.replace('\n', " ");
        let _ = writeln!(lines, "{} {} {body}", doc.name, doc.aliases.join(" "));
    }
    let lines_path = root.join("lines.txt");
    std::fs::write(&lines_path, lines).unwrap();
    (folder, lines_path)
}

/// The machine's load average over 1, 5 and 15 minutes.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".to_owned(),
        |l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    )
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5).max(1);
    let repere = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("repere")))
        .filter(|p| p.exists())
        .expect("build repere first: cargo build --release");
    let fzf = PathBuf::from("fzf");
    if Command::new(&fzf).arg("--version").output().is_err() {
        eprintln!("fzf is missing: apt-get install fzf");
        std::process::exit(1);
    }
    // `FZF_COMPARE_DIR=DIR`: the inputs (and repere's cache) are kept
    // there, for other measurements over the same tools.
    let temporary = tempfile::tempdir().unwrap();
    let root = std::env::var_os("FZF_COMPARE_DIR")
        .map_or_else(|| temporary.path().to_path_buf(), PathBuf::from);
    let (folder, lines) = write_inputs(count, &root);
    let cache = root.join("cache");
    let env = [("XDG_CACHE_HOME", cache.as_path())];
    let data = folder.display().to_string();
    let source: Vec<&str> = if count == 0 {
        Vec::new()
    } else {
        vec!["--data", &data]
    };
    let args = |query: &'static str| {
        let mut args = source.clone();
        args.extend(["search", query]);
        args
    };
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("load average before: {}", load_average());
    let cold = run(&repere, &args("padlet"), None, &env);
    println!(
        "{count} synthetic tools + the bundled ones; repere cold start (builds the cache): {:.0} ms, peak {} kB",
        ms(cold.wall),
        cold.peak_kb.unwrap_or(0)
    );
    println!(
        "{:<18} {:>11} {:>11} {:>7} {:>12} {:>12} {:>10} {:>10}",
        "query", "repere ms", "fzf ms", "ratio", "repere kB", "fzf kB", "rep. CPU", "fzf CPU"
    );
    let mut ratios = Vec::new();
    let mut cpu_ratios = Vec::new();
    for query in QUERIES {
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            ours.push(run(&repere, &args(query), None, &env));
            theirs.push(run(&fzf, &["--filter", query], Some(&lines), &[]));
        }
        let wall = |samples: &[Sample]| median(samples.iter().map(|s| ms(s.wall)).collect());
        let peak = |samples: &[Sample]| samples.iter().filter_map(|s| s.peak_kb).max().unwrap_or(0);
        // CPU time as `time` gives it: in hundredths of a second (too
        // coarse for the bundled catalogue: `perf stat` there).
        let cpu = |samples: &[Sample]| {
            let times: Vec<f64> = samples.iter().filter_map(|s| s.cpu).map(ms).collect();
            if times.is_empty() { 0.0 } else { median(times) }
        };
        let (a, b) = (wall(&ours), wall(&theirs));
        let (ca, cb) = (cpu(&ours), cpu(&theirs));
        ratios.push(a / b);
        if cb > 0.0 {
            cpu_ratios.push(ca / cb);
        }
        println!(
            "{query:<18} {a:>11.0} {b:>11.0} {:>7.2} {:>12} {:>12} {ca:>10.0} {cb:>10.0}",
            a / b,
            peak(&ours),
            peak(&theirs)
        );
    }
    println!(
        "median ratio repere / fzf over the queries: {:.2} ({runs} alternated runs each)",
        median(ratios)
    );
    if !cpu_ratios.is_empty() {
        println!(
            "median CPU-time ratio repere / fzf: {:.2} (CPU time in 10 ms steps)",
            median(cpu_ratios)
        );
    }
    println!("load average after: {}", load_average());
}
