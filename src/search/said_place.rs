//! A place named in a question (« en Charente », « dans le 74 », « à
//! Poitiers »): the tools are ordered for it, as with `--territoire`.

use crate::catalog::territory::Place;

/// Words after which a place is named (« à » folded).
const PLACE_WORDS: &[&str] = &["a", "au", "dans", "en"];
/// Articles between them and the name, which is never read with them
/// (« à la réunion » is a meeting, not La Réunion).
const ARTICLES: &[&str] = &["l", "la", "le", "les"];

/// The place a question names after « en », « à », « au » or « dans »
/// (a département by name, an académie, France, Belgique), with the
/// positions of its words. A number is a département only after « dans
/// le » (« à 23 h » is an hour).
pub(super) fn said_place(words: &[String]) -> Option<(Place, Vec<usize>)> {
    for (i, word) in words.iter().enumerate() {
        if !PLACE_WORDS.contains(&word.as_str()) {
            continue;
        }
        let mut start = i + 1;
        while words
            .get(start)
            .is_some_and(|w| ARTICLES.contains(&w.as_str()))
        {
            start += 1;
        }
        let after_dans_le = word == "dans" && start > i + 1;
        // The longest name first: « Loire-Atlantique » before « Loire ».
        for len in (1..=3).rev() {
            let Some(name) = words.get(start..start + len) else {
                continue;
            };
            let name = name.join("-");
            let numeric = name.starts_with(|c: char| c.is_ascii_digit());
            if numeric && !after_dans_le {
                continue;
            }
            if let Some(place) = Place::parse(&name).filter(Place::is_set) {
                return Some((place, (i..start + len).collect()));
            }
        }
    }
    None
}
