//! Never stuck: the interface in a real pseudo-terminal against hang-ups,
//! suspension, failing saves and terminals that cannot draw.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty_support;

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use pty_support::{Home, Options, Pty, rfind};

fn signal(pid: u32, name: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -{name} {pid}");
}

/// The processes running the repere binary with this `XDG_CONFIG_HOME`.
fn repere_processes(home: &Home) -> Vec<u32> {
    let binary = std::fs::canonicalize(crate::common::binary()).unwrap();
    let wanted = format!("XDG_CONFIG_HOME={}", home.config_home().display());
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary)
                && std::fs::read(format!("/proc/{pid}/environ"))
                    .unwrap_or_default()
                    .split(|b| *b == 0)
                    .any(|var| var == wanted.as_bytes())
        })
        .collect()
}

/// CPU time (user + system, in clock ticks) a process has used.
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// The terminal closes while a parent shell catches the hang-up: the
/// program must notice the dead terminal, save and leave, without
/// spinning and without aborting.
#[test]
fn a_closed_terminal_means_quit_and_save_even_when_the_hangup_is_caught() {
    closed_terminal(false);
}

/// The same, then SIGHUP on top: saving and restoring must not print to
/// the dead terminal (an abort, 134, before).
#[test]
fn sighup_after_the_terminal_closed_saves_without_aborting() {
    closed_terminal(true);
}

fn closed_terminal(then_sighup: bool) {
    assert!(
        pty_support::on_path("script"),
        "script (util-linux) is needed to own the terminal's master side"
    );
    let home = Home::new();
    let status_file = home.home().join("statut");
    let inner = format!(
        "stty rows 30 cols 100; trap '' HUP; '{}'; echo $? > '{}'",
        crate::common::binary(),
        status_file.display()
    );
    // `script` holds the master side; killing it closes the terminal.
    let mut script = Command::new("script")
        .args(["-q", "-f", "-c"])
        .arg(&inner)
        .arg("/dev/null")
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        // The shell that runs `inner` leads the session and ignores the
        // hang-up, as a login shell with `trap '' HUP` would.
        .env("SHELL", "/bin/sh")
        .env("HOME", home.home())
        .env("XDG_CONFIG_HOME", home.config_home())
        .env("TERM", "xterm-256color")
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let screen = Arc::new(Mutex::new(vt100::Parser::new(
        std::num::NonZeroU16::new(30).unwrap(),
        std::num::NonZeroU16::new(100).unwrap(),
        0,
    )));
    let mut reader = script.stdout.take().unwrap();
    let shared = Arc::clone(&screen);
    thread::spawn(move || {
        let mut buf = [0_u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            shared.lock().unwrap().process(&buf[..n]);
        }
    });
    let wait_for = |needle: &str| {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !screen.lock().unwrap().screen().contents().contains(needle) {
            assert!(Instant::now() < deadline, "{needle:?} never shown");
            thread::sleep(Duration::from_millis(20));
        }
    };
    wait_for("Tous les outils");
    let mut keys = script.stdin.take().unwrap();
    keys.write_all(b"/padlet").unwrap();
    wait_for("Padlet");
    keys.write_all(b"\r").unwrap();
    // The card is open (the footer offers to go back): Enter was handled
    // before the terminal goes away.
    wait_for("Échap retour");
    let pids = repere_processes(&home);
    assert_eq!(pids.len(), 1, "{pids:?}");
    script.kill().unwrap();
    script.wait().unwrap();
    if then_sighup {
        signal(pids[0], "HUP");
    }
    // The shell creates the file before `echo` writes its line: the
    // status is there once the line is.
    let written = || std::fs::read_to_string(&status_file).is_ok_and(|s| s.ends_with('\n'));
    // Gone within a few seconds, having used little CPU.
    let deadline = Instant::now() + Duration::from_secs(5);
    let start_ticks = cpu_ticks(pids[0]).unwrap_or(0);
    while cpu_ticks(pids[0]).is_some() && !written() {
        if Instant::now() >= deadline {
            let used = cpu_ticks(pids[0]).unwrap_or(0) - start_ticks;
            let _ = Command::new("kill")
                .args(["-KILL", &pids[0].to_string()])
                .status();
            panic!("still running 5 s after the hang-up ({used} ticks of CPU)");
        }
        thread::sleep(Duration::from_millis(50));
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while !written() && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(50));
    }
    let status = std::fs::read_to_string(&status_file).unwrap_or_default();
    assert_eq!(status.trim(), "0", "exit status (134 is SIGABRT)");
    assert_eq!(home.state_json()["recent"], serde_json::json!(["padlet"]));
}

#[test]
fn ctrl_z_suspends_and_fg_resumes_in_raw_mode_with_a_redraw() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text("Tous les outils");
    for (round, how) in ["Ctrl-Z", "SIGTSTP"].iter().enumerate() {
        let before = pty.raw_len();
        if round == 0 {
            pty.send_bytes(b"\x1a");
        } else {
            signal(pty.pid(), "TSTP");
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while pty.process_state() != 'T' {
            assert!(
                Instant::now() < deadline,
                "{how}: not stopped ({})\n{}",
                pty.process_state(),
                pty.describe()
            );
            thread::sleep(Duration::from_millis(20));
        }
        // Stopped with the terminal given back: main screen, cooked mode.
        pty.wait_for_raw(b"\x1b[?1049l", before);
        let modes = pty.tty_modes();
        assert!(modes.contains(" icanon"), "{how}: still raw: {modes}");
        pty.forget_screen();
        signal(pty.pid(), "CONT");
        pty.wait_for_text("Tous les outils");
        let modes = pty.tty_modes();
        assert!(modes.contains("-icanon"), "{how}: not raw again: {modes}");
        // Keys arrive one by one again.
        pty.send_keys("/pad");
        pty.wait_for_text("/ pad");
        pty.send_escape();
        pty.wait_for_no_text("/ pad");
    }
    pty.send_keys("\x11"); // Ctrl-Q
    assert!(pty.wait_exit(Duration::from_secs(10)).success());
}

/// A key that arrives together with a resize (the window dragged while
/// the adviser types) is read at once, not left in the terminal until the
/// next key: each letter shows before the next is typed. crossterm's
/// default reader lost the key's wake-up when the resize came in the
/// same wait; the `use-dev-tty` reader polls both every time.
#[test]
fn a_key_typed_during_a_resize_is_read_at_once() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text("Tous les outils");
    pty.send_keys("/");
    let mut typed = String::new();
    for (round, letter) in "padletzoomdigipadbeneylu".chars().enumerate() {
        let columns = if round % 2 == 0 { 101 } else { 100 };
        pty.resize(columns, 30);
        typed.push(letter);
        pty.send_keys(&letter.to_string());
        pty.wait_for_text_within(&format!("/ {typed}"), Duration::from_secs(5));
    }
    pty.send_keys("\x11"); // Ctrl-Q
    assert!(pty.wait_exit(Duration::from_secs(10)).success());
}

/// The state folder is a file: every save fails.
fn unwritable_home() -> Home {
    let home = Home::new();
    std::fs::write(home.state_dir(), "pas un dossier").unwrap();
    home
}

#[test]
fn a_failed_save_at_quit_is_reported_after_the_restore_with_a_failure_exit() {
    for how in ["ctrl-q", "TERM", "HUP"] {
        let home = unwritable_home();
        let mut pty = Pty::spawn(&home, &Options::new(100, 30));
        pty.wait_for_text("Tous les outils");
        pty.send_keys("/padlet");
        pty.wait_for_text("Padlet");
        // A change to save: pinning it. The save fails at once, and says so.
        pty.send_keys("\r\x06"); // Enter, then Ctrl-F
        pty.wait_for_text("Enregistrement impossible");
        if how == "ctrl-q" {
            pty.send_keys("\x11"); // Ctrl-Q
        } else {
            signal(pty.pid(), how);
        }
        let status = pty.wait_exit(Duration::from_secs(10));
        assert!(
            !status.success(),
            "{how}: exit 0 although nothing was saved"
        );
        let raw = pty.raw_bytes();
        let restored = rfind(&raw, b"\x1b[?1049l").expect("alternate screen left");
        let after = String::from_utf8_lossy(&raw[restored..]);
        assert!(
            after.contains("Enregistrement impossible"),
            "{how}: not reported after the restore: {after:?}"
        );
    }
}

#[test]
fn a_terminal_that_cannot_draw_gets_a_sentence_pointing_to_the_commands() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30).env("TERM", "dumb"));
    let status = pty.wait_exit(Duration::from_secs(10));
    assert_eq!(status.exit_code(), 2, "{}", pty.describe());
    let text = pty.screen_text();
    assert!(text.contains("repere --help"), "{text}");
    assert!(!text.contains("panicked"), "{text}");
    // stdout not a terminal, stdin a terminal: the same sentence.
    let output = crate::common::program()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("repere --help"));
}
