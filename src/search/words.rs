//! From folded text to the words relevance is computed on: French stop
//! words dropped, word forms folded by the French Snowball stemmer
//! ("fichiers", "fichier" → "fichi"), and file sizes read as numbers
//! ("200 Mo", "2,5 Go", "plus de 5 Mo").

use std::collections::HashMap;
use std::sync::Mutex;

use rust_stemmers::{Algorithm, Stemmer};

/// Splits folded text into words: letters and digits, apostrophes and
/// hyphens cut ("d'ecole", "post-it").
pub(super) fn split(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Words before « classe » that make it the teacher's own class, the
/// setting of the call, not a need (« exercices avec ma classe »).
const OWN_CLASS_BEFORE: &[&str] = &[
    "leur", "leurs", "ma", "mes", "nos", "notre", "sa", "ses", "ta", "tes", "toute", "toutes",
    "vos", "votre",
];

/// Which of a question's folded words only say its setting: the
/// teacher's own class (« ma classe », « toute la classe ») and « tout de
/// suite ». A tool whose name has such a word (« Ma classe à la maison »,
/// « G Suite ») is not what the question asks for: relevance leaves them
/// out, while a name given whole is still looked up by the lexical pass.
pub(super) fn setting_words(words: &[&str]) -> Vec<bool> {
    let mut setting = vec![false; words.len()];
    for (i, word) in words.iter().enumerate() {
        let before = |n: usize| i.checked_sub(n).and_then(|j| words.get(j)).copied();
        let own_class = matches!(*word, "classe" | "classes")
            && (before(1).is_some_and(|w| OWN_CLASS_BEFORE.contains(&w))
                || (matches!(before(1), Some("la" | "les"))
                    && before(2).is_some_and(|w| OWN_CLASS_BEFORE.contains(&w))));
        // Not a class of a kind (« ma classe virtuelle »).
        let qualified = words
            .get(i + 1)
            .is_some_and(|next| matches!(*next, "virtuelle" | "virtuelles" | "numerique"));
        let right_away = *word == "suite" && before(1) == Some("de") && before(2) == Some("tout");
        if (own_class && !qualified) || right_away {
            setting[i] = true;
            if right_away {
                setting[i - 2] = true;
            }
        }
    }
    setting
}

/// Whether a folded word carries no meaning for a search.
pub(super) fn is_stop_word(word: &str) -> bool {
    super::stop_words::STOP_WORDS.binary_search(&word).is_ok()
}

/// Words whose loose stems are remembered at most.
const LOOSE_MEMO_CAP: usize = 20_000;

/// The French Snowball stemmer, made once.
pub(super) struct Stems(Stemmer);

impl Default for Stems {
    fn default() -> Self {
        Self(Stemmer::create(Algorithm::French))
    }
}

impl Stems {
    /// The stem of a folded word. Snowball expects accents: without them
    /// it keeps some plurals ("videos"), so the plural's "s" goes first
    /// (the same on both sides, the index and the question).
    pub(super) fn of(&self, word: &str) -> String {
        let singular = match word.strip_suffix('s') {
            Some(stem) if word.len() >= 4 && !stem.ends_with('s') => stem,
            _ => word,
        };
        self.0.stem(singular).into_owned()
    }

    /// The stem used to read a question by the intents' vocabulary: as
    /// [`Self::of`], and a feminine participle as its masculine
    /// ("referencee" as "reference"), which Snowball tells apart without
    /// accents. Not for the index: there it would take « données » for
    /// « donner ».
    pub(super) fn loose(&self, word: &str) -> String {
        // Reading a question stems every phrase of the vocabulary, at each
        // keystroke: the stems are remembered (a few thousand words; the
        // memo starts over past its cap, so pasted text cannot grow it).
        static MEMO: std::sync::OnceLock<Mutex<HashMap<String, String>>> =
            std::sync::OnceLock::new();
        let memo = MEMO.get_or_init(Mutex::default);
        let remembered = memo
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(word)
            .cloned();
        if let Some(stem) = remembered {
            return stem;
        }
        let stem = self.loose_now(word);
        let mut memo = memo
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if memo.len() >= LOOSE_MEMO_CAP {
            memo.clear();
        }
        memo.insert(word.to_owned(), stem.clone());
        stem
    }

    fn loose_now(&self, word: &str) -> String {
        let singular = match word.strip_suffix('s') {
            Some(stem) if word.len() >= 4 && !stem.ends_with('s') => stem,
            _ => word,
        };
        match singular.strip_suffix('e') {
            // Not below seven letters: « donnee » is a noun first.
            Some(stem) if singular.len() >= 7 && stem.ends_with('e') => self.of(stem),
            _ => self.of(singular),
        }
    }
}

/// The school day and the early evening: a time among them does not, by
/// itself, say that someone writes at night.
const WORKING_HOURS: std::ops::Range<u8> = 7..20;

/// A time outside working hours written in one word (« 23h », « 6h30 »)
/// read as the word « heures », as the vocabulary's situations say it (« à
/// toute heure »); any other word as it is: « rendez-vous à 8h » is a
/// meeting time, not a parent writing at night.
pub(super) fn hour_as_word(word: &str) -> String {
    let digits = word
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(word.len());
    let (hours, rest) = word.split_at(digits);
    let minutes = rest.strip_prefix('h');
    let is_hour = (1..=2).contains(&hours.len())
        && hours
            .parse::<u8>()
            .is_ok_and(|h| h < 24 && !WORKING_HOURS.contains(&h))
        && minutes.is_some_and(|m| {
            m.is_empty() || (m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()))
        });
    if is_hour {
        "heures".to_owned()
    } else {
        word.to_owned()
    }
}

/// A file size read in a question, in megabytes, and which way it leans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Size {
    pub(super) megabytes: f64,
    /// "plus de 5 Mo": strictly above the number.
    pub(super) above: bool,
    /// "moins de 5 Mo": strictly below the number.
    pub(super) below: bool,
}

/// The first size in a folded question ("un document de 50 mo", "2go",
/// "plus de 5 mo", "3 gigas"), and the question without it.
pub(super) fn find_size(folded: &str) -> Option<(Size, String)> {
    let words: Vec<&str> = folded.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let (number, unit, used) = match split_number(word) {
            Some((number, "")) => (number, *words.get(i + 1)?, 2),
            Some((number, unit)) => (number, unit, 1),
            None => continue,
        };
        let Some(factor) = unit_factor(unit) else {
            continue;
        };
        let before = words[..i].join(" ");
        let above = crate::text::SIZE_ABOVE_LEADS
            .iter()
            .any(|lead| before.ends_with(lead));
        let below = crate::text::SIZE_BELOW_LEADS
            .iter()
            .any(|lead| before.ends_with(lead));
        let rest: Vec<&str> = words[..i]
            .iter()
            .chain(&words[i + used..])
            .copied()
            .collect();
        let size = Size {
            megabytes: number * factor,
            above,
            below,
        };
        return Some((size, rest.join(" ")));
    }
    None
}

/// "50mo" → (50, "mo"); "2,5" → (2.5, ""); `None` when no number leads.
fn split_number(word: &str) -> Option<(f64, &str)> {
    let end = word
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(word.len());
    let number: f64 = word[..end].replace(',', ".").parse().ok()?;
    (number.is_finite() && number >= 0.0).then_some((number, &word[end..]))
}

/// Megabytes per unit; `None` if the word is no size unit.
fn unit_factor(unit: &str) -> Option<f64> {
    let unit = unit.trim_end_matches(|c: char| !c.is_alphanumeric());
    Some(match unit {
        "ko" | "kb" | "kilo" | "kilos" | "kilooctets" => 1.0 / 1024.0,
        "mo" | "mb" | "mos" | "mega" | "megas" | "megaoctet" | "megaoctets" => 1.0,
        "go" | "gb" | "giga" | "gigas" | "gigaoctet" | "gigaoctets" => 1024.0,
        "to" | "tb" | "tera" | "teras" => 1024.0 * 1024.0,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_the_binary_search() {
        assert!(
            super::super::stop_words::STOP_WORDS
                .windows(2)
                .all(|w| w[0] < w[1])
        );
        assert!(is_stop_word("avec") && !is_stop_word("visio"));
    }

    #[test]
    fn word_forms_share_a_stem() {
        let stems = Stems::default();
        assert_eq!(stems.of("fichiers"), stems.of("fichier"));
        assert_eq!(stems.of("videos"), stems.of("video"));
        assert_eq!(stems.of("telephoner"), stems.of("telephone"));
        assert_eq!(stems.of("mots"), stems.of("mot"));
        assert_eq!(stems.of("classes"), stems.of("classe"));
    }

    #[test]
    fn sizes_are_read_with_their_unit_and_direction() {
        let size = |q: &str| find_size(q).map(|(s, rest)| (s.megabytes, s.above, s.below, rest));
        assert_eq!(
            size("un document de 50 mo"),
            Some((50.0, false, false, "un document de".to_owned()))
        );
        assert_eq!(size("2go"), Some((2048.0, false, false, String::new())));
        assert_eq!(
            size("plus de 5 mo"),
            Some((5.0, true, false, "plus de".to_owned()))
        );
        assert_eq!(
            size("moins de 5 mo"),
            Some((5.0, false, true, "moins de".to_owned()))
        );
        assert_eq!(size("2,5 go").map(|s| s.0), Some(2560.0));
        assert_eq!(size("3 gigas").map(|s| s.0), Some(3072.0));
        assert_eq!(size("classe de 25 eleves"), None);
        assert_eq!(size("zoom"), None);
    }
}
