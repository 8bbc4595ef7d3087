//! Through the interface in a pseudo-terminal: a note the interface could
//! not write is never said saved and its text is given back; a blank
//! whose label speaks of a password is never saved nor pre-filled.

use std::fs::File;

use crate::pty_support::{Home, Options, Pty, ctrl};

fn options() -> Options {
    Options::new(120, 40)
        .env("REPERE_AUTEUR", "Claire Dupont")
        .env("REPERE_AUJOURDHUI", "2026-03-12")
        .env("REPERE_ATTENTE_VERROU", "2")
}

fn overlay(home: &Home) -> std::path::PathBuf {
    home.home().join(".local/share/repere/local.json")
}

/// Another program holds the overlay's lock: the note typed with Ctrl-N
/// is announced as not saved with its text, the interface stays usable
/// while it waits, and at quit the failure is repeated (exit 4).
#[test]
fn a_note_the_interface_cannot_write_is_never_said_saved() {
    let home = Home::new();
    let lock = overlay(&home).with_file_name("local.json.lock");
    std::fs::create_dir_all(lock.parent().unwrap()).unwrap();
    let held = File::create(&lock).unwrap();
    held.lock().unwrap();
    let mut pty = Pty::spawn(&home, &options());
    pty.wait_for_text("Tous les outils");
    pty.send_keys("pad snopyta");
    pty.wait_for_text("Pad Snopyta");
    pty.send_keys("\r");
    pty.send_keys(&ctrl('n'));
    pty.wait_for_text("Texte de la note");
    pty.send_keys("Vu avec le DPD\r");
    pty.wait_for_text("Enregistrement de la note");
    pty.wait_for_text("Note NON enregistrée");
    pty.wait_for_text("Vu avec le DPD");
    assert!(
        !pty.screen_text().contains("Note locale enregistrée"),
        "{}",
        pty.describe()
    );
    pty.send_keys(&ctrl('q'));
    let status = pty.wait_exit(std::time::Duration::from_secs(10));
    assert_eq!(status.exit_code(), 4, "{}", pty.describe());
    assert!(!overlay(&home).exists());
    drop(held);
}

/// A catalogue of one tool whose family message has `blanks` (key,
/// label), written in `home`.
fn tool_with_blanks(home: &Home, blanks: &[(&str, &str)]) -> std::path::PathBuf {
    let data = home.home().join("pad-classe.json");
    let placeholders: Vec<_> = blanks
        .iter()
        .map(|(key, label)| serde_json::json!({ "key": key, "label": label }))
        .collect();
    let keys: Vec<String> = blanks.iter().map(|(key, _)| format!("{{{key}}}")).collect();
    std::fs::write(
        &data,
        serde_json::json!({
            "placeholders": placeholders,
            // Made-up words: credited to a test source with no text, since
            // a quote credited to one of the five documents is checked.
            "sources": [{
                "id": "source-essai", "title": "Essai", "author": "Tests", "date": "2026",
                "jurisdiction": "-", "short": "essai"
            }],
            "tools": [{
                "id": "pad-classe",
                "name": "Pad de classe",
                "summary": "Résumé",
                "categories": ["visioconference"],
                "url": "https://exemple.fr/",
                "statements": [
                    { "field": "precautions", "text": "Précaution", "source": "source-essai", "loc": "p. 1" }
                ],
                "family_message": {
                    "text": format!("Bonjour, le pad s'ouvre avec {}.", keys.join(" ")),
                    "original": "Bonjour, le pad s'ouvre avec ??????.",
                    "source": "source-essai"
                },
                "risk": { "level": "doubtful", "rationale": "Raison", "sources": ["source-essai"] }
            }]
        })
        .to_string(),
    )
    .unwrap();
    data
}

/// Fills every blank of the tool's message through the form, twice (two
/// runs): what is typed (`s3cret-N`) is never written to the state file
/// nor pre-filled the second time.
fn secrets_never_kept(blanks: &[(&str, &str)]) {
    let home = Home::new();
    let data = tool_with_blanks(&home, blanks);
    let options = options().arg("--data").arg(data.to_str().unwrap());
    for run in 0..2 {
        let mut pty = Pty::spawn(&home, &options);
        pty.wait_for_text("Tous les outils");
        pty.send_keys("/pad de classe");
        pty.wait_for_text("Pad de classe  [");
        pty.send_keys("\r");
        pty.send_keys(&ctrl('y'));
        pty.wait_for_text("Message aux familles — Pad de classe");
        for (index, (_, label)) in blanks.iter().enumerate() {
            pty.wait_for_text(label);
            // Never pre-filled, the second time either.
            assert!(
                !pty.screen_text().contains("s3cret"),
                "run {run}, {label}: {}",
                pty.describe()
            );
            pty.send_keys(&format!("s3cret-{index}"));
            if index + 1 < blanks.len() {
                pty.send_keys("\t");
            }
        }
        pty.send_keys("\r");
        pty.wait_for_no_text("Message aux familles — Pad de classe");
        pty.send_keys(&ctrl('q'));
        let status = pty.wait_exit(std::time::Duration::from_secs(10));
        assert!(status.success(), "{}", pty.describe());
        let state = std::fs::read_to_string(home.state_file()).unwrap_or_default();
        assert!(!state.contains("s3cret"), "run {run}: {state}");
    }
}

/// A blank keyed `{valeur}` but labelled « Mot de passe du pad »: what is
/// typed is copied, never written to the state file, never pre-filled.
#[test]
fn a_blank_labelled_as_a_password_is_never_kept() {
    secrets_never_kept(&[("valeur", "Mot de passe du pad")]);
}

/// Blanks whose keys say nothing but whose labels name a login or a
/// secret in other words, French and English: a user name, a passphrase,
/// an access token, a key. They were kept and pre-filled for the next
/// family.
#[test]
fn blanks_labelled_as_other_secrets_are_never_kept() {
    secrets_never_kept(&[
        ("compte", "Nom d'utilisateur"),
        ("acces", "Username"),
        ("phrase", "Passphrase du coffre"),
        ("jeton", "Jeton d'accès"),
        ("classe_cle", "Clé de la classe"),
    ]);
}

/// A terminal that says it is 65535×65535 (any program can set that on a
/// pseudo-terminal): the interface draws in a capped corner instead of
/// asking for hundreds of gigabytes (an allocation failure aborts, the
/// terminal left raw), and goes on at a normal size.
#[test]
fn a_huge_terminal_size_is_capped() {
    let home = Home::new();
    let mut pty = Pty::spawn(&home, &options());
    pty.wait_for_text("Tous les outils");
    pty.resize_program_only(u16::MAX, u16::MAX);
    // Something typed while at that size is handled: the program lives.
    pty.send_keys("/padlet");
    // Time to draw at that size before the next resize: a resize that
    // follows at once is merged with it (one burst), and the huge size
    // was never drawn (the test passed without the cap).
    std::thread::sleep(std::time::Duration::from_millis(1500));
    pty.resize(100, 30);
    pty.wait_for_text("Padlet");
    pty.send_escape();
    pty.send_keys(&ctrl('q'));
    let status = pty.wait_exit(std::time::Duration::from_secs(20));
    assert!(status.success(), "{status:?} {}", pty.describe());
}

/// Every tool's body in the prepared catalogue (the cache) damaged after
/// it was written: the interface starts (the heads are intact), each
/// card says it could not be read instead of showing a card with nothing
/// in it, and nothing is copied from it.
#[test]
fn a_card_whose_body_cannot_be_read_says_so_and_copies_nothing() {
    let home = Home::new();
    let cache = cache_of_a_first_start(&home);
    let mut bytes = std::fs::read(&cache).unwrap();
    // The bodies are the fourth section (see `src/cache/stored.rs`).
    let (offset, len) = section(&bytes, 3);
    for byte in &mut bytes[offset..offset + len] {
        *byte ^= 0x5a;
    }
    std::fs::write(&cache, &bytes).unwrap();
    let mut pty = Pty::spawn(&home, &options());
    pty.wait_for_text("Tous les outils");
    pty.send_keys("padlet");
    pty.wait_for_text("La fiche de « Padlet » n'a pas pu");
    let before = pty.raw_len();
    pty.send_keys(&ctrl('y'));
    pty.send_keys(&ctrl('p'));
    pty.send_keys(&ctrl('e'));
    // Typed after them: once it shows, the three keys were handled.
    pty.send_keys("x");
    pty.wait_for_text("/ x");
    assert!(
        crate::pty_support::osc52_texts(&pty.raw_bytes()[before..]).is_empty(),
        "{}",
        pty.describe()
    );
    assert!(
        !pty.screen_text().contains("presse-papiers"),
        "{}",
        pty.describe()
    );
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(std::time::Duration::from_secs(10)).success());
    // As said: the next start rebuilds the cache, and the card is whole.
    let mut pty = Pty::spawn(&home, &options());
    pty.wait_for_text("Tous les outils");
    pty.send_keys("padlet");
    pty.wait_for_text("Padlet  [? Doutes / à étudier]");
    assert!(
        !pty.screen_text().contains("relue du cache"),
        "{}",
        pty.describe()
    );
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(std::time::Duration::from_secs(10)).success());
}

/// The tool index in the prepared catalogue damaged after it was written:
/// the interface shows its main screen before reading it (see
/// `src/cache/stored.rs`, `LaterIndex`), finds it damaged then, and
/// indexes the catalogue itself: the first question is answered as from a
/// sound cache, and the next start rebuilds the cache.
#[test]
fn a_damaged_tool_index_is_rebuilt_and_the_question_answered() {
    let home = Home::new();
    let cache = cache_of_a_first_start(&home);
    let mut bytes = std::fs::read(&cache).unwrap();
    // The tool index is the first section.
    let (offset, len) = section(&bytes, 0);
    bytes[offset + len / 2] ^= 0x5a;
    std::fs::write(&cache, &bytes).unwrap();
    let mut pty = Pty::spawn(&home, &options());
    pty.wait_for_text("Tous les outils");
    pty.send_keys("padlet");
    pty.wait_for_text("Padlet  [? Doutes / à étudier]");
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(std::time::Duration::from_secs(10)).success());
    assert!(!cache.exists(), "the damaged cache is still there");
}

/// The prepared catalogue (the cache) a first start writes in `home`.
fn cache_of_a_first_start(home: &Home) -> std::path::PathBuf {
    let mut pty = Pty::spawn(home, &options());
    pty.wait_for_text("Tous les outils");
    pty.send_keys(&ctrl('q'));
    assert!(pty.wait_exit(std::time::Duration::from_secs(10)).success());
    let folder = home.home().join(".cache/repere");
    std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "bin"))
        .unwrap_or_else(|| panic!("no cache in {}", folder.display()))
}

/// Offset and length of section `index` of a cache file, from the table
/// at its end (see `src/cache/file.rs`).
pub(crate) fn section(bytes: &[u8], index: usize) -> (usize, usize) {
    let word = |at: usize| {
        let mut b = [0_u8; 8];
        b.copy_from_slice(&bytes[at..at + 8]);
        usize::try_from(u64::from_le_bytes(b)).unwrap()
    };
    let count = word(bytes.len() - 8);
    let table = bytes.len() - 8 - count * 24;
    let mut offset = 24;
    for i in 0..index {
        offset += word(table + i * 24);
    }
    (offset, word(table + index * 24))
}

/// Signals that end a process by default, sent from outside (`kill -INT`,
/// `kill -QUIT`, `timeout -s USR1`): the interface saves and gives the
/// terminal back as for SIGTERM. It died raw, in the alternate screen,
/// with the mouse captured, and nothing saved.
#[test]
fn other_ending_signals_save_and_restore_the_terminal() {
    for signal in ["INT", "QUIT", "USR1"] {
        let home = Home::new();
        let mut pty = Pty::spawn(&home, &options());
        pty.wait_for_text("Tous les outils");
        pty.send_keys("/padlet");
        pty.wait_for_text("Padlet");
        // Pinned: a change the signal must not lose.
        pty.send_keys("\r\x06");
        pty.wait_for_text("ajouté aux favoris");
        let sent = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pty.pid().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let status = pty.wait_exit(std::time::Duration::from_secs(10));
        assert!(status.success(), "{signal}: {status:?} {}", pty.describe());
        crate::pty_app::assert_restored(&pty);
        let state = std::fs::read_to_string(home.state_file()).unwrap_or_default();
        assert!(state.contains("\"padlet\""), "{signal}: {state}");
    }
}
