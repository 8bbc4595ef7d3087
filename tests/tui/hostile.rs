//! Catalogues written by someone else, possibly hostile. Control sequences
//! are refused at load with a clear sentence; everything else (zero-width
//! and combining characters, emoji, wide CJK, right-to-left text, a 1 MB
//! field, 10,000 categories) is accepted and drawn without breaking the
//! layout, and nothing reaches the terminal or the clipboard as a control
//! sequence. Asserted on the raw bytes written to a real pseudo-terminal.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty_support;

use std::process::Command;
use std::time::Duration;

use pty_support::{Home, Options, Pty, find, osc52_texts};
use serde_json::{Value, json};

use crate::common::checked::test_source;

/// Every kind of control sequence a file could try to smuggle.
const ESCAPES: &[(&str, &str)] = &[
    ("CSI clear screen", "\u{1b}[2J\u{1b}[H"),
    ("CSI cursor move", "\u{1b}[10;10H"),
    ("OSC 52 clipboard hijack", "\u{1b}]52;c;SElKQUNL\u{7}"),
    (
        "OSC 8 link",
        "\u{1b}]8;;https://evil.example/\u{1b}\\clic\u{1b}]8;;\u{1b}\\",
    ),
    ("BEL", "\u{7}"),
    ("C1 CSI", "\u{9b}2J"),
    ("NUL", "\u{0}"),
    ("right-to-left override", "\u{202e}txt.exe"),
];

/// A valid tool using the bundled sources and categories.
fn tool(id: &str, text: &str) -> Value {
    json!({
        "id": id,
        "name": format!("Outil {text}"),
        "summary": format!("Résumé {text}"),
        "categories": ["visioconference"],
        "url": "https://exemple.fr/",
        "statements": [
            { "field": "precautions", "text": format!("Précaution {text}"), "source": "source-essai", "loc": format!("Lieu {text}") }
        ],
        "family_message": {
            "text": format!("Bonjour {text} {{mot_de_passe}}"),
            "original": format!("Bonjour {text} ??????"),
            "source": "source-essai"
        },
        "risk": { "level": "doubtful", "rationale": format!("Raison {text}"), "sources": ["source-essai"] }
    })
}

/// The JSON paths of every text field of [`tool`].
const TEXT_FIELDS: &[&[&str]] = &[
    &["name"],
    &["summary"],
    &["statements", "0", "text"],
    &["statements", "0", "loc"],
    &["family_message", "text"],
    &["family_message", "original"],
    &["risk", "rationale"],
];

fn set(value: &mut Value, path: &[&str], text: &str) {
    let mut at = value;
    for key in path {
        at = match key.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[*key],
        };
    }
    *at = Value::String(text.to_owned());
}

fn has_control(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .chars()
        .any(|c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
}

#[test]
fn control_sequences_in_any_text_field_are_refused_in_one_clean_sentence() {
    let dir = tempfile::tempdir().unwrap();
    for (what, escape) in ESCAPES {
        for path in TEXT_FIELDS {
            let mut entry = tool("hostile", "ok");
            set(&mut entry, path, &format!("avant {escape} après"));
            let file = dir.path().join("hostile.json");
            std::fs::write(
                &file,
                json!({ "sources": [test_source()], "tools": [entry] }).to_string(),
            )
            .unwrap();
            let output = crate::common::program()
                .arg("--data")
                .arg(&file)
                .arg("check")
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(3),
                "{what} in {path:?}: {stderr}"
            );
            assert!(output.stdout.is_empty());
            assert_eq!(stderr.lines().count(), 1, "{what} in {path:?}: {stderr}");
            assert!(stderr.contains("hostile.json"), "{stderr}");
            assert!(
                stderr.contains("« hostile »"),
                "{what} in {path:?}: {stderr}"
            );
            assert!(
                !has_control(&output.stderr[..output.stderr.len() - 1]),
                "{what}: {stderr:?}"
            );
            let field = path.join(".").replace(".0.", "[0].");
            assert!(
                stderr.contains(&format!("`{field}`")),
                "{what} in {path:?}: {stderr}"
            );
        }
    }
}

/// Hostile but printable text: accepted, and must draw cleanly. Its
/// invisible characters (zero-width space and joiner, right-to-left mark)
/// are removed on output; names may not hold them (tests/hardening.rs).
const ODD: &str = "zéro\u{200b}largeur e\u{301}\u{301}\u{301} 🙂👩\u{200d}👩\u{200d}👧 漢字漢字 שלום مرحبا\u{200f}";

/// [`ODD`] without its invisible characters, for names and labels.
const ODD_NAME: &str = "zéro largeur e\u{301}\u{301}\u{301} 🙂👩👩👧 漢字漢字 שלום مرحبا";

fn odd_catalogue(dir: &std::path::Path) -> std::path::PathBuf {
    let mut big = tool("etrange", ODD);
    set(&mut big, &["name"], &format!("Étrange {ODD_NAME}"));
    // A 1 MB field.
    set(
        &mut big,
        &["statements", "0", "text"],
        &"données ".repeat(131_072),
    );
    let categories: Vec<Value> = (0..10_000)
        .map(|i| json!({ "id": format!("besoin-{i}"), "label": format!("Besoin {i} {ODD_NAME}") }))
        .collect();
    big["categories"] = json!(["visioconference", "besoin-9999"]);
    let file = dir.join("etrange.json");
    std::fs::write(
        &file,
        json!({ "sources": [test_source()], "categories": categories, "tools": [big] }).to_string(),
    )
    .unwrap();
    file
}

#[test]
fn odd_but_printable_text_draws_without_breaking_the_layout() {
    let dir = tempfile::tempdir().unwrap();
    let file = odd_catalogue(dir.path());
    let home = Home::new();
    let options = Options::new(120, 40)
        .arg("--data")
        .arg(file.to_str().unwrap());
    let mut pty = Pty::spawn(&home, &options);
    pty.wait_for_text("Tous les outils");
    pty.send_keys("/etrange");
    pty.wait_for_text("/ etrange");
    pty.send_keys("\r");
    pty.wait_for_text("Résumé");
    // Every row between the borders keeps its three panes.
    pty.with_screen(|screen| {
        let contents = screen.contents();
        let rows: Vec<&str> = contents.lines().collect();
        let first = rows[1];
        let corners: Vec<usize> = first
            .char_indices()
            .filter(|(_, c)| *c == '┐')
            .map(|(i, _)| i)
            .collect();
        assert_eq!(corners.len(), 3, "three panes:\n{contents}");
        for (y, row) in rows.iter().enumerate().take(37).skip(2) {
            let borders = row.chars().filter(|c| *c == '│').count();
            assert!(borders >= 6, "row {y} lost a border:\n{contents}");
        }
    });
    // Wide characters take two cells on screen.
    let wide = pty.with_screen(|screen| {
        (0..40).any(|row| {
            (0..120).any(|col| {
                screen
                    .cell(row, col)
                    .is_some_and(|c| c.contents() == "漢" && c.is_wide())
            })
        })
    });
    assert!(wide, "漢 is drawn as a wide character\n{}", pty.describe());
    // The 1 MB field is cut in the pane, and says so: page down to it.
    pty.send_keys("\x1b[C");
    let mut found = false;
    for _ in 0..30 {
        if pty.screen_text().contains("texte tronqué") {
            found = true;
            break;
        }
        pty.send_bytes(b"\x1b[6~");
        std::thread::sleep(Duration::from_millis(150));
    }
    assert!(found, "the cut is announced\n{}", pty.describe());
    // The whole card (over 1 MB) is too long for OSC 52: refused with a
    // clear status, nothing sent, the text offered for selection instead.
    let before = pty.raw_len();
    // Ctrl-E: the whole card.
    pty.send_keys("\x05");
    // The status (« Copie impossible (texte trop long…) ») wraps above the
    // popup that offers the text for selection.
    pty.wait_for_text("Copie impossible");
    assert!(osc52_texts(&pty.raw_bytes()[before..]).is_empty());
    pty.send_escape();
    pty.wait_for_no_text("à sélectionner à la souris");
    // The family message: no display, so OSC 52; the payload is clean.
    let before = pty.raw_len();
    // Ctrl-Y: the family message.
    pty.send_keys("\x19");
    pty.wait_for_text("Message aux familles");
    // The blanks are left empty: a first Enter says so, a second copies.
    pty.send_keys("\r");
    pty.wait_for_text("copie quand même");
    pty.send_keys("\r");
    pty.wait_for_text("envoyé au terminal (OSC 52)");
    let raw = pty.raw_bytes();
    let copied = osc52_texts(&raw[before..]);
    assert_eq!(copied.len(), 1);
    assert!(copied[0].contains("漢字"));
    assert!(!has_control(copied[0].as_bytes()), "{:?}", copied[0]);
    assert!(find(&raw, b"\x07").is_none(), "a BEL reached the terminal");
    for invisible in ["\u{200b}", "\u{200d}", "\u{200f}"] {
        assert!(
            find(&raw, invisible.as_bytes()).is_none(),
            "{invisible:?} reached the terminal"
        );
        assert!(!copied[0].contains(invisible), "{invisible:?} copied");
    }
    assert!(
        find(&raw, b"]8;").is_none(),
        "an OSC 8 link reached the terminal"
    );
    // Ctrl-Q quits.
    pty.send_keys("\x11");
    assert!(pty.wait_exit(Duration::from_secs(10)).success());
}

#[test]
fn escapes_pasted_or_typed_never_reach_the_terminal() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text("Tous les outils");
    pty.send_keys("/");
    // A bracketed paste carrying an OSC 52 hijack and a screen clear.
    pty.send_bytes(b"\x1b[200~zo\x1b]52;c;SElKQUNL\x07\x1b[2Jom\x1b[201~");
    // The escape characters are dropped; what is left is inert text.
    pty.wait_for_text("zo]52;c;SElKQUNL[2Jom");
    let raw = pty.raw_bytes();
    assert!(
        find(&raw, b"\x1b]52;c;SElKQUNL").is_none(),
        "the OSC 52 hijack reached the terminal"
    );
    assert!(
        find(&raw, b"\x1b[2Jom").is_none(),
        "the pasted CSI reached the terminal"
    );
    assert!(find(&raw, b"\x07").is_none());
    pty.send_escape();
    pty.wait_for_text("chercher un outil");
    // Ctrl-Q quits.
    pty.send_keys("\x11");
    assert!(pty.wait_exit(Duration::from_secs(10)).success());
}

#[cfg(unix)]
#[test]
fn sighup_when_the_session_drops_saves_and_restores() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text("Tous les outils");
    pty.send_keys("/padlet");
    pty.wait_for_text("Padlet");
    pty.send_keys("\r");
    // The card is open (the footer offers to go back) before the hang-up:
    // otherwise the signal can overtake the key.
    pty.wait_for_text("Échap retour");
    let status = Command::new("kill")
        .args(["-HUP", &pty.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(pty.wait_exit(Duration::from_secs(10)).success());
    let raw = pty.raw_bytes();
    assert!(
        find(&raw, b"\x1b[?1049l").is_some(),
        "alternate screen left"
    );
    let recent = home.state_json()["recent"].clone();
    assert_eq!(recent, json!(["padlet"]));
}

#[test]
fn a_huge_paste_is_cut_to_the_query_limit_and_typing_stays_fast() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &Options::new(100, 30));
    pty.wait_for_text("Tous les outils");
    pty.send_keys("/");
    // 480 KB in one bracketed paste.
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend(b"padlet ".repeat(480 * 1024 / 7));
    paste.extend(b"\x1b[201~");
    pty.send_bytes(&paste);
    pty.wait_for_text_within("Recherche limitée", Duration::from_secs(20));
    // Each key then costs a search of at most the limit.
    let started = std::time::Instant::now();
    pty.send_keys("\x7f\x7f\x7fxyz");
    pty.wait_for_text("xyz");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    pty.send_escape();
    pty.send_keys("\x11"); // Ctrl-Q
    assert!(pty.wait_exit(Duration::from_secs(10)).success());
}
