//! Inputs bounded and checked before they are read, errors that name what
//! failed with their exit status, files by fixed path used only when they
//! are the user's, paths cleaned before they are printed.

use std::io::Write;
use std::process::Stdio;

use super::{Machine, failed, finish, stderr};
// Used by the Unix-only tests below.
#[cfg(unix)]
use super::{on_path, stdout};

/// `evaluate --reponses` on what is not a readable answers file: no wait,
/// no memory without bound, exit 3 naming the file (it said « écriture
/// impossible sur la sortie » and read /dev/zero until memory ran out).
#[cfg(unix)]
#[test]
fn answers_files_are_bounded_and_named_with_an_input_status() {
    let machine = Machine::new();
    let fifo = machine.path().join("reponses-tube.json");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let huge = machine.path().join("reponses-enormes.json");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    let missing = machine.path().join("absent.json");
    for (path, says) in [
        ("/dev/zero".into(), "fichier ordinaire"),
        (fifo, "fichier ordinaire"),
        (huge, "trop gros"),
        (missing, "introuvable"),
    ] {
        let path: std::path::PathBuf = path;
        let shown = path.to_str().unwrap();
        let output = machine.run(&["evaluate", "--reponses", shown]);
        let said = failed(&output, 3, shown);
        assert!(said.contains(shown), "{said}");
        assert!(said.contains(says), "{said}");
        assert!(!said.contains("sortie"), "{said}");
    }
}

/// A message on standard input larger than a message can be: refused with
/// a sentence naming standard input, exit 3, nothing saved.
#[test]
fn standard_input_is_bounded() {
    let machine = Machine::new();
    let mut child = machine
        .command(&["message", "pad-snopyta", "--rediger"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = "Bonjour les familles. ".repeat(1000);
        for _ in 0..100 {
            if input.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let output = finish(child, &["message --rediger"]);
    let _ = writer.join();
    let said = failed(&output, 3, "2 MB on stdin");
    assert!(said.contains("entrée standard"), "{said}");
    assert!(!machine.overlay().exists());
}

/// Answers that never end and are never understood (`yes | repere
/// evaluate`): refused after a bounded number, naming standard input,
/// exit 3. It asked again for ever, « Réponse non comprise » without end.
#[test]
fn answers_never_understood_are_refused_in_the_end() {
    let machine = Machine::new();
    let mut child = machine
        .command(&["evaluate"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || while input.write_all(b"y\n").is_ok() {});
    let output = finish(child, &["yes | evaluate"]);
    let _ = writer.join();
    // The sentence follows the last prompt on its line.
    let said = stderr(&output);
    assert_eq!(output.status.code(), Some(3), "{said}");
    assert!(
        said.contains("repere : lecture arrêtée sur l'entrée standard"),
        "{said}"
    );
    assert!(!machine.overlay().exists());
}

/// The overlay cannot be written (its folder's place is a file; a full
/// disk goes the same way): the file and the reason are named, exit 4,
/// the note's text given back (it said « écriture impossible sur la
/// sortie »).
#[cfg(target_os = "linux")]
#[test]
fn a_write_that_cannot_happen_names_the_file() {
    let machine = Machine::new();
    std::fs::create_dir_all(machine.path().join("data")).unwrap();
    std::fs::write(machine.path().join("data/repere"), "pas un dossier").unwrap();
    let output = machine.run(&["note", "padlet", "mon texte"]);
    let said = failed(&output, 4, "folder is a file");
    assert!(said.contains("mon texte"), "{said}");
    assert!(said.contains("data/repere"), "{said}");
    assert!(!said.contains("sur la sortie"), "{said}");
}

/// Runs `repere ARGS` with standard input a terminal (through
/// `script`), `editor` as `$EDITOR`.
#[cfg(target_os = "linux")]
pub(super) fn in_a_terminal(
    machine: &Machine,
    args: &str,
    editor: &std::ffi::OsStr,
) -> std::process::Output {
    let bin = crate::common::binary();
    let mut script = std::process::Command::new("script");
    script.args(["-qec", &format!("{bin} {args}"), "/dev/null"]);
    machine.setup(&mut script);
    let child = script
        .env("TERM", "dumb")
        .env("EDITOR", editor)
        .spawn()
        .unwrap();
    finish(child, &["script", args])
}

/// `message --rediger` with an editor that does not exist: the editor is
/// named, exit 3 (it said « écriture impossible sur la sortie »).
/// Standard input must be a terminal: `script` provides one.
#[cfg(target_os = "linux")]
#[test]
fn a_missing_editor_is_named() {
    if !on_path("script") {
        eprintln!("script(1) missing: skipped");
        return;
    }
    let machine = Machine::new();
    std::fs::create_dir_all(machine.path().join("tmp")).unwrap();
    let output = in_a_terminal(
        &machine,
        "message pad-snopyta --rediger",
        "editeur-qui-n-existe-pas".as_ref(),
    );
    let all = format!("{}{}", stdout(&output), stderr(&output));
    assert_eq!(output.status.code(), Some(3), "{all}");
    assert!(
        all.contains("éditeur « editeur-qui-n-existe-pas »"),
        "{all}"
    );
    assert!(all.contains("introuvable"), "{all}");
    assert!(!all.contains("sur la sortie"), "{all}");
    // The private draft folder is gone.
    let left: Vec<_> = std::fs::read_dir(machine.path().join("tmp"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// The editor's draft: in a folder only the user can enter (0700), the
/// file 0600, at an unpredictable path (a link planted at the old
/// `repere-message-PID.txt` is never written through), removed after.
#[cfg(target_os = "linux")]
#[test]
fn the_editor_draft_is_private_and_removed() {
    use std::os::unix::fs::PermissionsExt;
    if !on_path("script") {
        eprintln!("script(1) missing: skipped");
        return;
    }
    let machine = Machine::new();
    let tmp = machine.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    // An editor that records what it was given, then writes the message.
    let seen = machine.path().join("vu.txt");
    let editor = machine.path().join("editeur.sh");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nstat -c '%a' \"$(dirname \"$1\")\" > '{seen}'\nstat -c '%a' \"$1\" >> '{seen}'\necho \"$1\" >> '{seen}'\necho 'Bonjour les familles' >> \"$1\"\n",
            seen = seen.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let output = in_a_terminal(
        &machine,
        "message pad-snopyta --rediger",
        editor.as_os_str(),
    );
    let all = format!("{}{}", stdout(&output), stderr(&output));
    assert!(output.status.success(), "{all}");
    let seen = std::fs::read_to_string(&seen).unwrap();
    let lines: Vec<&str> = seen.lines().collect();
    assert_eq!(lines[0], "700", "draft folder: {seen}");
    assert_eq!(lines[1], "600", "draft file: {seen}");
    assert!(!lines[2].contains("repere-message-"), "{seen}");
    assert!(
        std::fs::read_dir(&tmp).unwrap().next().is_none(),
        "draft left behind"
    );
    assert!(
        machine
            .ok(&["show", "pad-snopyta"])
            .contains("Bonjour les familles")
    );
}

/// An overlay that belongs to the user but that anyone may write is not
/// trusted: refused with a sentence naming it, exit 3, left as it is.
#[cfg(unix)]
#[test]
fn an_overlay_writable_by_others_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let machine = Machine::new();
    machine.ok(&["note", "padlet", "première"]);
    std::fs::set_permissions(machine.overlay(), std::fs::Permissions::from_mode(0o666)).unwrap();
    let before = std::fs::read(machine.overlay()).unwrap();
    let output = machine.run(&["note", "padlet", "seconde"]);
    let said = failed(&output, 3, "overlay 0666");
    assert!(said.contains("local.json"), "{said}");
    assert!(said.contains("modifiable par d'autres"), "{said}");
    assert_eq!(std::fs::read(machine.overlay()).unwrap(), before);
    // Nor loaded by any other command.
    let output = machine.run(&["show", "padlet"]);
    let said = failed(&output, 3, "show with an overlay 0666");
    assert!(said.contains("local.json"), "{said}");
}

/// Paths printed are cleaned: a data folder whose name holds an escape
/// sequence (it set the window title) and a right-to-left override.
#[cfg(unix)]
#[test]
fn printed_paths_are_cleaned() {
    let machine = Machine::new();
    let data = machine.path().join("d\u{1b}]0;PWNED\u{7}\u{202e}x");
    std::fs::create_dir_all(&data).unwrap();
    let output = machine
        .command(&["note", "padlet", "texte"])
        .env("XDG_DATA_HOME", &data)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let said = stdout(&output);
    assert!(said.contains("Note ajoutée"), "{said}");
    assert!(
        !said
            .trim_end()
            .chars()
            .any(|c| c.is_control() || c == '\u{202e}'),
        "{said:?}"
    );
}

/// A data file of millions of empty texts (`["","",…]`): each would be a
/// 24-byte string once parsed (a 128 MB file: over a gigabyte). Counted
/// and refused before parsing, with a sentence naming the file, exit 3;
/// the same in a team folder, where it is refused and named and the rest
/// loaded.
#[test]
fn a_file_of_millions_of_empty_texts_is_refused_before_parsing() {
    let machine = Machine::new();
    let count = repere::input::MAX_JSON_ELEMENTS + 1;
    let mut text = String::with_capacity(count * 3 + 64);
    text.push_str("{\"tools\": [], \"categories\": [");
    for index in 0..count {
        if index > 0 {
            text.push(',');
        }
        text.push_str("\"\"");
    }
    text.push_str("]}");
    let file = machine.path().join("dense.json");
    std::fs::write(&file, &text).unwrap();
    let output = machine.run(&["--data", file.to_str().unwrap(), "check"]);
    let said = failed(&output, 3, "dense data file");
    assert!(said.contains("dense.json"), "{said}");
    assert!(said.contains("trop d'éléments"), "{said}");
}
