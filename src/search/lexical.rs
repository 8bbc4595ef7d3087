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
        // term's characters.
        let best = self
            .names
            .range(doc.names.clone())
            .filter(|&(_, name_mask)| !prefilter || mask & !name_mask == 0)
            .filter_map(|(name, _)| self.matcher.fuzzy_match(name, term))
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
    fn typos_still_find_names() {
        let idx = index(&["Beneylu School", "Zoom", "Padlet"]);
        assert_eq!(idx.search("beneylou")[0].index, 0);
        assert_eq!(idx.search("zoum")[0].index, 1);
        assert_eq!(idx.search("padlett")[0].index, 2);
        assert!(idx.search("xylophone").is_empty());
    }
}
