//! A question read for what it asks before it is scored, by the
//! vocabulary of `data/intents.json`: whether it asks to replace a tool
//! (« à la place de WhatsApp »), whether something is allowed, what it
//! excludes (« sans créer de compte »), which constraints it sets
//! (« gratuit pour les familles ») and which situations it describes
//! (« les parents écrivent à 23 h »). What is left is the need.

use super::text::fold;
use super::words::{Stems, hour_as_word, is_stop_word, split};
use crate::catalog::intents::Intents;
use crate::catalog::territory::Place;

use super::phrase::{
    NEGATION_WORDS, contains_run, content_stems, find_any, find_phrase, opposite_runs,
};
use super::said_place::said_place;

/// What a question asks, besides its need.
#[derive(Debug, Default)]
pub(super) struct Reading {
    /// It asks for something in place of a tool.
    pub(super) replace: bool,
    /// It asks whether something is allowed.
    pub(super) permission: bool,
    /// Where it asks to choose between tools it names (« j'hésite entre
    /// … lequel ? »).
    pub(super) choice_at: Option<usize>,
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
    /// The words of everyday expressions it holds, which mean nothing to
    /// search (« prendre rendez-vous », « dès ce soir »).
    pub(super) ordinary: Vec<String>,
}

impl Reading {
    /// Whether the question says anything beyond its need.
    pub(super) fn has_intent(&self) -> bool {
        self.replace
            || self.permission
            || self.choice_at.is_some()
            || !self.excluded.is_empty()
            || self.people.is_some()
            || !self.opposites.is_empty()
            || !self.situations.is_empty()
            || self.place.is_some()
            || !self.ordinary.is_empty()
    }

    /// The need, as text to search.
    pub(super) fn need_text(&self) -> String {
        self.need.join(" ")
    }

    /// The need without some of its words (a tool's name it leaves).
    pub(super) fn need_without(&self, words: &[&str]) -> String {
        self.need
            .iter()
            .map(String::as_str)
            .filter(|w| !words.contains(w))
            .collect::<Vec<_>>()
            .join(" ")
    }
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
    // Everyday expressions name no tool and describe no situation: « donner
    // rendez-vous » is no RENATER Rendez-vous, « dès ce soir » no parent
    // writing at night.
    for phrase in &intents.ordinary_phrases {
        while let Some(at) = find_phrase(stems, &word_stems, phrase, &taken) {
            take(&at, &mut taken);
            reading
                .ordinary
                .extend(at.iter().map(|&i| words[i].clone()));
        }
    }
    // Situations: on stems, whatever the words around, except the words
    // already read (a run of stems never crosses them).
    let untaken: Vec<String> = words
        .iter()
        .zip(&taken)
        .map(|(w, &t)| if t { "·".to_owned() } else { w.clone() })
        .collect();
    let question_stems = content_stems(stems, &untaken);
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
    // « sans arrêt », « sans changer » ask for no replacement; « (il n')y
    // a pas un autre … ? » asks for one.
    let negated = |at: &[usize]| {
        at.first()
            .and_then(|&first| first.checked_sub(1))
            .is_some_and(|before| {
                let asks = before >= 2 && words[before - 2] == "y" && words[before - 1] == "a";
                NEGATION_WORDS.contains(&words[before].as_str()) && !asks
            })
    };
    if let Some(at) =
        find_any(stems, &word_stems, &intents.replace, &taken).filter(|at| !negated(at))
    {
        reading.replace = true;
        intent_end = at.last().copied();
        take(&at, &mut taken);
    }
    if let Some(at) = find_any(stems, &word_stems, &intents.choice, &taken) {
        reading.choice_at = at.first().copied();
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
        // The words that carry meaning after it (« sans qu'il y ait de la
        // pub »: « pub »).
        let next: Vec<usize> = (after..words.len())
            .filter(|&i| !is_stop_word(&words[i]))
            .take(NEGATED_WORDS)
            .collect();
        let mut excluded = None;
        for &i in &next {
            if taken[i] {
                continue;
            }
            taken[i] = true;
            let word = &words[i];
            if !light(word) {
                excluded = Some(i);
                break;
            }
        }
        match excluded {
            // « L'école n'a pas de site, comment on en crée un ? »: a lack
            // the question then asks to fill is its need.
            Some(i) if asked_for_again(words, i) => taken[i] = false,
            Some(i) => {
                reading.opposites.push(vec![stems.loose(&words[i])]);
                reading.excluded.push(words[i].clone());
            }
            None => {}
        }
        // Excluding what a constraint's opposite words say (« sans pages
        // publicitaires ») sets that constraint.
        let window: Vec<String> = next.iter().map(|&i| word_stems[i].clone()).collect();
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

/// How many words that carry meaning a negation reaches.
const NEGATED_WORDS: usize = 3;

/// Whether the thing at `at` is asked for later in the question as « en
/// … un » (« comment on en crée un », « on voudrait en avoir une »).
fn asked_for_again(words: &[String], at: usize) -> bool {
    let one = |w: Option<&String>| w.is_some_and(|w| w == "un" || w == "une");
    (at + 1..words.len())
        .any(|j| words[j] == "en" && (one(words.get(j + 2)) || one(words.get(j + 3))))
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
        assert_eq!(hour_as_word("6h30"), "heures");
        assert_eq!(hour_as_word("8h"), "8h");
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
    fn a_lack_the_question_asks_to_fill_is_its_need() {
        let r = reading("l'école n'a pas de site, comment on en crée un ?");
        assert!(r.need.iter().any(|w| w == "site"), "{r:?}");
        assert!(r.excluded.is_empty() && r.opposites.is_empty());
        assert_eq!(reading("une visio sans compte").excluded, vec!["compte"]);
    }

    #[test]
    fn everyday_expressions_name_nothing_and_describe_no_situation() {
        let r = reading("je dois donner rendez-vous aux parents");
        assert!(
            !r.ordinary.is_empty() && !r.need.iter().any(|w| w == "rendez"),
            "{r:?}"
        );
        assert!(
            reading("je dois envoyer les fiches dès ce soir")
                .situations
                .is_empty()
        );
        assert!(
            !reading("les parents m'écrivent le soir")
                .situations
                .is_empty()
        );
    }

    #[test]
    fn asking_whether_there_is_another_is_no_negation() {
        assert!(reading("y a pas un autre mur plus sûr ?").replace);
        assert!(reading("il n'y a pas une autre visio ?").replace);
        assert!(!reading("ils appellent sans arrêt").replace);
    }

    #[test]
    fn a_negation_reaches_past_the_words_of_a_clause() {
        let r = reading("écrire aux familles sans qu'il y ait de la pub chez elles");
        assert!(r.constrained, "{r:?}");
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
