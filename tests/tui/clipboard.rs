//! The system clipboard for real: an X server (Xvfb), the interface in a
//! pseudo-terminal and the command line, read back with `xclip`.
//!
//! Skipped, with a message, when Xvfb or xclip is not installed; under
//! `CI=true` a missing tool fails the test instead (`.ci/run` installs them).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::clipboard_support;
use crate::pty_support;

use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use clipboard_support::{XServer, clipboard_servers, clipboard_text, run, tools_missing};
use pty_support::{Home, Options, Pty, filled_message, hint, osc52_texts};
use repere::app::action::Action;
use repere::app::keymap::Mode;
use repere::text;

const ADDRESS: &str = "https://tribu.example.org/ecole-jaures/cm1";

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
        crate::common::program()
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

#[test]
fn interface_copy_survives_quitting() {
    if tools_missing() {
        return;
    }
    let x = XServer::start();
    let home = Home::new();
    let earlier = clipboard_servers(&x.display);
    let mut pty = Pty::spawn(&home, &Options::new(120, 40).env("DISPLAY", &x.display));
    pty.wait_for_text(&hint(Mode::Browse, &Action::Quit));
    pty.send_keys("/tribu");
    pty.wait_for_text("Tribu  [");
    pty.send_keys("\r");
    pty.wait_for_text(&hint(Mode::Browse, &Action::CopyMessage));
    // Ctrl-P: the precautions notice.
    pty.send_keys("\x10");
    pty.wait_for_text(&text::copied_status(text::WHAT_PRECAUTIONS));
    let copied = clipboard_text(&x.display);
    // Ctrl-Q quits.
    pty.send_keys("\x11");
    let status = pty.wait_exit(Duration::from_secs(10));
    assert!(status.success(), "{status:?}\n{}", pty.describe());
    // The interface has exited; the text is still there, served by one
    // detached server.
    assert_eq!(clipboard_text(&x.display), copied);
    let servers: Vec<u32> = clipboard_servers(&x.display)
        .into_iter()
        .filter(|pid| !earlier.contains(pid))
        .collect();
    assert_eq!(servers.len(), 1, "one clipboard server: {servers:?}");
    let status = Command::new("xclip")
        .args(["-selection", "clipboard", "-i", "/dev/null"])
        .env("DISPLAY", &x.display)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("xclip -i runs");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    while clipboard_servers(&x.display).contains(&servers[0]) {
        assert!(
            Instant::now() < deadline,
            "the server did not leave once replaced"
        );
        thread::sleep(Duration::from_millis(50));
    }
}
