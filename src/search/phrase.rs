//! Phrases of the vocabulary found in a question's words: runs of stems,
//! parts in order, negations kept.

use super::text::fold;
use super::words::{Stems, is_stop_word, split};
use crate::catalog::intents::{Constraint, Words};

/// Words that turn what follows into its opposite; kept when stop words
/// are dropped, so that « pas d'internet » is not « internet ».
pub(super) const NEGATION_WORDS: &[&str] = &[
    "aucun", "aucune", "jamais", "ni", "non", "pas", "sans", "zero",
];

/// Where each word of a phrase matched, if it did: the parts of a phrase
/// split by « … » match in order, each as a run of words, a word matching
/// in any of its forms (« abandonne » as « abandonner »).
pub(super) fn find_phrase(
    stems: &Stems,
    words: &[String],
    phrase: &str,
    taken: &[bool],
) -> Option<Vec<usize>> {
    let parts: Vec<Vec<String>> = phrase
        .split('…')
        .map(|part| {
            split(&fold(part).text)
                .map(|w| stems.loose(w))
                .collect::<Vec<_>>()
        })
        .filter(|part| !part.is_empty())
        .collect();
    if parts.is_empty() {
        return None;
    }
    let mut from = 0;
    let mut positions = Vec::new();
    for part in &parts {
        let start = (from..words.len().saturating_sub(part.len() - 1)).find(|&i| {
            part.iter()
                .enumerate()
                .all(|(k, w)| words[i + k] == *w && !taken[i + k])
        })?;
        positions.extend(start..start + part.len());
        from = start + part.len();
    }
    Some(positions)
}

/// The first phrase of `list` found, with where; `words` are the
/// question's words as stems.
pub(super) fn find_any(
    stems: &Stems,
    words: &[String],
    list: &Words,
    taken: &[bool],
) -> Option<Vec<usize>> {
    list.all()
        .find_map(|phrase| find_phrase(stems, words, phrase, taken))
}

/// Stems of the words that carry meaning, negations kept as they are.
pub(super) fn content_stems(stems: &Stems, words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| NEGATION_WORDS.contains(&w.as_str()) || !is_stop_word(w))
        .map(|w| {
            if NEGATION_WORDS.contains(&w.as_str()) {
                // « aucune » and « aucun », « pas » and « sans » say the same.
                "¬".to_owned()
            } else {
                stems.loose(w)
            }
        })
        .collect()
}

/// Whether `run` appears in `stems` as consecutive items.
pub(super) fn contains_run(stems: &[String], run: &[String]) -> bool {
    !run.is_empty() && stems.windows(run.len()).any(|w| w == run)
}

/// A constraint's opposite words, each as a run of stems.
pub(super) fn opposite_runs(stems: &Stems, constraint: &Constraint) -> Vec<Vec<String>> {
    constraint
        .opposite_words
        .iter()
        .map(|w| {
            split(&fold(w).text)
                .map(|w| stems.loose(w))
                .collect::<Vec<_>>()
        })
        .filter(|run| !run.is_empty())
        .collect()
}
