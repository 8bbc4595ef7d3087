//! Fuzzy search over prepared, accent-folded haystacks.
//!
//! Names are scored apart from the long text so that a name hit always ranks
//! above a hit in precautions or messages. A query is split into words; every
//! word must match somewhere. When a word matches no name even fuzzily, a
//! small edit distance to a word of the name still counts (names heard on the
//! phone get misspelt: "beneylou", "zoum").

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
mod catalog;
mod text;
mod typo;

pub use catalog::{guidance_doc, guidance_index, tool_doc, tool_index};

pub use text::fold_text;
use text::{Folded, Trigrams, char_mask, fold};
use typo::{Word, typo_score, words_of};

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

#[derive(Debug)]
struct Prepared {
    name: Folded,
    aliases: Vec<String>,
    /// Which characters the name and aliases contain (see [`char_mask`]).
    name_mask: u64,
    /// Words of the name and aliases, for typo matching.
    words: Vec<Word>,
    body: String,
    body_mask: u64,
    /// Which 3-byte sequences the body contains, hashed (see [`Trigrams`]).
    body_trigrams: Trigrams,
}

/// Documents prepared once at load; a search allocates only its results.
pub struct SearchIndex {
    docs: Vec<Prepared>,
    matcher: SkimMatcherV2,
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
    /// Char count of each term.
    lens: Vec<usize>,
    /// Character classes of each term.
    masks: Vec<u64>,
    /// A fast finder for each term's first three characters.
    heads: Vec<memchr::memmem::Finder<'a>>,
}

impl SearchIndex {
    /// Prepares the haystacks (folding accents and case) once.
    pub fn new(docs: impl IntoIterator<Item = Doc>) -> Self {
        let docs = docs
            .into_iter()
            .map(|doc| {
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
                let body = fold(&doc.body).text;
                Prepared {
                    name,
                    aliases,
                    name_mask,
                    words: words
                        .into_iter()
                        .map(|text| Word {
                            len: text.chars().count(),
                            mask: char_mask(&text),
                            text,
                        })
                        .collect(),
                    body_mask: char_mask(&body),
                    body_trigrams: Trigrams::of(&body),
                    body,
                }
            })
            .collect();
        Self {
            docs,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
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
            lens: terms.iter().map(|t| t.chars().count()).collect(),
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
        let mut hits = if self.docs.len() >= PARALLEL_FROM {
            let middle = self.docs.len() / 2;
            std::thread::scope(|scope| {
                let second = scope.spawn(|| self.search_range(&query, middle..self.docs.len()));
                let mut hits = self.search_range(&query, 0..middle);
                hits.extend(second.join().unwrap_or_default());
                hits
            })
        } else {
            self.search_range(&query, 0..self.docs.len())
        };
        hits.sort_unstable_by(|a, b| {
            a.kind
                .cmp(&b.kind)
                .then(b.score.cmp(&a.score))
                .then(a.index.cmp(&b.index))
        });
        hits
    }

    fn search_range(&self, query: &Query<'_>, range: std::ops::Range<usize>) -> Vec<Hit> {
        self.docs[range.clone()]
            .iter()
            .zip(range)
            .filter_map(|(doc, index)| self.match_doc(index, doc, query))
            .collect()
    }

    /// The characters of a document's name matched by `query`, as char
    /// indices of the original name (for highlighting visible rows only).
    pub fn name_positions(&self, index: usize, query: &str) -> Vec<usize> {
        let Some(doc) = self.docs.get(index) else {
            return Vec::new();
        };
        let folded = fold(query).text;
        let mut positions: Vec<usize> = folded
            .split_whitespace()
            .filter_map(|term| self.matcher.fuzzy_indices(&doc.name.text, term))
            .flat_map(|(_, idx)| idx.into_iter().map(|i| doc.name.origin[i]))
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }

    fn match_doc(&self, index: usize, doc: &Prepared, query: &Query<'_>) -> Option<Hit> {
        let mut score = 0;
        let mut kind = HitKind::Name;
        for (i, term) in query.terms.iter().enumerate() {
            let (len, mask) = (query.lens[i], query.masks[i]);
            if let Some(s) = self.name_score(doc, term, len, mask) {
                score += NAME_WEIGHT + s;
            } else if let Some(s) = typo_score(&doc.words, doc.name_mask, term, len, mask) {
                score += s;
                kind = kind.max(HitKind::NameTypo);
            } else if let Some(s) = self.body_score(doc, term, len, mask, &query.heads[i]) {
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
        let on_name = self.matcher.fuzzy_match(&doc.name.text, term);
        let on_alias = doc
            .aliases
            .iter()
            .filter_map(|a| self.matcher.fuzzy_match(a, term))
            .max();
        // Letters scattered across a long name are noise, not a match.
        let min = if len < 3 {
            0
        } else {
            i64::try_from(len).unwrap_or(0) * 17
        };
        on_name.max(on_alias).filter(|&s| s >= min)
    }

    /// Text hits must be tight: a scattered subsequence over a long text
    /// matches almost any short word and would drown the real answers.
    fn body_score(
        &self,
        doc: &Prepared,
        term: &str,
        len: usize,
        mask: u64,
        head: &memchr::memmem::Finder<'_>,
    ) -> Option<i64> {
        if len < 2 || mask & !doc.body_mask != 0 || !doc.body_trigrams.may_contain(term.as_bytes())
        {
            return None;
        }
        // One scan for the term's first three characters serves both the
        // exact test and the near-miss ("colaboratif") test, which only
        // looks at a short window after each place the head occurs.
        let body = doc.body.as_bytes();
        let mut best: Option<i64> = None;
        for at in head.find_iter(body) {
            if body[at..].starts_with(term.as_bytes()) {
                return Some(i64::try_from(len).unwrap_or(0) * 10);
            }
            if len >= 5 {
                let window = char_window(&doc.body, at, term.len() * 2 + 8);
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
