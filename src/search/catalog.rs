//! What is searched in the catalogue: for a tool, its name and aliases,
//! then everything it says, each text weighted by its field, with the
//! words and file sizes of its needs; for a guidance section, its title,
//! then its items.

use super::{Doc, Hit, HitKind, SearchIndex, SizeRange, Weight};
use crate::catalog::{Catalog, Field, Guidance, Risk, Tool};

/// The search index over the tools, in catalogue order.
pub fn tool_index(catalog: &Catalog) -> SearchIndex {
    SearchIndex::new(catalog.tools.iter().map(|tool| tool_doc(catalog, tool)))
}

/// The search index over the guidance sections, in catalogue order.
pub fn guidance_index(catalog: &Catalog) -> SearchIndex {
    SearchIndex::new(catalog.guidance.iter().map(guidance_doc))
}

/// How much a statement says about what a tool is for.
fn weight_of(field: Field) -> Weight {
    match field {
        Field::Description
        | Field::Audience
        | Field::TeacherFeatures
        | Field::FamilyFeatures
        | Field::Advantages => Weight::Feature,
        Field::Precautions | Field::Limits | Field::Gdpr | Field::Hosting => Weight::Precaution,
        _ => Weight::Other,
    }
}

/// What is searched for a tool.
pub fn tool_doc(catalog: &Catalog, tool: &Tool) -> Doc {
    let mut body = String::new();
    let mut fields = vec![(Weight::Name, tool.name.clone())];
    fields.extend(tool.aliases.iter().map(|a| (Weight::Alias, a.clone())));
    fields.push((Weight::Alias, tool.id.clone()));
    let mut sizes = Vec::new();
    for id in &tool.categories {
        body.push_str(catalog.category_label(id));
        body.push('\n');
        let Some(need) = catalog.categories.iter().find(|c| &c.id == id) else {
            continue;
        };
        let words = [&need.label, &need.description]
            .into_iter()
            .chain(&need.keywords)
            .chain(&need.everyday_words);
        fields.extend(words.map(|w| (Weight::Need, w.clone())));
        let limits = need.sizes.iter();
        sizes.extend(
            limits
                .filter(|l| l.tools.is_empty() || l.tools.contains(&tool.id))
                .map(|l| SizeRange {
                    above_mb: l.above_mb,
                    up_to_mb: l.up_to_mb,
                }),
        );
    }
    body.push_str(&tool.summary);
    fields.push((Weight::Feature, tool.summary.clone()));
    for statement in &tool.statements {
        body.push('\n');
        body.push_str(&statement.text);
        fields.push((weight_of(statement.field), statement.text.clone()));
    }
    if let Some(message) = &tool.family_message {
        body.push('\n');
        body.push_str(&message.text);
        fields.push((Weight::Message, message.text.clone()));
    }
    // The adviser's own notes and message are searchable too.
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
        fields,
        preferred: tool.risk.level <= Risk::Precautions,
        sizes,
    }
}

/// What is searched for a guidance section.
pub fn guidance_doc(guidance: &Guidance) -> Doc {
    let mut fields = vec![
        (Weight::Name, guidance.title.clone()),
        (Weight::Alias, guidance.id.clone()),
    ];
    fields.extend(
        guidance
            .items
            .iter()
            .map(|i| (Weight::Feature, i.text.clone())),
    );
    Doc {
        name: guidance.title.clone(),
        aliases: vec![guidance.id.clone()],
        body: guidance
            .items
            .iter()
            .map(|i| i.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        fields,
        preferred: true,
        sizes: Vec::new(),
    }
}

/// One result of a search over tools and repères together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A tool, by its hit in the tool index.
    Tool(Hit),
    /// A guidance section (repère), by its hit in the guidance index.
    Guide(Hit),
}

impl Found {
    /// The hit, whichever index it is from.
    pub fn hit(&self) -> &Hit {
        match self {
            Found::Tool(hit) | Found::Guide(hit) => hit,
        }
    }
}

/// Tools and repères for one query, best first: both indexes score by the
/// same model (name hits first, then the share of the question a text
/// answers, safe documents first), so their hits interleave; on a tie the
/// tool comes first. A word of a repère's title is an ordinary word, not a
/// tool's name given by the question, and a repère answers a question
/// about a tool less directly than the tool: repères found by relevance
/// rank by a reduced share among the safe tools the question does not name.
pub fn search_all(tools: &SearchIndex, guides: &SearchIndex, query: &str) -> Vec<Found> {
    let mut found: Vec<Found> = tools
        .search(query)
        .into_iter()
        .map(Found::Tool)
        .chain(guides.search(query).into_iter().map(Found::Guide))
        .collect();
    let key = |found: &Found| match found {
        Found::Guide(hit) if hit.kind == HitKind::Text => {
            let within = hit.score.rem_euclid(super::PREFERRED_RANK);
            let relevant = within - super::RELEVANT_RANK;
            if relevant >= 0 {
                super::PREFERRED_RANK + super::RELEVANT_RANK + relevant * GUIDE_SHARE_PERCENT / 100
            } else {
                super::PREFERRED_RANK + within
            }
        }
        other => other.hit().score,
    };
    // Stable: each index's own order stays, tools before repères on a tie.
    found.sort_by(|a, b| a.hit().kind.cmp(&b.hit().kind).then(key(b).cmp(&key(a))));
    found
}

/// What a repère's share of a question counts against a tool's.
const GUIDE_SHARE_PERCENT: i64 = 85;
