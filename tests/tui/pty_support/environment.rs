//! Where and how the program starts: a fresh home and config folder, the
//! size, arguments and environment of a run, and what is on PATH.

use std::path::{Path, PathBuf};

/// A fresh home and config folder, kept across runs of the program so that
/// saved state can be checked between them.
#[derive(Debug)]
pub struct Home {
    sandbox: crate::common::Sandbox,
}

impl Home {
    pub fn new() -> Self {
        Self {
            sandbox: crate::common::Sandbox::new(),
        }
    }

    /// `$HOME` of the program.
    pub fn home(&self) -> PathBuf {
        self.sandbox.home()
    }

    /// `$XDG_CONFIG_HOME` of the program.
    pub fn config_home(&self) -> PathBuf {
        self.sandbox.config_home()
    }

    /// `$XDG_DATA_HOME` for a run that sets it (the pseudo-terminal's
    /// environment holds only what a test gives it).
    pub fn data_home(&self) -> PathBuf {
        self.sandbox.data_home()
    }

    /// The folder holding the state file.
    pub fn state_dir(&self) -> PathBuf {
        self.config_home().join("repere")
    }

    /// Where the program saves its state.
    pub fn state_file(&self) -> PathBuf {
        self.state_dir().join("etat.json")
    }

    /// The saved state, parsed.
    pub fn state_json(&self) -> serde_json::Value {
        let path = self.state_file();
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not JSON ({e}):\n{text}", path.display()))
    }
}

/// How to start the program.
#[derive(Debug, Clone)]
pub struct Options {
    pub cols: u16,
    pub rows: u16,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

impl Options {
    pub fn new(cols: u16, rows: u16) -> Self {
        Self {
            cols,
            rows,
            args: Vec::new(),
            env: Vec::new(),
        }
    }

    /// Adds an environment variable (DISPLAY, NO_COLOR…).
    #[must_use]
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Adds a command-line argument.
    #[must_use]
    pub fn arg(mut self, arg: &str) -> Self {
        self.args.push(arg.to_owned());
        self
    }
}

/// Whether a program is on PATH.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| is_executable(&dir.join(program)))
    })
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
