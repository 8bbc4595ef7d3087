//! Errors that name what failed, with the status the help documents
//! (2 usage, 3 input, 4 output, 1 otherwise), in French: new cases of the
//! class (a document to add that cannot be read, a real full disk, the
//! system's reasons that were given in English, an editor that gives up),
//! and inputs from the environment and from a link that are bounded.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Machine, failed, finish, on_path, stderr, stdout};

fn source_add(machine: &Machine, file: &Path) -> std::process::Output {
    machine.run(&[
        "source",
        "add",
        "--titre",
        "Circulaire",
        "--editeur",
        "DANE",
        "--date",
        "2026-01",
        file.to_str().unwrap(),
    ])
}

fn mkfifo(path: &Path) {
    rustix::fs::mknodat(
        rustix::fs::CWD,
        path,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .unwrap();
}

/// `source add FILE` with a file that is missing, a FIFO, or not text: a
/// sentence naming it and the input status, 3 (it was 1, as for a tool
/// not found); the FIFO is not waited on.
#[test]
fn a_document_that_cannot_be_read_is_an_input_error() {
    let machine = Machine::new();
    let missing = machine.path().join("absent.txt");
    let said = failed(&source_add(&machine, &missing), 3, "missing document");
    assert!(said.contains("absent.txt"), "{said}");
    let fifo = machine.path().join("tube.txt");
    mkfifo(&fifo);
    let started = Instant::now();
    let said = failed(&source_add(&machine, &fifo), 3, "FIFO document");
    assert!(said.contains("tube.txt"), "{said}");
    assert!(started.elapsed() < Duration::from_secs(30));
    let binary = machine.path().join("image.txt");
    std::fs::write(&binary, b"\xff\xfe\x00binaire").unwrap();
    let said = failed(&source_add(&machine, &binary), 3, "binary document");
    assert!(said.contains("image.txt"), "{said}");
}

/// The system's reasons are said in French: a link that loops (given as
/// `--data` and as `--reponses`) and a FIFO at the lock's place. They
/// were the system's English (« Too many levels of symbolic links (os
/// error 40) », « No such device or address (os error 6) »).
#[test]
fn system_reasons_are_said_in_french() {
    let machine = Machine::new();
    let looped = machine.path().join("boucle.json");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    let looped = looped.to_str().unwrap();
    for args in [
        &["--data", looped, "show", "padlet"][..],
        &["evaluate", "--reponses", looped][..],
    ] {
        let said = failed(&machine.run(args), 3, &format!("{args:?}"));
        assert!(said.contains("boucle.json"), "{said}");
        assert!(said.contains("liens symboliques en boucle"), "{said}");
        assert!(!said.contains("os error"), "{said}");
    }
    let lock = machine.overlay().with_file_name("local.json.lock");
    std::fs::create_dir_all(lock.parent().unwrap()).unwrap();
    mkfifo(&lock);
    let said = failed(&machine.run(&["note", "padlet", "texte"]), 4, "FIFO lock");
    assert!(said.contains("local.json.lock"), "{said}");
    assert!(said.contains("tube sans lecteur"), "{said}");
    assert!(!said.contains("os error"), "{said}");
}

/// A tiny file system, unmounted when dropped.
struct Mounted(PathBuf);

impl Mounted {
    /// A 64 KB tmpfs at `folder`; `None` where mounting is not allowed.
    fn tiny(folder: &Path) -> Option<Self> {
        std::fs::create_dir_all(folder).unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
            .arg(folder)
            .output()
            .is_ok_and(|o| o.status.success());
        mounted.then(|| Self(folder.to_path_buf()))
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// A real full disk (a 64 KB tmpfs, filled; the earlier test used a file
/// size limit): a note is refused naming `local.json` and the disk, its
/// text given back, the file as it was, exit 4; a document to add names
/// its file and the disk, exit 4 (it was 1, in the system's English).
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_named_for_notes_and_documents() {
    let machine = Machine::new();
    machine.ok(&["note", "padlet", "première"]);
    let data = machine.path().join("petit-disque");
    let Some(_mounted) = Mounted::tiny(&data) else {
        eprintln!("cannot mount a tmpfs here: skipped");
        return;
    };
    let overlay = data.join("repere/local.json");
    std::fs::create_dir_all(overlay.parent().unwrap()).unwrap();
    std::fs::copy(machine.overlay(), &overlay).unwrap();
    std::fs::set_permissions(&overlay, std::fs::Permissions::from_mode(0o600)).unwrap();
    let before = std::fs::read(&overlay).unwrap();
    // Filled to the last block.
    let filler = vec![0_u8; 4096];
    let mut fill = std::fs::File::create(data.join("plein")).unwrap();
    while std::io::Write::write_all(&mut fill, &filler).is_ok() {}
    let document = machine.path().join("circulaire.txt");
    std::fs::write(&document, "Un texte officiel.\n".repeat(2000)).unwrap();
    let on_full_disk = |args: &[&str]| {
        let mut command = machine.command(args);
        command.env("XDG_DATA_HOME", &data);
        finish(command.spawn().unwrap(), args)
    };
    let output = on_full_disk(&["note", "padlet", "texte à garder"]);
    let said = failed(&output, 4, "note on a full disk");
    assert!(said.contains("local.json"), "{said}");
    assert!(said.contains("disque plein"), "{said}");
    assert!(said.contains("texte à garder"), "{said}");
    assert_eq!(std::fs::read(&overlay).unwrap(), before);
    let output = on_full_disk(&[
        "source",
        "add",
        "--titre",
        "Circulaire",
        "--editeur",
        "DANE",
        "--date",
        "2026-01",
        document.to_str().unwrap(),
    ]);
    let said = failed(&output, 4, "source add on a full disk");
    assert!(said.contains("circulaire-2026-01.txt"), "{said}");
    assert!(said.contains("disque plein"), "{said}");
    assert_eq!(std::fs::read(&overlay).unwrap(), before);
}

/// A team folder on a full disk: the note is written in `local.json`, so
/// it is never said « NON enregistrée » (the user added it again, twice);
/// the sentence says it is saved and not published, exit 4.
#[cfg(target_os = "linux")]
#[test]
fn a_note_saved_but_not_published_is_said_saved() {
    let machine = Machine::new();
    let team = machine.path().join("equipe-pleine");
    let Some(_mounted) = Mounted::tiny(&team) else {
        eprintln!("cannot mount a tmpfs here: skipped");
        return;
    };
    std::fs::set_permissions(&team, std::fs::Permissions::from_mode(0o700)).unwrap();
    machine.ok(&["equipe", team.to_str().unwrap()]);
    machine.ok(&["note", "padlet", "première"]);
    let filler = vec![0_u8; 4096];
    let mut fill = std::fs::File::create(team.join(".plein")).unwrap();
    while std::io::Write::write_all(&mut fill, &filler).is_ok() {}
    let said = failed(
        &machine.run(&["note", "padlet", "seconde"]),
        4,
        "note with a full team folder",
    );
    assert!(!said.contains("NON enregistrée"), "{said}");
    assert!(said.contains("enregistré dans"), "{said}");
    assert!(said.contains("disque plein"), "{said}");
    let overlay = std::fs::read_to_string(machine.overlay()).unwrap();
    assert!(overlay.contains("seconde"), "{overlay}");
}

/// The published file's place in the team folder taken by a folder: the
/// publication fails with the output status, 4, naming the file and the
/// reason in French (it ended with status 1).
#[test]
fn a_publication_that_cannot_be_written_is_an_output_error() {
    let machine = Machine::new();
    let team = machine.path().join("equipe");
    std::fs::create_dir(&team).unwrap();
    std::fs::set_permissions(&team, std::fs::Permissions::from_mode(0o700)).unwrap();
    machine.ok(&["equipe", team.to_str().unwrap()]);
    machine.ok(&["note", "padlet", "première"]);
    let published = team.join("inconnu.json");
    std::fs::remove_file(&published).unwrap();
    std::fs::create_dir(&published).unwrap();
    let said = failed(
        &machine.run(&["note", "padlet", "seconde"]),
        4,
        "publication over a folder",
    );
    assert!(said.contains("inconnu.json"), "{said}");
    assert!(said.contains("c'est un dossier"), "{said}");
    // Nothing left beside it: the writer's temporary file (the whole
    // publication) was left in the team folder at every run.
    let left: Vec<_> = std::fs::read_dir(&team)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

/// An editor for `message --rediger`: a shell script doing `body`.
fn editor(machine: &Machine, name: &str, body: &str) -> PathBuf {
    let path = machine.path().join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// An editor that gives up (`:cq`) ends with status 1, as the help and
/// the manual say (it was 3, an unreadable input); an editor that puts a
/// link in the draft's place is refused, not followed (a file elsewhere
/// was saved as the message); one that leaves a folder there leaves
/// nothing behind in the temporary folder (the private folder stayed).
#[cfg(target_os = "linux")]
#[test]
fn the_editor_is_judged_by_what_it_did() {
    if !on_path("script") {
        eprintln!("script(1) missing: skipped");
        return;
    }
    let machine = Machine::new();
    let tmp = machine.path().join("tmp");
    let run = |editor: &Path| {
        let output =
            super::inputs::in_a_terminal(&machine, "message padlet --rediger", editor.as_os_str());
        format!("{}{}", stdout(&output), stderr(&output))
    };
    let quits = editor(&machine, "abandonne.sh", "exit 1");
    let output =
        super::inputs::in_a_terminal(&machine, "message padlet --rediger", quits.as_os_str());
    let all = format!("{}{}", stdout(&output), stderr(&output));
    assert_eq!(output.status.code(), Some(1), "{all}");
    assert!(all.contains("terminé en erreur"), "{all}");
    let secret = machine.path().join("secret.txt");
    std::fs::write(&secret, "contenu d'un autre fichier\n").unwrap();
    let links = editor(
        &machine,
        "lien.sh",
        &format!("rm \"$1\"; ln -s '{}' \"$1\"", secret.display()),
    );
    let all = run(&links);
    assert!(all.contains("brouillon"), "{all}");
    assert!(all.contains("lien symbolique"), "{all}");
    let card = machine.ok(&["show", "padlet"]);
    assert!(!card.contains("contenu d'un autre fichier"), "{card}");
    let folder = editor(&machine, "dossier.sh", "rm \"$1\"; mkdir \"$1\"");
    let all = run(&folder);
    assert!(all.contains("lecture impossible du brouillon"), "{all}");
    let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().flatten().collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A hang-up (the terminal closed) or SIGTERM while the editor is open:
/// the private draft folder is removed before repere ends (it stayed in
/// the temporary folder with the message in it).
#[cfg(target_os = "linux")]
#[test]
fn a_hang_up_while_editing_removes_the_draft() {
    if !on_path("script") {
        eprintln!("script(1) missing: skipped");
        return;
    }
    for signal in ["HUP", "TERM"] {
        let machine = Machine::new();
        let tmp = machine.path().join("tmp");
        let parent = machine.path().join("repere.pid");
        let own = machine.path().join("editeur.pid");
        let waits = editor(
            &machine,
            "attend.sh",
            &format!(
                "echo $$ > '{}'; echo $PPID > '{}'; sleep 30",
                own.display(),
                parent.display()
            ),
        );
        std::thread::scope(|scope| {
            let run = scope.spawn(|| {
                super::inputs::in_a_terminal(
                    &machine,
                    "message padlet --rediger",
                    waits.as_os_str(),
                )
            });
            let started = Instant::now();
            while std::fs::read_to_string(&parent).map_or(true, |p| p.trim().is_empty()) {
                assert!(started.elapsed() < Duration::from_secs(60), "no editor");
                std::thread::sleep(Duration::from_millis(50));
            }
            let repere = std::fs::read_to_string(&parent).unwrap();
            let kill = |sig: &str, pid: &str| {
                std::process::Command::new("kill")
                    .args([&format!("-{sig}"), pid.trim()])
                    .status()
                    .unwrap()
            };
            assert!(kill(signal, &repere).success());
            let output = run.join().unwrap();
            let _ = kill("KILL", &std::fs::read_to_string(&own).unwrap());
            assert_ne!(output.status.code(), Some(0), "{signal}");
            let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().flatten().collect();
            assert!(left.is_empty(), "{signal}: {left:?}");
        });
    }
}

/// `REPERE_AUJOURDHUI` (today, for scripts and tests) that is not a day
/// is ignored: a note is never dated « 45/13/2026 » (it was).
#[test]
fn a_fixed_day_from_the_environment_is_a_day_or_ignored() {
    let machine = Machine::new();
    let args = ["note", "padlet", "datée"];
    let output = finish(
        machine
            .command(&args)
            .env("REPERE_AUJOURDHUI", "2026-13-45")
            .spawn()
            .unwrap(),
        &args,
    );
    let said = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!said.contains("45/13"), "{said}");
    let overlay = std::fs::read_to_string(machine.overlay()).unwrap();
    assert!(!overlay.contains("2026-13-45"), "{overlay}");
}

/// `export -o` through a link: the link's target is written, with its
/// own mode. The link was replaced by a file of the link's mode, 0777.
#[test]
fn an_export_through_a_link_keeps_the_targets_mode() {
    use std::os::unix::fs::MetadataExt as _;
    let machine = Machine::new();
    let target = machine.path().join("guide-reel.html");
    std::fs::write(&target, "ancien").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = machine.path().join("guide.html");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    machine.ok(&["export", "-o", link.to_str().unwrap()]);
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink());
    let written = std::fs::metadata(&target).unwrap();
    assert_eq!(written.mode() & 0o777, 0o640);
    assert!(std::fs::read_to_string(&target).unwrap().contains("<html"));
}

/// A data file of 32 GB (sparse: nothing on the disk) is refused for its
/// size at once. It was read whole to key the cache first: about two
/// seconds per gigabyte.
#[test]
fn an_oversized_data_file_is_refused_without_being_read() {
    let machine = Machine::new();
    let huge = machine.path().join("enorme.json");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(32 << 30)
        .unwrap();
    let started = Instant::now();
    let said = failed(
        &machine.run(&["--data", huge.to_str().unwrap(), "show", "padlet"]),
        3,
        "32 GB data file",
    );
    assert!(said.contains("enorme.json"), "{said}");
    assert!(said.contains("trop gros"), "{said}");
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
}
