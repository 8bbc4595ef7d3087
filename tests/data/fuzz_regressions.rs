//! Replays the fuzzers' regression corpus (`fuzz/regressions/<target>/`)
//! through the same checks as the fuzz targets, so plain `cargo test` keeps
//! every input the fuzzers found interesting, crashes included, passing.
//! The long fuzzing itself is run by hand: see `fuzz/README.md`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

#[path = "../../fuzz/src/lib.rs"]
mod checks;

/// The inputs of one target, in name order.
fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no input", dir.display());
    files
}

/// Runs a check on every input of a target; fails naming every input that
/// panicked, with its message.
fn replay(target: &str, check: fn(&[u8])) {
    // Load the shared catalogue outside the replay, so a failure there is
    // reported as itself and not once per input.
    checks::embedded();
    let mut failures = Vec::new();
    for path in inputs(target) {
        let data = std::fs::read(&path).expect("a readable input");
        if let Err(panic) = std::panic::catch_unwind(|| check(&data)) {
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)")
                .to_owned();
            failures.push(format!("{}: {message}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} input(s) of fuzz/regressions/{target} fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn load_regressions() {
    replay("load", checks::check_load);
}

#[test]
fn search_regressions() {
    replay("search", checks::check_search);
}

#[test]
fn search_docs_regressions() {
    replay("search_docs", checks::check_search_docs);
}

#[test]
fn ui_regressions() {
    replay("ui", checks::check_ui);
}

#[test]
fn answers_regressions() {
    replay("answers", checks::check_answers);
}

#[test]
fn overlay_regressions() {
    replay("overlay", checks::check_overlay);
}
