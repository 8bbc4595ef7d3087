//! Shared by the clipboard tests: an Xvfb server, commands run with a
//! timeout, the clipboard read back with xclip, the clipboard servers
//! still running.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::pty_support::on_path;

pub fn tools_missing() -> bool {
    if on_path("Xvfb") && on_path("xclip") {
        return false;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "Xvfb/xclip not installed: CI must install them (apt-get install xvfb xclip)"
    );
    eprintln!("skipped: Xvfb/xclip not installed (apt-get install xvfb xclip)");
    true
}

/// An Xvfb server on its own display, stopped on drop.
pub struct XServer {
    child: Child,
    pub display: String,
}

impl XServer {
    /// Starts Xvfb on the first free display from :90 to :109.
    pub fn start() -> Self {
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
pub fn run(command: &mut Command, timeout: Duration) -> Output {
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
pub fn clipboard_text(display: &str) -> String {
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
pub fn clipboard_servers(display: &str) -> Vec<u32> {
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
