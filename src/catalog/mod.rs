//! The catalogue: model, loading, validation and the questions asked of it.
//! Nothing here knows about terminals.

mod load;
pub mod local;
mod model;
mod placeholder;
mod validate;

pub use load::{LoadError, Loader, embedded, load};
pub use model::{
    Catalog, Category, FamilyMessage, Field, Guidance, PlaceholderDef, Quote, Risk, RiskAssessment,
    Source, Statement, Tool,
};
pub use placeholder::{Segment, fill, placeholder_keys, segments};
pub use validate::is_forbidden_char;

use std::collections::HashMap;

/// Where safer alternatives are looked for when a tool's own needs have none.
pub const FALLBACK_CATEGORY: &str = "communication-familles";

/// How many safer alternatives are derived at most.
const MAX_ALTERNATIVES: usize = 6;

impl Catalog {
    /// A tool by id.
    pub fn tool(&self, id: &str) -> Option<&Tool> {
        self.tools.iter().find(|t| t.id == id)
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
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

    /// Safer tools for the same needs: the explicit ones first, then tools
    /// sharing a category, institutional first. Empty for safe tools.
    pub fn alternatives(&self, tool: &Tool) -> Vec<&Tool> {
        let every_tool: Vec<&Tool> = self.tools.iter().collect();
        self.alternatives_among(tool, &every_tool)
    }

    /// [`Self::alternatives`], derived from `candidates` only: they must
    /// include, in catalogue order, every tool that is institutional or
    /// with precautions and shares a need with `tool`, and every
    /// institutional tool of the fallback need (see `app::lookup`).
    pub fn alternatives_among<'a>(&'a self, tool: &Tool, candidates: &[&'a Tool]) -> Vec<&'a Tool> {
        if !tool.risk.level.needs_alternatives() {
            return Vec::new();
        }
        let mut out: Vec<&Tool> = tool
            .alternatives
            .iter()
            .filter_map(|id| self.tool(id))
            .collect();
        let mut derived: Vec<(usize, &Tool)> = candidates
            .iter()
            .copied()
            .filter(|t| t.risk.level < tool.risk.level && t.id != tool.id)
            .filter(|t| t.risk.level <= model::Risk::Precautions)
            .filter_map(|t| {
                let shared = t
                    .categories
                    .iter()
                    .filter(|c| tool.categories.contains(c))
                    .count();
                (shared > 0).then_some((shared, t))
            })
            .collect();
        if derived.is_empty() {
            // No safer tool for this exact need (instant messaging): the
            // need behind it is talking with families.
            derived = candidates
                .iter()
                .copied()
                .filter(|t| t.categories.iter().any(|c| c == FALLBACK_CATEGORY))
                .filter(|t| t.id != tool.id && t.risk.level == Risk::Institutional)
                .map(|t| (0, t))
                .collect();
        }
        derived.sort_by(|(sa, a), (sb, b)| a.risk.level.cmp(&b.risk.level).then(sb.cmp(sa)));
        for (_, t) in derived {
            if out.len() >= MAX_ALTERNATIVES {
                break;
            }
            if !out.iter().any(|o| o.id == t.id) {
                out.push(t);
            }
        }
        out
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
        tool.family_message
            .as_ref()
            .map(|m| fill(&m.text, values, |key| self.placeholder_label(key)))
    }
}
