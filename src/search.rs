//! Fuzzy search over prepared, accent-folded haystacks.
//!
//! Names are scored apart from the long text so that a name hit always ranks
//! above a hit in precautions or messages. A query is split into words; every
//! word must match somewhere. When a word matches no name even fuzzily, a
//! small edit distance to a word of the name still counts (names heard on the
//! phone get misspelt: "beneylou", "zoum").

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

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
    /// Char indices of the matched characters in the name, for highlighting.
    pub name_positions: Vec<usize>,
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

/// A string folded for matching, with the way back to original positions.
#[derive(Debug, Clone, Default)]
struct Folded {
    text: String,
    /// For each char of `text`, the char index in the original string.
    origin: Vec<usize>,
}

#[derive(Debug)]
struct Prepared {
    name: Folded,
    aliases: Vec<String>,
    /// Words of the name and aliases, for typo matching.
    words: Vec<String>,
    body: String,
}

/// Documents prepared once at load; searching allocates only results.
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
const TYPO_SCORE: i64 = 400;

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
                Prepared {
                    name,
                    aliases,
                    words,
                    body: fold(&doc.body).text,
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
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let folded = fold(query).text;
        let terms: Vec<&str> = folded.split_whitespace().collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(index, doc)| self.match_doc(index, doc, &terms))
            .collect();
        hits.sort_by(|a, b| {
            a.kind
                .cmp(&b.kind)
                .then(b.score.cmp(&a.score))
                .then(a.index.cmp(&b.index))
        });
        hits
    }

    fn match_doc(&self, index: usize, doc: &Prepared, terms: &[&str]) -> Option<Hit> {
        let mut score = 0;
        let mut kind = HitKind::Name;
        let mut positions = Vec::new();
        for term in terms {
            if let Some((s, pos)) = self.name_match(doc, term) {
                score += NAME_WEIGHT + s;
                positions.extend(pos);
            } else if let Some(s) = typo_match(doc, term) {
                score += s;
                kind = kind.max(HitKind::NameTypo);
            } else if let Some(s) = self.body_match(doc, term) {
                score += s;
                kind = HitKind::Text;
            } else {
                return None;
            }
        }
        positions.sort_unstable();
        positions.dedup();
        Some(Hit {
            index,
            score,
            name_positions: positions,
            kind,
        })
    }

    fn name_match(&self, doc: &Prepared, term: &str) -> Option<(i64, Vec<usize>)> {
        let on_name = self
            .matcher
            .fuzzy_indices(&doc.name.text, term)
            .map(|(s, idx)| (s, idx.iter().map(|&i| doc.name.origin[i]).collect()));
        let on_alias = doc
            .aliases
            .iter()
            .filter_map(|a| self.matcher.fuzzy_match(a, term))
            .max()
            .map(|s| (s, Vec::new()));
        match (on_name, on_alias) {
            (Some(n), Some(a)) if a.0 > n.0 => Some((a.0, n.1)),
            (Some(n), _) => Some(n),
            (None, alias) => alias,
        }
    }

    /// Text hits must be tight: a scattered subsequence over a long text
    /// matches almost any short word and would drown the real answers.
    fn body_match(&self, doc: &Prepared, term: &str) -> Option<i64> {
        if doc.body.contains(term) {
            return Some(i64::try_from(term.chars().count()).unwrap_or(0) * 10);
        }
        let len = term.chars().count();
        if len < 4 {
            return None;
        }
        let score = self.matcher.fuzzy_match(&doc.body, term)?;
        (score >= min_body_score(len)).then_some(score / 4)
    }
}

/// The fuzzy score a text hit needs: most letters must come in runs.
fn min_body_score(len: usize) -> i64 {
    i64::try_from(len).unwrap_or(i64::MAX / 32) * 24
}

fn typo_match(doc: &Prepared, term: &str) -> Option<i64> {
    let len = term.chars().count();
    let allowed = match len {
        0..=3 => return None,
        4..=5 => 1,
        _ => 2,
    };
    let best = doc
        .words
        .iter()
        .map(|word| {
            let whole = strsim::damerau_levenshtein(term, word);
            // A word being typed: compare with the start of the name word too.
            let prefix: String = word.chars().take(len).collect();
            let start = if word.chars().count() > len {
                strsim::damerau_levenshtein(term, &prefix) + 1
            } else {
                usize::MAX
            };
            whole.min(start)
        })
        .min()?;
    (best <= allowed).then(|| TYPO_SCORE - i64::try_from(best).unwrap_or(0) * 100)
}

fn words_of(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_owned)
        .collect();
    let joined: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
    if !words.contains(&joined) {
        words.push(joined);
    }
    words
}

/// Lower-cases and strips diacritics, remembering where each char came from.
fn fold(text: &str) -> Folded {
    let mut out = Folded::default();
    for (index, c) in text.chars().enumerate() {
        let expanded: &[char] = match c {
            'œ' | 'Œ' => &['o', 'e'],
            'æ' | 'Æ' => &['a', 'e'],
            'ß' => &['s', 's'],
            '’' | 'ʼ' | '‘' => &['\''],
            _ => &[],
        };
        if expanded.is_empty() {
            for lower in c.to_lowercase() {
                for base in lower.nfd().filter(|d| !is_combining_mark(*d)) {
                    out.text.push(base);
                    out.origin.push(index);
                }
            }
        } else {
            for &e in expanded {
                out.text.push(e);
                out.origin.push(index);
            }
        }
    }
    out
}

/// Folds a string for comparisons elsewhere (e.g. "closest names").
pub fn fold_text(text: &str) -> String {
    fold(text).text
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
    fn folding_keeps_positions() {
        let f = fold("Écœuré");
        assert_eq!(f.text, "ecoeure");
        assert_eq!(f.origin, vec![0, 1, 2, 2, 3, 4, 5]);
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        let idx = index(&["Quizinière", "TouteMonAnnée"]);
        assert_eq!(idx.search("quiziniere")[0].index, 0);
        assert_eq!(idx.search("toute mon annee")[0].index, 1);
        assert_eq!(idx.search("QUIZINIÈRE")[0].name_positions.len(), 10);
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
