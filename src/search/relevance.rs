//! Relevance of a document to a question phrased by need: BM25 over
//! weighted fields (a word in the name counts more than the same word in a
//! message to families), on stemmed words without stop words. Words are
//! not all required: each adds what it is worth, rarer words more.

use std::collections::HashMap;

use super::dictionary::Dictionary;
use super::fields::{SizeRange, Weight};
use super::postings::{Posting, Postings};
use super::text::fold;
use super::words::{Size, Stems, is_stop_word, setting_words, split};

/// BM25 saturation and length normalisation (the usual values, length
/// normalisation softened: long product sheets are not less relevant).
const K1: f32 = 1.2;
const B: f32 = 0.5;
/// Most expansions of a word being typed that are looked at.
const MAX_EXPANSIONS: usize = 64;

/// Words of every document, by word, prepared at load.
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Relevance {
    /// Made again when read back from the cache (it holds no data).
    #[serde(skip)]
    stems: Stems,
    /// While documents are added: the term of each folded word seen (a
    /// term is a stem), and of each stem.
    #[serde(skip)]
    word_terms: HashMap<String, u32>,
    #[serde(skip)]
    stem_terms: HashMap<String, u32>,
    /// Once finished, the same sorted (and for words being typed, by prefix).
    words: Dictionary,
    stem_words: Dictionary,
    postings: Postings,
    /// Whether each term is a word of some need: such a word in a name
    /// ("pad", "messagerie") names a need, not one tool.
    #[serde(with = "super::blob")]
    need_terms: Vec<bool>,
    #[serde(with = "super::blob")]
    doc_len: Vec<f32>,
    total_len: f64,
    /// Documents with size ranges, and the ranges.
    sized: Vec<(usize, Vec<SizeRange>)>,
}

/// One word of a question: the terms it stands for, and what it weighs.
#[derive(Debug)]
struct QueryTerm {
    terms: Vec<(u32, f32)>,
    /// Its most informative term's idf (the most a document can get from it).
    weight: f32,
}

/// A question prepared against the index.
#[derive(Debug, Default)]
pub(super) struct RelQuery {
    terms: Vec<QueryTerm>,
    size: Option<Size>,
}

impl RelQuery {
    pub(super) fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.size.is_none()
    }
}

/// A document's relevance: a share (0 to 1) of what the question asks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Scored {
    pub(super) doc: usize,
    pub(super) share: f64,
    /// What part of the question's words (by weight) the document has at
    /// all (0 to 1): a whole-question match is 1, one common word little.
    pub(super) coverage: f64,
    /// Some word of the question is in the document's name or aliases,
    /// and is no word of a need.
    pub(super) names_it: bool,
}

impl Relevance {
    /// Adds the next document's fields and size ranges.
    pub(super) fn push(&mut self, fields: &[(Weight, &str)], sizes: &[SizeRange]) {
        let doc = self.doc_len.len();
        let mut counts: HashMap<u32, Posting> = HashMap::new();
        let mut len = 0.0;
        for &(weight, text) in fields {
            let folded = fold(text).text;
            for word in split(&folded).filter(|w| !is_stop_word(w)) {
                let term = self.term_of(word);
                let entry = counts.entry(term).or_insert(Posting {
                    doc: u32::try_from(doc).unwrap_or(u32::MAX),
                    tf: 0.0,
                    in_name: false,
                });
                entry.tf += weight.factor();
                if weight == Weight::Need
                    && let Some(flag) = self.need_terms.get_mut(term as usize)
                {
                    *flag = true;
                }
                entry.in_name |= matches!(weight, Weight::Name | Weight::Alias);
                len += 1.0;
            }
        }
        let mut counts: Vec<(u32, Posting)> = counts.into_iter().collect();
        counts.sort_unstable_by_key(|(term, _)| *term);
        for (term, posting) in counts {
            self.postings.push(term, posting);
        }
        self.doc_len.push(len);
        self.total_len += f64::from(len);
        if !sizes.is_empty() {
            self.sized.push((doc, sizes.to_vec()));
        }
    }

    fn term_of(&mut self, word: &str) -> u32 {
        if let Some(&term) = self.word_terms.get(word) {
            return term;
        }
        let stem = self.stems.of(word);
        let next = u32::try_from(self.postings.terms()).unwrap_or(u32::MAX);
        let term = *self.stem_terms.entry(stem).or_insert(next);
        if term == next {
            self.postings.add_term();
            self.need_terms.push(false);
        }
        self.word_terms.insert(word.to_owned(), term);
        term
    }

    /// Sorts the words for prefix lookups; call once all documents are in.
    pub(super) fn finish(&mut self) {
        self.words = Dictionary::from_map(&std::mem::take(&mut self.word_terms));
        self.stem_words = Dictionary::from_map(&std::mem::take(&mut self.stem_terms));
        self.postings.finish();
    }

    fn idf(&self, term: u32) -> f32 {
        idf(self.doc_len.len(), self.postings.count(term))
    }

    /// The term of a folded word: its own, or its stem's.
    fn term_of_query_word(&self, word: &str) -> Option<u32> {
        self.words
            .get(word)
            .or_else(|| self.stem_words.get(&self.stems.of(word)))
    }

    /// Whether a folded word is written as such in some document.
    pub(super) fn knows_word(&self, word: &str) -> bool {
        self.words.get(word).is_some()
    }

    /// Whether some folded word the documents have starts with `prefix`.
    pub(super) fn starts_a_word(&self, prefix: &str) -> bool {
        self.words.starting_with(prefix).next().is_some()
    }

    /// Whether some word of the folded text is a word of a need ("visio",
    /// "sms"): the text then asks for a need, it does not only spell a name.
    pub(super) fn names_a_need(&self, folded: &str) -> bool {
        // Letters alone ("e" of "e-mail", "sm" the stem of "sms") are no
        // need's word.
        let words = split(folded).filter(|w| w.len() >= 3 && !is_stop_word(w));
        words.into_iter().any(|word| {
            let term = self.term_of_query_word(word);
            term.and_then(|t| self.need_terms.get(t as usize).copied()) == Some(true)
        })
    }

    /// How many documents hold the word (its term), none for a word no
    /// document has.
    pub(super) fn documents_with(&self, word: &str) -> usize {
        self.term_of_query_word(word)
            .map_or(0, |t| self.postings.count(t))
    }

    /// Whether some word of the folded text is a need's word that tells
    /// needs apart: held by at most a quarter of the documents (« visio »,
    /// « sondage »), not by most of them (« élèves », « parents »).
    pub(super) fn names_a_specific_need(&self, folded: &str) -> bool {
        let limit = self.doc_len.len() / 4;
        split(folded)
            .filter(|w| w.len() >= 3 && !is_stop_word(w))
            .any(|word| {
                self.term_of_query_word(word).is_some_and(|t| {
                    self.need_terms.get(t as usize).copied() == Some(true)
                        && self.postings.count(t) <= limit
                })
            })
    }

    /// How many documents at most may hold a word of a name for the word
    /// to name that document: more, and it is a common word (« toute »,
    /// « classe », « services »), not a name given by the question.
    fn distinctive_limit(&self) -> usize {
        (self.doc_len.len() / 100).max(5)
    }

    /// Whether a term names the documents that have it in a name: it is
    /// rare, and mostly a name's word (« Picasoft », « Tribu »), not a
    /// word more documents write than name (« année » of TouteMonAnnée,
    /// « lycée » of lycee.cned.fr).
    fn names_with(&self, term: u32) -> bool {
        let count = self.postings.count(term);
        count <= self.distinctive_limit() && 2 * self.postings.count_in_names(term) > count
    }

    /// Whether a folded word is rare enough to name a document (a word
    /// no document has, a misheard name, is).
    pub(super) fn is_distinctive(&self, word: &str) -> bool {
        self.term_of_query_word(word)
            .is_none_or(|t| self.names_with(t))
    }

    /// Prepares a folded question, its size already taken out.
    pub(super) fn query(&self, folded: &str, size: Option<Size>) -> RelQuery {
        let all: Vec<&str> = split(folded).collect();
        let setting = setting_words(&all);
        let words: Vec<&str> = all
            .iter()
            .zip(&setting)
            .filter(|&(w, &s)| !s && !is_stop_word(w))
            .map(|(w, _)| *w)
            .collect();
        let last_typed = !folded.ends_with(char::is_whitespace);
        let mut terms = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let mut found: Vec<u32> = self.term_of_query_word(word).into_iter().collect();
            // A word being typed that is no word yet stands for the words
            // it starts ("visioconf").
            if found.is_empty() && i + 1 == words.len() && last_typed && word.len() >= 3 {
                found.extend(self.words.starting_with(word).take(MAX_EXPANSIONS));
            }
            found.sort_unstable();
            found.dedup();
            let terms_idf: Vec<(u32, f32)> = found.iter().map(|&t| (t, self.idf(t))).collect();
            // A word no document has still counts in what the question
            // asks, as the rarest word would.
            let weight = terms_idf
                .iter()
                .map(|&(_, w)| w)
                .reduce(f32::max)
                .unwrap_or_else(|| idf(self.doc_len.len(), 0));
            terms.push(QueryTerm {
                weight,
                terms: terms_idf,
            });
        }
        RelQuery { terms, size }
    }

    /// Documents relevant to the question, in document order. With
    /// `indexed` false every document's words are read instead of the
    /// index: the same result, slower (checked by the tests).
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
    pub(super) fn score(&self, query: &RelQuery, indexed: bool) -> Vec<Scored> {
        let docs = self.doc_len.len();
        let avg = if docs == 0 {
            1.0
        } else {
            (self.total_len / docs as f64) as f32
        };
        let (fits, excluded) = self.sizes(query.size);
        let size_weight = query
            .size
            .map(|_| idf(docs, fits.iter().filter(|&&f| f).count()));
        let total: f32 =
            query.terms.iter().map(|t| t.weight).sum::<f32>() + size_weight.unwrap_or(0.0);
        if total <= 0.0 {
            return Vec::new();
        }
        let mut share = vec![0.0_f32; docs];
        let mut covered = vec![0.0_f32; docs];
        let mut names = vec![false; docs];
        let mut best = vec![0.0_f32; docs];
        let mut touched: Vec<usize> = Vec::new();
        // Whether each of the question's terms names (once per term, not
        // per document).
        let naming: HashMap<u32, bool> = query
            .terms
            .iter()
            .flat_map(|term| &term.terms)
            .map(|&(t, _)| (t, self.names_with(t)))
            .collect();
        for term in &query.terms {
            let mut add = |doc: usize, term: u32, idf: f32, posting: Posting| {
                let norm = 1.0 - B + B * self.doc_len[doc] / avg;
                let value = idf * posting.tf / (posting.tf + K1 * norm);
                if best[doc] == 0.0 {
                    touched.push(doc);
                }
                best[doc] = best[doc].max(value);
                let need_word = self.need_terms.get(term as usize).copied();
                names[doc] |= posting.in_name
                    && need_word == Some(false)
                    && naming.get(&term).copied().unwrap_or(false);
            };
            if indexed {
                for &(t, idf) in &term.terms {
                    for posting in self.postings.of(t) {
                        add(posting.doc as usize, t, idf, posting);
                    }
                }
            } else {
                // Every term's list is read, not only the question's.
                let all = u32::try_from(self.postings.terms()).unwrap_or(u32::MAX);
                for t in 0..all {
                    for posting in self.postings.of(t) {
                        if let Some(&(_, idf)) = term.terms.iter().find(|(q, _)| *q == t) {
                            add(posting.doc as usize, t, idf, posting);
                        }
                    }
                }
            }
            // Per word, the best of its terms; words add up in order.
            touched.sort_unstable();
            for &doc in &touched {
                share[doc] += best[doc];
                covered[doc] += term.weight;
                best[doc] = 0.0;
            }
            touched.clear();
        }
        if let Some(weight) = size_weight {
            let tf = Weight::Need.factor();
            for (doc, _) in fits.iter().enumerate().filter(|(_, f)| **f) {
                let norm = 1.0 - B + B * self.doc_len[doc] / avg;
                share[doc] += weight * tf / (tf + K1 * norm);
                covered[doc] += weight;
            }
        }
        share
            .iter()
            .enumerate()
            .filter(|&(doc, &s)| s > 0.0 && !excluded[doc])
            .map(|(doc, &s)| Scored {
                doc,
                share: f64::from(s / total),
                coverage: f64::from(covered[doc] / total),
                names_it: names[doc],
            })
            .collect()
    }

    /// For a size, the documents that cannot take it.
    pub(super) fn cannot_take(&self, size: Option<Size>) -> Vec<bool> {
        self.sizes(size).1
    }

    /// For a size, which documents are for it and which cannot take it.
    /// The documents for it: those of a need for larger files ("plus de
    /// 5 Mo") the size is above; if none, those whose tightest limit takes
    /// it ("moins de 5 Mo" for a 3 Mo file, not "20 Mo" as well).
    fn sizes(&self, size: Option<Size>) -> (Vec<bool>, Vec<bool>) {
        let docs = self.doc_len.len();
        let (mut fits, mut excluded) = (vec![false; docs], vec![false; docs]);
        let Some(size) = size else {
            return (fits, excluded);
        };
        let fitting = |ranges: &[SizeRange]| -> Vec<SizeRange> {
            ranges.iter().copied().filter(|r| r.fits(size)).collect()
        };
        let any_above = self
            .sized
            .iter()
            .any(|(_, ranges)| fitting(ranges).iter().any(|r| r.above_mb.is_some()));
        let tightest = self
            .sized
            .iter()
            .flat_map(|(_, ranges)| fitting(ranges))
            .filter_map(|r| r.up_to_mb)
            .reduce(f64::min);
        for (doc, ranges) in &self.sized {
            let fit = fitting(ranges);
            if fit.is_empty() {
                excluded[*doc] = true;
            } else if any_above {
                fits[*doc] = fit.iter().any(|r| r.above_mb.is_some());
            } else {
                fits[*doc] = fit.iter().any(|r| r.up_to_mb == tightest);
            }
        }
        (fits, excluded)
    }
}

/// BM25's inverse document frequency: rare words weigh more. Counts of
/// documents are far below where `f32` loses units that matter here.
#[allow(clippy::cast_precision_loss)]
fn idf(docs: usize, df: usize) -> f32 {
    let (n, df) = (docs as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}
