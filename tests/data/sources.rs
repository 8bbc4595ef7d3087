//! Nothing invented: every quote of the bundled catalogue (statements,
//! family messages, the evidence levels rest on, territories, needs, source
//! notes, guidance items) is found in the source document it cites.
//!
//! The five source texts are committed in `tests/fixtures/seeds/` (a copy
//! of the project's `../shared/seeds`, checked identical when that folder
//! is beside the repository), so the check runs on any clean clone; if the
//! copy were missing the test would fail, never skip. Comparison ignores what
//! PDF extraction scrambles: spacing, line breaks, list markers, markdown
//! emphasis and link brackets, typographic apostrophes and quotes. Web
//! addresses split across lines by the extraction are checked by their
//! start.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::path::PathBuf;

use repere::catalog::embedded;

const SEEDS: &[(&str, &str)] = &[
    ("dsden74-2020", "000_acfe0e523939a388.txt"),
    ("academie-2021", "001_f6abf3186c543793.txt"),
    ("men-2020", "002_83d3edaf5918800a.txt"),
    ("fwb-2019", "003_37c00ff206337651.txt"),
    ("poitiers-2020", "004_6e7d329b4362b8a8.txt"),
];

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds")
}

/// The documents must be there: a missing copy fails the test.
fn seeds_present(dir: &std::path::Path) -> bool {
    assert!(
        dir.is_dir(),
        "the source documents are missing at {}",
        dir.display()
    );
    true
}

/// The committed copy is the project's sources, byte for byte, wherever
/// the shared folder is beside the repository (the developers' machines).
#[test]
fn committed_seeds_are_the_shared_ones() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !shared.is_dir() {
        // A clean clone elsewhere has only the committed copy: nothing to
        // compare it with, and the checks below still run on it.
        return;
    }
    for (_, file) in SEEDS {
        let ours = std::fs::read(seeds_dir().join(file)).unwrap();
        let theirs = std::fs::read(shared.join(file)).unwrap();
        assert!(ours == theirs, "{file} differs from ../shared/seeds");
    }
}

/// Lower-case, with only the characters that carry the words.
fn normalise(text: &str) -> String {
    let text = text
        .replace("<i>", "")
        .replace("</i>", "")
        .replace("^{er}", "er");
    text.chars()
        .filter(|c| !c.is_whitespace() && !"*_|\\#<>[]()-".contains(*c))
        .map(|c| match c {
            '’' | '‘' => '\'',
            '«' | '»' | '“' | '”' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The pieces of a quote to look for: the text between web addresses, and
/// the first 24 characters of each address.
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut plain = String::new();
    for token in text.split_whitespace() {
        if token.starts_with("http://") || token.starts_with("https://") {
            out.push(normalise(&plain));
            plain.clear();
            out.push(normalise(&token.chars().take(24).collect::<String>()));
        } else {
            plain.push_str(token);
            plain.push(' ');
        }
    }
    out.push(normalise(&plain));
    out.retain(|p| !p.is_empty());
    out
}

#[test]
fn every_quote_is_found_in_its_source() {
    let dir = seeds_dir();
    if !seeds_present(&dir) {
        return;
    }
    let documents: HashMap<&str, String> = SEEDS
        .iter()
        .map(|(id, file)| {
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            (*id, normalise(&text))
        })
        .collect();
    let catalog = embedded().unwrap();
    let mut quotes: Vec<(String, &str, &str)> = Vec::new();
    for tool in &catalog.tools {
        for statement in &tool.statements {
            quotes.push((tool.id.clone(), statement.source.as_str(), &statement.text));
        }
        for territory in &tool.territory {
            let entry = format!("{} (territoire)", tool.id);
            quotes.push((entry, &territory.source, &territory.text));
        }
        for evidence in &tool.risk.evidence {
            let entry = format!("{} (niveau)", tool.id);
            quotes.push((entry, &evidence.source, &evidence.text));
        }
        for quote in tool.needs.iter().filter_map(|n| n.quote.as_ref()) {
            quotes.push((format!("{} (besoin)", tool.id), &quote.source, &quote.text));
        }
        if let Some(message) = &tool.family_message {
            quotes.push((
                format!("{} (message)", tool.id),
                &message.source,
                &message.original,
            ));
        }
    }
    for source in &catalog.sources {
        if let Some(note) = &source.note {
            quotes.push((format!("{} (note)", source.id), &source.id, &note.text));
        }
    }
    for guidance in &catalog.guidance {
        for item in &guidance.items {
            quotes.push((guidance.id.clone(), &item.source, &item.text));
        }
    }
    let missing: Vec<String> = quotes
        .iter()
        .filter(|(_, source, text)| {
            let document = &documents[source];
            !pieces(text)
                .iter()
                .all(|piece| document.contains(piece.as_str()))
        })
        .map(|(entry, source, text)| format!("{entry} [{source}]: {text}"))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} quotes are not in their source:\n{}",
        missing.len(),
        quotes.len(),
        missing.join("\n")
    );
    assert!(quotes.len() > 700, "only {} quotes checked", quotes.len());
}

#[test]
fn a_changed_quote_is_caught() {
    let dir = seeds_dir();
    if !seeds_present(&dir) {
        return;
    }
    let text = normalise(&std::fs::read_to_string(dir.join(SEEDS[0].1)).unwrap());
    let real = "Ne pas communiquer d'informations à caractère personnel car elles sont accessibles par tous les utilisateurs.";
    assert!(pieces(real).iter().all(|p| text.contains(p.as_str())));
    let invented = "Aucune précaution n'est nécessaire pour les données des élèves.";
    assert!(!pieces(invented).iter().all(|p| text.contains(p.as_str())));
}
