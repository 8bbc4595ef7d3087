//! A mail client for tests: a desktop entry registered with `xdg-mime` as
//! the `mailto:` handler in the test's own XDG folders, whose command
//! writes the address it receives to a file. xdg-open then runs it as it
//! would run the adviser's mail client.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Variables that make xdg-open ask a desktop (GNOME, KDE) rather than
/// the XDG folders given here.
const DESKTOP_VARIABLES: &[&str] = &[
    "XDG_CURRENT_DESKTOP",
    "DESKTOP_SESSION",
    "KDE_FULL_SESSION",
    "GNOME_DESKTOP_SESSION_ID",
    "XDG_DATA_DIRS",
    "XDG_CONFIG_DIRS",
];

/// A registered `mailto:` handler and where it writes what it got.
#[derive(Debug)]
pub struct MailHandler {
    config_home: PathBuf,
    data_home: PathBuf,
    received: PathBuf,
}

impl MailHandler {
    /// Registers the handler in `config_home`/`data_home` (the program's
    /// XDG folders); `None` when xdg-utils is missing outside CI, where
    /// the test is skipped (CI installs it: a missing tool fails there).
    pub fn register(config_home: &Path, data_home: &Path) -> Option<Self> {
        if !xdg_utils_installed() {
            return None;
        }
        let folder = data_home.join("applications");
        std::fs::create_dir_all(&folder).unwrap();
        let received = data_home.join("mail-received");
        let script = data_home.join("mail-client.sh");
        // Written whole then renamed: the test never reads half an address.
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nprintf '%s' \"$1\" > '{0}.part' && mv '{0}.part' '{0}'\n",
                received.display()
            ),
        )
        .unwrap();
        make_executable(&script);
        std::fs::write(
            folder.join("repere-test-mail.desktop"),
            format!(
                "[Desktop Entry]\nType=Application\nName=Test mail client\nExec={} %u\nMimeType=x-scheme-handler/mailto;\n",
                script.display()
            ),
        )
        .unwrap();
        let handler = Self {
            config_home: config_home.to_owned(),
            data_home: data_home.to_owned(),
            received,
        };
        let mut register = Command::new("xdg-mime");
        handler.apply(&mut register);
        let status = register
            .args([
                "default",
                "repere-test-mail.desktop",
                "x-scheme-handler/mailto",
            ])
            .status()
            .unwrap();
        assert!(status.success(), "xdg-mime default failed");
        Some(handler)
    }

    /// What the program's environment needs for xdg-open to find this
    /// handler: the XDG folders and a display (none is ever contacted).
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("XDG_CONFIG_HOME", self.config_home.display().to_string()),
            ("XDG_DATA_HOME", self.data_home.display().to_string()),
            ("DISPLAY", ":repere-test".to_owned()),
        ]
    }

    /// `command` with [`Self::env`] and no desktop variables.
    pub fn apply<'a>(&self, command: &'a mut Command) -> &'a mut Command {
        for key in DESKTOP_VARIABLES {
            command.env_remove(key);
        }
        command.envs(self.env())
    }

    /// Whether the handler has been called.
    pub fn called(&self) -> bool {
        self.received.exists()
    }

    /// The address the handler received, waiting for the detached
    /// xdg-open to run it; fails if it never comes.
    pub fn received(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.received.exists() {
            assert!(
                Instant::now() < deadline,
                "the mail handler was never called"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        std::fs::read_to_string(&self.received).unwrap()
    }
}

/// Whether xdg-open and xdg-mime are installed; outside CI a test without
/// them is skipped (CI installs them: a missing tool fails there).
pub fn xdg_utils_installed() -> bool {
    if on_path("xdg-open") && on_path("xdg-mime") {
        return true;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "xdg-utils not installed: CI must install it (apt-get install xdg-utils)"
    );
    eprintln!("skipped: xdg-utils not installed (apt-get install xdg-utils)");
    false
}

/// `command` on a desktop where no application takes `mailto:` addresses:
/// a display, and XDG folders (the sandbox's own, and empty system ones)
/// where none is registered, whatever this machine has installed.
pub fn without_mail_client<'a>(root: &Path, command: &'a mut Command) -> &'a mut Command {
    let empty = root.join("no-system-folders");
    std::fs::create_dir_all(&empty).unwrap();
    for key in DESKTOP_VARIABLES {
        command.env_remove(key);
    }
    command
        .env("XDG_DATA_DIRS", &empty)
        .env("XDG_CONFIG_DIRS", &empty)
        .env("DISPLAY", ":repere-test")
}

/// The fields of a `mailto:` address, percent-decoded: (name, value).
pub fn mailto_fields(address: &str) -> Vec<(String, String)> {
    let query = address
        .strip_prefix("mailto:?")
        .unwrap_or_else(|| panic!("not a mailto address without recipient: {address}"));
    query
        .split('&')
        .map(|field| {
            let (name, value) = field.split_once('=').unwrap();
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            assert!(
                bytes[i].is_ascii_alphanumeric() || b"-._~".contains(&bytes[i]),
                "unencoded {:?} in {text}",
                char::from(bytes[i])
            );
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(not(unix))]
fn make_executable(_: &Path) {}
