//! Where relevance hits go among the lexical pass's hits: a question
//! (stop words, a need's word, a size) is no name lookup; relevance hits
//! replace the text hits and rank by name, safety, then share.

use super::SHARE_SCALE;
use super::text::char_mask;
use super::{
    Hit, HitKind, NAMED_RANK, PREFERRED_RANK, RELEVANT_RANK, SearchIndex, best_first, words,
};

impl SearchIndex {
    /// Replaces the lexical pass's text hits by relevance hits: name hits
    /// stay as they are; a text hit the relevance pass missed (a near miss,
    /// "colaboratif") stays, after the relevant documents of its rank.
    pub(super) fn add_relevance(&self, folded: &str, prefilter: bool, hits: &mut Vec<Hit>) {
        let (size, rest) = match words::find_size(folded) {
            Some((size, rest)) => (Some(size), rest),
            None => (None, folded.to_owned()),
        };
        // A question ("visio avec la classe", "sms") is no name lookup: its
        // words match names fuzzily, by scattered letters. Then a doubtful
        // or forbidden tool is not the first name hit unless its name holds
        // every word of the question; the rest of the lookup's order stays.
        // A size is in no name: every name hit must hold the other words.
        let content: Vec<&str> = words::split(&rest)
            .filter(|w| !words::is_stop_word(w))
            .collect();
        let question = !content.is_empty()
            && (words::split(folded).any(words::is_stop_word)
                || self.relevance.names_a_need(folded));
        let mut demoted = false;
        if size.is_some() {
            for hit in hits.iter_mut() {
                if hit.kind != HitKind::Text && !self.name_holds(hit.index, &content, prefilter) {
                    hit.kind = HitKind::Text;
                    demoted = true;
                }
            }
        } else if question {
            // The lexical hits are sorted: name hits first.
            for hit in hits.iter_mut() {
                if hit.kind == HitKind::Text
                    || self.docs.preferred(hit.index)
                    || self.name_holds(hit.index, &content, prefilter)
                {
                    break;
                }
                hit.kind = HitKind::Text;
                demoted = true;
            }
        }
        let query = self.relevance.query(&rest, size);
        let scored = if query.is_empty() {
            Vec::new()
        } else {
            self.relevance.score(&query, prefilter)
        };
        // Nothing relevant, nothing moved: the lexical order stands (a name
        // being typed, "pa").
        if scored.is_empty() && !demoted && size.is_none() {
            return;
        }
        let cannot_take = self.relevance.cannot_take(size);
        let mut named = vec![false; self.docs.len()];
        let mut text_hits: Vec<Hit> = Vec::new();
        // Name hits stay sorted as they are; text hits are ranked anew.
        hits.retain(|hit| {
            let text = hit.kind == HitKind::Text;
            if text {
                text_hits.push(hit.clone());
            } else {
                named[hit.index] = true;
            }
            !text
        });
        let preferred = |index: usize| self.docs.preferred(index);
        let mut found = vec![false; self.docs.len()];
        let mut ranked: Vec<Hit> = Vec::with_capacity(scored.len() + text_hits.len());
        for scored in &scored {
            if named[scored.doc] {
                continue;
            }
            found[scored.doc] = true;
            #[allow(clippy::cast_possible_truncation)]
            let share = relevance_rest(scored.coverage, scored.share);
            ranked.push(Hit {
                index: scored.doc,
                score: i64::from(scored.names_it) * NAMED_RANK
                    + i64::from(preferred(scored.doc)) * PREFERRED_RANK
                    + RELEVANT_RANK
                    + share,
                kind: HitKind::Text,
            });
        }
        ranked.sort_unstable_by(best_first);
        // A text hit relevance missed keeps its lexical order, below the
        // relevant documents of its rank: they come sorted, so they are
        // merged in (at 100k documents most hits are these).
        let (mut safe, mut other) = (Vec::new(), Vec::new());
        for hit in text_hits {
            if !found[hit.index] && !cannot_take.get(hit.index).copied().unwrap_or(false) {
                let lexical = hit.score.clamp(0, RELEVANT_RANK - 1);
                if preferred(hit.index) {
                    safe.push(Hit {
                        score: PREFERRED_RANK + lexical,
                        ..hit
                    });
                } else {
                    other.push(Hit {
                        score: lexical,
                        ..hit
                    });
                }
            }
        }
        // Sorted already but for name hits a question moved here: the
        // stable sort finds the runs and merges them in one pass.
        safe.sort_by(best_first);
        other.sort_by(best_first);
        let safe_end = ranked.partition_point(|h| h.score >= PREFERRED_RANK + RELEVANT_RANK);
        let other_end = ranked.partition_point(|h| h.score >= RELEVANT_RANK);
        hits.reserve(ranked.len() + safe.len() + other.len());
        hits.extend_from_slice(&ranked[..safe_end]);
        hits.extend(safe);
        hits.extend_from_slice(&ranked[safe_end..other_end]);
        hits.extend(other);
    }

    /// The score each document found by relevance would get as a text
    /// hit, by document index: for name hits a question moves among text
    /// hits (the lexical pass keeps them out of relevance).
    pub(super) fn relevance_scores(&self, query: &str) -> std::collections::HashMap<usize, i64> {
        let folded = super::text::fold(query).text;
        let (size, rest) = match words::find_size(&folded) {
            Some((size, rest)) => (Some(size), rest),
            None => (None, folded.clone()),
        };
        let query = self.relevance.query(&rest, size);
        if query.is_empty() {
            return std::collections::HashMap::new();
        }
        self.relevance
            .score(&query, true)
            .into_iter()
            .map(|scored| {
                let score = i64::from(scored.names_it) * NAMED_RANK
                    + i64::from(self.docs.preferred(scored.doc)) * PREFERRED_RANK
                    + RELEVANT_RANK
                    + relevance_rest(scored.coverage, scored.share);
                (scored.doc, score)
            })
            .collect()
    }

    /// Whether a query is a question rather than a name being looked up:
    /// it holds a stop word (« visio avec la classe »), a need's word
    /// (« sms ») or a file size.
    pub(super) fn is_question(&self, query: &str) -> bool {
        let folded = super::text::fold(query).text;
        if words::find_size(&folded).is_some() {
            return true;
        }
        let content = words::split(&folded).any(|w| !words::is_stop_word(w));
        content
            && (words::split(&folded).any(words::is_stop_word)
                || self.relevance.names_a_need(&folded))
    }

    /// Whether a word that carries meaning in the query is an ordinary
    /// word of these documents' prose: held by more than `limit` of them
    /// (« liste » in the repères, not « Classroom » named in one list).
    pub(super) fn has_prose_word(&self, query: &str, limit: usize) -> bool {
        let folded = super::text::fold(query).text;
        words::split(&folded)
            .filter(|w| !words::is_stop_word(w))
            .any(|w| self.relevance.documents_with(w) > limit)
    }

    /// Whether some word of the query is a word that tells needs apart
    /// (« visio », « sondage »), not only of a situation (« avec les
    /// élèves »).
    pub(super) fn asks_a_need(&self, query: &str) -> bool {
        self.relevance
            .names_a_specific_need(&super::text::fold(query).text)
    }

    /// Whether some word of the query that carries meaning is rare enough
    /// to name a document (not « services », « classe »).
    pub(super) fn has_distinctive_word(&self, query: &str) -> bool {
        let folded = super::text::fold(query).text;
        words::split(&folded)
            .filter(|w| !words::is_stop_word(w))
            .any(|w| self.relevance.is_distinctive(w))
    }

    /// Whether the query is one of the document's names or aliases, word
    /// for word (« google classroom », « teams »), stop words aside.
    pub(super) fn is_name_of(&self, index: usize, query: &str) -> bool {
        let Some(doc) = self.docs.get(index) else {
            return false;
        };
        let folded = super::text::fold(query).text;
        let asked: Vec<&str> = words::split(&folded)
            .filter(|w| !words::is_stop_word(w))
            .collect();
        !asked.is_empty()
            && self.names.range(doc.names.clone()).any(|(name, _)| {
                let name: Vec<&str> = words::split(name)
                    .filter(|w| !words::is_stop_word(w))
                    .collect();
                name == asked
            })
    }

    /// Whether the document's name or aliases hold every word of the query
    /// that carries meaning.
    pub(super) fn name_holds_query(&self, index: usize, query: &str) -> bool {
        let folded = super::text::fold(query).text;
        let content: Vec<&str> = words::split(&folded)
            .filter(|w| !words::is_stop_word(w))
            .collect();
        self.name_holds(index, &content, true)
    }

    /// Whether a folded word is a whole word of the document's name or
    /// aliases.
    pub(super) fn name_has_word(&self, index: usize, word: &str) -> bool {
        self.docs.get(index).is_some_and(|doc| {
            self.names
                .range(doc.names.clone())
                .any(|(name, _)| words::split(name).any(|name_word| name_word == word))
        })
    }

    /// Whether each word of the query that carries meaning starts a word
    /// of the document's name or aliases, as written (no typo).
    pub(super) fn name_spells_query(&self, index: usize, query: &str) -> bool {
        let folded = super::text::fold(query).text;
        let Some(doc) = self.docs.get(index) else {
            return false;
        };
        let content: Vec<&str> = words::split(&folded)
            .filter(|w| !words::is_stop_word(w))
            .collect();
        !content.is_empty()
            && content.iter().all(|word| {
                self.names.range(doc.names.clone()).any(|(name, _)| {
                    words::split(name).any(|name_word| name_word.starts_with(word))
                })
            })
    }

    /// Whether each word is the start of a word of the document's name or
    /// aliases, or one with a typo. A word written as such in the catalogue
    /// ("email") is no misspelling of a name ("Gmail").
    pub(super) fn name_holds(&self, index: usize, words: &[&str], prefilter: bool) -> bool {
        let Some(doc) = self.docs.get(index) else {
            return false;
        };
        !words.is_empty()
            && words.iter().all(|word| {
                let starts = self.names.range(doc.names.clone()).any(|(name, _)| {
                    words::split(name).any(|name_word| name_word.starts_with(word))
                });
                let chars: Vec<char> = word.chars().collect();
                starts
                    || !self.relevance.knows_word(word)
                        && self
                            .words
                            .typo_score(
                                doc.words.clone(),
                                doc.name_mask,
                                &chars,
                                char_mask(word),
                                prefilter,
                            )
                            .is_some()
            })
    }
}

/// A relevance hit's score below its ranks: the coverage of the question
/// first (in thousandths), then the share (in thousandths).
#[allow(clippy::cast_possible_truncation)]
fn relevance_rest(coverage: f64, share: f64) -> i64 {
    let coverage = ((coverage * SHARE_SCALE) as i64).clamp(0, SHARE_SCALE as i64 - 1);
    let share = ((share * SHARE_SCALE) as i64).clamp(0, SHARE_SCALE as i64 - 1);
    coverage * SHARE_SCALE as i64 + share
}
