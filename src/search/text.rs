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

/// A 4096-bit set of the 3-byte sequences of a text: a term whose first
/// three bytes are not in it cannot occur in the text, so most long texts
/// are never scanned.
#[derive(Debug, Clone)]
pub(super) struct Trigrams(Box<[u64; 64]>);

impl Trigrams {
    pub(super) fn of(text: &str) -> Self {
        let mut bits = Box::new([0_u64; 64]);
        for window in text.as_bytes().windows(3) {
            let slot = trigram_slot(window);
            bits[slot / 64] |= 1 << (slot % 64);
        }
        Self(bits)
    }

    /// Whether `text` may contain `bytes` (at least three of them).
    pub(super) fn may_contain(&self, bytes: &[u8]) -> bool {
        bytes.len() < 3 || {
            let slot = trigram_slot(&bytes[..3]);
            self.0[slot / 64] & (1 << (slot % 64)) != 0
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
    text.chars().fold(0, |mask, c| {
        let bit = match c {
            'a'..='z' => u32::from(c) - u32::from('a'),
            '0'..='9' => 26 + u32::from(c) - u32::from('0'),
            ' ' => return mask,
            _ => 63,
        };
        mask | (1 << bit)
    })
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
        let set = Trigrams::of("mur collaboratif");
        assert!(set.may_contain(b"col"));
        assert!(set.may_contain(b"if"));
        assert_eq!(char_mask("ab") & char_mask("zq"), 0);
    }
}
