//! A house you can extend in one room: no file grows past what one reads
//! at once, and every popup is one folder in `app/popup/` (its state and
//! keys in `mod.rs`, what they do in `update.rs`) with its drawing of the
//! same name in `ui/popup/`.

use std::path::Path;

use crate::source::library_files;

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
