//! Loading catalogue files: every broken file is refused with one sentence
//! that says where, both through the library and through `repere check`;
//! good folders merge in name order, a later entry overriding an earlier one.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::loader_support;

use std::ffi::OsStr;

use repere::catalog::{self, LoadError, Loader, Risk};

use loader_support::{
    CASES, Where, assert_one_clean_error_line, assert_one_clean_error_line_with, fixture, repere,
    text,
};

/// Every fixture of `broken/` has a case, and every case a fixture.
#[test]
fn every_broken_fixture_is_a_case() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixture("broken"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.file.to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn the_embedded_catalogue_is_valid() {
    let catalog = catalog::embedded().unwrap();
    assert!(catalog.tools.len() > 50, "{} tools", catalog.tools.len());
    // The fixtures rely on these existing.
    assert!(catalog.source("dsden74-2020").is_some());
    assert!(catalog.categories.iter().any(|c| c.id == "visioconference"));
    assert!(catalog.tool("rendez-vous").is_some());
}

#[test]
fn library_load_reports_each_broken_file_with_its_location() {
    for case in CASES {
        let err = catalog::load(&[case.path()], true).expect_err(case.file);
        assert_eq!(
            err.location.to_string(),
            case.expected_location(),
            "{}",
            case.file
        );
        case.check_message(&err.problem.to_string());
        assert_eq!(
            err.to_string(),
            format!("{} : {}", err.location, err.problem)
        );
    }
}

/// Parse errors stop `add_path`; validation errors only come at `finish`,
/// once every file is merged.
#[test]
fn loader_parses_on_add_and_validates_on_finish() {
    for case in CASES {
        let mut loader = Loader::new(true).unwrap();
        let added = loader.add_path(&case.path());
        // A duplicate within one file is a merge error, refused at once too.
        let err: LoadError = if case.is_parse_error() || matches!(case.at, Where::File) {
            added.expect_err(case.file)
        } else {
            added.unwrap_or_else(|e| panic!("{}: refused too early: {e}", case.file));
            loader.finish().expect_err(case.file)
        };
        assert_eq!(
            err.location.to_string(),
            case.expected_location(),
            "{}",
            case.file
        );
        case.check_message(&err.problem.to_string());
    }
}

/// Validation runs on the merged catalogue: a later file with the same id
/// replaces a faulty entry before anything is checked.
#[test]
fn validation_happens_after_the_merge() {
    let mut loader = Loader::new(true).unwrap();
    let broken = std::fs::read_to_string(fixture("broken/unknown-category.json")).unwrap();
    loader.add_text("premier.json", &broken).unwrap();
    let fixed = broken.replace("teleportation", "visioconference");
    loader.add_text("second.json", &fixed).unwrap();
    let catalog = loader.finish().unwrap();
    let tool = catalog.tool("outil-besoin-inconnu").unwrap();
    assert_eq!(tool.categories, vec!["visioconference".to_owned()]);
}

#[test]
fn check_refuses_each_broken_file_in_one_line() {
    for case in CASES {
        let path = case.path();
        let output = repere([OsStr::new("--data"), path.as_os_str(), OsStr::new("check")]);
        let stderr = assert_one_clean_error_line(&output, case.file);
        let location = case.expected_location();
        let line = stderr.trim_end();
        let rest = line
            .strip_prefix(&format!("repere : {location} : "))
            .unwrap_or_else(|| panic!("{}: expected location {location:?} in {line:?}", case.file));
        case.check_message(rest);
        assert!(line.contains(&path.display().to_string()));
    }
}

/// `check FILE` is the same as `--data FILE check`.
#[test]
fn check_with_a_positional_path_reports_the_same_error() {
    for case in CASES {
        let path = case.path();
        let positional = repere([OsStr::new("check"), path.as_os_str()]);
        let flagged = repere([OsStr::new("--data"), path.as_os_str(), OsStr::new("check")]);
        assert_one_clean_error_line(&positional, case.file);
        assert_eq!(positional.stderr, flagged.stderr, "{}", case.file);
    }
}

/// Any command refuses a broken catalogue, not only `check`.
#[test]
fn other_commands_refuse_a_broken_catalogue_too() {
    let path = fixture("broken/control-character.json");
    for args in [vec!["search", "zoom"], vec!["show", "zoom"], vec!["guide"]] {
        let mut all: Vec<&OsStr> = vec![OsStr::new("--data"), path.as_os_str()];
        all.extend(args.iter().map(OsStr::new));
        let output = repere(&all);
        let stderr = assert_one_clean_error_line(&output, &args.join(" "));
        assert!(stderr.contains("(U+001B)"), "{stderr}");
    }
}

#[test]
fn a_folder_merges_in_name_order_and_the_later_file_wins() {
    let catalog = catalog::load(&[fixture("folder")], false).unwrap();
    let ids: Vec<&str> = catalog.tools.iter().map(|t| t.id.as_str()).collect();
    // The override replaces the entry in place, it is not added twice.
    assert_eq!(ids, ["nuage-local", "serveur-classe"]);
    let tool = catalog.tool("nuage-local").unwrap();
    assert_eq!(tool.name, "Nuage local (version corrigée)");
    assert_eq!(tool.risk.level, Risk::Forbidden);
    assert_eq!(tool.alternatives, ["serveur-classe"]);
    assert_eq!(catalog.sources.len(), 1);
    assert_eq!(catalog.categories.len(), 1);
}

#[test]
fn repeated_data_flags_merge_in_order() {
    let base = fixture("folder/01-base.json");
    let fix = fixture("folder/02-override.json");
    let forward = catalog::load(&[base.clone(), fix.clone()], false).unwrap();
    assert_eq!(
        forward.tool("nuage-local").unwrap().name,
        "Nuage local (version corrigée)"
    );
    // The override names a source and a category loaded only after it; that
    // is fine since validation comes after the merge, but now base wins.
    let backward = catalog::load(&[fix, base], false).unwrap();
    assert_eq!(
        backward.tool("nuage-local").unwrap().name,
        "Nuage local (première version)"
    );
}

#[test]
fn no_builtin_with_a_folder_works_alone() {
    let folder = fixture("folder");
    let output = repere([
        OsStr::new("--no-builtin"),
        OsStr::new("--data"),
        folder.as_os_str(),
        OsStr::new("check"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout
            .starts_with("Catalogue valide : 2 outils, 1 besoins, 0 repères généraux, 1 sources."),
        "{stdout}"
    );

    let output = repere([
        OsStr::new("--no-builtin"),
        OsStr::new("--data"),
        folder.as_os_str(),
        OsStr::new("show"),
        OsStr::new("nuage-local"),
        OsStr::new("--json"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let card: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(card["name"], "Nuage local (version corrigée)");

    // Without the embedded catalogue, embedded tools are unknown.
    let output = repere([
        OsStr::new("--no-builtin"),
        OsStr::new("--data"),
        folder.as_os_str(),
        OsStr::new("show"),
        OsStr::new("zoom"),
    ]);
    // An unknown tool is not an input error: exit 1.
    let stderr = assert_one_clean_error_line_with(&output, 1, "show zoom without builtin");
    assert!(stderr.contains("Aucun outil"), "{stderr}");
}

#[test]
fn a_folder_extends_the_embedded_catalogue() {
    let embedded = catalog::embedded().unwrap();
    let merged = catalog::load(&[fixture("folder")], true).unwrap();
    assert_eq!(merged.tools.len(), embedded.tools.len() + 2);
    assert_eq!(merged.sources.len(), embedded.sources.len() + 1);
    assert!(merged.tool("zoom").is_some());

    let folder = fixture("folder");
    let output = repere([
        OsStr::new("--data"),
        folder.as_os_str(),
        OsStr::new("check"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let expected = format!("Catalogue valide : {} outils,", embedded.tools.len() + 2);
    assert!(text(&output.stdout).starts_with(&expected));
}

#[test]
fn a_file_overrides_an_embedded_tool_with_the_same_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zoom-local.json");
    std::fs::write(
        &path,
        r#"{ "tools": [ {
            "id": "zoom",
            "name": "Zoom (fiche locale)",
            "categories": ["visioconference"],
            "risk": { "level": "forbidden", "rationale": "Fiche locale.", "sources": ["dsden74-2020"] }
        } ] }"#,
    )
    .unwrap();
    let embedded = catalog::embedded().unwrap();
    let merged = catalog::load(std::slice::from_ref(&path), true).unwrap();
    assert_eq!(merged.tools.len(), embedded.tools.len());
    assert_eq!(merged.tool("zoom").unwrap().name, "Zoom (fiche locale)");

    let output = repere([
        OsStr::new("--data"),
        path.as_os_str(),
        OsStr::new("show"),
        OsStr::new("zoom"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).starts_with("Zoom (fiche locale) — ✗ Proscrit\n"));
}

/// The folder holds `catalogue.schema.json` (which would be refused as a
/// catalogue part) and `notes.txt`: both are skipped.
#[test]
fn schema_and_non_json_files_in_a_folder_are_ignored() {
    let schema = fixture("folder/catalogue.schema.json");
    assert!(schema.is_file());
    assert!(fixture("folder/notes.txt").is_file());
    // Read on its own, the schema file is not a catalogue…
    let err = catalog::load(std::slice::from_ref(&schema), false).unwrap_err();
    assert!(
        err.problem.to_string().contains("champ inconnu `title`"),
        "{err}"
    );
    // …so loading the folder proves it was skipped.
    assert!(catalog::load(&[fixture("folder")], false).is_ok());
}

#[test]
fn an_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let shown = dir.path().display().to_string();
    let err = catalog::load(&[dir.path().to_path_buf()], true).unwrap_err();
    assert_eq!(err.location.to_string(), shown);
    assert_eq!(
        err.problem.to_string(),
        "ce dossier ne contient aucun fichier .json"
    );

    let output = repere([
        OsStr::new("--data"),
        dir.path().as_os_str(),
        OsStr::new("check"),
    ]);
    let stderr = assert_one_clean_error_line(&output, "empty folder");
    assert_eq!(
        stderr,
        format!("repere : {shown} : ce dossier ne contient aucun fichier .json\n")
    );
}

#[test]
fn a_folder_with_only_a_schema_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("folder/catalogue.schema.json"),
        dir.path().join("catalogue.schema.json"),
    )
    .unwrap();
    std::fs::write(dir.path().join(".cache.json"), "{ pas du JSON").unwrap();
    let err = catalog::load(&[dir.path().to_path_buf()], false).unwrap_err();
    assert_eq!(
        err.problem.to_string(),
        "ce dossier ne contient aucun fichier .json"
    );
}

#[test]
fn a_missing_path_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("absent.json");
    let err = catalog::load(std::slice::from_ref(&missing), true).unwrap_err();
    assert_eq!(err.location.to_string(), missing.display().to_string());
    assert!(
        err.problem
            .to_string()
            .starts_with("impossible de lire ce chemin"),
        "{err}"
    );
    let output = repere([
        OsStr::new("--data"),
        missing.as_os_str(),
        OsStr::new("check"),
    ]);
    assert_one_clean_error_line(&output, "missing path");
}

#[test]
fn no_builtin_without_data_has_no_tools() {
    let catalog = catalog::load(&[], false).unwrap();
    assert!(catalog.tools.is_empty());
    assert!(catalog.sources.is_empty());
}
