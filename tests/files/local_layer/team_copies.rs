//! What sync engines leave in a team folder under other names than the
//! usual « (conflicted copy) »: Google Drive's « alice (1).json »,
//! OneDrive's « alice-PC-ECOLE.json », Windows' « alice - Copie.json », a
//! merge tool's « alice.json.BASE.json ». A copy of a colleague's
//! published file (its header names an author whose file has another
//! name) is reported, never loaded as a layer that could replace the
//! colleague's own file with a stale one. And a colleague's file that
//! does not load (a quote refused, a document not synchronised yet) is
//! reported and left out: the adviser's commands still run.

use super::{Machine, checked};
use std::path::Path;

fn as_author(machine: &Machine, author: &str, args: &[&str]) -> std::process::Output {
    machine
        .command(args)
        .env("REPERE_AUTEUR", author)
        .output()
        .unwrap()
}

fn private_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    dir
}

fn private_copy(from: &Path, to: &Path) {
    std::fs::copy(from, to).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

#[test]
fn copies_of_a_published_file_under_other_names_are_reported_not_loaded() {
    let shared = private_folder();
    let folder = shared.path().to_str().unwrap();
    let alice = Machine::new();
    checked(
        &as_author(&alice, "Alice", &["note", "padlet", "Ancienne note"]),
        &["note"],
    );
    checked(
        &as_author(&alice, "Alice", &["equipe", folder]),
        &["equipe"],
    );
    let published = shared.path().join("alice.json");
    // Stale copies of her file, as engines and people name them.
    let copies = [
        "alice (1).json",
        "alice-PC-ECOLE.json",
        "alice - Copie.json",
        "alice.json.BASE.json",
    ];
    for copy in copies {
        private_copy(&published, &shared.path().join(copy));
    }
    // Then Alice's note changes: her file is the newer one.
    checked(
        &as_author(&alice, "Alice", &["note", "padlet", "--delete", "1"]),
        &["note --delete"],
    );
    checked(
        &as_author(&alice, "Alice", &["note", "padlet", "Note à jour"]),
        &["note"],
    );
    let bob = Machine::new();
    let output = as_author(
        &bob,
        "Bob",
        &["--equipe", folder, "note", "padlet", "--list"],
    );
    let listed = checked(&output, &["note --list"]);
    assert!(listed.contains("Note à jour"), "{listed}");
    assert!(
        !listed.contains("Ancienne note"),
        "a stale copy was loaded:\n{listed}"
    );
    let said = String::from_utf8_lossy(&output.stderr);
    for copy in copies {
        assert!(said.contains(copy), "{copy} not reported:\n{said}");
    }
    // `repere equipe` does not list them as colleagues.
    let status = checked(
        &as_author(&bob, "Bob", &["--equipe", folder, "equipe"]),
        &["equipe"],
    );
    let colleagues: Vec<&str> = status.lines().filter(|l| l.contains("collègue")).collect();
    assert_eq!(colleagues.len(), 1, "{status}");
}

#[test]
fn a_colleagues_file_that_does_not_load_is_reported_and_left_out() {
    let shared = private_folder();
    let folder = shared.path().to_str().unwrap();
    let alice = Machine::new();
    let text = alice.sandbox.root().join("dane.txt");
    std::fs::write(
        &text,
        "Les murs collaboratifs doivent être configurés en mode privé.\n",
    )
    .unwrap();
    for args in [
        vec![
            "source",
            "add",
            text.to_str().unwrap(),
            "--titre",
            "Murs",
            "--editeur",
            "DANE",
            "--date",
            "2026-03",
            "--id",
            "dane-2026",
        ],
        vec![
            "note",
            "padlet",
            "--citation",
            "doivent être configurés en mode privé",
            "--source",
            "dane-2026",
        ],
        vec!["equipe", folder],
    ] {
        checked(&as_author(&alice, "Alice", &args), &args);
    }
    let chloe = Machine::new();
    checked(
        &as_author(&chloe, "Chloé", &["note", "padlet", "Note de Chloé"]),
        &["note"],
    );
    checked(
        &as_author(&chloe, "Chloé", &["equipe", folder]),
        &["equipe"],
    );
    // The document has not arrived yet on Bob's machine: half of it.
    let document = shared.path().join("sources/dane-2026.txt");
    std::fs::write(&document, "Les murs collab").unwrap();
    let bob = Machine::new();
    let output = as_author(&bob, "Bob", &["--equipe", folder, "show", "padlet"]);
    let card = checked(&output, &["show padlet"]);
    assert!(card.contains("Note de Chloé"), "{card}");
    assert!(!card.contains("mode privé"), "{card}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("alice.json"), "{said}");
    assert!(said.contains("ignoré"), "{said}");
}
