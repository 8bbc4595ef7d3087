//! What a failed load says, and where each entry came from: shared by
//! loading, file reading and validation, so none of them imports another.

use std::collections::HashMap;
use std::fmt;

/// A catalogue that cannot be loaded, explained in one sentence with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// File and line:column, or file, entry and field.
    pub location: String,
    /// What is wrong, in French.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} : {}", self.location, self.message)
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    pub(crate) fn new(location: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            location: location.into(),
            message: message.into(),
        }
    }
}

/// Which file each entry came from, so validation errors can name it.
pub type Origins = HashMap<(Section, String), String>;

/// The sections of a catalogue whose entries have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Source,
    Category,
    Placeholder,
    Guidance,
    Tool,
}

pub(crate) fn section_name(section: Section) -> &'static str {
    match section {
        Section::Source => "sources",
        Section::Category => "catégories",
        Section::Placeholder => "champs à compléter",
        Section::Guidance => "repères généraux",
        Section::Tool => "outils",
    }
}
