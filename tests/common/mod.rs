//! What every test binary shares: the program started in an environment the
//! test owns. Each run gets its own HOME and XDG folders, and the variables
//! that would let the developer's session leak in (display, SSH, editor,
//! browser, repere's own settings) are removed, so that a machine where
//! repere has been used (notes, evaluations, a territory, a cache) changes
//! no result.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod checked;
pub mod mail_handler;
pub mod script;

use std::ffi::OsStr;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The variables removed from every run: each would let the developer's
/// session decide a result.
const LEAKING: &[&str] = &[
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "SSH_CONNECTION",
    "SSH_TTY",
    "SSH_CLIENT",
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
    "VISUAL",
    "EDITOR",
    "BROWSER",
    "APPDATA",
    "LOCALAPPDATA",
    "USERPROFILE",
    // clap wraps the help at $COLUMNS when the output is not a terminal.
    "COLUMNS",
    "LINES",
    // The developer's desktop session: its bus, its mail and web handlers.
    "XDG_RUNTIME_DIR",
    "DBUS_SESSION_BUS_ADDRESS",
    "XDG_CURRENT_DESKTOP",
    "XDG_SESSION_TYPE",
    "DESKTOP_SESSION",
    "KDE_FULL_SESSION",
    "GNOME_DESKTOP_SESSION_ID",
];

/// A private set of HOME and XDG folders, removed when dropped.
#[derive(Debug)]
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        for sub in ["home", "config", "data", "cache", "state"] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("sandbox folder");
        }
        Self { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn config_home(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn data_home(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn cache_home(&self) -> PathBuf {
        self.dir.path().join("cache")
    }

    /// Gives `command` this sandbox's folders and removes the leaking
    /// variables. Settings made on `command` afterwards win.
    pub fn apply<'a>(&self, command: &'a mut Command) -> &'a mut Command {
        for key in LEAKING {
            command.env_remove(key);
        }
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("REPERE_") {
                command.env_remove(key);
            }
        }
        command
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.config_home())
            .env("XDG_DATA_HOME", self.data_home())
            .env("XDG_CACHE_HOME", self.cache_home())
            .env("XDG_STATE_HOME", self.dir.path().join("state"))
            .env("NO_COLOR", "1")
    }
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::new()
    }
}

/// The path of the built program.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_repere")
}

/// The program ready to run in a sandbox of its own, which lives as long as
/// this value: keep it in a variable while a spawned child runs.
#[derive(Debug)]
pub struct Program {
    command: Command,
    sandbox: Sandbox,
}

impl Program {
    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }
}

impl Deref for Program {
    type Target = Command;
    fn deref(&self) -> &Command {
        &self.command
    }
}

impl DerefMut for Program {
    fn deref_mut(&mut self) -> &mut Command {
        &mut self.command
    }
}

/// `repere` with `args`, in a fresh sandbox.
pub fn repere<I, S>(args: I) -> Program
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let sandbox = Sandbox::new();
    let mut command = Command::new(binary());
    sandbox.apply(&mut command);
    command.args(args);
    Program { command, sandbox }
}

/// `repere` with `args`, in `sandbox` (shared by several runs of a test).
pub fn repere_in<I, S>(sandbox: &Sandbox, args: I) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut command = Command::new(binary());
    sandbox.apply(&mut command);
    command.args(args);
    command
}

/// `repere` without arguments yet, in a fresh sandbox (for a builder chain:
/// `program().args(…).output()`).
pub fn program() -> Program {
    repere(std::iter::empty::<&str>())
}
