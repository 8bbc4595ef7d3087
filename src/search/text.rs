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

/// Which documents' texts contain each 3-byte sequence (hashed into 4096
/// slots): a term whose first three bytes a text lacks cannot occur in it,
/// so most long texts are never scanned. Stored slot by slot, so a search
/// (one slot per term) reads its bits in order.
#[derive(Debug, Default)]
pub(super) struct Trigrams {
    /// For each slot, one bit per document.
    slots: Vec<Vec<u64>>,
    docs: usize,
}

const TRIGRAM_SLOTS: usize = 4096;

impl Trigrams {
    /// Adds the next document's text.
    pub(super) fn push(&mut self, text: &str) {
        let (word, bit) = (self.docs / 64, 1 << (self.docs % 64));
        if self.docs.is_multiple_of(64) {
            self.slots.resize_with(TRIGRAM_SLOTS, Vec::new);
            for slot in &mut self.slots {
                slot.push(0);
            }
        }
        for window in text.as_bytes().windows(3) {
            if let Some(bits) = self.slots[trigram_slot(window)].get_mut(word) {
                *bits |= bit;
            }
        }
        self.docs += 1;
    }

    /// Whether document `doc`'s text may contain `bytes` (if three or more).
    pub(super) fn may_contain(&self, doc: usize, bytes: &[u8]) -> bool {
        bytes.len() < 3 || {
            let bits = self
                .slots
                .get(trigram_slot(&bytes[..3]))
                .and_then(|slot| slot.get(doc / 64));
            bits.is_some_and(|bits| bits & (1 << (doc % 64)) != 0)
        }
    }
}

fn trigram_slot(bytes: &[u8]) -> usize {
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

    #[test]
    fn folding_keeps_positions() {
        let f = fold("Écœuré");
        assert_eq!(f.text, "ecoeure");
        assert_eq!(f.origin, vec![0, 1, 2, 2, 3, 4, 5]);
    }

    #[test]
    fn trigrams_never_miss_a_present_sequence() {
        let mut set = Trigrams::default();
        for doc in 0..130 {
            set.push(if doc == 129 { "mur collaboratif" } else { "" });
        }
        assert!(set.may_contain(129, b"col"));
        assert!(set.may_contain(129, b"if"));
        assert!(!set.may_contain(128, b"col"));
        assert!(!set.may_contain(130, b"col"));
        assert_eq!(char_mask("ab") & char_mask("zq"), 0);
    }
}
