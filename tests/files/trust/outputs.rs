//! Ways out when the output cannot take what repere writes: a closed
//! standard output or error (no panic, no hang, no text written into a
//! file that took the closed stream's number), a full device (`/dev/full`)
//! and a full disk (a file size limit of the process: the system refuses
//! every write past it, as a full disk does). A file written by `export
//! -o` or `note` is whole or left as it was, the error names it, exit 4.

use std::process::Output;

use super::{Machine, failed, finish, stderr, stdout};

/// `repere ARGS` run by `sh` with `shell` before it (a redirection, a
/// limit), in this machine's folders.
fn through_sh(machine: &Machine, shell: &str, args: &[&str]) -> Output {
    let mut command = std::process::Command::new("sh");
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    command.args([
        "-c",
        &format!(
            "{shell} exec '{}' {}",
            crate::common::binary(),
            quoted.join(" ")
        ),
    ]);
    machine.setup(&mut command);
    finish(command.spawn().unwrap(), args)
}

/// A closed standard output or error: the run ends on its own, without a
/// panic, with the status it would have had; a note is kept and the
/// overlay holds nothing meant for the screen.
#[cfg(unix)]
#[test]
fn closed_standard_streams_neither_panic_nor_hang() {
    let machine = Machine::new();
    let output = through_sh(&machine, "exec >&-;", &["search", "padlet"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    let output = through_sh(&machine, "exec >&-;", &["note", "padlet", "sans sortie"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let overlay = std::fs::read_to_string(machine.overlay()).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&overlay).unwrap();
    assert!(overlay.contains("sans sortie"), "{overlay}");
    assert!(!overlay.contains("Note ajoutée"), "{parsed}");
    // Standard error closed: an error keeps its status.
    let output = through_sh(&machine, "exec 2>&-;", &["note", "outil-inconnu", "x"]);
    let expected = machine.run(&["note", "outil-inconnu", "x"]).status.code();
    assert_ne!(expected, Some(0));
    assert_eq!(output.status.code(), expected, "{}", stdout(&output));
    let output = through_sh(&machine, "exec 2>&- >&-;", &["check"]);
    assert_eq!(output.status.code(), Some(0));
}

/// `/dev/full` as the standard output or as `-o`: one French sentence
/// that names the output, exit 4.
#[cfg(target_os = "linux")]
#[test]
fn a_full_device_is_named_with_exit_4() {
    let machine = Machine::new();
    let output = through_sh(
        &machine,
        "",
        &["export", "--format", "md", "-o", "/dev/full"],
    );
    let said = failed(&output, 4, "export -o /dev/full");
    assert!(said.contains("/dev/full"), "{said}");
    assert!(said.contains("disque plein"), "{said}");
    let output = through_sh(&machine, "exec >/dev/full;", &["export", "--format", "md"]);
    let said = failed(&output, 4, "export > /dev/full");
    assert!(said.contains("sur la sortie (disque plein)"), "{said}");
    let output = through_sh(&machine, "exec >/dev/full;", &["show", "padlet", "--json"]);
    failed(&output, 4, "show --json > /dev/full");
}

/// A disk that fills while the guide is written: the previous guide is
/// left whole (it was truncated, then half-written), the file is named,
/// exit 4, no temporary file left beside it.
#[cfg(unix)]
#[test]
fn a_full_disk_leaves_the_previous_guide_whole() {
    let machine = Machine::new();
    let folder = machine.path().join("guides");
    std::fs::create_dir_all(&folder).unwrap();
    let guide = folder.join("guide.html");
    std::fs::write(&guide, "le guide d'hier\n").unwrap();
    let target = guide.to_str().unwrap();
    // 100 blocks: far less than the guide.
    let output = through_sh(
        &machine,
        "trap '' XFSZ; ulimit -f 100;",
        &["export", "-o", target],
    );
    let said = failed(&output, 4, "export on a full disk");
    assert!(said.contains("guide.html"), "{said}");
    assert_eq!(
        std::fs::read_to_string(&guide).unwrap(),
        "le guide d'hier\n"
    );
    let left: Vec<_> = std::fs::read_dir(&folder).unwrap().flatten().collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

/// A disk full when a note is saved: the overlay is left as it was, the
/// file named, the note's text given back, exit 4.
#[cfg(unix)]
#[test]
fn a_full_disk_leaves_the_notes_as_they_were() {
    let machine = Machine::new();
    machine.ok(&["note", "padlet", "première"]);
    let before = std::fs::read(machine.overlay()).unwrap();
    let output = through_sh(
        &machine,
        "trap '' XFSZ; ulimit -f 0;",
        &["note", "padlet", "texte à garder"],
    );
    let said = failed(&output, 4, "note on a full disk");
    assert!(said.contains("local.json"), "{said}");
    assert!(said.contains("texte à garder"), "{said}");
    assert_eq!(std::fs::read(machine.overlay()).unwrap(), before);
}
