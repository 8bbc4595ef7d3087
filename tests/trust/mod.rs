//! Round three of hardening, through the built binary with its own HOME
//! and XDG folders: locks that never lie, notes at scale, files by fixed
//! path trusted only when they are the user's, bounded inputs, errors
//! that name what failed with their exit status, secrets by label, the
//! editor's private draft, cleaned paths.

#![allow(dead_code)]

mod inputs;
mod notes;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A machine: its own HOME and XDG folders in a temporary directory.
pub struct Machine {
    pub dir: tempfile::TempDir,
}

impl Machine {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn overlay(&self) -> PathBuf {
        self.path().join("data/repere/local.json")
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_repere"));
        command
            .args(args)
            .env("HOME", self.path())
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_CACHE_HOME", self.path().join("cache"))
            .env("TMPDIR", self.path().join("tmp"))
            .env("REPERE_AUJOURDHUI", "2026-03-12")
            .env("NO_COLOR", "1")
            .env_remove("REPERE_AUTEUR")
            .env_remove("REPERE_ATTENTE_VERROU")
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        std::fs::create_dir_all(self.path().join("tmp")).unwrap();
        command
    }

    pub fn run(&self, args: &[&str]) -> Output {
        finish(self.command(args).spawn().unwrap(), args)
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "repere {args:?} failed: {}",
            stderr(&output)
        );
        String::from_utf8(output.stdout).unwrap()
    }
}

/// Waits for a child, killed after 120 s (a hang or a quadratic path
/// fails the test instead of blocking it).
pub fn finish(child: Child, what: &[&str]) -> Output {
    let pid = child.id();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(child.wait_with_output());
    });
    match receive.recv_timeout(Duration::from_secs(120)) {
        Ok(output) => output.unwrap(),
        Err(_) => {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            panic!("repere {what:?} did not finish");
        }
    }
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The exit status, the last line on stderr (one French sentence, with no
/// hidden character), nothing said done on stdout.
pub fn failed(output: &Output, code: i32, what: &str) -> String {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(code), "{what}: {err}");
    let last = err.lines().last().unwrap_or_default().to_owned();
    assert!(last.starts_with("repere : "), "{what}: {err}");
    assert!(
        !last
            .chars()
            .any(|c| c.is_control() || ('\u{200b}'..='\u{200f}').contains(&c)),
        "{what}: {last:?}"
    );
    last
}

/// Waits until `done` holds, at most `limit` (a wait, not an assertion).
pub fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() && started.elapsed() < limit {
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether a program is on PATH.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}
