//! Typo tolerance for names heard on the phone ("beneylou", "zoum"): a
//! small edit distance to a word of the name, or to its start while typing.

use std::ops::Range;

use super::text::{char_mask, chars_mask};

/// The words of every document's name and aliases, end to end in one
/// place: a search reads them in order instead of chasing one allocation
/// per word (which made memory, not matching, the cost at 100k documents).
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Words {
    /// Every word's characters end to end (stored as text in the cache).
    #[serde(with = "chars_as_text")]
    chars: Vec<char>,
    /// Where each word ends in `chars` (it starts where the one before
    /// it ends).
    #[serde(with = "super::blob")]
    ends: Vec<u64>,
    /// Character classes of each word (see [`char_mask`]).
    #[serde(with = "super::blob")]
    masks: Vec<u64>,
}

/// What a name hit with a typo is worth, before the distance is taken off.
const TYPO_SCORE: i64 = 400;

impl Words {
    /// Stores one document's words; the range names them in [`Self::typo_score`].
    pub(super) fn push(&mut self, words: impl IntoIterator<Item = String>) -> Range<usize> {
        let first = self.ends.len();
        for word in words {
            self.chars.extend(word.chars());
            self.ends.push(self.chars.len() as u64);
            self.masks.push(char_mask(&word));
        }
        first..self.ends.len()
    }

    /// The characters and character classes of the word with this id.
    fn word(&self, id: usize) -> Option<(&[char], u64)> {
        let chars = self.chars.get(super::arena::span(&self.ends, id)?)?;
        Some((chars, *self.masks.get(id)?))
    }

    /// The typo score of `term` (its characters, and `mask` their classes)
    /// against the document's words in `range`; `name_mask` covers them all.
    pub(super) fn typo_score(
        &self,
        range: Range<usize>,
        name_mask: u64,
        term: &[char],
        mask: u64,
        prefilter: bool,
    ) -> Option<i64> {
        let len = term.len();
        let allowed = match len {
            0..=3 => return None,
            4..=5 => 1,
            _ => 2,
        };
        // Each character class missing from every word costs at least one edit.
        let missing_everywhere =
            usize::try_from((mask & !name_mask).count_ones()).unwrap_or(usize::MAX);
        if prefilter && missing_everywhere > allowed {
            return None;
        }
        let mut best = usize::MAX;
        for id in range {
            let (chars, word_mask) = self.word(id)?;
            // Each character class of the term missing from the word (or
            // from its start) costs at least one edit: most words are ruled
            // out without computing a distance.
            let missing = |word_mask: u64| (mask & !word_mask).count_ones() as usize;
            // Without the prefilter, every word gets its distances (the
            // tests check the bounds rule out only words beyond the limit).
            let whole = !prefilter
                || (chars.len().abs_diff(len) <= allowed && missing(word_mask) <= allowed);
            // A word being typed: its start counts too, at one edit more.
            let start = chars.len() > len
                && (!prefilter
                    || (missing(word_mask) < allowed
                        && missing(chars_mask(&chars[..len])) < allowed));
            if !(whole || start) {
                continue;
            }
            let distances = bounded_distances(term, chars, allowed);
            if whole {
                best = best.min(distances.whole);
            }
            if start {
                best = best.min(distances.start + 1);
            }
            if best == 0 {
                break;
            }
        }
        (best <= allowed).then(|| TYPO_SCORE - i64::try_from(best).unwrap_or(0) * 100)
    }
}

/// Optimal string alignment distances (edits and adjacent swaps) from a term
/// to a word and to the word's first `term.len()` characters, each exact up
/// to the limit and `limit + 1` beyond it.
#[derive(Debug, PartialEq, Eq)]
struct Distances {
    whole: usize,
    start: usize,
}

/// Longest word compared on the stack; longer ones use strsim.
const OSA_MAX: usize = 32;

/// One dynamic programme gives both distances: its last row holds the
/// distance from the term to every prefix of the word. Only the band of
/// cells within `limit` of the diagonal can stay within the limit, so only
/// those are computed, and the work stops once a whole row exceeds it.
#[allow(clippy::many_single_char_names)]
fn bounded_distances(a: &[char], b: &[char], limit: usize) -> Distances {
    let (n, m) = (a.len(), b.len());
    let over = limit + 1;
    if n > OSA_MAX || m > OSA_MAX || over >= usize::from(u8::MAX) {
        let text = |chars: &[char]| chars.iter().collect::<String>();
        let (a, whole) = (text(a), text(b));
        let start = text(&b[..n.min(m)]);
        return Distances {
            whole: strsim::osa_distance(&a, &whole).min(over),
            start: strsim::osa_distance(&a, &start).min(over),
        };
    }
    let cap = |value: usize| u8::try_from(value.min(over)).unwrap_or(u8::MAX);
    // Three rows: two back, one back, current; cells outside the band hold
    // the cap, which is all a caller needs to know of them.
    let mut two = [cap(over); OSA_MAX + 1];
    let mut one: [u8; OSA_MAX + 1] = std::array::from_fn(cap);
    let mut cur = [cap(over); OSA_MAX + 1];
    for i in 1..=n {
        cur.fill(cap(over));
        cur[0] = cap(i);
        let mut row_min = cur[0];
        for j in i.saturating_sub(limit).max(1)..=(i + limit).min(m) {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut d = (one[j] + 1).min(cur[j - 1] + 1).min(one[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(two[j - 2] + 1);
            }
            cur[j] = d.min(cap(over));
            row_min = row_min.min(cur[j]);
        }
        if usize::from(row_min) > limit {
            return Distances {
                whole: over,
                start: over,
            };
        }
        two = one;
        one = cur;
    }
    Distances {
        whole: usize::from(one[m]),
        start: usize::from(one[n.min(m)]),
    }
}

/// `Vec<char>` as a string: four bytes per character in memory, one for
/// most of them on disk, and read back as one block.
mod chars_as_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        chars: &[char],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&chars.iter().collect::<String>())
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<char>, D::Error> {
        Ok(String::deserialize(deserializer)?.chars().collect())
    }
}

pub(super) fn words_of(text: &str) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_distances_agree_with_strsim_within_the_limit() {
        let words = [
            "padlet",
            "padlte",
            "zoom",
            "zoum",
            "",
            "abc",
            "ecoles",
            "ecole",
            "kitten",
            "sitting",
            "beneylou",
            "beneylu",
            "ab",
            "ba",
            "toutemonannee",
            "toutemonanne",
            "unmotbeaucoupplusquetrentedeuxcaracteres",
            "unmotbeaucoupplusquetrentedeuxcaractere",
        ];
        for a in words {
            for b in words {
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let start: String = bc[..ac.len().min(bc.len())].iter().collect();
                for limit in 0..=3 {
                    let got = bounded_distances(&ac, &bc, limit);
                    let want = Distances {
                        whole: strsim::osa_distance(a, b).min(limit + 1),
                        start: strsim::osa_distance(a, &start).min(limit + 1),
                    };
                    assert_eq!(got, want, "{a} {b} {limit}");
                }
            }
        }
    }
}
