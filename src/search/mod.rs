//! Search over prepared, accent-folded haystacks, by name and by need.
//!
//! Two passes. The lexical pass looks names up: every word of the query
//! must match the name or an alias, fuzzily or with a small edit distance
//! (names heard on the phone get misspelt: "beneylou", "zoum"); its name
//! hits come first, in its order. The relevance pass answers questions
//! phrased by need ("envoyer des fichiers volumineux"): words are not all
//! required, stop words are dropped, word forms folded, a file size read
//! against the sizes documents are for; the documents safe to offer first
//! come before the others.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
mod answer;
mod arena;
mod blob;
mod catalog;
mod dictionary;
mod docs;
mod fields;
mod intent_answers;
mod lexical;
mod name_order;
mod people;
mod phrase;
mod postings;
mod question;
mod rank;
mod relevance;
mod respell;
mod said_place;
mod stop_words;
mod text;
mod typo;
mod words;

pub use answer::{Answer, Asked, reads_tool_bodies};
pub use catalog::{Found, guidance_doc, guidance_index, tool_doc, tool_index};
pub use fields::{SizeRange, Weight};
pub use name_order::NameOrder;

use arena::Strings;
use docs::{Docs, Prepared};
use relevance::Relevance;
pub use text::Grams;
pub use text::fold_text;
use text::{char_mask, fold};
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
    /// The texts of the document by field, for relevance; when empty, the
    /// name, aliases and body stand for them.
    pub fields: Vec<(Weight, String)>,
    /// Safe to offer first for a need (institutional or with precautions).
    pub preferred: bool,
    /// The file sizes it is for, if its needs say so.
    pub sizes: Vec<SizeRange>,
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
    /// Found by relevance: some word matched only the text, or not at all.
    /// The score then orders, from the top: documents one of whose names
    /// the question gives, then the safe ones, then by relevance.
    Text,
}

/// Documents prepared once at load; a search allocates only its results.
/// The text of all documents is kept end to end, by kind, in the order of
/// the documents, so that a search reads memory in order. Serialisable so
/// that a prepared index can be cached on disk (see the cache module).
#[derive(serde::Serialize, serde::Deserialize)]
pub struct SearchIndex {
    docs: Docs,
    names: Strings,
    /// The folded body of each document, by document index.
    bodies: Strings,
    /// Which short byte sequences each body contains.
    /// A prefilter for searches repeated at every keystroke; a single
    /// search (`repere search`) does without it, and the cache stores it
    /// apart so that such a search does not read it back.
    /// The interface reads a large catalogue's prefilter after its first
    /// screen (searches give the same results without it, slower): set
    /// once, from any thread.
    #[serde(skip)]
    grams: std::sync::OnceLock<Grams>,
    /// The words of every name, for typo matching.
    words: Words,
    /// Stemmed words by field, for questions phrased by need.
    relevance: Relevance,
    /// Document indices in the order of their folded names (equal names
    /// in document order): sorted once when the index is built, read back
    /// with it, so that listing 100,000 tools by name sorts nothing.
    #[serde(with = "blob")]
    name_order: Vec<u32>,
    #[serde(skip, default = "matcher")]
    matcher: SkimMatcherV2,
}

/// The matcher every index uses (it holds no data).
pub(super) fn matcher() -> SkimMatcherV2 {
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
/// Relevance hits: a document one of whose names the question gives ranks
/// above the others, a safe one above an unsafe one, a relevant one above
/// a text hit relevance missed, then by relevance: what part of the
/// question it covers, then its share of the question (each in
/// thousandths, see `rank::relevance_rest`).
const NAMED_RANK: i64 = 4_000_000;
const PREFERRED_RANK: i64 = 2_000_000;
const RELEVANT_RANK: i64 = 1_000_000;
const SHARE_SCALE: f64 = 1_000.0;

/// A text hit's score taken apart (see the constants above).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ScoreParts {
    /// The question gives one of the document's names.
    named: bool,
    /// Safe to offer first.
    preferred: bool,
    /// Found by relevance (else by the lexical pass only).
    relevant: bool,
    /// Coverage and share (see `rank::relevance_rest`), or the lexical
    /// score.
    rest: i64,
}

impl ScoreParts {
    fn of(score: i64) -> Self {
        let named = score >= NAMED_RANK;
        let rest = score - i64::from(named) * NAMED_RANK;
        let preferred = rest >= PREFERRED_RANK;
        let rest = rest - i64::from(preferred) * PREFERRED_RANK;
        let relevant = rest >= RELEVANT_RANK;
        let rest = rest - i64::from(relevant) * RELEVANT_RANK;
        Self {
            named,
            preferred,
            relevant,
            rest,
        }
    }
}

/// A query folded and split once, shared by every document.
struct Query<'a> {
    terms: Vec<&'a str>,
    /// Characters of each term.
    chars: Vec<Vec<char>>,
    /// Character classes of each term.
    masks: Vec<u64>,
    /// A fast finder for each term's first three characters.
    heads: Vec<memchr::memmem::Finder<'a>>,
    /// Whether the cheap tests that skip documents are made (always, but
    /// in the tests that check they change nothing).
    prefilter: bool,
}

impl SearchIndex {
    /// Prepares the haystacks (folding accents and case) once.
    pub fn new(docs: impl IntoIterator<Item = Doc>) -> Self {
        let mut index = Self {
            docs: Docs::default(),
            names: Strings::default(),
            bodies: Strings::default(),
            grams: std::sync::OnceLock::new(),
            words: Words::default(),
            relevance: Relevance::default(),
            name_order: Vec::new(),
            matcher: matcher(),
        };
        let mut grams = Grams::default();
        for doc in docs {
            index.push(&doc, &mut grams);
        }
        index.name_order = index.sorted_by_name();
        index.relevance.finish();
        grams.finish();
        let _ = index.grams.set(grams);
        index
    }

    fn push(&mut self, doc: &Doc, grams: &mut Grams) {
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
        grams.push(&body);
        let entry = Prepared {
            names: first..first + 1 + aliases.len(),
            name_mask,
            words: self.words.push(words),
            preferred: doc.preferred,
        };
        self.docs.push(&entry, &name.origin);
        let mut fields: Vec<(Weight, &str)> =
            doc.fields.iter().map(|(w, t)| (*w, t.as_str())).collect();
        if fields.is_empty() {
            fields.push((Weight::Name, &doc.name));
            fields.extend(doc.aliases.iter().map(|a| (Weight::Alias, a.as_str())));
            fields.push((Weight::Feature, &doc.body));
        }
        self.relevance.push(&fields, &doc.sizes);
    }

    /// The letter-sequence prefilter, to be stored apart (see `grams`).
    pub fn grams(&self) -> Option<&Grams> {
        self.grams.get()
    }

    /// Gives back the prefilter stored apart; one made for another number
    /// of documents is refused (as is a second one).
    pub fn set_grams(&self, grams: Grams) -> bool {
        grams.docs() == self.len() && self.grams.set(grams).is_ok()
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether there is no document.
    pub fn is_empty(&self) -> bool {
        self.docs.len() == 0
    }

    /// Matches a query; an empty query matches nothing (callers show all).
    /// Large indexes are searched on two threads.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_with(query, true)
    }

    /// [`Self::search`] without any of the cheap tests that skip documents
    /// (character classes, letter sequences, the word index): every
    /// document is read. Slow; it exists to check that the tests change
    /// nothing.
    pub fn search_unfiltered(&self, query: &str) -> Vec<Hit> {
        self.search_with(query, false)
    }

    fn search_with(&self, query: &str, prefilter: bool) -> Vec<Hit> {
        let folded = fold(query).text;
        let mut hits = self.lexical(&folded, prefilter);
        if hits.is_empty() && folded.trim().is_empty() {
            return hits;
        }
        self.add_relevance(&folded, prefilter, &mut hits);
        hits
    }

    /// The lexical pass (see the module's documentation), best first.
    fn lexical(&self, folded: &str, prefilter: bool) -> Vec<Hit> {
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
            prefilter,
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
        let mut hits: Vec<Hit> = range
            .filter_map(|index| self.match_doc(index, &self.docs.get(index)?, query))
            .collect();
        // By a key of one number, the same order as `best_first`: most
        // documents hit on the first letters, and comparing one number
        // halves the sort.
        hits.sort_unstable_by_key(best_first_key);
        hits
    }

    /// Whether the name order read back names every document once (a
    /// cache's checksums make this true; a wrong order would index past
    /// the catalogue).
    pub fn name_order_is_whole(&self) -> bool {
        name_order::is_whole(&self.name_order, self.len())
    }

    /// Every document index, in the order of the folded names (equal names
    /// in document order).
    pub fn name_order(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.name_order.iter().map(|&i| i as usize)
    }

    fn sorted_by_name(&self) -> Vec<u32> {
        name_order::sorted(self.len(), |i| self.folded_name(i))
    }

    /// A document's name folded (accents and case), as searches read it
    /// ("" past the end).
    pub fn folded_name(&self, index: usize) -> &str {
        self.docs
            .get(index)
            .map_or("", |doc| self.names.get(doc.names.start).0)
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
                let origin = self.docs.name_origin(index);
                idx.into_iter()
                    .filter_map(move |i| origin.get(i).and_then(|&o| usize::try_from(o).ok()))
            })
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

/// [`best_first`] as one number, smallest first: the kind, the score
/// from the highest, the document index.
fn best_first_key(hit: &Hit) -> u128 {
    let kind = match hit.kind {
        HitKind::Name => 0_u128,
        HitKind::NameTypo => 1,
        HitKind::Text => 2,
    };
    // The score's order as an unsigned number, then reversed.
    let score = u128::from(!(hit.score.cast_unsigned() ^ (1 << 63)));
    let index = u128::try_from(hit.index).unwrap_or(u128::MAX) & 0xffff_ffff;
    (kind << 96) | (score << 32) | index
}

/// Name hits, then typo hits, then text hits; by score within each; in
/// catalogue order for equal scores.
fn best_first(a: &Hit, b: &Hit) -> std::cmp::Ordering {
    a.kind
        .cmp(&b.kind)
        .then(b.score.cmp(&a.score))
        .then(a.index.cmp(&b.index))
}

#[cfg(test)]
mod tests {
    use super::{Hit, HitKind, best_first, best_first_key};

    #[test]
    fn the_sort_key_orders_as_best_first() {
        let scores = [i64::MIN, -5_000_000, -1, 0, 1, 17, 4_000_000, i64::MAX];
        let kinds = [HitKind::Text, HitKind::Name, HitKind::NameTypo];
        let mut hits = Vec::new();
        for (i, score) in scores.iter().enumerate() {
            for (k, kind) in kinds.iter().enumerate() {
                for index in [0, 3, 99_999, (i * 7 + k) % 5] {
                    hits.push(Hit {
                        index,
                        score: *score,
                        kind: *kind,
                    });
                }
            }
        }
        let mut by_key = hits.clone();
        by_key.sort_unstable_by_key(best_first_key);
        hits.sort_by(best_first);
        assert_eq!(by_key, hits);
    }
}
