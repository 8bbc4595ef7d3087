//! How many people a question gathers (« une réunion à 30 parents », « on
//! sera une quarantaine ») and how many a tool's statements allow
//! (« Réunions jusqu'à 10 personnes »): a tool too small for the meeting
//! weighs less, as one that says the opposite of a constraint.

use super::text::fold;
use super::words::split;

/// Words that count people after a number (folded).
const PEOPLE: &[&str] = &[
    "personnes",
    "participants",
    "participantes",
    "parents",
    "familles",
    "eleves",
    "enfants",
    "collegues",
    "enseignants",
    "enseignantes",
    "profs",
    "professeurs",
    "utilisateurs",
    "gens",
];

/// Approximate numbers said in words (« une quarantaine »).
const ROUGHLY: &[(&str, u32)] = &[
    ("dizaine", 10),
    ("douzaine", 12),
    ("quinzaine", 15),
    ("vingtaine", 20),
    ("trentaine", 30),
    ("quarantaine", 40),
    ("cinquantaine", 50),
    ("soixantaine", 60),
    ("centaine", 100),
];

/// Words a tool's statement puts before its limit (folded).
const LIMIT_WORDS: &[&[&str]] = &[
    &["jusqu", "a"],
    &["limite", "a"],
    &["limitee", "a"],
    &["maximum"],
];

/// How many people the question gathers: a number followed by a word for
/// people (two words may come between: « 30 parents d'élèves », « 25
/// élèves »), or an approximate number (« une trentaine »).
pub(super) fn asked(question: &str) -> Option<u32> {
    let folded = fold(question).text;
    let words: Vec<&str> = split(&folded).collect();
    words.iter().enumerate().find_map(|(i, word)| {
        if let Some(&(_, n)) = ROUGHLY.iter().find(|(w, _)| w == word) {
            return Some(n);
        }
        let n: u32 = word.parse().ok()?;
        let people = words
            .get(i + 1..(i + 3).min(words.len()))?
            .iter()
            .any(|w| PEOPLE.contains(w));
        (people && n > 1).then_some(n)
    })
}

/// Starts of words for meetings: a limit of another feature
/// (« Messagerie instantanée (limité à 5 utilisateurs) ») says nothing of
/// how many may meet.
const MEETING: &[&str] = &["reunion", "visio", "conferenc", "virtuel"];

/// The most people a statement about meetings allows (« Réunions jusqu'à
/// 10 personnes »), if it says so.
pub(super) fn limit(statement: &str) -> Option<u32> {
    let folded = fold(statement).text;
    let words: Vec<&str> = split(&folded).collect();
    LIMIT_WORDS.iter().find_map(|before| {
        (0..words.len().saturating_sub(before.len())).find_map(|i| {
            // The limit follows the word for meetings, not another
            // feature's (« Messagerie instantanée (limité à 5 …) »).
            let of_meetings = i
                .checked_sub(1)
                .is_some_and(|p| MEETING.iter().any(|m| words[p].starts_with(m)));
            if !of_meetings || words[i..i + before.len()] != **before {
                return None;
            }
            let n: u32 = words.get(i + before.len())?.parse().ok()?;
            let people = words
                .get(i + before.len() + 1)
                .is_some_and(|w| PEOPLE.contains(w));
            people.then_some(n)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_people_a_question_gathers() {
        assert_eq!(asked("une réunion en visio avec 30 parents"), Some(30));
        assert_eq!(
            asked("on sera une quarantaine, c'est quoi le mieux"),
            Some(40)
        );
        assert_eq!(asked("ma classe de 25 élèves en visio"), Some(25));
        // A size or an hour counts no one.
        assert_eq!(asked("une vidéo de 200 Mo pour les parents"), None);
        assert_eq!(asked("les parents m'écrivent à 23 h"), None);
        assert_eq!(asked("une visio avec les parents"), None);
    }

    #[test]
    fn the_people_a_statement_allows() {
        assert_eq!(limit("Réunions jusqu'à 10 personnes"), Some(10));
        assert_eq!(limit("Visioconférence limitée à 5 participants"), Some(5));
        // A limit of another feature is no limit on meetings.
        assert_eq!(
            limit("Messagerie instantanée (limité à 5 utilisateurs en simultané)"),
            None
        );
        assert_eq!(limit("Fichiers jusqu'à 10 Go"), None);
        assert_eq!(limit("Réunions sans limite"), None);
        assert_eq!(
            limit("Visio Partage d'écran Messagerie instantanée (limité à 5 utilisateurs)"),
            None
        );
    }
}
