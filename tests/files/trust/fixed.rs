//! The files repere keeps by a fixed path, attacked with new cases: a
//! file another user planted or anyone may write is never rewritten as
//! theirs (the cache, the file published in the team folder), the texts
//! of the documents added beside the notes get the overlay's checks, and
//! the state file is bounded and said when it is not used.

use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};

use super::{Machine, failed, stderr};

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn owner_and_mode(path: &Path) -> (u32, u32) {
    let meta = std::fs::metadata(path).unwrap();
    (meta.uid(), meta.mode() & 0o777)
}

fn me() -> u32 {
    rustix::process::getuid().as_raw()
}

/// Gives a file to `nobody`; false when this is not root.
fn give_away(path: &Path) -> bool {
    if !rustix::process::getuid().is_root() {
        eprintln!("not root: a file cannot be given to another user, part skipped");
        return false;
    }
    std::os::unix::fs::chown(path, Some(65_534), Some(65_534)).unwrap();
    true
}

/// The newest cache file of a machine's cache folder (the one of its
/// current sources).
fn cache_file(machine: &Machine) -> PathBuf {
    let folder = machine.sandbox().cache_home().join("repere");
    std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .unwrap()
}

/// A cache another user planted (or left writable by anyone) is not used,
/// and the cache rebuilt in its place is the user's, 0600: it was given
/// back to the planter (the rewrite kept the old file's owner), so that
/// every later start refused it again and the other user could read the
/// adviser's notes in it.
#[test]
fn a_cache_rebuilt_over_a_planted_one_is_the_users() {
    let machine = Machine::new();
    machine.ok(&["note", "padlet", "Note privée"]);
    machine.ok(&["show", "padlet"]);
    let cache = cache_file(&machine);
    chmod(&cache, 0o666);
    let given = give_away(&cache);
    let card = machine.ok(&["show", "padlet"]);
    assert!(card.contains("Note privée"), "{card}");
    let cache = cache_file(&machine);
    assert_eq!(owner_and_mode(&cache), (me(), 0o600), "given away: {given}");
}

/// A folder at the cache's place: the catalogue is loaded without it,
/// and nothing piles up beside it (the writer's temporary file, the
/// whole catalogue, was left at every run).
#[test]
fn a_folder_at_the_caches_place_leaves_nothing_behind() {
    let machine = Machine::new();
    machine.ok(&["show", "padlet"]);
    let cache = cache_file(&machine);
    std::fs::remove_file(&cache).unwrap();
    std::fs::create_dir(&cache).unwrap();
    for _ in 0..2 {
        machine.ok(&["show", "padlet"]);
    }
    let folder = cache.parent().unwrap();
    let left: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|name| name.to_string_lossy().starts_with('.'))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// The file the adviser publishes in the team folder, replaced by a file
/// anyone may write (or another user's): rewritten as the user's, 0644.
/// It kept the planted owner and mode 0666, so every colleague refused it.
#[test]
fn the_published_file_is_rewritten_as_the_users() {
    let machine = Machine::new();
    let team = machine.path().join("equipe");
    std::fs::create_dir(&team).unwrap();
    chmod(&team, 0o700);
    machine.ok(&["equipe", team.to_str().unwrap()]);
    machine.ok(&["note", "padlet", "Première note"]);
    let published = team.join("inconnu.json");
    chmod(&published, 0o666);
    let given = give_away(&published);
    machine.ok(&["note", "padlet", "Deuxième note"]);
    assert_eq!(
        owner_and_mode(&published),
        (me(), 0o644),
        "given away: {given}"
    );
    let text = std::fs::read_to_string(&published).unwrap();
    assert!(text.contains("Deuxième note"), "{text}");
}

/// The text of a document added with `source add` lives beside the notes,
/// by a fixed path: writable by anyone (or another user's), it is refused
/// with a sentence naming it, exit 3, as the notes' own file is, even
/// when the prepared catalogue (the cache) holds it already. It was read
/// and its quotes trusted.
#[test]
fn an_added_document_is_trusted_only_when_it_is_the_users() {
    let machine = Machine::new();
    let text = machine.path().join("circulaire.txt");
    std::fs::write(&text, "Les données des élèves restent en Europe.\n").unwrap();
    let args = [
        "source",
        "add",
        "--titre",
        "Circulaire",
        "--editeur",
        "DANE",
        "--date",
        "2026-01",
        text.to_str().unwrap(),
    ];
    machine.ok(&args);
    // Once read and prepared (the cache holds it), then changed in mode
    // only: still checked (the cache was used, the document unchecked).
    machine.ok(&["show", "padlet"]);
    let kept = machine
        .overlay()
        .with_file_name("sources")
        .join("circulaire-2026-01.txt");
    chmod(&kept, 0o666);
    let said = failed(
        &machine.run(&["show", "padlet"]),
        3,
        "a document anyone may write",
    );
    assert!(said.contains("circulaire-2026-01.txt"), "{said}");
    assert!(said.contains("modifiable par d'autres"), "{said}");
    chmod(&kept, 0o600);
    machine.ok(&["show", "padlet"]);
    if give_away(&kept) {
        let said = failed(
            &machine.run(&["show", "padlet"]),
            3,
            "another user's document",
        );
        assert!(said.contains("appartient à un autre utilisateur"), "{said}");
    }
}

/// A link another user planted at the notes' place (their folder is open
/// to them), pointing at a file of the user's: refused, exit 3, the file
/// it points at left as it was. It was followed and that file replaced
/// by the notes. A link the user made (a dotfile manager's) still works.
#[test]
fn a_link_planted_by_another_user_is_not_followed() {
    if !rustix::process::getuid().is_root() {
        eprintln!("not root: a link cannot be given to another user, skipped");
        return;
    }
    let machine = Machine::new();
    machine.ok(&["note", "padlet", "première"]);
    let overlay = machine.overlay();
    let precious = machine.path().join("precieux.json");
    std::fs::copy(&overlay, &precious).unwrap();
    let before = std::fs::read(&precious).unwrap();
    std::fs::remove_file(&overlay).unwrap();
    std::os::unix::fs::symlink(&precious, &overlay).unwrap();
    // The user's own link: followed.
    machine.ok(&["note", "padlet", "par mon lien"]);
    let mine = std::fs::read(&precious).unwrap();
    assert_ne!(mine, before);
    std::os::unix::fs::lchown(&overlay, Some(65_534), Some(65_534)).unwrap();
    let said = failed(
        &machine.run(&["note", "padlet", "seconde"]),
        3,
        "planted link",
    );
    assert!(said.contains("local.json"), "{said}");
    assert_eq!(std::fs::read(&precious).unwrap(), mine);
}

/// A state file of three million empty texts (9 MB, under the size cap):
/// refused before parsing, said on stderr by `equipe`, left as it is. It
/// was parsed (64 MB took 1.3 GB and 21 s) and nothing was said.
#[test]
fn a_state_file_of_millions_of_elements_is_refused_and_said() {
    let machine = Machine::new();
    let state = machine.sandbox().config_home().join("repere/etat.json");
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    let texts = vec!["\"\""; 3_000_000].join(",");
    let content = format!("{{\"favourites\":[{texts}]}}");
    std::fs::write(&state, &content).unwrap();
    chmod(&state, 0o600);
    let output = machine.run(&["equipe"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(said.contains("etat.json"), "{said}");
    assert!(said.contains("trop d'éléments"), "{said}");
    assert_eq!(std::fs::read_to_string(&state).unwrap(), content);
}

/// A state file `equipe` cannot use (anyone may write it): said when the
/// team folder is shown, and saving a team folder fails with the output
/// status (4, as the interface's), naming the file. It said nothing, then
/// « no team folder », and the failed save ended with status 1.
#[test]
fn equipe_says_the_state_file_it_cannot_use() {
    let machine = Machine::new();
    let team = machine.path().join("equipe");
    std::fs::create_dir(&team).unwrap();
    chmod(&team, 0o700);
    machine.ok(&["equipe", team.to_str().unwrap()]);
    let state = machine.sandbox().config_home().join("repere/etat.json");
    chmod(&state, 0o666);
    let output = machine.run(&["equipe"]);
    let said = stderr(&output);
    assert!(said.contains("etat.json"), "{said}");
    assert!(said.contains("modifiable par d'autres"), "{said}");
    let said = failed(
        &machine.run(&["equipe", team.to_str().unwrap()]),
        4,
        "equipe with an untrusted state file",
    );
    assert!(said.contains("etat.json"), "{said}");
}
