//! Only `update` writes the state: the drawing keeps no interior
//! mutability of its own in the state or in `ui/`, and remembers nothing
//! behind a global; what it measures comes back as `Action::Drawn`.

use crate::source::{code_of, library_files, without_test_modules};

#[test]
fn neither_the_state_nor_the_drawing_hides_a_cell() {
    let mut wrong = Vec::new();
    for file in library_files() {
        let watched = file.path.starts_with("ui") || file.path.starts_with("app");
        if !watched {
            continue;
        }
        let code = code_of(&without_test_modules(&file.text));
        for hidden in [
            "Cell<",
            "RefCell",
            "thread_local!",
            "OnceCell",
            "static mut",
        ] {
            if code.contains(hidden) {
                wrong.push(format!("src/{} uses {hidden}", file.path.display()));
            }
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
