//! What the lexical pass knows of each document, column by column: one
//! array per property instead of one record per document, so that the
//! cache reads back a handful of blocks instead of 100,000 records.

use std::ops::Range;

use super::arena::span;

/// One document's entry, as the lexical pass reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Prepared {
    /// The folded name, then the folded aliases, in the index's names.
    pub(super) names: Range<usize>,
    /// Which characters the name and aliases contain (see `char_mask`).
    pub(super) name_mask: u64,
    /// Where the words of the name and aliases are in the index's words.
    pub(super) words: Range<usize>,
    /// Safe to offer first for a need.
    pub(super) preferred: bool,
}

/// Every document's entry. Names and words are stored in document order,
/// so each document's range starts where the one before it ends.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Docs {
    #[serde(with = "super::blob")]
    name_ends: Vec<u64>,
    #[serde(with = "super::blob")]
    name_masks: Vec<u64>,
    #[serde(with = "super::blob")]
    word_ends: Vec<u64>,
    #[serde(with = "super::blob")]
    preferred: Vec<bool>,
    /// For each character of each folded name, its index in the original
    /// name (for highlighting), every name's end to end.
    #[serde(with = "super::blob")]
    origins: Vec<u32>,
    #[serde(with = "super::blob")]
    origin_ends: Vec<u64>,
}

impl Docs {
    /// Adds the next document; its names and words must follow the ones
    /// of the document before it.
    pub(super) fn push(&mut self, entry: &Prepared, origin: &[usize]) {
        self.name_ends.push(entry.names.end as u64);
        self.name_masks.push(entry.name_mask);
        self.word_ends.push(entry.words.end as u64);
        self.preferred.push(entry.preferred);
        self.origins
            .extend(origin.iter().map(|&i| u32::try_from(i).unwrap_or(u32::MAX)));
        self.origin_ends.push(self.origins.len() as u64);
    }

    pub(super) fn len(&self) -> usize {
        self.name_ends.len()
    }

    pub(super) fn get(&self, index: usize) -> Option<Prepared> {
        Some(Prepared {
            names: span(&self.name_ends, index)?,
            name_mask: *self.name_masks.get(index)?,
            words: span(&self.word_ends, index)?,
            preferred: *self.preferred.get(index)?,
        })
    }

    /// Safe to offer first for a need (false for no such document).
    pub(super) fn preferred(&self, index: usize) -> bool {
        self.preferred.get(index).copied().unwrap_or(false)
    }

    /// For each character of the folded name, its index in the original.
    pub(super) fn name_origin(&self, index: usize) -> &[u32] {
        span(&self.origin_ends, index)
            .and_then(|span| self.origins.get(span))
            .unwrap_or_default()
    }
}
