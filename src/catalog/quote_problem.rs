//! What went wrong with a quote or a document, as data: the catalogue
//! says what and where, `text` says it in French (its `Display` impls), so
//! the catalogue never depends on the strings module.

use super::model::Field;

/// Where a quote is in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuotePlace {
    SourceNote {
        source: String,
    },
    GuidanceItem {
        guidance: String,
        number: usize,
    },
    Statement {
        tool: String,
        number: usize,
        field: Field,
    },
    Evidence {
        tool: String,
        number: usize,
    },
    MessageOriginal {
        tool: String,
    },
    Need {
        tool: String,
        category: String,
    },
    Territory {
        tool: String,
        number: usize,
    },
    Citation {
        tool: String,
        number: usize,
    },
    SizeLimit {
        category: String,
    },
}

/// A quote not found in the document it is credited to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteNotFound {
    pub quote: String,
    /// The document's short name.
    pub source: String,
    /// The document's closest passage, if one shares enough letters.
    pub nearest: Option<String>,
}

/// A document added locally that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentProblem {
    /// Its file name is not a plain name.
    BadName { name: String },
    /// Its text cannot be read.
    Unreadable { path: String, why: String },
    /// Its text changed since it was added.
    Changed { path: String },
}

/// Where a document is declared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentPlace {
    pub file: String,
    pub source: String,
}
