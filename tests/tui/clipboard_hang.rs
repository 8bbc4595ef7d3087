//! A display that accepts connections and never answers (a dead X
//! server, a stuck proxy): no copy may hang, in the command line or the
//! interface, and no clipboard server may outlive the failed copy.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::clipboard_support;
use crate::pty_support;

use std::path::PathBuf;

use std::thread;
use std::time::{Duration, Instant};

use clipboard_support::{clipboard_servers, run};
use pty_support::{Home, Options, Pty, hint};
use repere::app::action::Action;
use repere::app::keymap::Mode;

/// An X display that accepts connections and never answers: every
/// clipboard call on it would wait forever.
struct SilentDisplay {
    socket: PathBuf,
    display: String,
}

impl SilentDisplay {
    fn start() -> Self {
        std::fs::create_dir_all("/tmp/.X11-unix").unwrap();
        for number in 150..190 {
            let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
            if socket.exists() || PathBuf::from(format!("/tmp/.X{number}-lock")).exists() {
                continue;
            }
            let Ok(listener) = std::os::unix::net::UnixListener::bind(&socket) else {
                continue;
            };
            thread::spawn(move || {
                let mut held = Vec::new();
                for stream in listener.incoming().flatten() {
                    held.push(stream); // accepted, never answered
                }
            });
            return Self {
                socket,
                display: format!(":{number}"),
            };
        }
        panic!("no free display number for the silent display");
    }
}

impl Drop for SilentDisplay {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.socket);
    }
}

#[test]
fn a_display_that_never_answers_cannot_hang_a_copy() {
    let silent = SilentDisplay::start();
    let home = Home::new();
    // The command line: gives up, says so, leaves no server behind.
    let started = Instant::now();
    let output = run(
        crate::common::program()
            .args([
                "message",
                "tribu",
                "--set",
                "adresse_espace=https://a.fr",
                "--copy",
            ])
            .env("DISPLAY", &silent.display)
            .env("HOME", home.home())
            .env("XDG_CONFIG_HOME", home.config_home())
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("SSH_CONNECTION")
            .env_remove("SSH_TTY"),
        Duration::from_secs(20),
    );
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains("Copie impossible"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("https://a.fr"));
    thread::sleep(Duration::from_millis(300));
    assert_eq!(
        clipboard_servers(&silent.display),
        Vec::<u32>::new(),
        "a server outlived the failed copy"
    );

    // The interface: the copy gives up with a status, quitting is not held.
    let mut pty = Pty::spawn(
        &home,
        &Options::new(120, 40).env("DISPLAY", &silent.display),
    );
    pty.wait_for_text(&hint(Mode::Browse, &Action::Quit));
    pty.send_keys("/tribu");
    pty.wait_for_text("Tribu  [");
    pty.send_keys("\r\x10"); // Enter, then Ctrl-P
    pty.wait_for_text("ne répond pas");
    let started = Instant::now();
    pty.send_keys("\x11"); // Ctrl-Q
    pty.wait_exit(Duration::from_secs(10));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    thread::sleep(Duration::from_millis(300));
    assert_eq!(
        clipboard_servers(&silent.display),
        Vec::<u32>::new(),
        "a server outlived the interface"
    );
}
