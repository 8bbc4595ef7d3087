//! Every string printed is cleaned, on the standard output and error: a
//! data file, a team folder, a colleague's file, a document and arguments
//! whose names hold an escape sequence (window title), BEL, a C1 control
//! (CSI), bidirectional overrides and isolates never put those bytes on
//! either stream, whatever the command.

use std::path::Path;
use std::process::Output;

use super::{Machine, stderr, stdout};
use crate::common::checked::{tool, write_catalogue};

/// A window-title escape ended by BEL, a C1 CSI, a right-to-left
/// override, an isolate and a left-to-right mark.
const HOSTILE: &str = "\u{1b}]0;PWNED\u{7}\u{9b}31m\u{202e}\u{2066}\u{200e}x";

/// A character that drives the terminal or reorders the text.
fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn assert_clean(output: &Output, what: &str) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        assert!(
            !bytes.iter().any(|&b| b == 0x1b || b == 0x07),
            "{what}: ESC or BEL on {stream}: {:?}",
            String::from_utf8_lossy(bytes)
        );
        let text = String::from_utf8_lossy(bytes);
        let found: Vec<char> = text.chars().filter(|&c| forbidden(c)).collect();
        assert!(found.is_empty(), "{what}: {found:?} on {stream}: {text:?}");
    }
}

/// Runs `repere ARGS` (as Alice) and checks both streams.
fn run_clean(machine: &Machine, args: &[&str]) -> Output {
    let output = super::finish(
        machine
            .command(args)
            .env("REPERE_AUTEUR", "Alice")
            .spawn()
            .unwrap(),
        args,
    );
    assert_clean(&output, &format!("{args:?}"));
    output
}

fn private(folder: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[test]
fn hostile_names_never_reach_either_stream() {
    let machine = Machine::new();
    let root = machine.path();

    // A data file.
    let data = write_catalogue(
        root,
        &format!("donnees{HOSTILE}.json"),
        &serde_json::json!({ "tools": [tool("outil-essai", "Outil d'essai")] }),
    );
    let data = data.to_str().unwrap();
    let output = run_clean(&machine, &["--data", data, "check"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("donnees"), "{}", stdout(&output));
    run_clean(&machine, &["--data", data, "show", "outil-essai"]);
    run_clean(&machine, &["--data", data, "show", "outil-essai", "--json"]);
    run_clean(&machine, &["--data", data, "search", "essai"]);

    // Arguments: a note's text, an unknown tool.
    let text = format!("texte{HOSTILE}");
    let output = run_clean(&machine, &["note", "padlet", &text]);
    assert!(output.status.success(), "{}", stderr(&output));
    run_clean(&machine, &["note", "padlet", "--list"]);
    run_clean(&machine, &["show", "padlet"]);
    run_clean(&machine, &["show", "padlet", "--json"]);
    // The nearest tool is shown, the question echoed cleaned.
    run_clean(&machine, &["show", HOSTILE]);
    run_clean(&machine, &["message", HOSTILE]);

    // A team folder and a colleague's file.
    let folder = root.join(format!("equipe{HOSTILE}"));
    std::fs::create_dir(&folder).unwrap();
    private(&folder);
    let colleague = folder.join(format!("bob{HOSTILE}.json"));
    std::fs::write(
        &colleague,
        serde_json::json!({
            "layer": { "author": "Bob", "date": "2026-03-12" },
            "local": { "notes": [{
                "id": "padlet-2026-03-12-bob", "tool": "padlet",
                "text": "Note de Bob", "author": "Bob", "date": "2026-03-12",
            }]},
        })
        .to_string(),
    )
    .unwrap();
    std::fs::write(
        folder.join(format!("bob{HOSTILE} (conflicted copy).json")),
        "{}",
    )
    .unwrap();
    let folder = folder.to_str().unwrap();
    let output = run_clean(&machine, &["equipe", folder]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("collègue"), "{}", stdout(&output));
    let output = run_clean(&machine, &["show", "padlet"]);
    assert!(
        stdout(&output).contains("Note de Bob"),
        "{}",
        stdout(&output)
    );
    run_clean(&machine, &["equipe"]);
    run_clean(&machine, &["check"]);

    // A document added locally.
    let document = root.join(format!("doc{HOSTILE}.txt"));
    std::fs::write(
        &document,
        "Les murs doivent être configurés en mode privé.\n",
    )
    .unwrap();
    let title = format!("Titre{HOSTILE}");
    let output = run_clean(
        &machine,
        &[
            "source",
            "add",
            document.to_str().unwrap(),
            "--titre",
            &title,
            "--editeur",
            "DANE",
            "--date",
            "2026-03",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    run_clean(&machine, &["check"]);
}
