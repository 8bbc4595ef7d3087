//! Shared by the command-line hardening tests: the binary run with a
//! timeout, a valid tool to vary, and the test's own list of hidden
//! characters (independent of the program's).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

/// Runs the binary with `args`, stdin empty, killed after 10 s (a hang
/// fails the test instead of blocking it).
pub fn repere(args: &[&std::ffi::OsStr]) -> Output {
    let mut program = super::repere(args);
    let child = program
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(child.wait_with_output());
    });
    match receive.recv_timeout(Duration::from_secs(10)) {
        Ok(output) => output.unwrap(),
        Err(_) => {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            panic!("repere {args:?} did not finish within 10 s");
        }
    }
}

pub fn run(args: &[&str]) -> Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    repere(&args)
}

/// A control, bidi, invisible or format character (the test's own list,
/// independent of the program's).
pub fn hidden(c: char) -> bool {
    c.is_control()
        || INVISIBLE.contains(&c)
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
            | '\u{fe00}'..='\u{fe0f}' | '\u{e0000}'..='\u{e007f}' | '\u{e0100}'..='\u{e01ef}')
}

/// Any such character, or a line break before the final one.
pub fn has_hidden(text: &str) -> bool {
    text.trim_end_matches('\n').chars().any(hidden)
}

/// One line on stderr, in French, clean, nothing on stdout.
pub fn assert_one_sentence(output: &Output, code: i32, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "{what}: {stderr:?}");
    assert!(output.stdout.is_empty(), "{what}: stdout not empty");
    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr:?}");
    assert!(!has_hidden(&stderr), "{what}: {stderr:?}");
    for english in [
        "error:", "tip:", "Usage", "panicked", "Location", "For more",
    ] {
        assert!(!stderr.contains(english), "{what}: {stderr:?}");
    }
    assert!(stderr.starts_with("repere : "), "{what}: {stderr:?}");
    stderr
}

/// The document test tools cite: repere has no text for it, so their
/// made-up quotes are not looked up (a quote credited to a bundled
/// document must be found in it).
pub fn test_source() -> Value {
    json!({
        "id": "source-essai", "title": "Essai", "author": "Tests", "date": "2026",
        "jurisdiction": "-", "short": "essai"
    })
}

/// A valid tool using the test source and the bundled categories.
pub fn tool(id: &str, name: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "summary": "Résumé",
        "categories": ["visioconference"],
        "url": "https://exemple.fr/",
        "statements": [
            { "field": "precautions", "text": "Précaution", "source": "source-essai", "loc": "p. 1" }
        ],
        "family_message": {
            "text": "Bonjour, le code est {mot_de_passe}.",
            "original": "Bonjour, le code est ??????.",
            "source": "source-essai"
        },
        "risk": { "level": "doubtful", "rationale": "Raison", "sources": ["source-essai"] }
    })
}

/// Writes a catalogue part; one with tools but no sources gets the test
/// source its tools cite.
pub fn write_catalogue(dir: &Path, name: &str, part: &Value) -> std::path::PathBuf {
    let file = dir.join(name);
    let mut part = part.clone();
    if let Some(map) = part.as_object_mut()
        && map.contains_key("tools")
        && !map.contains_key("sources")
    {
        map.insert("sources".into(), json!([test_source()]));
    }
    std::fs::write(&file, part.to_string()).unwrap();
    file
}

pub fn check(file: &Path) -> Output {
    repere(&["--data".as_ref(), file.as_os_str(), "check".as_ref()])
}

/// One character of each class the policy removes.
pub const INVISIBLE: &[char] = &[
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{200e}',
    '\u{200f}',
    '\u{202a}',
    '\u{2060}',
    '\u{2066}',
    '\u{2069}',
    '\u{061c}',
    '\u{2028}',
    '\u{2029}',
    '\u{feff}',
    '\u{ad}',
    '\u{e0041}',
    '\u{e007f}',
    '\u{fe0f}',
    '\u{e0100}',
    '\u{600}',
    '\u{1d173}',
    '\u{3164}',
    '\u{115f}',
];
