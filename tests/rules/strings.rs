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
    // « d'ouvrir », « l'outil », « qu'il »: an elided article or pronoun.
    let elided = words.iter().any(|w| {
        ["c'", "d'", "j'", "l'", "m'", "n'", "qu'", "s'", "t'"]
            .iter()
            .any(|e| w.strip_prefix(e).is_some_and(|rest| rest.len() > 1))
    });
    accented || french_word || elided
}

/// The attributes whose value clap shows to a person (help, headings,
/// placeholders; a `doc` attribute is a doc comment): their text comes
/// from `src/text/`, never a literal.
const SHOWN_BY_CLAP: &[&str] = &[
    "doc",
    "value_name",
    "help",
    "long_help",
    "about",
    "long_about",
    "help_heading",
    "next_help_heading",
    "subcommand_help_heading",
    "subcommand_value_name",
    "before_help",
    "after_help",
    "before_long_help",
    "after_long_help",
];

/// The literals of a file outside its test modules, those joined by
/// `concat!("Fiche ", "introuvable")` read as one, and whether each is
/// the value of an attribute clap shows.
fn literals(source: &str) -> Vec<(usize, String, bool)> {
    let mut found: Vec<(usize, String, bool)> = Vec::new();
    let mut code_before = String::new();
    let (mut in_concat, mut joined) = (false, false);
    for piece in pieces(&without_test_modules(source)) {
        match piece {
            Piece::Code(code) => {
                let between = code.replace("\"\"", "");
                let only_commas = between.trim().trim_matches(',').trim().is_empty();
                joined = in_concat && only_commas;
                let tail: String = between.chars().filter(|c| !c.is_whitespace()).collect();
                in_concat = tail.ends_with("concat!(") || joined;
                code_before = between;
            }
            Piece::Literal { line, text } => {
                let tail: String = code_before.chars().filter(|c| !c.is_whitespace()).collect();
                let shown = SHOWN_BY_CLAP.iter().any(|a| {
                    ["(", ",", "["]
                        .iter()
                        .any(|before| tail.ends_with(&format!("{before}{a}=")))
                });
                match found.last_mut() {
                    Some(last) if joined => {
                        last.1.push(' ');
                        last.1.push_str(&text);
                    }
                    _ => found.push((line, text, shown)),
                }
            }
        }
    }
    found
}

/// The French literals under `src/` outside `src/text/`, with file and
/// line (`#[cfg(test)]` modules left out), and the literals clap shows.
pub fn french_literals_outside_text() -> Vec<String> {
    let mut found = Vec::new();
    for file in all_files() {
        if file.path.starts_with("text") {
            continue;
        }
        for (line, text, shown) in literals(&file.text) {
            if shown || is_french(&text) {
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
    assert!(is_french("Impossible d'ouvrir"));
    assert!(!is_french("don't"));
    let read = literals(
        "const A: &str = concat!(\"Fiche \", \"introuvable\");\n\
         #[arg(long, value_name = \"CHEMIN\")]\nconst B: &str = r#\"Impossible d'ouvrir\"#;",
    );
    assert_eq!(read[0].1, "Fiche  introuvable");
    assert!(is_french(&read[0].1));
    assert!(read[1].2, "{read:?}");
    assert!(is_french(&read[2].1));
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

/// clap shows a field's or a variant's doc comment as its help: in a file
/// that derives clap's traits, the help is `help = …` / `about = …` from
/// `src/text/`, and no doc comment stands inside an item.
#[test]
fn the_command_line_help_lives_in_src_text() {
    let mut found = Vec::new();
    for file in all_files() {
        let code = without_test_modules(&file.text);
        let derives_clap = code.lines().any(|l| {
            l.trim_start().starts_with("#[derive(")
                && ["Parser", "Subcommand", "Args", "ValueEnum"]
                    .iter()
                    .any(|t| l.contains(t))
        });
        if !derives_clap {
            continue;
        }
        for (n, line) in code.lines().enumerate() {
            if line.starts_with(char::is_whitespace) && line.trim_start().starts_with("///") {
                found.push(format!(
                    "src/{}:{}: {}",
                    file.path.display(),
                    n + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "doc comments clap would show as help: give `help = words::…` instead:\n{}",
        found.join("\n")
    );
}
