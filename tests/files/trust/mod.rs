//! Round three of hardening, through the built binary with its own HOME
//! and XDG folders: locks that never lie, notes at scale, files by fixed
//! path trusted only when they are the user's, bounded inputs, errors
//! that name what failed with their exit status, secrets by label, the
//! editor's private draft, cleaned paths.

// Modes, owners, links and FIFOs at the paths repere keeps.
#[cfg(unix)]
mod fixed;
mod inputs;
mod notes;
// Closed streams, /dev/full and file size limits: through `sh`.
#[cfg(unix)]
mod outputs;
mod printed;
// FIFOs, link loops, mounts and a terminal for the editor: Unix only.
#[cfg(unix)]
mod statuses;
mod team;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use crate::common::{Sandbox, repere_in};
use std::time::Duration;

/// A machine: its own HOME and XDG folders (the shared sandbox), and a
/// temporary folder of its own.
pub struct Machine {
    sandbox: Sandbox,
}

impl Machine {
    pub fn new() -> Self {
        let sandbox = Sandbox::new();
        std::fs::create_dir_all(sandbox.root().join("tmp")).unwrap();
        Self { sandbox }
    }

    pub fn path(&self) -> &Path {
        self.sandbox.root()
    }

    // Used by the Unix-only tests.
    #[cfg_attr(not(unix), allow(dead_code))]
    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }

    pub fn overlay(&self) -> PathBuf {
        self.sandbox.data_home().join("repere/local.json")
    }

    /// `repere ARGS` in this machine's folders, on a fixed day, its
    /// output captured.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = repere_in(&self.sandbox, args);
        self.setup(&mut command);
        command
    }

    /// This machine's folders and day on any command (`script` running
    /// repere in a terminal).
    pub fn setup(&self, command: &mut Command) {
        self.sandbox.apply(command);
        command
            .env("TMPDIR", self.path().join("tmp"))
            .env("REPERE_AUJOURDHUI", "2026-03-12")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
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

/// Whether a program is on PATH.
#[cfg(unix)]
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}
