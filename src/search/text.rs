//! Preparing text for matching: accent and case folding with positions
//! kept, and the cheap sets (character classes, trigrams) that let a search
//! skip most documents without matching them.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A string folded for matching, with the way back to original positions.
#[derive(Debug, Clone, Default)]
pub(super) struct Folded {
    pub(super) text: String,
    /// For each char of `text`, the char index in the original string.
    pub(super) origin: Vec<usize>,
}

/// Which documents' texts contain which short byte sequences, so that
/// most texts are never read: every pair of ASCII letters or digits,
/// exactly, and every 3-byte sequence, hashed into 4096 slots (a term whose
/// first three bytes a text lacks cannot occur in it). Stored slot by slot,
/// one bit per document, so a search (one slot per term) reads in order.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Grams {
    /// While documents are added: one bit vector per slot.
    #[serde(skip)]
    pairs_building: Vec<Vec<u64>>,
    #[serde(skip)]
    triples_building: Vec<Vec<u64>>,
    /// Once finished: every slot's bits end to end, `blocks` words each
    /// (one large array is read back from the cache as one block).
    #[serde(with = "super::blob")]
    pairs: Vec<u64>,
    #[serde(with = "super::blob")]
    triples: Vec<u64>,
    blocks: usize,
    docs: usize,
}

/// What [`Grams`] knows of a term in a text, without reading the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Presence {
    Absent,
    Present,
    /// Only reading the text can tell.
    Unknown,
}

const ALNUM: usize = 36;
const TRIPLE_SLOTS: usize = 4096;

impl Grams {
    /// Adds the next document's text.
    pub(super) fn push(&mut self, text: &str) {
        let doc = self.docs;
        if doc.is_multiple_of(64) {
            self.pairs_building.resize_with(ALNUM * ALNUM, Vec::new);
            self.triples_building.resize_with(TRIPLE_SLOTS, Vec::new);
            for slot in self
                .pairs_building
                .iter_mut()
                .chain(&mut self.triples_building)
            {
                slot.push(0);
            }
        }
        let bytes = text.as_bytes();
        for window in bytes.windows(2) {
            if let Some(slot) = pair_slot(window) {
                set(&mut self.pairs_building, slot, doc);
            }
        }
        for window in bytes.windows(3) {
            set(&mut self.triples_building, triple_slot(window), doc);
        }
        self.docs += 1;
    }

    /// Number of documents.
    pub(super) fn docs(&self) -> usize {
        self.docs
    }

    /// Lays the slots end to end; call once every document is in.
    pub(super) fn finish(&mut self) {
        self.blocks = self.docs.div_ceil(64);
        let flatten = |slots: &mut Vec<Vec<u64>>| {
            let flat: Vec<u64> = slots.iter().flatten().copied().collect();
            *slots = Vec::new();
            flat
        };
        self.pairs = flatten(&mut self.pairs_building);
        self.triples = flatten(&mut self.triples_building);
    }

    /// Whether document `doc`'s text contains `term`, if known.
    pub(super) fn presence(&self, doc: usize, term: &[u8]) -> Presence {
        let known = |present: bool| {
            if present {
                Presence::Present
            } else {
                Presence::Absent
            }
        };
        if self.blocks * 64 < self.docs {
            return Presence::Unknown;
        }
        let get = |bits: &[u64], slot: usize| {
            let word = bits.get(slot * self.blocks + doc / 64);
            word.is_some_and(|word| word & (1 << (doc % 64)) != 0)
        };
        match term.len() {
            2 => pair_slot(term).map_or(Presence::Unknown, |slot| known(get(&self.pairs, slot))),
            0 | 1 => Presence::Unknown,
            _ if get(&self.triples, triple_slot(term)) => Presence::Unknown,
            _ => Presence::Absent,
        }
    }
}

fn set(slots: &mut [Vec<u64>], slot: usize, doc: usize) {
    if let Some(bits) = slots.get_mut(slot).and_then(|s| s.get_mut(doc / 64)) {
        *bits |= 1 << (doc % 64);
    }
}

/// The slot of two ASCII letters or digits; `None` for anything else.
fn pair_slot(bytes: &[u8]) -> Option<usize> {
    let class = |b: u8| match b {
        b'a'..=b'z' => Some(usize::from(b - b'a')),
        b'0'..=b'9' => Some(26 + usize::from(b - b'0')),
        _ => None,
    };
    Some(class(bytes[0])? * ALNUM + class(bytes[1])?)
}

/// The hashed slot of the first three bytes.
fn triple_slot(bytes: &[u8]) -> usize {
    let key = u32::from(bytes[0]) << 16 | u32::from(bytes[1]) << 8 | u32::from(bytes[2]);
    (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// A set of character classes: one bit per ASCII letter or digit, one for
/// everything else. A term can only match text whose set covers its own:
/// a cheap test that skips most documents before any real matching.
pub(super) fn char_mask(text: &str) -> u64 {
    text.chars().fold(0, |mask, c| mask | class_of(c))
}

/// [`char_mask`] of characters already decoded.
pub(super) fn chars_mask(chars: &[char]) -> u64 {
    chars.iter().fold(0, |mask, &c| mask | class_of(c))
}

fn class_of(c: char) -> u64 {
    let bit = match c {
        'a'..='z' => u32::from(c) - u32::from('a'),
        '0'..='9' => 26 + u32::from(c) - u32::from('0'),
        ' ' => return 0,
        _ => 63,
    };
    1 << bit
}

/// Lower-cases and strips diacritics, remembering where each char came from.
pub(super) fn fold(text: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (index, c) in text.chars().enumerate() {
        // Most text is ASCII, which has no accents to strip.
        if c.is_ascii() {
            out.text.push(c.to_ascii_lowercase());
            out.origin.push(index);
            continue;
        }
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

    #[test]
    fn folding_keeps_positions() {
        let f = fold("Écœuré");
        assert_eq!(f.text, "ecoeure");
        assert_eq!(f.origin, vec![0, 1, 2, 2, 3, 4, 5]);
    }

    #[test]
    fn grams_never_miss_a_present_sequence() {
        let mut grams = Grams::default();
        for doc in 0..130 {
            grams.push(if doc == 129 { "mur collaboratif" } else { "" });
        }
        // Before it is finished, it knows nothing.
        assert_eq!(grams.presence(129, b"fi"), Presence::Unknown);
        grams.finish();
        assert_eq!(grams.presence(129, b"col"), Presence::Unknown);
        assert_eq!(grams.presence(129, b"if"), Presence::Present);
        assert_eq!(grams.presence(129, b"fi"), Presence::Absent);
        assert_eq!(grams.presence(129, b"r "), Presence::Unknown);
        assert_eq!(grams.presence(129, b"c"), Presence::Unknown);
        assert_eq!(grams.presence(128, b"col"), Presence::Absent);
        assert_eq!(grams.presence(130, b"if"), Presence::Absent);
        assert_eq!(char_mask("ab") & char_mask("zq"), 0);
    }
}
