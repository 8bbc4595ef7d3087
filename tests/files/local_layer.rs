//! The adviser's own layer end to end with the built binary: notes,
//! locally written messages, evaluations, sharing the overlay with another
//! machine (other XDG folders), conflicts in `check`, and `compare`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A machine: its own XDG folders in a temporary directory.
struct Machine {
    sandbox: crate::common::Sandbox,
}

impl Machine {
    fn new() -> Self {
        Self {
            sandbox: crate::common::Sandbox::new(),
        }
    }

    // Only the Unix-only test of the file mode reads it.
    #[cfg(unix)]
    fn overlay(&self) -> PathBuf {
        self.sandbox.data_home().join("repere/local.json")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = crate::common::repere_in(&self.sandbox, args);
        command.env("REPERE_AUJOURDHUI", "2026-03-12");
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    fn run_with_input(&self, args: &[&str], input: &str) -> Output {
        use std::io::Write;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        checked(&self.run(args), args)
    }
}

fn checked(output: &Output, args: &[&str]) -> String {
    assert!(
        output.status.success(),
        "repere {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/local")
        .join(name)
}

#[test]
fn a_note_is_shown_dated_and_signed_then_travels_with_the_exported_overlay() {
    let mine = Machine::new();
    let said = mine.ok(&[
        "note",
        "pad-snopyta",
        "Service fermé",
        "--auteur",
        "Claire Dupont",
    ]);
    assert!(
        said.contains("Note ajoutée sur Pad Snopyta (12/03/2026)"),
        "{said}"
    );
    let card = mine.ok(&["show", "pad-snopyta"]);
    let sources_at = card.find("Sources :").unwrap();
    let note_at = card
        .find("Note locale du 12/03/2026 (Claire Dupont)")
        .unwrap_or_else(|| panic!("no note on the card:\n{card}"));
    assert!(
        note_at > sources_at,
        "the note must stand apart from the sources"
    );
    assert!(card.contains("Service fermé"));
    let json: serde_json::Value =
        serde_json::from_str(&mine.ok(&["show", "pad-snopyta", "--json"])).unwrap();
    assert_eq!(json["local_notes"][0]["text"], "Service fermé");
    assert_eq!(json["local_notes"][0]["author"], "Claire Dupont");
    // Searchable: "fermé" is in no source text.
    assert!(mine.ok(&["search", "fermé"]).contains("pad-snopyta"));
    // The file is private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(mine.overlay())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Another machine, other XDG folders, the exported overlay with --data.
    let exported = mine.sandbox.root().join("partage.json");
    mine.ok(&[
        "export",
        "--overlay",
        "--sortie",
        exported.to_str().unwrap(),
    ]);
    let colleague = Machine::new();
    assert!(
        !colleague
            .ok(&["show", "pad-snopyta"])
            .contains("Service fermé")
    );
    let card = colleague.ok(&["--data", exported.to_str().unwrap(), "show", "pad-snopyta"]);
    // Signed with the file it came from: not the colleague's own note.
    assert!(
        card.contains("Note du 12/03/2026 (Claire Dupont) — fichier partagé partage.json"),
        "{card}"
    );
    assert!(card.contains("Service fermé"));
}

#[test]
fn two_writers_keep_each_others_notes_and_delete_by_number() {
    let mine = Machine::new();
    mine.ok(&["note", "padlet", "première", "--auteur", "A"]);
    // A second command sees the first one's note (re-read before writing).
    mine.ok(&["note", "padlet", "deuxième", "--auteur", "B"]);
    let list = mine.ok(&["note", "padlet", "--list"]);
    assert!(
        list.contains("1. Note locale du 12/03/2026 (A) : première"),
        "{list}"
    );
    assert!(
        list.contains("2. Note locale du 12/03/2026 (B) : deuxième"),
        "{list}"
    );
    mine.ok(&["note", "padlet", "--delete", "1"]);
    let list = mine.ok(&["note", "padlet", "--list"]);
    assert!(
        !list.contains("première") && list.contains("1. Note locale du 12/03/2026 (B) : deuxième"),
        "{list}"
    );
    assert!(
        !mine
            .run(&["note", "padlet", "--delete", "7"])
            .status
            .success()
    );
}

#[test]
fn a_locally_written_message_is_always_announced_as_such() {
    let mine = Machine::new();
    let output = mine.run_with_input(
        &[
            "message",
            "pad-snopyta",
            "--rediger",
            "--auteur",
            "Claire",
            "--champ",
            "lien=Lien du pad",
        ],
        "Bonjour, voici le lien du pad : {lien}",
    );
    checked(&output, &["message --rediger"]);
    let output = mine.run(&[
        "message",
        "pad-snopyta",
        "--set",
        "lien=https://exemple.fr/p",
    ]);
    let printed = checked(&output, &["message"]);
    assert_eq!(
        printed.trim(),
        "Bonjour, voici le lien du pad : https://exemple.fr/p"
    );
    let notice = String::from_utf8_lossy(&output.stderr);
    assert!(
        notice.contains("Message rédigé localement le 12/03/2026 (Claire)"),
        "{notice}"
    );
    assert!(
        mine.ok(&["show", "pad-snopyta"])
            .contains("Message rédigé localement le 12/03/2026")
    );
    // Undeclared blanks are refused; a tool with a source message keeps it.
    let refused = mine.run_with_input(
        &["message", "pad-snopyta", "--rediger"],
        "Code : {code_secret}",
    );
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("{code_secret}"));
    let refused = mine.run_with_input(&["message", "toutemonannee", "--rediger"], "x");
    assert!(!refused.status.success());
}

#[test]
fn an_evaluated_tool_is_searched_checked_and_compared_like_any_tool() {
    let mine = Machine::new();
    let answers = fixture("evaluation-digipad.json");
    let said = mine.ok(&[
        "evaluate",
        "--reponses",
        answers.to_str().unwrap(),
        "--auteur",
        "Claire",
    ]);
    assert!(said.contains("Doutes / à étudier"), "{said}");
    assert!(
        said.contains("Où sont situés les serveurs"),
        "the rule names its criterion: {said}"
    );
    let found = mine.ok(&["search", "digipad"]);
    assert!(
        found.contains("? Doutes / à étudier") && found.contains("digipad [évaluation locale]"),
        "{found}"
    );
    // Its need lists it, and it gets alternatives like any doubtful tool.
    let card = mine.ok(&["show", "digipad"]);
    assert!(card.contains("Alternatives plus sûres"), "{card}");
    assert!(card.contains("Évaluation locale du 12/03/2026 (Claire)"));
    let checked_out = mine.ok(&["check"]);
    assert!(
        checked_out.contains("1 évaluations locales"),
        "{checked_out}"
    );
    assert!(checked_out.contains("Aucun conflit"), "{checked_out}");
    let compared = mine.ok(&["compare", "digipad", "padlet"]);
    assert!(compared.contains("Digipad  ↔  Padlet") && compared.contains("[évaluation locale]"));
    // Changing the proposed level needs a reason.
    let mut input: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&answers).unwrap()).unwrap();
    input["nom"] = "Autre pad".into();
    input["niveau"] = "proscrit".into();
    let path = mine.sandbox.root().join("sans-raison.json");
    std::fs::write(&path, input.to_string()).unwrap();
    let refused = mine.run(&["evaluate", "--reponses", path.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("donnez une raison"));
    input["raison"] = "Publicité relevée".into();
    std::fs::write(&path, input.to_string()).unwrap();
    mine.ok(&["evaluate", "--reponses", path.to_str().unwrap()]);
    assert!(mine.ok(&["search", "autre pad"]).contains("✗ Proscrit"));
}

#[test]
fn check_reports_a_shared_file_that_changes_the_bundled_data() {
    let colleague = Machine::new();
    let file = colleague.sandbox.root().join("zoom.json");
    let bundled = repere::catalog::embedded().unwrap();
    let mut zoom = serde_json::to_value(bundled.tool("zoom").unwrap()).unwrap();
    zoom["risk"]["level"] = "precautions".into();
    std::fs::write(&file, serde_json::json!({ "tools": [zoom] }).to_string()).unwrap();
    let report = colleague.ok(&["check", file.to_str().unwrap()]);
    assert!(
        report.contains("niveau changé par zoom (fichier partagé) : Proscrit (selon les sources) → Avec précautions"),
        "{report}"
    );
}

#[test]
fn compare_shows_both_tools_point_by_point() {
    let machine = Machine::new();
    let text = machine.ok(&["compare", "zoom", "rendez-vous"]);
    for needle in [
        "Zoom  ↔  RENATER Rendez-vous",
        "✗ Proscrit",
        "✓ Institutionnel",
        "Ouverture d'un compte",
        "Âge des sources et territoire :",
        "printemps 2020 (DSDEN 74), il y a 6 ans",
        // Read from the cards: the disagreement of the sources shows too.
        "Sources en désaccord",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&machine.ok(&["compare", "zoom", "rendez-vous", "--json"])).unwrap();
    assert_eq!(json[0]["risk"]["level"], "forbidden");
    assert_eq!(json[1]["risk"]["level"], "institutional");
}

/// Every question of the checklist quotes its source word for word.
#[test]
fn every_checklist_question_is_quoted_from_its_seed() {
    // The committed copy of the sources, as tests/sources.rs reads it.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let entries = std::fs::read_dir(&seeds)
        .unwrap_or_else(|e| panic!("sources missing at {}: {e}", seeds.display()));
    let mut all = String::new();
    for entry in entries {
        all.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default());
    }
    let all = all.split_whitespace().collect::<Vec<_>>().join(" ");
    for question in repere::local::checklist::QUESTIONS {
        let quote = question
            .quote
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            all.contains(&quote),
            "{}: « {quote} » not in the seeds",
            question.id
        );
    }
}

#[test]
fn evaluate_asks_each_question_with_its_source_and_accepts_a_changed_level() {
    let mine = Machine::new();
    // Name, address, needs, eleven answers (numbers or ids), then a level
    // other than the proposed one and its reason.
    let answers = "Kwiky\n\n17, messagerie-instantanee\nue\n1\n1\n1\n1\n1\nsans-lien\n1\n1\n1\n1\nproscrit\nUsage commercial relevé\n";
    let output = mine.run_with_input(&["evaluate", "--auteur", "Marc"], answers);
    let said = checked(&output, &["evaluate"]);
    let asked = String::from_utf8_lossy(&output.stderr);
    assert!(
        asked.contains("(FWB : « Où sont situés les serveurs de stockage"),
        "{asked}"
    );
    assert!(asked.contains("(Ministère : « Dans l'idéal, l'application doit pouvoir proposer une double authentification. »)"));
    assert!(
        asked.contains("Niveau proposé : ! Avec précautions"),
        "{asked}"
    );
    assert!(
        said.contains("kwiky — ✗ Proscrit [évaluation locale]"),
        "{said}"
    );
    let card = mine.ok(&["show", "kwiky"]);
    assert!(
        card.contains("Niveau retenu par le conseiller : ✗ Proscrit — Usage commercial relevé"),
        "{card}"
    );
    // Input that stops early saves nothing.
    let cut = mine.run_with_input(&["evaluate"], "Autre\n\n1\n");
    assert!(!cut.status.success());
    assert!(
        !mine
            .ok(&["search", "autre"])
            .contains("[évaluation locale]")
    );
}

/// Notes written at the same instant by four commands (or windows) on one
/// machine: every one is in the file at the end, none overwritten.
#[test]
fn notes_written_at_the_same_instant_are_all_kept() {
    let machine = Machine::new();
    let writers: Vec<_> = (0..4)
        .map(|writer| {
            let mut script = Vec::new();
            for note in 0..6 {
                script.push(machine.command(&[
                    "note",
                    "padlet",
                    &format!("Note {note} du poste {writer}"),
                    "--auteur",
                    "CPD",
                ]));
            }
            std::thread::spawn(move || {
                for mut command in script {
                    let out = command.output().unwrap();
                    assert!(out.status.success(), "{out:?}");
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let list = machine.run(&["note", "padlet", "--list"]);
    let listed = String::from_utf8_lossy(&list.stdout);
    for writer in 0..4 {
        for note in 0..6 {
            let text = format!("Note {note} du poste {writer}");
            assert!(listed.contains(&text), "{text} lost:\n{listed}");
        }
    }
}

mod faked;
mod layers;
mod team_copies;
mod team_guide;
