//! Start to first frame, idle CPU and resident memory of the real binary in
//! a pseudo-terminal, as a user would see them.
//!
//! `cargo build --release && cargo run --release --example startup -- target/release/repere [ARGS…]`
//! Prints the median over 20 starts (`STARTUP_RUNS`) of the first frame
//! (the loading frame of a large catalogue, or the main screen) and of the
//! main screen, the CPU time used while idle for 3 s, the time from the
//! last backspace of a query to the whole list shown again, and the peak
//! resident memory (VmHWM) after a search and erasing it. ARGS go to repere, e.g.
//! `--no-builtin --data big/`. With `STARTUP_COLD=1` the cache folder
//! (`$XDG_CACHE_HOME/repere`) is emptied before each start.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const RUNS: usize = 20;
/// Times the last backspace of a query is measured.
const ERASE_TRIES: usize = 5;

fn proc_field(pid: u32, file: &str, key: &str) -> Option<String> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/{file}")).ok()?;
    text.lines()
        .find(|l| l.starts_with(key))
        .map(|l| l[key.len()..].trim().to_owned())
}

/// User + system CPU ticks of a process.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    fields
        .get(11)
        .and_then(|u| u.parse::<u64>().ok())
        .unwrap_or(0)
        + fields
            .get(12)
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0)
}

struct Run {
    first_frame: Duration,
    ready: Duration,
    idle_ticks: Option<u64>,
    peak_kb: Option<String>,
    /// From the last backspace of a query to the end of the frame it
    /// causes (the whole list shown again), one per try.
    erase: Vec<Duration>,
}

/// Output arriving within this of the previous chunk belongs to the same
/// frame; silence this long ends the wait.
const QUIET: Duration = Duration::from_millis(300);

/// Drops what the program wrote so far, waiting until it is quiet.
fn drain(receiver: &mpsc::Receiver<Vec<u8>>) {
    while receiver.recv_timeout(QUIET).is_ok() {}
}

/// Sends `keys` and times until the last output before a quiet spell
/// (the first output is waited for however long it takes).
fn time_keys(
    writer: &mut dyn std::io::Write,
    receiver: &mpsc::Receiver<Vec<u8>>,
    keys: &[u8],
) -> Duration {
    let sent = Instant::now();
    writer.write_all(keys).unwrap();
    // The first output may take long (that is what is measured).
    receiver.recv_timeout(Duration::from_secs(60)).unwrap();
    let mut last = Instant::now();
    while receiver.recv_timeout(QUIET).is_ok() {
        last = Instant::now();
    }
    last - sent
}

fn run(binary: &str, args: &[String], measure_idle: bool) -> Run {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let config = tempfile::tempdir().unwrap();
    if std::env::var_os("STARTUP_COLD").is_some()
        && let Some(cache) = std::env::var_os("XDG_CACHE_HOME")
    {
        let _ = std::fs::remove_dir_all(std::path::Path::new(&cache).join("repere"));
    }
    let mut command = CommandBuilder::new(binary);
    command.args(args);
    command.env("TERM", "xterm-256color");
    command.env("XDG_CONFIG_HOME", config.path());
    let started = Instant::now();
    let mut child = pty.slave.spawn_command(command).unwrap();
    let pid = child.process_id().unwrap_or(0);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    let (sender, receiver) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buffer = [0_u8; 8192];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 || sender.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let mut first_frame = None;
    let ready = loop {
        let chunk = receiver.recv_timeout(Duration::from_secs(60)).unwrap();
        seen.extend(chunk);
        let text = String::from_utf8_lossy(&seen);
        if first_frame.is_none() && text.contains("Chargement") {
            first_frame = Some(started.elapsed());
        }
        if text.contains("Tous les outils") {
            break started.elapsed();
        }
    };
    let first_frame = first_frame.unwrap_or(ready);
    let mut idle_ticks = None;
    let mut peak_kb = None;
    let mut erase = Vec::new();
    if measure_idle {
        std::thread::sleep(Duration::from_millis(300));
        let before = cpu_ticks(pid);
        std::thread::sleep(Duration::from_secs(3));
        idle_ticks = Some(cpu_ticks(pid) - before);
        std::io::Write::write_all(&mut writer, b"/padlet").unwrap();
        std::thread::sleep(Duration::from_millis(500));
        // "padlet" erased to "p", then "p" erased and typed again.
        std::io::Write::write_all(&mut writer, b"\x7f\x7f\x7f\x7f\x7f").unwrap();
        for _ in 0..ERASE_TRIES {
            drain(&receiver);
            erase.push(time_keys(&mut writer, &receiver, b"\x7f"));
            std::io::Write::write_all(&mut writer, b"p").unwrap();
        }
        drain(&receiver);
        peak_kb = proc_field(pid, "status", "VmHWM:");
    }
    std::io::Write::write_all(&mut writer, b"\x1bq").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let _ = child.kill();
    let _ = child.wait();
    Run {
        first_frame,
        ready,
        idle_ticks,
        peak_kb,
        erase,
    }
}

fn main() {
    let binary = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/release/repere".to_owned());
    // portable-pty looks relative names up in PATH.
    let binary = std::fs::canonicalize(&binary).map_or(binary, |p| p.display().to_string());
    let args: Vec<String> = std::env::args().skip(2).collect();
    let runs: usize = std::env::var("STARTUP_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(RUNS)
        .max(1);
    let measured: Vec<Run> = (0..runs).map(|_| run(&binary, &args, false)).collect();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    for (what, pick) in [
        (
            "first frame",
            (|r: &Run| r.first_frame) as fn(&Run) -> Duration,
        ),
        ("main screen", |r: &Run| r.ready),
    ] {
        let mut times: Vec<Duration> = measured.iter().map(pick).collect();
        times.sort();
        println!(
            "start to {what} over {runs} runs: median {:.1} ms, min {:.1} ms, max {:.1} ms",
            ms(times[runs / 2]),
            ms(times[0]),
            ms(times[runs - 1])
        );
    }
    let measured = run(&binary, &args, true);
    println!(
        "CPU while idle for 3 s: {} ticks (1 tick = 10 ms)",
        measured.idle_ticks.unwrap_or(0)
    );
    let mut erase = measured.erase.clone();
    erase.sort();
    if let (Some(first), Some(last)) = (erase.first(), erase.last()) {
        println!(
            "erase to empty (last backspace to its frame, {ERASE_TRIES} tries): median {:.1} ms, min {:.1} ms, max {:.1} ms",
            ms(erase[erase.len() / 2]),
            ms(*first),
            ms(*last)
        );
    }
    println!(
        "peak resident memory after a search and erasing it: {}",
        measured.peak_kb.unwrap_or_else(|| "unknown".to_owned())
    );
}
