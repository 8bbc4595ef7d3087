//! What relevance weighs a document's words by: the field they sit in
//! (a name counts more than a message to families), and the file sizes a
//! document is for.

use super::words::Size;

/// Where a text sits in a document, from the field that says most about
/// what the document is to the one that says least.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// The display name (a tool's name, a repère's title).
    Name,
    /// Other names and the id.
    Alias,
    /// The needs a tool answers: labels, keywords, everyday words.
    Need,
    /// What the tool is and does (summary, features, advantages; a repère's items).
    Feature,
    /// Data-protection precautions and limits.
    Precaution,
    /// Anything else said of it (availability, cost, hosting…).
    Other,
    /// The message to families.
    Message,
}

impl Weight {
    pub(super) fn factor(self) -> f32 {
        match self {
            Weight::Name => 8.0,
            Weight::Alias => 6.0,
            Weight::Need => 4.0,
            Weight::Feature => 2.0,
            Weight::Precaution => 1.2,
            Weight::Other => 1.0,
            Weight::Message => 0.6,
        }
    }
}

/// File sizes a document is for ("plus de 5 Mo", "jusqu'à 20 Mo").
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SizeRange {
    /// Only files larger than this (megabytes).
    pub above_mb: Option<f64>,
    /// Files up to this size (megabytes).
    pub up_to_mb: Option<f64>,
}

impl SizeRange {
    pub(super) fn fits(self, size: Size) -> bool {
        let s = size.megabytes;
        let low = self
            .above_mb
            .is_none_or(|a| s > a || (s >= a && size.above));
        let high = self
            .up_to_mb
            .is_none_or(|u| s < u || (s <= u && !size.above));
        low && high
    }
}
