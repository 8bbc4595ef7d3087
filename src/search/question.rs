//! A question read for what it asks before it is scored, by the
//! vocabulary of `data/intents.json`: whether it asks to replace a tool
//! (« à la place de WhatsApp »), whether something is allowed, what it
//! excludes (« sans créer de compte »), which constraints it sets
//! (« gratuit pour les familles ») and which situations it describes
//! (« les parents écrivent à 23 h »). What is left is the need.

use super::text::fold;
use super::words::{Stems, is_stop_word, split};
use crate::catalog::intents::{Constraint, Intents, Words};
use crate::catalog::territory::Place;

/// Words that turn what follows into its opposite; kept when stop words
/// are dropped, so that « pas d'internet » is not « internet ».
const NEGATION_WORDS: &[&str] = &[
    "aucun", "aucune", "jamais", "ni", "non", "pas", "sans", "zero",
];

/// What a question asks, besides its need.
#[derive(Debug, Default)]
pub(super) struct Reading {
    /// It asks for something in place of a tool.
    pub(super) replace: bool,
    /// It asks whether something is allowed.
    pub(super) permission: bool,
    /// Stems the question excludes, and stems (or runs of stems) of
    /// statements that say the opposite of one of its constraints.
    pub(super) opposites: Vec<Vec<String>>,
    /// The words negations exclude, as written (folded): « pas Zoom »
    /// names a tool to replace.
    pub(super) excluded: Vec<String>,
    /// It sets one of the vocabulary's constraints (« gratuit pour les
    /// familles », « sans publicité »), not only a negation.
    pub(super) constrained: bool,
    /// Indexes of the situations it describes, in the vocabulary's order.
    pub(super) situations: Vec<usize>,
    /// How many people it gathers (« on sera une quarantaine »).
    pub(super) people: Option<u32>,
    /// The folded words of the situations' phrases found (« gmail perso »).
    pub(super) situation_words: Vec<String>,
    /// The folded words left once the intents' words are taken out.
    pub(super) need: Vec<String>,
    /// The words of the question after the replace or permission words
    /// (where the tool's name is usually given), then those before.
    pub(super) after_intent: Vec<String>,
    pub(super) before_intent: Vec<String>,
    /// A place the question names (« en Charente », « dans le 74 »): the
    /// tools are ordered for it, as with `--territoire`.
    pub(super) place: Option<Place>,
}

impl Reading {
    /// Whether the question says anything beyond its need.
    pub(super) fn has_intent(&self) -> bool {
        self.replace
            || self.permission
            || !self.excluded.is_empty()
            || self.people.is_some()
            || !self.opposites.is_empty()
            || !self.situations.is_empty()
            || self.place.is_some()
    }

    /// The need, as text to search.
    pub(super) fn need_text(&self) -> String {
        self.need.join(" ")
    }
}

/// Where each word of a phrase matched, if it did: the parts of a phrase
/// split by « … » match in order, each as a run of words, a word matching
/// in any of its forms (« abandonne » as « abandonner »).
fn find_phrase(
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
fn find_any(stems: &Stems, words: &[String], list: &Words, taken: &[bool]) -> Option<Vec<usize>> {
    list.all()
        .find_map(|phrase| find_phrase(stems, words, phrase, taken))
}

/// Stems of the words that carry meaning, negations kept as they are.
fn content_stems(stems: &Stems, words: &[String]) -> Vec<String> {
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
fn opposite_runs(stems: &Stems, constraint: &Constraint) -> Vec<Vec<String>> {
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

/// Words after which a place is named (« à » folded).
const PLACE_WORDS: &[&str] = &["a", "au", "dans", "en"];
/// Articles between them and the name, which is never read with them
/// (« à la réunion » is a meeting, not La Réunion).
const ARTICLES: &[&str] = &["l", "la", "le", "les"];

/// The place a question names after « en », « à », « au » or « dans »
/// (a département by name, an académie, France, Belgique), with the
/// positions of its words. A number is a département only after « dans
/// le » (« à 23 h » is an hour).
fn said_place(words: &[String]) -> Option<(Place, Vec<usize>)> {
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

/// Reads `question` by the vocabulary.
pub(super) fn read(intents: &Intents, stems: &Stems, question: &str) -> Reading {
    let folded = fold(question).text;
    let words: Vec<String> = split(&folded).map(hour_as_word).collect();
    let word_stems: Vec<String> = words.iter().map(|w| stems.loose(w)).collect();
    let mut taken = vec![false; words.len()];
    let mut reading = Reading {
        people: super::people::asked(question),
        ..Reading::default()
    };
    let take = |positions: &[usize], taken: &mut Vec<bool>| {
        for &p in positions {
            taken[p] = true;
        }
    };
    if let Some((place, at)) = said_place(&words) {
        reading.place = Some(place);
        take(&at, &mut taken);
    }
    // Situations: on stems, whatever the words around.
    let question_stems = content_stems(stems, &words);
    for (i, situation) in intents.situations.iter().enumerate() {
        let found = situation.words.all().find(|phrase| {
            let phrase_words: Vec<String> = split(&fold(phrase).text).map(str::to_owned).collect();
            contains_run(&question_stems, &content_stems(stems, &phrase_words))
        });
        if let Some(phrase) = found {
            reading
                .situation_words
                .extend(split(&fold(phrase).text).map(str::to_owned));
            reading.situations.push(i);
        }
    }
    // The intents that change the answer's shape; their words are no need.
    let mut intent_end = None;
    // « sans arrêt », « sans changer » ask for no replacement.
    let negated = |at: &[usize]| {
        at.first()
            .and_then(|&first| first.checked_sub(1))
            .is_some_and(|before| NEGATION_WORDS.contains(&words[before].as_str()))
    };
    if let Some(at) =
        find_any(stems, &word_stems, &intents.replace, &taken).filter(|at| !negated(at))
    {
        reading.replace = true;
        intent_end = at.last().copied();
        take(&at, &mut taken);
    }
    if let Some(at) = find_any(stems, &word_stems, &intents.permission.words, &taken) {
        reading.permission = true;
        intent_end = intent_end.or(at.last().copied());
        take(&at, &mut taken);
    }
    // Constraints, then negations of what is left. A constraint's words
    // are no need (a repère on them is found as a situation).
    for constraint in &intents.constraints {
        if let Some(at) = find_any(stems, &word_stems, &constraint.words, &taken) {
            if !constraint.audience {
                take(&at, &mut taken);
                reading.constrained = true;
            }
            reading.opposites.extend(opposite_runs(stems, constraint));
        }
    }
    read_negations(
        intents,
        stems,
        &words,
        &word_stems,
        &mut taken,
        &mut reading,
    );
    if let Some(end) = intent_end {
        reading.after_intent = (end + 1..words.len())
            .filter(|&i| !taken[i])
            .map(|i| words[i].clone())
            .collect();
        reading.before_intent = (0..end)
            .filter(|&i| !taken[i])
            .map(|i| words[i].clone())
            .collect();
    }
    reading.need = (0..words.len())
        .filter(|&i| !taken[i])
        .map(|i| words[i].clone())
        .collect();
    reading
}

/// Negations: what each excludes (« sans créer de compte »), the
/// constraints they set (« sans pages publicitaires »), and the words
/// right after one (« pas Zoom »), which may name a tool.
fn read_negations(
    intents: &Intents,
    stems: &Stems,
    words: &[String],
    word_stems: &[String],
    taken: &mut [bool],
    reading: &mut Reading,
) {
    while let Some(at) = find_any(stems, word_stems, &intents.negation.words, taken) {
        for &p in &at {
            taken[p] = true;
        }
        let after = at.last().copied().unwrap_or(0) + 1;
        // What is excluded: the first word after the negation that is
        // neither a stop word nor a light verb (« sans créer de compte »).
        let light = |w: &str| intents.negation.light_words.iter().any(|l| l == w);
        let mut excluded = None;
        for (i, word) in words.iter().enumerate().skip(after).take(4) {
            if taken[i] || is_stop_word(word) {
                continue;
            }
            taken[i] = true;
            if !light(word) {
                excluded = Some(i);
                break;
            }
        }
        if let Some(i) = excluded {
            reading.opposites.push(vec![stems.loose(&words[i])]);
            reading.excluded.push(words[i].clone());
        }
        // Excluding what a constraint's opposite words say (« sans pages
        // publicitaires ») sets that constraint.
        let window = &word_stems[after.min(word_stems.len())..(after + 4).min(word_stems.len())];
        for constraint in &intents.constraints {
            let runs = opposite_runs(stems, constraint);
            if runs
                .iter()
                .any(|run| window.windows(run.len()).any(|w| w == run.as_slice()))
            {
                reading.constrained = true;
                reading.opposites.extend(runs);
            }
        }
    }
    // A name right after a negation (« pas Zoom ») is excluded too.
    for (i, pair) in words.windows(2).enumerate() {
        if NEGATION_WORDS.contains(&pair[0].as_str()) && !taken[i + 1] && !is_stop_word(&pair[1]) {
            reading.excluded.push(pair[1].clone());
        }
    }
}

/// A time of day written in one word (« 23h », « 7h30 ») read as the
/// word « heures », as the vocabulary's situations say it (« à toute
/// heure »); any other word as it is.
fn hour_as_word(word: &str) -> String {
    let digits = word
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(word.len());
    let (hours, rest) = word.split_at(digits);
    let minutes = rest.strip_prefix('h');
    let is_hour = (1..=2).contains(&hours.len())
        && hours.parse::<u8>().is_ok_and(|h| h < 24)
        && minutes.is_some_and(|m| {
            m.is_empty() || (m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()))
        });
    if is_hour {
        "heures".to_owned()
    } else {
        word.to_owned()
    }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn reading(question: &str) -> Reading {
        read(&Intents::bundled().unwrap(), &Stems::default(), question)
    }

    #[test]
    fn replace_words_are_no_need_and_the_name_follows_them() {
        let r = reading("quoi utiliser à la place de WhatsApp avec les parents");
        assert!(r.replace);
        assert_eq!(r.after_intent[0], "whatsapp");
        assert!(!r.need.iter().any(|w| w == "place"));
        assert!(reading("comme padlet mais autorisé").replace);
        assert!(!reading("comme un mur").replace);
    }

    #[test]
    fn a_time_of_day_in_one_word_is_read_as_hours() {
        assert_eq!(hour_as_word("23h"), "heures");
        assert_eq!(hour_as_word("7h30"), "heures");
        assert_eq!(hour_as_word("200mo"), "200mo");
        assert_eq!(hour_as_word("25h"), "25h");
        assert_eq!(hour_as_word("h"), "h");
        let r = reading("des parents m'écrivent à 23h");
        assert!(!r.situations.is_empty());
    }

    #[test]
    fn negated_words_are_excluded_not_asked() {
        let r = reading("visio sans créer de compte pour les élèves");
        assert_eq!(r.opposites, vec![vec![Stems::default().of("compte")]]);
        assert!(!r.need.iter().any(|w| w == "compte"));
        assert!(r.need.iter().any(|w| w == "visio"));
    }

    #[test]
    fn a_statement_saying_the_opposite_is_told_from_one_agreeing() {
        let stems = Stems::default();
        let opposites = vec![vec![stems.of("reservation")]];
        assert!(says_any(&stems, "Soumis à réservation", &opposites));
        assert!(!says_any(&stems, "Sans réservation préalable", &opposites));
    }

    #[test]
    fn situations_are_found_in_other_word_forms() {
        let intents = Intents::bundled().unwrap();
        let r = read(
            &intents,
            &Stems::default(),
            "des familles n'ont pas internet",
        );
        let ids: Vec<&str> = r
            .situations
            .iter()
            .map(|&i| intents.situations[i].id.as_str())
            .collect();
        assert!(ids.contains(&"familles-sans-internet"), "{ids:?}");
    }

    #[test]
    fn a_place_is_read_after_a_preposition_and_nowhere_else() {
        let place = |q: &str| reading(q).place;
        let said = |input: &str| Place::parse(input);
        assert_eq!(place("une visio en Charente"), said("16"));
        assert_eq!(place("un mail en Haute-Savoie"), said("74"));
        assert_eq!(place("un ENT dans le 74"), said("74"));
        assert_eq!(place("un blog à Poitiers"), said("poitiers"));
        // A meeting, an hour, a number not said as a place: none.
        assert_eq!(place("on en parle à la réunion"), None);
        assert_eq!(place("les parents écrivent à 23 h"), None);
        assert_eq!(place("en 74 exemplaires"), None);
        assert_eq!(place("partager en ligne"), None);
        // Its words are no need.
        assert_eq!(reading("une visio en Charente").need, vec!["une", "visio"]);
    }
}
