//! Nothing lost, nothing leaked: the state file as the real interface
//! writes it — private permissions, symbolic links, two windows at once,
//! files that are not files, huge files.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty_support;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::process::Command;
use std::time::{Duration, Instant};

use pty_support::{Home, Options, Pty};
use serde_json::json;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Opens a tool by search, as a user would, and pins it if `pin`.
fn view(pty: &mut Pty, query: &str, name: &str, pin: bool) {
    pty.send_keys(&format!("/{query}"));
    pty.wait_for_text(name);
    pty.send_keys("\r");
    if pin {
        pty.send_keys("\x06"); // Ctrl-F
        pty.wait_for_text("ajouté aux favoris");
    }
}

fn quit(pty: &mut Pty) {
    pty.send_keys("\x11"); // Ctrl-Q
    let status = pty.wait_exit(Duration::from_secs(10));
    assert!(status.success(), "{status:?}\n{}", pty.describe());
}

#[test]
fn a_new_state_file_is_private() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text("Tous les outils");
    view(&mut pty, "padlet", "Padlet", false);
    quit(&mut pty);
    assert_eq!(mode(&home.state_file()), 0o600);
    assert_eq!(home.state_json()["recent"], json!(["padlet"]));
}

#[test]
fn a_symlinked_state_file_is_never_widened() {
    let home = Home::new();
    std::fs::create_dir_all(home.state_dir()).unwrap();
    let target = home.home().join("etat-reel.json");
    std::fs::write(&target, r#"{"favourites":["tribu"]}"#).unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    symlink(&target, home.state_file()).unwrap();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text("Tous les outils");
    view(&mut pty, "padlet", "Padlet", true);
    quit(&mut pty);
    // Whether the link was followed or replaced, what holds the state is
    // readable by its owner only, and holds both favourites.
    assert_eq!(mode(&home.state_file()), 0o600, "through the link");
    let link = std::fs::symlink_metadata(home.state_file()).unwrap();
    assert!(
        link.file_type().is_symlink() || link.permissions().mode() & 0o777 == 0o600,
        "{link:?}"
    );
    let favourites = home.state_json()["favourites"].clone();
    assert_eq!(favourites, json!(["tribu", "padlet"]));
}

#[test]
fn two_windows_keep_each_others_favourites_and_recent_tools() {
    let home = Home::new();
    let mut first = Pty::spawn(&home, &Options::new(100, 30));
    let mut second = Pty::spawn(&home, &Options::new(100, 30));
    first.wait_for_text("Tous les outils");
    second.wait_for_text("Tous les outils");
    view(&mut first, "padlet", "Padlet", true);
    view(&mut second, "tribu", "Tribu", true);
    quit(&mut first);
    quit(&mut second);
    let state = home.state_json();
    let favourites: Vec<String> = serde_json::from_value(state["favourites"].clone()).unwrap();
    let recent: Vec<String> = serde_json::from_value(state["recent"].clone()).unwrap();
    for id in ["padlet", "tribu"] {
        assert!(favourites.iter().any(|f| f == id), "{id}: {favourites:?}");
        assert!(recent.iter().any(|r| r == id), "{id}: {recent:?}");
    }
    // A favourite removed in one window stays removed.
    let mut third = Pty::spawn(&home, &Options::new(100, 30));
    third.wait_for_text("Tous les outils");
    third.send_keys("/padlet");
    third.wait_for_text("Padlet");
    third.send_keys("\r\x06"); // Enter, then Ctrl-F
    third.wait_for_text("retiré des favoris");
    quit(&mut third);
    assert_eq!(home.state_json()["favourites"], json!(["tribu"]));
}

#[test]
fn a_huge_state_file_is_not_read_and_not_replaced() {
    let home = Home::new();
    std::fs::create_dir_all(home.state_dir()).unwrap();
    // Sparse: no room taken, but 100 MB by its size.
    std::fs::File::create(home.state_file())
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let mut pty = Pty::spawn(&home, &Options::new(120, 30));
    pty.wait_for_text("trop gros");
    pty.send_keys("\x11"); // Ctrl-Q
    pty.wait_exit(Duration::from_secs(10));
    let len = std::fs::metadata(home.state_file()).unwrap().len();
    assert_eq!(len, 100 * 1024 * 1024, "the file was replaced");
}

#[test]
fn a_state_file_that_is_a_fifo_is_refused_with_a_sentence() {
    let home = Home::new();
    std::fs::create_dir_all(home.state_dir()).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(home.state_file())
            .status()
            .unwrap()
            .success()
    );
    let mut pty = Pty::spawn(&home, &Options::new(120, 30));
    pty.wait_for_text("fichier ordinaire");
    pty.send_keys("\x11"); // Ctrl-Q
    pty.wait_exit(Duration::from_secs(10));
    let meta = std::fs::symlink_metadata(home.state_file()).unwrap();
    assert!(meta.file_type().is_fifo(), "the FIFO was replaced");
}

use std::os::unix::fs::FileTypeExt;

#[test]
fn a_million_favourites_are_pruned_and_the_interface_stays_fast() {
    let home = Home::new();
    std::fs::create_dir_all(home.state_dir()).unwrap();
    let mut favourites: Vec<String> = (0..1_000_000).map(|i| format!("inconnu-{i}")).collect();
    favourites.push("tribu".to_owned());
    let state = json!({ "favourites": favourites, "recent": favourites[..20] });
    std::fs::write(home.state_file(), state.to_string()).unwrap();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text_within("Tous les outils", Duration::from_secs(20));
    // Each key redraws the lists: twenty moves in well under a second each.
    let started = Instant::now();
    for _ in 0..20 {
        pty.send_keys("\x1b[B");
    }
    pty.send_keys("/pad");
    pty.wait_for_text("/ pad");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    pty.send_escape();
    pty.send_keys("\x11"); // Ctrl-Q
    // Reading and merging 30 MB at quit: generous on a busy machine.
    let status = pty.wait_exit(Duration::from_secs(30));
    assert!(status.success(), "{status:?}");
    // Unknown ids are gone from the saved file; the known one stays.
    assert_eq!(home.state_json()["favourites"], json!(["tribu"]));
}
