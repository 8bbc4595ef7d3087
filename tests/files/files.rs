//! The command line against hostile files: FIFOs, devices, huge files,
//! byte-order marks, Latin-1, odd file names, large folders. Never a hang,
//! always a one-sentence French answer.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::checked as cli_support;

// Used by the Unix-only tests below.
#[cfg(unix)]
use std::path::Path;
use std::process::Command;
#[cfg(unix)]
use std::time::{Duration, Instant};

use cli_support::{assert_one_sentence, check, tool, write_catalogue};
use serde_json::json;

#[cfg(unix)]
#[test]
fn only_regular_files_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("tuyau.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for path in [
        fifo.as_path(),
        Path::new("/dev/zero"),
        Path::new("/dev/null"),
    ] {
        let started = Instant::now();
        let output = check(path);
        assert!(started.elapsed() < Duration::from_secs(5), "{path:?}");
        let stderr = assert_one_sentence(&output, 3, &format!("{path:?}"));
        assert!(stderr.contains("fichier ordinaire"), "{stderr}");
    }
    // The same FIFO inside a folder: named, not skipped silently.
    write_catalogue(
        dir.path(),
        "01-outil.json",
        &json!({ "tools": [tool("a", "A")] }),
    );
    let output = check(dir.path());
    let stderr = assert_one_sentence(&output, 3, "folder with a FIFO");
    assert!(stderr.contains("tuyau.json"), "{stderr}");
}

#[test]
fn a_huge_catalogue_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("enorme.json");
    // Sparse: takes no room, but its size is over the cap.
    std::fs::File::create(&file)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap();
    // Refused by its size, not by reading it: the message says so.
    let output = check(&file);
    let stderr = assert_one_sentence(&output, 3, "huge file");
    assert!(stderr.contains("trop gros"), "{stderr}");
}

#[test]
fn byte_order_marks_and_invalid_utf8_are_explained_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let good = json!({ "tools": [tool("bom", "Bom")] }).to_string();
    let bom = dir.path().join("bom.json");
    std::fs::write(&bom, format!("\u{feff}{good}")).unwrap();
    let stderr = assert_one_sentence(&check(&bom), 3, "BOM");
    assert!(stderr.contains("BOM"), "{stderr}");
    let latin = dir.path().join("latin1.json");
    let mut bytes = good.replace("Bom", "Caf\u{0}").into_bytes();
    let at = bytes.iter().position(|&b| b == 0).unwrap();
    bytes[at] = 0xE9; // é in Latin-1
    std::fs::write(&latin, bytes).unwrap();
    let stderr = assert_one_sentence(&check(&latin), 3, "Latin-1");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(stderr.contains("latin1.json:1:"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_named_not_skipped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    write_catalogue(
        dir.path(),
        "01-outil.json",
        &json!({ "tools": [tool("a", "A")] }),
    );
    let odd = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"caf\xe9\x1b[2J.json"));
    std::fs::write(&odd, json!({ "tools": [tool("b", "B")] }).to_string()).unwrap();
    let stderr = assert_one_sentence(&check(dir.path()), 3, "non-UTF-8 name");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(stderr.contains("caf"), "{stderr}");
}

/// CPU seconds `repere --data DIR check` takes over a folder of `count`
/// one-tool files (CPU time, not wall time: the machine may be busy; bash's
/// `times` prints the children's user and system time).
fn check_cpu_seconds(count: usize) -> f64 {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..count {
        let entry = tool(&format!("outil-{i}"), &format!("Outil {i}"));
        write_catalogue(
            dir.path(),
            &format!("{i:05}.json"),
            &json!({ "tools": [entry] }),
        );
    }
    let sandbox = crate::common::Sandbox::new();
    let output = sandbox
        .apply(&mut Command::new("bash"))
        .arg("-c")
        .arg(r#""$0" --data "$1" check > /dev/null && times"#)
        .arg(crate::common::binary())
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    stdout
        .lines()
        .nth(1)
        .expect("children's times")
        .split_whitespace()
        .map(|t| {
            let (minutes, secs) = t.trim_end_matches('s').split_once('m').unwrap();
            minutes.parse::<f64>().unwrap() * 60.0 + secs.parse::<f64>().unwrap()
        })
        .sum()
}

/// Linear, not a speed figure (speed is for the benches): four times the
/// files costs about four times the work; a pass over every file for each
/// file (quadratic) would cost sixteen times. The fixed start-up cost
/// (the bundled catalogue) only lowers the ratio.
#[test]
fn a_folder_of_20000_files_loads_in_linear_time() {
    let small = check_cpu_seconds(5_000);
    let large = check_cpu_seconds(20_000);
    assert!(
        large < 8.0 * small.max(0.05),
        "{large} s of CPU for 20,000 files against {small} s for 5,000: not linear"
    );
}
