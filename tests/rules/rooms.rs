//! A house you can extend in one room: no file grows past what one reads
//! at once, and every popup is one folder in `app/popup/` (its state and
//! keys in `mod.rs`, what they do in `update.rs`) with its drawing of the
//! same name in `ui/popup/`.

use std::path::Path;

use crate::source::{all_files, library_files};

/// Beyond this a file is split (the aim is about 400 lines; the margin
/// lets a file grow a little before its split).
const MOST_LINES: usize = 450;

#[test]
fn no_file_is_longer_than_one_reads_at_once() {
    let long: Vec<String> = library_files()
        .iter()
        .filter(|f| f.text.lines().count() > MOST_LINES)
        .map(|f| format!("src/{}: {} lines", f.path.display(), f.text.lines().count()))
        .collect();
    assert!(long.is_empty(), "files to split: {long:#?}");
}

#[test]
fn every_popup_is_one_module_with_its_drawing_beside_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let popups = std::fs::read_dir(src.join("app/popup")).unwrap();
    let mut names = Vec::new();
    for entry in popups {
        let path = entry.unwrap().path();
        if !path.is_dir() {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for part in ["mod.rs", "update.rs"] {
            assert!(path.join(part).is_file(), "app/popup/{name}/{part} missing");
        }
        assert!(
            src.join(format!("ui/popup/{name}.rs")).is_file(),
            "ui/popup/{name}.rs missing: a popup's drawing has its name"
        );
        let list = std::fs::read_to_string(src.join("app/popup/mod.rs")).unwrap();
        assert!(
            list.contains(&format!("pub mod {name};")),
            "app/popup/mod.rs does not list {name}"
        );
        names.push(name);
    }
    assert!(names.len() >= 6, "popups found: {names:?}");
    // Nothing of a popup lives outside its folder: no popup state or key
    // table left in the key tables or the state.
    for (file, left) in [
        ("app/keymap/tables.rs", "pub const FORM"),
        ("app/keymap/tables.rs", "pub const POPUP"),
        ("app/keymap/tables.rs", "pub const TERRITORY"),
        ("app/state.rs", "pub enum Overlay"),
    ] {
        let text = std::fs::read_to_string(src.join(file)).unwrap();
        assert!(!text.contains(left), "{file} still holds {left}");
    }
}

/// Where a popup may be named: its own folder and drawing, the lists of
/// popups, the action enum, and its strings.
fn may_name(file: &str, popup: &str) -> bool {
    file.starts_with(&format!("app/popup/{popup}/"))
        || file == format!("ui/popup/{popup}.rs")
        || ["app/popup/mod.rs", "app/popup/update.rs", "ui/popup/mod.rs"].contains(&file)
        || file == "app/action.rs"
        || file.starts_with("text/")
}

/// Files that still reach into a popup from outside, by popup: a debt to
/// pay, never to grow (the deletion popup has none).
const STILL_REACHED_FROM: &[(&str, &[&str])] = &[
    ("form", &["app/copy.rs", "app/mail.rs"]),
    ("help", &["app/update.rs"]),
    (
        "team",
        &[
            "app/update.rs",
            "terminal/effects.rs",
            "bin/screenshots/shots.rs",
        ],
    ),
    ("territory", &["app/state.rs", "app/update.rs"]),
    (
        "text",
        &[
            "app/copy.rs",
            "app/local_actions.rs",
            "app/popup/help/update.rs",
            "app/update.rs",
        ],
    ),
    ("wizard", &["app/local_actions.rs", "app/update.rs"]),
];

/// A popup's own names besides its module's path (found inside longer
/// names too: `StartDeleteNote`), for popups whose names are not common
/// words.
const OWN_NAMES: &[(&str, &[&str])] = &[(
    "note_delete",
    &[
        "note_delete",
        "NoteDelete",
        "DeleteNote",
        "NotePicker",
        "delete_note",
    ],
)];

/// Adding a popup touches its module, the lists of popups and the action
/// enum: no other file names it (by its module's path, or by its own
/// names), so a key table, the update or the effect runner that starts
/// to list it fails here.
#[test]
fn a_popup_is_named_only_in_its_room_and_the_lists() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app/popup");
    let mut popups: Vec<String> = std::fs::read_dir(src)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    popups.sort();
    let files = all_files();
    let mut stray = Vec::new();
    for popup in &popups {
        let reached: &[&str] = STILL_REACHED_FROM
            .iter()
            .find(|(name, _)| name == popup)
            .map_or(&[], |(_, files)| files);
        let own: &[&str] = OWN_NAMES
            .iter()
            .find(|(name, _)| name == popup)
            .map_or(&[], |(_, names)| names);
        for file in &files {
            let path = file.path.to_string_lossy().into_owned();
            if may_name(&path, popup) || reached.contains(&path.as_str()) {
                continue;
            }
            let by_path = file
                .text
                .match_indices(&format!("popup::{popup}"))
                .any(|(at, found)| {
                    let after = file.text[at + found.len()..].chars().next();
                    !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                });
            if let Some(name) = own.iter().find(|name| file.text.contains(*name)) {
                stray.push(format!("src/{path} names the {popup} popup ({name})"));
            } else if by_path {
                stray.push(format!("src/{path} reaches into the {popup} popup"));
            }
        }
    }
    assert!(
        stray.is_empty(),
        "popups named outside their room: {stray:#?}"
    );
    // The debts listed are still owed (a paid one leaves the list).
    for (popup, reached) in STILL_REACHED_FROM {
        for path in *reached {
            let text = files
                .iter()
                .find(|f| f.path.to_string_lossy() == *path)
                .map_or("", |f| f.text.as_str());
            assert!(
                text.contains(&format!("popup::{popup}")),
                "src/{path} no longer reaches into the {popup} popup: take it off the list"
            );
        }
    }
}
