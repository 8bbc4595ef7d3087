//! Fuzzy search over prepared, accent-folded haystacks.
//!
//! Names are scored apart from the long text so that a name hit always ranks
//! above a hit in precautions or messages. A query is split into words; every
//! word must match somewhere. When a word matches no name even fuzzily, a
//! small edit distance to a word of the name still counts (names heard on the
//! phone get misspelt: "beneylou", "zoum").

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
mod arena;
mod catalog;
mod text;
mod typo;

pub use catalog::{guidance_doc, guidance_index, tool_doc, tool_index};

use arena::Strings;
use std::ops::Range;
pub use text::fold_text;
use text::{Grams, Presence, char_mask, fold};
use typo::{Words, words_of};

/// What can be searched: a name, other names, and everything else as text.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// The display name; hit positions refer to its characters.
    pub name: String,
    /// Other names (aliases, id).
    pub aliases: Vec<String>,
    /// Categories, features, precautions, messages… joined.
    pub body: String,
}

/// One result, best first in the list returned by [`SearchIndex::search`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index of the document in the order given to [`SearchIndex::new`].
    pub index: usize,
    /// Higher is better; comparable within one query only.
    pub score: i64,
    /// How the hit was found.
    pub kind: HitKind,
}

/// Where a query matched, from the strongest kind of hit to the weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    /// Every word matched the name or an alias.
    Name,
    /// Some word matched the name only with a typo.
    NameTypo,
    /// Some word matched only the text.
    Text,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Prepared {
    /// For each char of the folded name, its index in the original name.
    name_origin: Vec<usize>,
    /// The folded name, then the folded aliases, in [`SearchIndex::names`].
    names: Range<usize>,
    /// Which characters the name and aliases contain (see [`char_mask`]).
    name_mask: u64,
    /// Where the words of the name and aliases are in [`SearchIndex::words`].
    words: Range<usize>,
}

/// Documents prepared once at load; a search allocates only its results.
/// The text of all documents is kept end to end, by kind, in the order of
/// the documents, so that a search reads memory in order. Serialisable so
/// that a prepared index can be cached on disk (see `crate::cache`).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct SearchIndex {
    docs: Vec<Prepared>,
    names: Strings,
    /// The folded body of each document, by document index.
    bodies: Strings,
    /// Which short byte sequences each body contains.
    grams: Grams,
    /// The words of every name, for typo matching.
    words: Words,
    #[serde(skip, default = "matcher")]
    matcher: SkimMatcherV2,
}

/// The matcher every index uses (it holds no data).
fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().ignore_case()
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("docs", &self.docs.len())
            .finish_non_exhaustive()
    }
}

/// A hit in the name outweighs any number of hits in the text.
const NAME_WEIGHT: i64 = 1_000;
/// Below this many documents one thread is faster than two.
const PARALLEL_FROM: usize = 4_096;

/// A query folded and split once, shared by every document.
struct Query<'a> {
    terms: Vec<&'a str>,
    /// Characters of each term.
    chars: Vec<Vec<char>>,
    /// Character classes of each term.
    masks: Vec<u64>,
    /// A fast finder for each term's first three characters.
    heads: Vec<memchr::memmem::Finder<'a>>,
}

impl SearchIndex {
    /// Prepares the haystacks (folding accents and case) once.
    pub fn new(docs: impl IntoIterator<Item = Doc>) -> Self {
        let mut index = Self {
            docs: Vec::new(),
            names: Strings::default(),
            bodies: Strings::default(),
            grams: Grams::default(),
            words: Words::default(),
            matcher: matcher(),
        };
        for doc in docs {
            index.push(&doc);
        }
        index
    }

    fn push(&mut self, doc: &Doc) {
        let name = fold(&doc.name);
        let aliases: Vec<String> = doc.aliases.iter().map(|a| fold(a).text).collect();
        let mut words = words_of(&name.text);
        for alias in &aliases {
            words.extend(words_of(alias));
        }
        words.sort();
        words.dedup();
        let name_mask = aliases
            .iter()
            .fold(char_mask(&name.text), |m, a| m | char_mask(a));
        let first = self.names.push(&name.text);
        for alias in &aliases {
            self.names.push(alias);
        }
        let body = fold(&doc.body).text;
        self.bodies.push(&body);
        self.grams.push(&body);
        self.docs.push(Prepared {
            name_origin: name.origin,
            names: first..first + 1 + aliases.len(),
            name_mask,
            words: self.words.push(words),
        });
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether there is no document.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Matches a query; an empty query matches nothing (callers show all).
    /// Large indexes are searched on two threads.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let folded = fold(query).text;
        let terms: Vec<&str> = folded.split_whitespace().collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let query = Query {
            chars: terms.iter().map(|t| t.chars().collect()).collect(),
            masks: terms.iter().map(|t| char_mask(t)).collect(),
            heads: terms
                .iter()
                .map(|t| {
                    let head = t.char_indices().nth(3).map_or(t.len(), |(i, _)| i);
                    memchr::memmem::Finder::new(&t.as_bytes()[..head])
                })
                .collect(),
            terms,
        };
        if self.docs.len() < PARALLEL_FROM {
            return self.search_range(&query, 0..self.docs.len());
        }
        let middle = self.docs.len() / 2;
        let mut hits = std::thread::scope(|scope| {
            let second = scope.spawn(|| self.search_range(&query, middle..self.docs.len()));
            let mut hits = self.search_range(&query, 0..middle);
            hits.extend(second.join().unwrap_or_default());
            hits
        });
        // Two sorted runs: the stable sort finds them and merges them in
        // one pass.
        hits.sort_by(best_first);
        hits
    }

    /// The hits of the documents in `range`, best first.
    fn search_range(&self, query: &Query<'_>, range: std::ops::Range<usize>) -> Vec<Hit> {
        let mut hits: Vec<Hit> = self.docs[range.clone()]
            .iter()
            .zip(range)
            .filter_map(|(doc, index)| self.match_doc(index, doc, query))
            .collect();
        hits.sort_unstable_by(best_first);
        hits
    }

    /// The characters of a document's name matched by `query`, as char
    /// indices of the original name (for highlighting visible rows only).
    pub fn name_positions(&self, index: usize, query: &str) -> Vec<usize> {
        let Some(doc) = self.docs.get(index) else {
            return Vec::new();
        };
        let name = self.names.get(doc.names.start).0;
        let folded = fold(query).text;
        let mut positions: Vec<usize> = folded
            .split_whitespace()
            .filter_map(|term| self.matcher.fuzzy_indices(name, term))
            .flat_map(|(_, idx)| {
                idx.into_iter()
                    .filter_map(|i| doc.name_origin.get(i).copied())
            })
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }

    fn match_doc(&self, index: usize, doc: &Prepared, query: &Query<'_>) -> Option<Hit> {
        let mut score = 0;
        let mut kind = HitKind::Name;
        for (i, term) in query.terms.iter().enumerate() {
            let (chars, mask) = (&query.chars[i], query.masks[i]);
            let len = chars.len();
            if let Some(s) = self.name_score(doc, term, len, mask) {
                score += NAME_WEIGHT + s;
            } else if let Some(s) =
                self.words
                    .typo_score(doc.words.clone(), doc.name_mask, chars, mask)
            {
                score += s;
                kind = kind.max(HitKind::NameTypo);
            } else if let Some(s) = self.body_score(index, term, len, mask, &query.heads[i]) {
                score += s;
                kind = HitKind::Text;
            } else {
                return None;
            }
        }
        Some(Hit { index, score, kind })
    }

    fn name_score(&self, doc: &Prepared, term: &str, len: usize, mask: u64) -> Option<i64> {
        if mask & !doc.name_mask != 0 {
            return None;
        }
        // The name or any alias; each is matched only if it has the
        // term's characters.
        let best = self
            .names
            .range(doc.names.clone())
            .filter(|&(_, name_mask)| mask & !name_mask == 0)
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
    ) -> Option<i64> {
        // The cheap tests first: they rule out most documents without
        // reading their text.
        let exact = Some(i64::try_from(len).unwrap_or(0) * 10);
        if len < 2 || mask & !self.bodies.mask(index) != 0 {
            return None;
        }
        match self.grams.presence(index, term.as_bytes()) {
            Presence::Absent => return None,
            Presence::Present => return exact,
            Presence::Unknown => {}
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

/// Name hits, then typo hits, then text hits; by score within each; in
/// catalogue order for equal scores.
fn best_first(a: &Hit, b: &Hit) -> std::cmp::Ordering {
    a.kind
        .cmp(&b.kind)
        .then(b.score.cmp(&a.score))
        .then(a.index.cmp(&b.index))
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
