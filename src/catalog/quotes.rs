//! Quotes checked against the documents themselves: the five source texts
//! are compiled in, and every quote credited to a document whose text is
//! known (bundled, or added with `repere source add`) must be found in it.
//!
//! Found "verbatim" means the same letters and digits in the same order:
//! case, punctuation, spacing and the extraction's layout (table pipes,
//! Markdown emphasis, a link's target, words cut at a line end) are not
//! compared, since the texts are extractions of PDFs. An ellipsis (« … »,
//! « [...] ») in a quote marks a cut: each part must be found, in order.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// The bundled documents' texts, by source id.
pub const BUNDLED_TEXTS: [(&str, &str); 5] = [
    (
        "dsden74-2020",
        include_str!("../../data/sources/dsden74-2020.txt"),
    ),
    (
        "academie-2021",
        include_str!("../../data/sources/academie-2021.txt"),
    ),
    ("men-2020", include_str!("../../data/sources/men-2020.txt")),
    ("fwb-2019", include_str!("../../data/sources/fwb-2019.txt")),
    (
        "poitiers-2020",
        include_str!("../../data/sources/poitiers-2020.txt"),
    ),
];

/// A document's text prepared for lookups: its letters and digits, and
/// where each one is in the original (to show the nearest passage).
#[derive(Debug)]
pub struct Document {
    original: String,
    folded: String,
    /// Byte offset in `original` of each char of `folded`.
    offsets: Vec<usize>,
}

impl Document {
    /// Prepares a text.
    pub fn new(text: &str) -> Self {
        let without_targets: String = strip_link_targets(text).nfc().collect();
        let mut folded = String::with_capacity(without_targets.len());
        let mut offsets = Vec::with_capacity(without_targets.len());
        for (at, c) in without_targets.char_indices() {
            for f in fold_char(c) {
                folded.push(f);
                offsets.push(at);
            }
        }
        Self {
            original: without_targets,
            folded,
            offsets,
        }
    }

    /// Where the folded `needle` is in `folded`, searching from a byte.
    fn find_from(&self, needle: &str, from_byte: usize) -> Option<usize> {
        memchr::memmem::find(&self.folded.as_bytes()[from_byte..], needle.as_bytes())
            .map(|at| at + from_byte)
    }

    /// Whether `quote` is in the document (every part of an elided quote,
    /// in order).
    pub fn contains(&self, quote: &str) -> bool {
        let mut from = 0;
        for part in parts(quote) {
            match self.find_from(&part, from) {
                Some(at) => from = at + part.len(),
                None => return false,
            }
        }
        true
    }

    /// The passage of the document closest to `quote`: where the longest
    /// run of the quote's letters is found, about 160 characters of it.
    pub fn nearest(&self, quote: &str) -> Option<String> {
        let folded: Vec<char> = fold(quote).chars().collect();
        // (length, byte in folded, start in the quote)
        let mut best: Option<(usize, usize, usize)> = None;
        for start in (0..folded.len()).step_by(3) {
            let (mut low, mut high) = (0, folded.len() - start);
            // The longest run from `start` that is found: present for a
            // length means present for every shorter one.
            while low < high {
                let mid = (low + high).div_ceil(2);
                let needle: String = folded[start..start + mid].iter().collect();
                if self.find_from(&needle, 0).is_some() {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            if low >= 8 && best.is_none_or(|(length, _, _)| low > length) {
                let needle: String = folded[start..start + low].iter().collect();
                best = self
                    .find_from(&needle, 0)
                    .map(|at| (low, at, start))
                    .or(best);
            }
        }
        let (_, byte, start) = best?;
        // The char index in `folded` of that byte, moved back to where the
        // quote would begin (a quote changed in its first words is shown
        // against the document's own first words), then to a word's start.
        let index = self.folded[..byte].chars().count().saturating_sub(start);
        let mut begin = *self.offsets.get(index)?;
        while let Some(before) = self.original[..begin].chars().next_back()
            && before.is_alphanumeric()
        {
            begin -= before.len_utf8();
        }
        let passage: String = self.original[begin..].chars().take(160).collect();
        Some(crate::sanitize::clean_line(
            &passage.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    }
}

/// The documents whose text is known, by source id.
#[derive(Debug, Default)]
pub struct Library {
    documents: HashMap<String, Document>,
}

/// A bundled document, prepared the first time one of its quotes is
/// looked up (a start with no additions prepares none).
fn bundled_document(id: &str) -> Option<&'static Document> {
    static PREPARED: [OnceLock<Document>; BUNDLED_TEXTS.len()] =
        [const { OnceLock::new() }; BUNDLED_TEXTS.len()];
    let at = BUNDLED_TEXTS.iter().position(|(known, _)| *known == id)?;
    Some(PREPARED[at].get_or_init(|| Document::new(BUNDLED_TEXTS[at].1)))
}

impl Library {
    /// Adds a document (one added locally).
    pub fn insert(&mut self, id: &str, text: &str) {
        self.documents.insert(id.to_owned(), Document::new(text));
    }

    /// The text of a source, if known: added locally, else bundled.
    pub fn get(&self, id: &str) -> Option<&Document> {
        self.documents.get(id).or_else(|| bundled_document(id))
    }
}

/// `[texte](cible)` → `[texte]`: the target repeats a link's text and
/// would cut a quoted address in two.
fn strip_link_targets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        out.push_str(&rest[..=at]);
        let after = &rest[at + 2..];
        match after.find(')') {
            Some(end) if !after[..end].contains('\n') => rest = &after[end + 1..],
            _ => rest = &rest[at + 1..],
        }
    }
    out.push_str(rest);
    out
}

/// The letters and digits of one char, lower-cased (composed first).
fn fold_char(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().filter(|l| l.is_alphanumeric())
}

/// The letters and digits of a text, lower-cased, in order.
pub fn fold(text: &str) -> String {
    text.nfc().flat_map(fold_char).collect()
}

/// The parts of a quote between ellipses, folded, non-empty.
fn parts(quote: &str) -> Vec<String> {
    let mut text = quote.replace("[...]", "…").replace("(...)", "…");
    text = text.replace("...", "…");
    text.split('…')
        .map(fold)
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_and_punctuation_are_not_compared() {
        let doc = Document::new(
            "| Zoom | **aucun** cadre\nréglementaire. [https://ex.fr/a-](https://ex.fr/a-b) [b](https://ex.fr/a-b) 1 ^{er} mois",
        );
        assert!(doc.contains("Zoom : aucun cadre réglementaire."));
        assert!(doc.contains("https://ex.fr/a-b"));
        assert!(doc.contains("1er mois"));
        assert!(doc.contains("Zoom … réglementaire"));
        assert!(!doc.contains("réglementaire … Zoom"));
        assert!(!doc.contains("Zoom est institutionnel"));
    }

    #[test]
    fn the_nearest_passage_is_shown() {
        let doc = Document::new("Début. Zoom : aucun cadre réglementaire. De nombreux incidents.");
        let near = doc.nearest("Zoom : aucun cadre réglementaire, il est donc recommandé");
        assert_eq!(
            near.as_deref().map(|n| n.starts_with("Zoom : aucun cadre")),
            Some(true),
            "{near:?}"
        );
    }

    #[test]
    fn every_bundled_text_is_prepared() {
        for (id, _) in BUNDLED_TEXTS {
            assert!(Library::default().get(id).is_some(), "{id}");
        }
    }
}
