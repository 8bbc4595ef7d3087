//! What the loader tests share: the fixtures' folder, the real binary run
//! as a user would, its one-line errors, and the table of broken files.

mod broken_files;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

pub use broken_files::{CASES, Where};

pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// Runs the real binary without colour nor display, asking for backtraces
/// so that any leak of one would show.
pub fn repere<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    crate::common::program()
        .args(args)
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "1")
        .env("RUST_LIB_BACKTRACE", "1")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the repere binary runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// A catalogue that cannot be read or is invalid: an input error (3).
pub fn assert_one_clean_error_line(output: &Output, what: &str) -> String {
    assert_one_clean_error_line_with(output, 3, what)
}

/// One clean French line on stderr and exit `code`.
pub fn assert_one_clean_error_line_with(output: &Output, code: i32, what: &str) -> String {
    assert_eq!(output.status.code(), Some(code), "{what}: exit status");
    assert!(output.stdout.is_empty(), "{what}: stdout not empty");
    let stderr = text(&output.stderr);
    assert!(stderr.ends_with('\n'), "{what}: {stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr:?}");
    assert!(stderr.starts_with("repere : "), "{what}: {stderr:?}");
    for leak in ["panicked", "Backtrace", "Location:", "RUST_BACKTRACE"] {
        assert!(!stderr.contains(leak), "{what}: « {leak} » in {stderr:?}");
    }
    assert!(
        !stderr.chars().any(|c| c.is_control() && c != '\n'),
        "{what}: control character in {stderr:?}"
    );
    stderr
}
