//! Every user-facing string lives under `src/text/` (quotes from the
//! sources live in `data/`): a French literal anywhere else in the library
//! or the binaries fails this test.

use crate::source::{Piece, all_files, pieces, without_test_modules};

/// Words that make a literal French prose rather than a key, a format or a
/// file name. Short and frequent: a French sentence has one.
const FRENCH_WORDS: &[&str] = &[
    "le", "la", "les", "des", "du", "une", "un", "est", "pas", "pour", "avec", "dans", "sur",
    "aux", "vous", "votre", "vos", "et", "ou", "au", "ce", "cette", "sans", "plus", "ne", "se",
    "qui", "que", "son", "sa", "ses", "il", "elle", "nom", "outil", "outils", "fiche",
];

/// Whether a literal reads as French prose for a person.
pub fn is_french(text: &str) -> bool {
    let accented = text
        .chars()
        .any(|c| "àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ«»’".contains(c));
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let french_word = words.len() >= 2 && words.iter().any(|w| FRENCH_WORDS.contains(&w.as_str()));
    accented || french_word
}

/// The French literals under `src/` outside `src/text/`, with file and
/// line (`#[cfg(test)]` modules left out).
pub fn french_literals_outside_text() -> Vec<String> {
    let mut found = Vec::new();
    for file in all_files() {
        if file.path.starts_with("text") {
            continue;
        }
        for piece in pieces(&without_test_modules(&file.text)) {
            if let Piece::Literal { line, text } = piece
                && is_french(&text)
            {
                found.push(format!("src/{}:{line}: {text:?}", file.path.display()));
            }
        }
    }
    found
}

#[test]
fn the_detector_tells_prose_from_keys() {
    assert!(is_french("Aucun outil ne correspond"));
    assert!(is_french("écriture impossible"));
    assert!(is_french("« {} »"));
    assert!(!is_french("etat.json"));
    assert!(!is_french("{}: {}"));
    assert!(!is_french("institutional"));
    assert!(!is_french("https://example.org"));
}

/// No French literal outside `src/text/`: each found is listed with its
/// file and line.
#[test]
fn french_strings_live_in_src_text() {
    let found = french_literals_outside_text();
    assert!(
        found.is_empty(),
        "French literals outside src/text/: move them to a module of src/text/ \
         (quotes from the sources go to data/):\n{}",
        found.join("\n")
    );
}
