//! Running the built binary as a script would: no colour, no display.

#![allow(dead_code)]

use std::process::Output;

use repere::catalog::{self, Catalog};

pub fn repere(args: &[&str]) -> Output {
    super::checked::run(args)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Exit 0, nothing on stderr; returns stdout.
pub fn success(args: &[&str]) -> String {
    let output = repere(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "repere {args:?} failed: {}",
        stderr(&output)
    );
    assert!(
        output.stderr.is_empty(),
        "repere {args:?} wrote on stderr: {}",
        stderr(&output)
    );
    stdout(&output)
}

/// Exit 1, nothing on stdout, one line `repere : …` on stderr; returns it.
pub fn failure(args: &[&str]) -> String {
    let output = repere(args);
    assert_eq!(output.status.code(), Some(1), "repere {args:?}");
    assert!(
        output.stdout.is_empty(),
        "repere {args:?} wrote on stdout: {}",
        stdout(&output)
    );
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "repere {args:?}: {err:?}");
    assert!(err.starts_with("repere : "), "{err:?}");
    assert!(
        !err.contains("panicked") && !err.contains("Backtrace"),
        "{err}"
    );
    err
}

pub fn embedded() -> Catalog {
    catalog::embedded().unwrap()
}

/// Text with every whitespace removed, to find a sentence across wrapping.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

pub fn assert_fits(text: &str, width: usize, what: &str) {
    let long: Vec<(usize, &str)> = text
        .lines()
        .map(|l| (l.chars().count(), l))
        .filter(|(n, _)| *n > width)
        .collect();
    assert!(
        long.is_empty(),
        "{what}: lines wider than {width} columns: {long:#?}"
    );
}
