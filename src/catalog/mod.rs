//! The catalogue: model, loading, validation and the questions asked of it.
//! Nothing here knows about terminals.

mod alternatives;
pub mod bodies;
mod dated;
pub mod documents;
pub mod error;
mod evidence;
mod files;
pub mod intents;
mod load;
mod load_layers;
pub mod local;
mod model;
pub mod origin;
mod placeholder;
pub mod places;
pub mod provenance;
pub mod quote_problem;
pub mod quotes;
mod risk;
pub mod rules;
mod rules_alternatives;
mod scope;
pub mod territory;
mod validate;
mod validate_facts;
mod validate_local;
mod validate_quotes;

pub use files::{read_kept_file, read_regular_file, read_shared_file};
pub use load::{LoadError, Loader, MAX_FILE_BYTES, embedded, embedded_texts, load, source_files};
pub use model::{
    Basis, Catalog, Category, Derived, Evidence, FamilyMessage, Field, Guidance, NeedBasis,
    PlaceholderDef, Provenance, Quote, Risk, RiskAssessment, Scope, SizeLimit, Source, SourceNote,
    Statement, Territory, Tool,
};
pub use placeholder::{Segment, fill, placeholder_keys, segments};
pub use territory::{Availability, Place};
pub use validate::is_forbidden_char;
pub use validate_quotes::verify_all as verify_all_quotes;

use std::collections::HashMap;

pub use alternatives::FALLBACK_CATEGORY;

impl Catalog {
    /// A tool by id.
    pub fn tool(&self, id: &str) -> Option<&Tool> {
        self.tools.iter().find(|t| t.id == id)
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// A source's short name (« DSDEN 74 »), or its id if unknown.
    pub fn source_short<'a>(&'a self, id: &'a str) -> &'a str {
        self.source(id).map_or(id, |s| s.short.as_str())
    }

    /// A category's label, or its id if unknown.
    pub fn category_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.categories
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.label.as_str())
    }

    /// A placeholder's French label, or its key if unknown.
    pub fn placeholder_label(&self, key: &str) -> String {
        self.placeholders
            .iter()
            .find(|p| p.key == key)
            .map_or_else(|| key.to_owned(), |p| p.label.clone())
    }

    /// The tools of a category, in catalogue order.
    pub fn tools_in<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a Tool> + 'a {
        self.tools
            .iter()
            .filter(move |t| t.categories.iter().any(|c| c == category))
    }

    /// Number of tools per risk level.
    pub fn count_by_risk(&self) -> HashMap<Risk, usize> {
        let mut counts = HashMap::new();
        for tool in &self.tools {
            *counts.entry(tool.risk.level).or_insert(0) += 1;
        }
        counts
    }

    /// The family message of a tool with its blanks filled.
    pub fn filled_message(&self, tool: &Tool, values: &HashMap<String, String>) -> Option<String> {
        // The source's message, else the one written locally.
        self.message_text(tool)
            .map(|text| fill(text, values, |key| self.placeholder_label(key)))
    }
}
