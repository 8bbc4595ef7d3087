//! The team folder's files get the checks of the files repere keeps: a
//! colleague's file is opened without following a link and without
//! waiting on a FIFO, must be a regular file of the user (a sync engine
//! writes what it brings as the user of this machine) that the group and
//! others cannot write, and of a bounded size; each refusal names the
//! file. A folder anyone may write into without the sticky bit, or one of
//! thousands of files, is refused before anything is read.

use std::path::{Path, PathBuf};

use super::{Machine, failed, finish, stderr, stdout};

/// Alice's machine publishes a note in `folder`; her published file.
fn alice_publishes(folder: &Path) -> PathBuf {
    let alice = Machine::new();
    for args in [
        &["equipe", folder.to_str().unwrap()][..],
        &["note", "padlet", "Note d'Alice"][..],
    ] {
        let output = finish(
            alice
                .command(args)
                .env("REPERE_AUTEUR", "Alice")
                .spawn()
                .unwrap(),
            args,
        );
        assert!(output.status.success(), "{}", stderr(&output));
    }
    folder.join("alice.json")
}

/// Bob, with the same team folder, shows Padlet: what he sees and hears.
fn bob_shows_padlet(folder: &Path) -> (String, String) {
    let bob = Machine::new();
    let args = ["--equipe", folder.to_str().unwrap(), "show", "padlet"];
    let output = finish(
        bob.command(&args)
            .env("REPERE_AUTEUR", "Bob")
            .spawn()
            .unwrap(),
        &args,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    (stdout(&output), stderr(&output))
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// The well-behaved case first: the colleague's note is loaded.
#[test]
fn a_colleagues_own_file_is_loaded() {
    let shared = tempfile::tempdir().unwrap();
    alice_publishes(shared.path());
    let (card, said) = bob_shows_padlet(shared.path());
    assert!(card.contains("Note d'Alice"), "{card}");
    assert!(!said.contains("refusé"), "{said}");
}

/// A link in the team folder is not followed, even to a good file.
#[cfg(unix)]
#[test]
fn a_link_in_the_team_folder_is_refused_and_named() {
    let shared = tempfile::tempdir().unwrap();
    let published = alice_publishes(shared.path());
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("ailleurs.json");
    std::fs::rename(&published, &target).unwrap();
    std::os::unix::fs::symlink(&target, shared.path().join("eve.json")).unwrap();
    let (card, said) = bob_shows_padlet(shared.path());
    assert!(!card.contains("Note d'Alice"), "{card}");
    assert!(said.contains("fichier refusé"), "{said}");
    assert!(said.contains("eve.json"), "{said}");
    assert!(said.contains("lien symbolique"), "{said}");
}

/// A FIFO named like a colleague's file: refused at once, never waited on.
#[cfg(unix)]
#[test]
fn a_fifo_in_the_team_folder_is_refused_without_waiting() {
    let shared = tempfile::tempdir().unwrap();
    alice_publishes(shared.path());
    let fifo = shared.path().join("tube.json");
    rustix::fs::mknodat(
        rustix::fs::CWD,
        &fifo,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .unwrap();
    let (card, said) = bob_shows_padlet(shared.path());
    assert!(card.contains("Note d'Alice"), "{card}");
    assert!(said.contains("tube.json"), "{said}");
    assert!(said.contains("pas un fichier ordinaire"), "{said}");
}

/// A colleague's file the group or anyone may write is not loaded: another
/// account could have written it.
#[cfg(unix)]
#[test]
fn a_colleagues_file_writable_by_others_is_refused() {
    for mode in [0o666, 0o620] {
        let shared = tempfile::tempdir().unwrap();
        let published = alice_publishes(shared.path());
        chmod(&published, mode);
        let (card, said) = bob_shows_padlet(shared.path());
        assert!(!card.contains("Note d'Alice"), "{mode:o}: {card}");
        assert!(said.contains("alice.json"), "{mode:o}: {said}");
        assert!(said.contains("modifiable par d'autres"), "{mode:o}: {said}");
    }
}

/// A file larger than an adviser's own file may be is refused before a
/// byte is read (a sparse file: nothing is written to the disk).
#[test]
fn an_oversized_colleagues_file_is_refused() {
    let shared = tempfile::tempdir().unwrap();
    alice_publishes(shared.path());
    let huge = std::fs::File::create(shared.path().join("enorme.json")).unwrap();
    huge.set_len(repere::local::team::MAX_TEAM_FILE_BYTES + 1)
        .unwrap();
    drop(huge);
    let (card, said) = bob_shows_padlet(shared.path());
    assert!(card.contains("Note d'Alice"), "{card}");
    assert!(said.contains("enorme.json"), "{said}");
    assert!(said.contains("trop gros"), "{said}");
}

/// A folder anyone may write into without the sticky bit is refused with
/// its name, exit 3; with the sticky bit (as /tmp), each file is still
/// checked and the folder used.
#[cfg(unix)]
#[test]
fn a_team_folder_open_to_all_is_refused_unless_sticky() {
    let shared = tempfile::tempdir().unwrap();
    alice_publishes(shared.path());
    chmod(shared.path(), 0o777);
    let bob = Machine::new();
    let args = [
        "--equipe",
        shared.path().to_str().unwrap(),
        "show",
        "padlet",
    ];
    let output = bob.run(&args);
    let said = failed(&output, 3, "world-writable team folder");
    assert!(said.contains("modifiable par tous"), "{said}");
    assert!(
        said.contains(&shared.path().display().to_string()),
        "{said}"
    );
    assert!(stdout(&output).is_empty());
    chmod(shared.path(), 0o1777);
    let (card, _) = bob_shows_padlet(shared.path());
    assert!(card.contains("Note d'Alice"), "{card}");
    chmod(shared.path(), 0o700);
}

/// A folder of thousands of files is not a team folder: refused with a
/// sentence before any file is read.
#[test]
fn a_team_folder_of_ten_thousand_files_is_refused() {
    let shared = tempfile::tempdir().unwrap();
    for index in 0..10_000 {
        std::fs::write(shared.path().join(format!("f{index}.json")), "{}").unwrap();
    }
    let bob = Machine::new();
    let args = [
        "--equipe",
        shared.path().to_str().unwrap(),
        "show",
        "padlet",
    ];
    let output = bob.run(&args);
    let said = failed(&output, 3, "10,000 files");
    assert!(said.contains("plus de 2000 fichiers"), "{said}");
}

/// A colleague's file owned by another account of this machine is not
/// loaded (a sync engine writes as the user). Giving a file away needs
/// root: elsewhere the mode tests above stand for it.
#[cfg(unix)]
#[test]
fn a_colleagues_file_owned_by_another_user_is_refused() {
    if !rustix::process::getuid().is_root() {
        eprintln!("not root: a file cannot be given to another user, skipped");
        return;
    }
    let shared = tempfile::tempdir().unwrap();
    let published = alice_publishes(shared.path());
    std::os::unix::fs::chown(&published, Some(65_534), Some(65_534)).unwrap();
    let (card, said) = bob_shows_padlet(shared.path());
    assert!(!card.contains("Note d'Alice"), "{card}");
    assert!(said.contains("alice.json"), "{said}");
    assert!(said.contains("appartient à un autre utilisateur"), "{said}");
}

/// An author name from the environment of 400 letters: published under a
/// name of at most 64 letters (the file name was over the system's limit,
/// and every command then failed at its start), the note signed with at
/// most 100 characters of it.
#[test]
fn a_very_long_author_name_still_publishes() {
    let shared = tempfile::tempdir().unwrap();
    let machine = Machine::new();
    let author = "a".repeat(400);
    for args in [
        &["equipe", shared.path().to_str().unwrap()][..],
        &["note", "padlet", "Note au long nom"][..],
        &["show", "padlet"][..],
    ] {
        let output = finish(
            machine
                .command(args)
                .env("REPERE_AUTEUR", &author)
                .spawn()
                .unwrap(),
            args,
        );
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    }
    let published = shared.path().join(format!("{}.json", "a".repeat(64)));
    let text = std::fs::read_to_string(&published).unwrap();
    assert!(text.contains("Note au long nom"), "{text}");
    assert!(!text.contains(&"a".repeat(101)), "{text}");
}
