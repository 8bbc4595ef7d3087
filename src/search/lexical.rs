//! The lexical pass: every word of the query matched against names
//! (fuzzy, then with a typo) or found in the text, as names are looked up.
//! Its name hits are the name lookup; its text hits complete the
//! relevance hits.

use super::text::Presence;
use super::{Hit, HitKind, NAME_WEIGHT, Prepared, Query, SearchIndex};
use fuzzy_matcher::FuzzyMatcher;

impl SearchIndex {
    pub(super) fn match_doc(&self, index: usize, doc: &Prepared, query: &Query<'_>) -> Option<Hit> {
        let mut score = 0;
        let mut kind = HitKind::Name;
        for (i, term) in query.terms.iter().enumerate() {
            let (chars, mask) = (&query.chars[i], query.masks[i]);
            let len = chars.len();
            let prefilter = query.prefilter;
            if let Some(s) = self.name_score(doc, term, len, mask, prefilter) {
                score += NAME_WEIGHT + s;
            } else if let Some(s) =
                self.words
                    .typo_score(doc.words.clone(), doc.name_mask, chars, mask, prefilter)
            {
                score += s;
                kind = kind.max(HitKind::NameTypo);
            } else if let Some(s) =
                self.body_score(index, term, len, mask, &query.heads[i], prefilter)
            {
                score += s;
                kind = HitKind::Text;
            } else {
                return None;
            }
        }
        Some(Hit { index, score, kind })
    }

    /// With `prefilter` false, the character-class tests that skip names
    /// are not made (the tests check they change nothing).
    fn name_score(
        &self,
        doc: &Prepared,
        term: &str,
        len: usize,
        mask: u64,
        prefilter: bool,
    ) -> Option<i64> {
        if prefilter && mask & !doc.name_mask != 0 {
            return None;
        }
        // The name or any alias; each is matched only if it has the
        // term's characters. One or two characters (the first
        // keystrokes, where most names match) are scored without the
        // matcher's matrix.
        let short: Option<(char, Option<char>)> = if prefilter && len <= 2 {
            let mut chars = term.chars();
            chars.next().map(|first| (first, chars.next()))
        } else {
            None
        };
        let best = self
            .names
            .range(doc.names.clone())
            .filter(|&(_, name_mask)| !prefilter || mask & !name_mask == 0)
            .filter_map(|(name, _)| match short {
                Some((first, None)) => one_char_score(name, first),
                Some((first, Some(second))) => two_char_score(name, first, second),
                None => self.matcher.fuzzy_match(name, term),
            })
            .max();
        // Letters scattered across a long name are noise, not a match.
        let min = if len < 3 {
            0
        } else {
            i64::try_from(len).unwrap_or(0) * 17
        };
        best.filter(|&s| s >= min)
    }

    /// Text hits must be tight: a scattered subsequence over a long text
    /// matches almost any short word and would drown the real answers.
    fn body_score(
        &self,
        index: usize,
        term: &str,
        len: usize,
        mask: u64,
        head: &memchr::memmem::Finder<'_>,
        prefilter: bool,
    ) -> Option<i64> {
        // The cheap tests first: they rule out most documents without
        // reading their text.
        let exact = Some(i64::try_from(len).unwrap_or(0) * 10);
        if len < 2 {
            return None;
        }
        if prefilter {
            if mask & !self.bodies.mask(index) != 0 {
                return None;
            }
            let presence = self.grams.get().map(|g| g.presence(index, term.as_bytes()));
            match presence.unwrap_or(Presence::Unknown) {
                Presence::Absent => return None,
                Presence::Present => return exact,
                Presence::Unknown => {}
            }
        }
        let text = self.bodies.get(index).0;
        // One scan for the term's first three characters serves both the
        // exact test and the near-miss ("colaboratif") test, which only
        // looks at a short window after each place the head occurs.
        let body = text.as_bytes();
        let mut best: Option<i64> = None;
        for at in head.find_iter(body) {
            if body[at..].starts_with(term.as_bytes()) {
                return exact;
            }
            if len >= 5 {
                let window = char_window(text, at, term.len() * 2 + 8);
                best = best.max(self.matcher.fuzzy_match(window, term));
            }
        }
        best.filter(|&score| score >= min_body_score(len))
            .map(|score| score / 4)
    }
}

/// `SkimMatcherV2`'s score (default settings, case ignored) for a
/// one-character pattern: with one row, its matrix reduces to the match
/// score, one gap extension and the best place bonus among the places the
/// character occurs (start of the text counted twice). The prefilter
/// oracle checks it gives the matcher's scores.
fn one_char_score(choice: &str, pattern: char) -> Option<i64> {
    const MATCH: i32 = 16;
    const GAP_EXTENSION: i32 = -1;
    const CASE_MISMATCH: i32 = -2;
    let mut previous = '\0';
    let mut best: Option<i32> = None;
    for (at, c) in choice.chars().enumerate() {
        if c.eq_ignore_ascii_case(&pattern) {
            let place = place_bonus(previous, c) * if at == 0 { 2 } else { 1 };
            let case = if c == pattern { 0 } else { CASE_MISMATCH };
            best = best.max(Some(GAP_EXTENSION + place + (MATCH + case).max(0)));
        }
        previous = c;
    }
    best.map(i64::from)
}

/// `SkimMatcherV2`'s score for a two-character pattern, its two-row
/// matrix kept as running values: the best score of the first character
/// ending just before each place (matched there, or earlier with a gap),
/// then the second character's best. Checked against the matcher by the
/// tests and the prefilter oracle.
fn two_char_score(choice: &str, first: char, second: char) -> Option<i64> {
    const MATCH: i32 = 16;
    const GAP_START: i32 = -3;
    const GAP_EXTENSION: i32 = -1;
    const CONSECUTIVE: i32 = -(GAP_START + GAP_EXTENSION);
    let matched = |c: char, p: char| {
        c.eq_ignore_ascii_case(&p)
            .then(|| (MATCH + if c == p { 0 } else { -2 }).max(0))
    };
    let mut previous = '\0';
    // The first character matched at the previous place, and the best
    // alignment of it ending before the previous place with a gap.
    let (mut first_here, mut first_before): (Option<i32>, Option<i32>) = (None, None);
    let mut best: Option<i32> = None;
    let mut seen_first = false;
    for (at, c) in choice.chars().enumerate() {
        let place = place_bonus(previous, c) * if at == 0 { 2 } else { 1 };
        if seen_first && let Some(score) = matched(c, second) {
            let joined = first_here.map(|m| m + place.max(CONSECUTIVE));
            let gapped = first_before.map(|p| p + place);
            if let Some(alignment) = joined.max(gapped) {
                best = best.max(Some(alignment + score));
            }
        }
        // The gap values move one place on.
        let gap = first_here.map(|m| m + GAP_START + GAP_EXTENSION);
        first_before = gap.max(first_before.map(|p| p + GAP_EXTENSION));
        first_here = matched(c, first).map(|score| GAP_EXTENSION + place + score);
        seen_first |= first_here.is_some();
        previous = c;
    }
    best.map(i64::from)
}

/// The matcher's bonus for a character after `previous`: a word's head 8,
/// after punctuation 7, a capital inside a word 6, else nothing.
fn place_bonus(previous: char, c: char) -> i32 {
    let soft = |ch: char| matches!(ch, '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~');
    let hard = |ch: char| {
        matches!(
            ch,
            '\0' | ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}'
        )
    };
    if hard(previous) {
        8
    } else if soft(previous) {
        7
    } else if c.is_ascii_uppercase()
        && (previous.is_ascii_digit() || !(soft(previous) || previous.is_ascii_uppercase()))
    {
        6
    } else {
        0
    }
}

/// `text[start..start + bytes]`, shortened to end on a character boundary.
fn char_window(text: &str, start: usize, bytes: usize) -> &str {
    let mut end = (start + bytes).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// The fuzzy score a text hit needs: most letters must come in runs.
fn min_body_score(len: usize) -> i64 {
    i64::try_from(len).unwrap_or(i64::MAX / 32) * 24
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::search::Doc;

    fn index(names: &[&str]) -> SearchIndex {
        SearchIndex::new(names.iter().map(|n| Doc {
            name: (*n).to_owned(),
            ..Doc::default()
        }))
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        let idx = index(&["Quizinière", "TouteMonAnnée"]);
        assert_eq!(idx.search("quiziniere")[0].index, 0);
        assert_eq!(idx.search("toute mon annee")[0].index, 1);
        assert_eq!(idx.name_positions(0, "QUIZINIÈRE").len(), 10);
    }

    #[test]
    fn one_character_is_scored_as_the_matcher_scores_it() {
        let matcher = crate::search::matcher();
        let names = [
            "padlet",
            "Padlet",
            "ma classe à la maison (cned)",
            "g-suite",
            "big blue button",
            "apps.education.fr",
            "e-mail",
            "3p",
            "aPp",
            "x/p",
            "é-p",
            "PP",
            "p",
            "",
            "œuvre p",
            "web-conférence ode",
            "toutemonannée",
            "[p]",
            "a.P",
            "9P",
            "q_p",
            "~p",
            "a\\p",
        ];
        for name in names {
            for c in ['p', 'P', 'e', 'é', '.', '3', ' ', 'œ'] {
                assert_eq!(
                    one_char_score(name, c),
                    matcher.fuzzy_match(name, &c.to_string()),
                    "{name:?} {c:?}"
                );
            }
        }
    }

    #[test]
    fn two_characters_are_scored_as_the_matcher_scores_them() {
        let matcher = crate::search::matcher();
        // Every text of up to five of these characters, against patterns
        // of two of them.
        let alphabet = ['p', 'a', 'P', 'A', ' ', '-', 'x', '1', 'é'];
        let mut texts = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(last.iter().cloned());
        }
        texts.extend(
            [
                "ma classe à la maison (cned)",
                "apps.education.fr",
                "padlet pad",
            ]
            .map(String::from),
        );
        for pattern in ["pa", "ap", "pp", "aa", "p-", " p", "Pa", "é1"] {
            let mut chars = pattern.chars();
            let (first, second) = (chars.next().unwrap(), chars.next().unwrap());
            for text in &texts {
                assert_eq!(
                    two_char_score(text, first, second),
                    matcher.fuzzy_match(text, pattern),
                    "{text:?} {pattern:?}"
                );
            }
        }
    }

    #[test]
    fn typos_still_find_names() {
        let idx = index(&["Beneylu School", "Zoom", "Padlet"]);
        assert_eq!(idx.search("beneylou")[0].index, 0);
        assert_eq!(idx.search("zoum")[0].index, 1);
        assert_eq!(idx.search("padlett")[0].index, 2);
        assert!(idx.search("xylophone").is_empty());
    }
}
