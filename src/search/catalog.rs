//! What is searched in the catalogue: for a tool, its name and aliases,
//! then everything it says; for a guidance section, its title, then its items.

use super::{Doc, SearchIndex};
use crate::catalog::{Catalog, Guidance, Tool};

/// The search index over the tools, in catalogue order.
pub fn tool_index(catalog: &Catalog) -> SearchIndex {
    SearchIndex::new(catalog.tools.iter().map(|tool| tool_doc(catalog, tool)))
}

/// The search index over the guidance sections, in catalogue order.
pub fn guidance_index(catalog: &Catalog) -> SearchIndex {
    SearchIndex::new(catalog.guidance.iter().map(guidance_doc))
}

/// What is searched for a tool.
pub fn tool_doc(catalog: &Catalog, tool: &Tool) -> Doc {
    let mut body = String::new();
    for category in &tool.categories {
        body.push_str(catalog.category_label(category));
        body.push('\n');
    }
    body.push_str(&tool.summary);
    for statement in &tool.statements {
        body.push('\n');
        body.push_str(&statement.text);
    }
    if let Some(message) = &tool.family_message {
        body.push('\n');
        body.push_str(&message.text);
    }
    // The adviser's own notes and message are searchable too (issue 12).
    for note in catalog.local.notes_of(&tool.id) {
        body.push('\n');
        body.push_str(&note.text);
    }
    if let Some(message) = catalog.local.message_of(&tool.id) {
        body.push('\n');
        body.push_str(&message.text);
    }
    let mut aliases = tool.aliases.clone();
    aliases.push(tool.id.clone());
    Doc {
        name: tool.name.clone(),
        aliases,
        body,
    }
}

/// What is searched for a guidance section.
pub fn guidance_doc(guidance: &Guidance) -> Doc {
    Doc {
        name: guidance.title.clone(),
        aliases: vec![guidance.id.clone()],
        body: guidance
            .items
            .iter()
            .map(|i| i.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    }
}
