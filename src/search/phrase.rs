//! Phrases of the vocabulary found in a question's words (runs of stems,
//! parts in order, negations kept), and what a tool's statement says of a
//! question's constraints: their opposite, or a need of what it excludes.

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

/// Whether a text says one of the `opposites` without a negation in the
/// three words before it (« soumis à réservation », not « sans
/// réservation »).
pub(super) fn says_any(stems: &Stems, text: &str, opposites: &[Vec<String>]) -> bool {
    let folded = fold(text).text;
    let words: Vec<&str> = split(&folded).collect();
    let text_stems: Vec<String> = words.iter().map(|w| stems.loose(w)).collect();
    opposites.iter().any(|run| {
        !run.is_empty()
            && (0..text_stems.len().saturating_sub(run.len() - 1)).any(|i| {
                text_stems[i..i + run.len()] == run[..]
                    && !words[i.saturating_sub(3)..i]
                        .iter()
                        .any(|w| NEGATION_WORDS.contains(w) || *w == "n")
            })
    })
}

/// Whether a text says it needs one of the `excluded` stems: a light
/// word (« création », « fournir ») in the three words before it (« lors
/// de la création des comptes élèves »), not « conservant votre numéro
/// anonyme ».
pub(super) fn says_needed(
    stems: &Stems,
    text: &str,
    excluded: &[String],
    light_words: &[String],
) -> bool {
    let folded = fold(text).text;
    let words: Vec<&str> = split(&folded).collect();
    words.iter().enumerate().any(|(i, word)| {
        excluded.contains(&stems.loose(word))
            && words[i.saturating_sub(3)..i]
                .iter()
                .any(|before| light_words.iter().any(|l| l == before))
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::catalog::intents::Intents;

    #[test]
    fn a_statement_saying_the_opposite_is_told_from_one_agreeing() {
        let stems = Stems::default();
        let opposites = vec![vec![stems.of("reservation")]];
        assert!(says_any(&stems, "Soumis à réservation", &opposites));
        assert!(!says_any(&stems, "Sans réservation préalable", &opposites));
    }

    #[test]
    fn a_statement_needing_what_is_excluded_is_told_from_advice() {
        let stems = Stems::default();
        let light = Intents::bundled().unwrap().negation.light_words;
        let compte = vec![stems.loose("compte")];
        let needs = "Lors de la création des comptes élèves restreindre l'identification.";
        assert!(says_needed(&stems, needs, &compte, &light));
        let numero = vec![stems.loose("numero")];
        let advice =
            "Vous souhaitez avoir recours au téléphone tout en conservant votre numéro anonyme ?";
        assert!(!says_needed(&stems, advice, &numero, &light));
    }

    /// A situation's phrase keeps what it says once stop words are
    /// dropped: « où vont les données » is not « données », « un autre
    /// outil » not « autre ». Only small words (articles, pronouns, the
    /// verbs of a question, the words for any tool) may go.
    #[test]
    fn situation_phrases_keep_their_meaning_without_stop_words() {
        const SMALL: &[&str] = &[
            "a",
            "appli",
            "application",
            "au",
            "aux",
            "d",
            "de",
            "des",
            "doit",
            "du",
            "elle",
            "en",
            "est",
            "etre",
            "faire",
            "faut",
            "il",
            "ils",
            "j",
            "je",
            "l",
            "la",
            "le",
            "les",
            "leur",
            "ma",
            "me",
            "mes",
            "mon",
            "n",
            "ne",
            "nous",
            "on",
            "outil",
            "qu",
            "que",
            "qui",
            "quoi",
            "sa",
            "se",
            "ses",
            "son",
            "tout",
            "toute",
            "un",
            "une",
            "vos",
            "votre",
            "y",
        ];
        let intents = Intents::bundled().unwrap();
        let stems = Stems::default();
        let mut shrunk = Vec::new();
        for situation in &intents.situations {
            for phrase in situation.words.all() {
                let words: Vec<String> = split(&fold(phrase).text).map(str::to_owned).collect();
                let meaningful = words
                    .iter()
                    .filter(|w| !SMALL.contains(&w.as_str()))
                    .count();
                if content_stems(&stems, &words).len() < meaningful.min(2) {
                    shrunk.push(format!("{}: « {phrase} »", situation.id));
                }
            }
        }
        assert!(shrunk.is_empty(), "{shrunk:#?}");
    }
}
