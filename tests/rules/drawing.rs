//! Only `update` writes the state: the drawing keeps no interior
//! mutability of its own in the state or in `ui/`, and remembers nothing
//! behind a global; what it measures comes back as `Action::Drawn`.

use std::collections::BTreeSet;

use crate::source::{code_of, library_files, without_test_modules};

/// Interior mutability, under any name it can be imported by (a path into
/// `std::cell` is caught even when the type is renamed).
const HIDDEN: &[&str] = &[
    "Cell",
    "RefCell",
    "OnceCell",
    "LazyCell",
    "UnsafeCell",
    "cell",
    "Mutex",
    "RwLock",
    "OnceLock",
    "LazyLock",
    "thread_local",
];

#[test]
fn neither_the_state_nor_the_drawing_hides_a_cell() {
    let mut wrong = Vec::new();
    for file in library_files() {
        // The state file's store is held by the effect runner
        // (`terminal/effects.rs`), never by `State`: its lock guards the
        // merge base it keeps between reads and saves.
        let watched = (file.path.starts_with("ui") || file.path.starts_with("app"))
            && !file.path.ends_with("app/store.rs");
        if !watched {
            continue;
        }
        let code = code_of(&without_test_modules(&file.text));
        let words: BTreeSet<&str> = code
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .collect();
        for word in words {
            if HIDDEN.contains(&word) {
                wrong.push(format!("src/{} uses {word}", file.path.display()));
            }
        }
        // An atomic only as a process-wide counter (`State::instance`),
        // never as a field the drawing could write through `&State`.
        let field_atomic = code.lines().any(|line| {
            line.contains("Atomic")
                && !(file.path.starts_with("app") && line.trim_start().starts_with("static "))
        });
        if field_atomic {
            wrong.push(format!("src/{} uses an atomic", file.path.display()));
        }
        let spaced = code.split_whitespace().collect::<Vec<_>>().join(" ");
        if spaced.contains("static mut") {
            wrong.push(format!("src/{} uses static mut", file.path.display()));
        }
    }
    assert!(wrong.is_empty(), "state written outside update: {wrong:#?}");
}

/// Every test that starts the program goes through `tests/common`, which
/// gives it its own HOME and XDG folders.
#[test]
fn tests_start_the_program_through_the_shared_environment() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut wrong = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.map(|e| e.path()).unwrap_or_default();
            if path.is_dir() {
                if !path.ends_with("fixtures") && !path.ends_with("common") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                if text.contains(concat!("CARGO_BIN_EXE_", "repere")) {
                    wrong.push(
                        path.strip_prefix(&root)
                            .unwrap_or(&path)
                            .display()
                            .to_string(),
                    );
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "tests starting the program by themselves: {wrong:?}"
    );
}
