//! The system clipboard for real: an X server (Xvfb), the interface in a
//! pseudo-terminal and the command line, read back with `xclip`.
//!
//! Skipped, with a message, when Xvfb or xclip is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod pty_support;

use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use pty_support::{Home, Options, Pty, filled_message, hint, on_path, osc52_texts};
use repere::app::action::Action;
use repere::app::keymap::Mode;
use repere::text;

const ADDRESS: &str = "https://tribu.example.org/ecole-jaures/cm1";

fn tools_missing() -> bool {
    if on_path("Xvfb") && on_path("xclip") {
        return false;
    }
    eprintln!("skipped: Xvfb/xclip not installed (apt-get install xvfb xclip)");
    true
}

/// An Xvfb server on its own display, stopped on drop.
struct XServer {
    child: Child,
    display: String,
}

impl XServer {
    /// Starts Xvfb on the first free display from :90 to :109.
    fn start() -> Self {
        for number in 90..110 {
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
            let lock = PathBuf::from(format!("/tmp/.X{number}-lock"));
            if socket.exists() || lock.exists() {
                continue;
            }
            let display = format!(":{number}");
            let mut child = Command::new("Xvfb")
                .args([
                    display.as_str(),
                    "-nolisten",
                    "tcp",
                    "-screen",
                    "0",
                    "640x480x24",
                ])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start Xvfb");
            // Ready when the socket exists and the lock is ours (another
            // server may have taken this number at the same moment).
            let deadline = Instant::now() + Duration::from_secs(10);
            let ready = loop {
                if let Ok(Some(_)) = child.try_wait() {
                    break false;
                }
                let ours = std::fs::read_to_string(&lock)
                    .is_ok_and(|pid| pid.trim() == child.id().to_string());
                if ours && socket.exists() {
                    break true;
                }
                if Instant::now() >= deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    break false;
                }
                thread::sleep(Duration::from_millis(20));
            };
            if ready {
                return Self { child, display };
            }
        }
        panic!("no free X display between :90 and :109 (or Xvfb does not start)");
    }
}

impl Drop for XServer {
    fn drop(&mut self) {
        // SIGTERM lets Xvfb remove its lock and socket.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs a command to its end, failing after `timeout` (the process is
/// killed).
fn run(command: &mut Command, timeout: Duration) -> Output {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    let pid = child.id();
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        let _ = send.send(child.wait_with_output());
    });
    match receive.recv_timeout(timeout) {
        Ok(output) => output.expect("the command ran"),
        Err(_) => {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            panic!("{command:?} did not finish within {timeout:?}");
        }
    }
}

/// The clipboard's text, read by xclip on `display`.
fn clipboard_text(display: &str) -> String {
    let output = run(
        Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", display),
        Duration::from_secs(10),
    );
    assert!(
        output.status.success(),
        "xclip -o failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("clipboard text is UTF-8")
}

/// Processes whose command line is `repere __serve-clipboard` and whose
/// DISPLAY is `display`.
fn clipboard_servers(display: &str) -> Vec<u32> {
    let wanted = format!("DISPLAY={display}");
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let serving = cmdline
                .split(|b| *b == 0)
                .any(|arg| arg == repere::clipboard::SERVE_ARG.as_bytes());
            serving
                && std::fs::read(format!("/proc/{pid}/environ"))
                    .unwrap_or_default()
                    .split(|b| *b == 0)
                    .any(|var| var == wanted.as_bytes())
        })
        .collect()
}

#[test]
fn interface_copies_the_message_to_the_x_clipboard() {
    if tools_missing() {
        return;
    }
    let x = XServer::start();
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(120, 40).env("DISPLAY", &x.display));
    pty.wait_for_text(&hint(Mode::Browse, &Action::Quit));
    pty.send_keys("/tribu");
    pty.wait_for_text("Tribu  [");
    pty.send_keys("\r");
    pty.wait_for_text(&hint(Mode::Browse, &Action::CopyMessage));
    pty.send_keys(&pty_support::ctrl('y'));
    pty.wait_for_text("Message aux familles — Tribu");
    pty.send_keys(ADDRESS);
    pty.wait_for_text(&format!("▶ {ADDRESS}"));
    let before = pty.raw_len();
    pty.send_keys("\r");
    let copied = text::copied_status(text::WHAT_MESSAGE);
    assert!(copied.contains("copié dans le presse-papiers"), "{copied}");
    pty.wait_for_text(&copied);
    assert!(
        osc52_texts(&pty.raw_bytes()[before..]).is_empty(),
        "no OSC 52 when the system clipboard works"
    );

    // While the interface runs, it owns the clipboard.
    let expected = filled_message("tribu", &[("adresse_espace", ADDRESS)]);
    assert!(expected.contains(ADDRESS));
    assert_eq!(clipboard_text(&x.display), expected);

    // A second copy replaces the first (the worker keeps one clipboard).
    pty.send_keys(&pty_support::ctrl('p'));
    pty.wait_for_text(&text::copied_status(text::WHAT_PRECAUTIONS));
    let precautions = clipboard_text(&x.display);
    assert!(
        precautions.contains("Ne pas communiquer d'informations à caractère personnel"),
        "{precautions}"
    );

    pty.send_keys(&pty_support::ctrl('q'));
    let status = pty.wait_exit(Duration::from_secs(10));
    assert!(status.success(), "{status:?}\n{}", pty.describe());
}

#[test]
fn command_line_copy_outlives_the_process() {
    if tools_missing() {
        return;
    }
    let x = XServer::start();
    let home = Home::new();
    let address = "https://example.org";
    // A server left by an earlier run on a reused display number is not ours.
    let earlier = clipboard_servers(&x.display);
    let output = run(
        Command::new(env!("CARGO_BIN_EXE_repere"))
            .args([
                "message",
                "tribu",
                "--set",
                &format!("adresse_espace={address}"),
                "--copy",
            ])
            .env("DISPLAY", &x.display)
            .env("HOME", home.home())
            .env("XDG_CONFIG_HOME", home.config_home())
            .env("NO_COLOR", "1")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("SSH_CONNECTION")
            .env_remove("SSH_TTY"),
        Duration::from_secs(20),
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        output.status.success(),
        "exit {:?}: {stderr}",
        output.status
    );
    assert!(stderr.contains("copié"), "stderr: {stderr:?}");
    let expected = filled_message("tribu", &[("adresse_espace", address)]);
    assert_eq!(stdout, format!("{expected}\n"));

    // The command has exited; its detached child still serves the text.
    assert_eq!(clipboard_text(&x.display), expected);
    let servers: Vec<u32> = clipboard_servers(&x.display)
        .into_iter()
        .filter(|pid| !earlier.contains(pid))
        .collect();
    assert_eq!(servers.len(), 1, "one clipboard server: {servers:?}");

    // Copying something else releases it: it exits on its own.
    let other = home.home().join("autre.txt");
    std::fs::write(&other, "autre chose").unwrap();
    // xclip forks a child that keeps the selection: no pipes to wait on.
    let status = Command::new("xclip")
        .args(["-selection", "clipboard", "-i"])
        .arg(&other)
        .env("DISPLAY", &x.display)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("xclip -i runs");
    assert!(status.success());
    assert_eq!(clipboard_text(&x.display), "autre chose");
    let deadline = Instant::now() + Duration::from_secs(10);
    while clipboard_servers(&x.display).contains(&servers[0]) {
        assert!(
            Instant::now() < deadline,
            "the clipboard server did not exit once replaced"
        );
        thread::sleep(Duration::from_millis(50));
    }
    drop(x);
}
