//! The places an adviser may give as territory, besides those the sources
//! name: the French départements (number, name, académie) and the
//! académies. A static list is a fact of administration, not of the
//! sources. Anything else is refused, with the nearest names.

use std::sync::OnceLock;

/// The bundled list (`data/places.json`).
const BUNDLED: &str = include_str!("../../data/places.json");

/// Département number, name, académie (lower case ASCII, as `Place`
/// keeps it); académie id and name.
#[derive(Debug, Default, serde::Deserialize)]
struct Places {
    departements: Vec<(String, String, String)>,
    academies: Vec<(String, String)>,
}

/// The list, read once; a list that cannot be read is empty (a test
/// reads it).
fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| serde_json::from_str(BUNDLED).unwrap_or_default())
}

/// The départements: number, name, académie.
pub fn departements() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    places()
        .departements
        .iter()
        .map(|(code, name, academie)| (code.as_str(), name.as_str(), academie.as_str()))
}

/// The académies: id, name.
pub fn academies() -> impl Iterator<Item = (&'static str, &'static str)> {
    places()
        .academies
        .iter()
        .map(|(id, name)| (id.as_str(), name.as_str()))
}

/// A place near what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Near {
    /// A département: name, number.
    Departement(&'static str, &'static str),
    /// An académie, by name.
    Academie(&'static str),
}

/// A name folded for comparison: lower case, no accents, hyphens,
/// apostrophes and spaces as one hyphen.
pub fn key(name: &str) -> String {
    let folded: String = name.to_lowercase().chars().map(unaccented).collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether a text can be a place's name: letters, digits, spaces,
/// hyphens and apostrophes only (« 74 ! » is none).
fn is_name_like(input: &str) -> bool {
    input
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’'))
}

/// A French letter without its accent (enough for place names).
fn unaccented(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ÿ' => 'y',
        c => c,
    }
}

/// The département of a number or a name (« 74 », « haute-savoie »).
pub fn departement(input: &str) -> Option<(&'static str, &'static str, &'static str)> {
    if !is_name_like(input.trim()) {
        return None;
    }
    let wanted = key(input);
    departements().find(|(code, name, _)| *code == wanted || key(name) == wanted)
}

/// The académie of a name (« grenoble », « orleans tours »).
pub fn academie(input: &str) -> Option<&'static str> {
    if !is_name_like(input.trim()) {
        return None;
    }
    let wanted = key(input);
    academies()
        .find(|(id, name)| *id == wanted || key(name) == wanted)
        .map(|(id, _)| id)
}

/// The académie of a département number.
pub fn academie_of(code: &str) -> Option<&'static str> {
    departements()
        .find(|(c, _, _)| *c == code)
        .map(|(_, _, academie)| academie)
}

/// Up to three places nearest to what was typed: départements and
/// académies.
pub fn nearest(input: &str) -> Vec<Near> {
    let wanted = key(input);
    let mut scored: Vec<(f64, Near)> = departements()
        .map(|(code, name, _)| {
            let score = strsim::jaro_winkler(&wanted, &key(name));
            (score, Near::Departement(name, code))
        })
        .chain(
            academies().map(|(id, name)| (strsim::jaro_winkler(&wanted, id), Near::Academie(name))),
        )
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, near)| near).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_departement_has_a_known_academie_and_names_are_unique() {
        for (code, name, academie) in departements() {
            assert!(academies().any(|(id, _)| id == academie), "{code} {name}");
            assert_eq!(departement(name).map(|d| d.0), Some(code));
        }
        assert_eq!(departements().count(), 101);
        assert_eq!(academies().count(), 30);
    }

    #[test]
    fn names_are_read_as_typed_and_near_misses_get_suggestions() {
        assert_eq!(departement("haute-savoie").map(|d| d.0), Some("74"));
        assert_eq!(departement("Haute Savoie").map(|d| d.0), Some("74"));
        assert_eq!(academie("Orléans-Tours"), Some("orleans-tours"));
        assert!(departement("xyzzy").is_none() && academie("xyzzy").is_none());
        assert!(nearest("haute savoi").contains(&Near::Departement("Haute-Savoie", "74")));
    }
}
