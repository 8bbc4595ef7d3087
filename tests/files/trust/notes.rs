//! Locks that never lie, and notes at scale with ids unique across
//! machines.

use std::collections::HashSet;
use std::fs::File;
use std::time::Duration;

use serde_json::{Value, json};

use super::{Machine, failed, finish, stderr, stdout};

/// Holds the overlay's lock the way another repere would.
fn hold_lock(machine: &Machine) -> File {
    let lock = machine.path().join("data/repere/local.json.lock");
    std::fs::create_dir_all(lock.parent().unwrap()).unwrap();
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock)
        .unwrap();
    file.lock().unwrap();
    file
}

fn notes(machine: &Machine) -> Vec<Value> {
    let text = std::fs::read_to_string(machine.overlay()).unwrap_or_else(|_| "{}".to_owned());
    let overlay: Value = serde_json::from_str(&text).unwrap();
    overlay["local"]["notes"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// A holder that never lets go: the note is refused loudly (exit 4,
/// naming the lock), its text given back, never « ajoutée ».
#[test]
fn a_stalled_lock_fails_the_note_loudly_and_gives_its_text_back() {
    let machine = Machine::new();
    machine.ok(&["note", "padlet", "avant"]);
    let _held = hold_lock(&machine);
    let mut command = machine.command(&["note", "padlet", "Vu avec le DPD le 3 mars"]);
    command.env("REPERE_ATTENTE_VERROU", "2");
    let output = finish(command.spawn().unwrap(), &["note"]);
    let said = failed(&output, 4, "stalled lock");
    assert!(said.contains("local.json.lock"), "{said}");
    assert!(said.contains("NON enregistrée"), "{said}");
    assert!(said.contains("Vu avec le DPD le 3 mars"), "{said}");
    assert!(!stdout(&output).contains("ajoutée"), "{}", stdout(&output));
    // Waiting was said before failing.
    assert!(stderr(&output).contains("attente"), "{}", stderr(&output));
    assert_eq!(notes(&machine).len(), 1);
}

/// A family message behind a stalled holder (from standard input here;
/// the editor's draft takes the same way): refused loudly, exit 4, and
/// its text given back whole before the reason. It was lost with the
/// editor's draft.
#[test]
fn a_stalled_lock_gives_a_message_back_whole() {
    let machine = Machine::new();
    machine.ok(&["note", "padlet", "avant"]);
    let _held = hold_lock(&machine);
    let mut command = machine.command(&["message", "padlet", "--rediger"]);
    command
        .env("REPERE_ATTENTE_VERROU", "1")
        .stdin(std::process::Stdio::piped());
    let mut child = command.spawn().unwrap();
    std::io::Write::write_all(
        &mut child.stdin.take().unwrap(),
        "Bonjour les familles,\nle pad de la classe ouvre lundi.\n".as_bytes(),
    )
    .unwrap();
    let output = finish(child, &["message --rediger"]);
    let said = failed(&output, 4, "stalled lock, message");
    assert!(said.contains("local.json.lock"), "{said}");
    let all = stderr(&output);
    assert!(all.contains("Message NON enregistré"), "{all}");
    assert!(
        all.contains("Bonjour les familles,\nle pad de la classe ouvre lundi."),
        "{all}"
    );
}

/// An evaluation answered at the prompts behind a stalled holder: refused
/// loudly, exit 4, and the answers given back as an answers file that
/// `evaluate --reponses` then saves. They were lost.
#[test]
fn a_stalled_lock_gives_prompted_answers_back_as_a_file() {
    let machine = Machine::new();
    machine.ok(&["note", "padlet", "avant"]);
    let held = hold_lock(&machine);
    let mut command = machine.command(&["evaluate"]);
    command
        .env("REPERE_ATTENTE_VERROU", "1")
        .stdin(std::process::Stdio::piped());
    let mut child = command.spawn().unwrap();
    // Name, address, the first need, the first choice of every question
    // (more lines than questions: the rest are read as the level, not
    // understood), then an empty level: the proposed one.
    let answers = format!(
        "Outil Zeta\nhttps://zeta.example/\n1\n{}\n",
        "1\n".repeat(30)
    );
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), answers.as_bytes()).unwrap();
    let output = finish(child, &["evaluate"]);
    let said = failed(&output, 4, "stalled lock, evaluation");
    assert!(said.contains("local.json.lock"), "{said}");
    let all = stderr(&output);
    assert!(all.contains("Évaluation NON enregistrée"), "{all}");
    let json = &all[all.find('{').unwrap()..=all.rfind('}').unwrap()];
    let file = machine.path().join("reponses.json");
    std::fs::write(&file, json).unwrap();
    drop(held);
    let saved = machine.ok(&["evaluate", "--reponses", file.to_str().unwrap()]);
    assert!(saved.contains("outil-zeta"), "{saved}");
}

/// Twenty commands behind a holder that keeps the lock for three seconds
/// (longer than the old two-second wait, after which each went on
/// unlocked and overwrote the others): all wait, all are written.
#[test]
fn twenty_writers_behind_a_slow_holder_lose_nothing() {
    let machine = Machine::new();
    let held = hold_lock(&machine);
    let children: Vec<_> = (0..20)
        .map(|n| {
            machine
                .command(&["note", "padlet", &format!("note numéro {n}")])
                .spawn()
                .unwrap()
        })
        .collect();
    std::thread::sleep(Duration::from_secs(3));
    drop(held);
    for child in children {
        let output = finish(child, &["note"]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stdout(&output).contains("Note ajoutée"));
    }
    let kept = notes(&machine);
    let texts: HashSet<&str> = kept.iter().filter_map(|n| n["text"].as_str()).collect();
    assert_eq!(texts.len(), 20, "{texts:?}");
    let ids: HashSet<&str> = kept.iter().filter_map(|n| n["id"].as_str()).collect();
    assert_eq!(ids.len(), 20);
}

/// The lock's place is taken by something that is not a lock file: the
/// save is refused with a sentence naming it, nothing half-written.
#[cfg(unix)]
#[test]
fn a_lock_that_cannot_be_used_refuses_the_save() {
    let machine = Machine::new();
    let folder = machine.path().join("data/repere");
    std::fs::create_dir_all(&folder).unwrap();
    let elsewhere = machine.path().join("ailleurs");
    std::os::unix::fs::symlink(&elsewhere, folder.join("local.json.lock")).unwrap();
    let output = machine.run(&["note", "padlet", "gardée"]);
    let said = failed(&output, 4, "lock is a link");
    assert!(
        said.contains("local.json.lock") && said.contains("gardée"),
        "{said}"
    );
    assert!(!elsewhere.exists(), "the link was followed");
    assert!(!machine.overlay().exists());
}

/// 20,000 notes of the day on one tool (ids of the older form): one more
/// is added with an id of its own, without a quadratic search (this took
/// minutes; the helper gives up after two).
#[test]
fn twenty_thousand_notes_on_one_tool_take_one_more() {
    let machine = Machine::new();
    let notes_before: Vec<Value> = (1..=20_000)
        .map(|n| {
            json!({
                "id": format!("padlet-2026-03-12-{n}"),
                "tool": "padlet",
                "text": format!("note {n}"),
                "author": "Claire",
                "date": "2026-03-12",
            })
        })
        .collect();
    std::fs::create_dir_all(machine.overlay().parent().unwrap()).unwrap();
    std::fs::write(
        machine.overlay(),
        json!({ "local": { "notes": notes_before } }).to_string(),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(machine.overlay(), std::fs::Permissions::from_mode(0o600))
            .unwrap();
    }
    machine.ok(&["note", "padlet", "la dernière"]);
    let kept = notes(&machine);
    assert_eq!(kept.len(), 20_001);
    let ids: HashSet<&str> = kept.iter().filter_map(|n| n["id"].as_str()).collect();
    assert_eq!(ids.len(), 20_001);
    assert_eq!(kept[20_000]["text"], "la dernière");
}

/// Two advisers on two machines note the same tool the same day: their
/// files meet (`--data`) and both notes show (with counter ids, the
/// second replaced the first).
#[test]
fn notes_from_two_machines_never_share_an_id() {
    let mine = Machine::new();
    let theirs = Machine::new();
    mine.ok(&["note", "padlet", "de mon côté", "--auteur", "A"]);
    theirs.ok(&["note", "padlet", "de leur côté", "--auteur", "B"]);
    let shared = mine.path().join("leur-fichier.json");
    std::fs::copy(theirs.overlay(), &shared).unwrap();
    let list = mine.ok(&[
        "--data",
        shared.to_str().unwrap(),
        "note",
        "padlet",
        "--list",
    ]);
    assert!(list.contains("de mon côté"), "{list}");
    assert!(list.contains("de leur côté"), "{list}");
    let id = notes(&mine)[0]["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("padlet-2026-03-12-"), "{id}");
    assert!(id.len() >= "padlet-2026-03-12-".len() + 16, "{id}");
}
