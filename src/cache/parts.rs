//! How a catalogue is laid out in the cache: what `repere search` prints
//! of each tool (its head) apart from the rest (its body), so that a
//! search reads back the heads and the index, never the statements of
//! 100,000 tools. A full load reads both and joins them.
//!
//! The same structs write (borrowing the catalogue, nothing copied) and
//! read (owning what they decode), through `Cow`.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::catalog::Provenance;
use crate::catalog::local::LocalLayer;
use crate::catalog::{
    Catalog, Category, Evidence, FamilyMessage, Guidance, NeedBasis, PlaceholderDef, Risk,
    RiskAssessment, Source, Statement, Territory, Tool,
};

/// The catalogue but its tools' bodies.
#[derive(Serialize, Deserialize)]
pub struct Heads<'a> {
    schema: Cow<'a, Option<String>>,
    sources: Cow<'a, [Source]>,
    categories: Cow<'a, [Category]>,
    placeholders: Cow<'a, [PlaceholderDef]>,
    guidance: Cow<'a, [Guidance]>,
    local: Cow<'a, LocalLayer>,
    provenance: Cow<'a, Provenance>,
    tools: Vec<ToolHead<'a>>,
}

/// The second half of the tools' heads, stored in a section of its own
/// so that a large catalogue's heads decode on two threads.
#[derive(Serialize, Deserialize)]
#[serde(transparent)]
pub struct HeadsRest<'a>(Vec<ToolHead<'a>>);

impl<'a> Heads<'a> {
    /// Takes out the second half of the tools, to store apart.
    pub fn split_rest(&mut self) -> HeadsRest<'a> {
        let half = self.tools.len() / 2;
        HeadsRest(self.tools.split_off(half))
    }

    /// Puts back the tools taken out by [`Self::split_rest`].
    pub fn append_rest(&mut self, rest: HeadsRest<'a>) {
        self.tools.extend(rest.0);
    }
}

/// What a search prints of a tool: names, needs, address, level.
#[derive(Serialize, Deserialize)]
struct ToolHead<'a> {
    id: Cow<'a, str>,
    name: Cow<'a, str>,
    aliases: Cow<'a, [String]>,
    categories: Cow<'a, [String]>,
    url: Cow<'a, Option<String>>,
    level: Risk,
    rationale: Cow<'a, str>,
    rationale_sources: Cow<'a, [String]>,
    /// Held by the head: lists (territory) and alternatives read them
    /// for every tool, not only for the one shown.
    alternatives: Cow<'a, [String]>,
    territory: Cow<'a, [Territory]>,
}

/// Everything else about a tool.
#[derive(Serialize, Deserialize)]
pub struct ToolBody<'a> {
    summary: Cow<'a, str>,
    statements: Cow<'a, [Statement]>,
    family_message: Cow<'a, Option<FamilyMessage>>,
    evidence: Cow<'a, [Evidence]>,
    needs: Cow<'a, [NeedBasis]>,
}

impl ToolBody<'_> {
    /// The body as the catalogue holds it.
    pub fn into_owned(self) -> crate::catalog::bodies::ToolBody {
        crate::catalog::bodies::ToolBody {
            summary: self.summary.into_owned(),
            statements: self.statements.into_owned(),
            family_message: self.family_message.into_owned(),
            evidence: self.evidence.into_owned(),
            needs: self.needs.into_owned(),
        }
    }
}

/// The two parts of a catalogue, borrowed for writing.
pub fn split(catalog: &Catalog) -> (Heads<'_>, Vec<ToolBody<'_>>) {
    // Destructured so that a field added to the catalogue or to a tool
    // cannot be forgotten here.
    let Catalog {
        schema,
        sources,
        categories,
        placeholders,
        guidance,
        tools,
        local,
        // A layer's header is never kept in a merged catalogue.
        layer: _,
        provenance,
    } = catalog;
    let mut heads = Vec::with_capacity(tools.len());
    let mut bodies = Vec::with_capacity(tools.len());
    for tool in tools {
        let Tool {
            id,
            name,
            aliases,
            summary,
            categories,
            url,
            statements,
            family_message,
            risk:
                RiskAssessment {
                    level,
                    rationale,
                    sources,
                    evidence,
                },
            alternatives,
            territory,
            needs,
        } = tool;
        heads.push(ToolHead {
            id: Cow::Borrowed(id),
            name: Cow::Borrowed(name),
            aliases: Cow::Borrowed(aliases),
            categories: Cow::Borrowed(categories),
            url: Cow::Borrowed(url),
            level: *level,
            rationale: Cow::Borrowed(rationale),
            rationale_sources: Cow::Borrowed(sources),
            alternatives: Cow::Borrowed(alternatives),
            territory: Cow::Borrowed(territory),
        });
        bodies.push(ToolBody {
            summary: Cow::Borrowed(summary),
            statements: Cow::Borrowed(statements),
            family_message: Cow::Borrowed(family_message),
            evidence: Cow::Borrowed(evidence),
            needs: Cow::Borrowed(needs),
        });
    }
    let heads = Heads {
        schema: Cow::Borrowed(schema),
        sources: Cow::Borrowed(sources),
        categories: Cow::Borrowed(categories),
        placeholders: Cow::Borrowed(placeholders),
        guidance: Cow::Borrowed(guidance),
        local: Cow::Borrowed(local),
        provenance: Cow::Borrowed(provenance),
        tools: heads,
    };
    (heads, bodies)
}

/// The catalogue from its two parts; without bodies, each tool has only
/// what its head holds (see [`crate::cache::Detail::Heads`]). `None` if
/// the parts do not have the same tools.
pub fn join(heads: Heads<'_>, bodies: Option<Vec<ToolBody<'_>>>) -> Option<Catalog> {
    let tools = match bodies {
        Some(bodies) if bodies.len() != heads.tools.len() => return None,
        Some(bodies) => heads
            .tools
            .into_iter()
            .zip(bodies)
            .map(|(head, body)| tool(head, Some(body)))
            .collect(),
        None => heads
            .tools
            .into_iter()
            .map(|head| tool(head, None))
            .collect(),
    };
    Some(Catalog {
        schema: heads.schema.into_owned(),
        sources: heads.sources.into_owned(),
        categories: heads.categories.into_owned(),
        placeholders: heads.placeholders.into_owned(),
        guidance: heads.guidance.into_owned(),
        tools,
        local: heads.local.into_owned(),
        layer: None,
        provenance: heads.provenance.into_owned(),
    })
}

fn tool(head: ToolHead<'_>, body: Option<ToolBody<'_>>) -> Tool {
    let mut tool = Tool {
        id: head.id.into_owned(),
        name: head.name.into_owned(),
        aliases: head.aliases.into_owned(),
        summary: String::new(),
        categories: head.categories.into_owned(),
        url: head.url.into_owned(),
        statements: Vec::new(),
        family_message: None,
        risk: RiskAssessment {
            level: head.level,
            rationale: head.rationale.into_owned(),
            sources: head.rationale_sources.into_owned(),
            evidence: Vec::new(),
        },
        alternatives: head.alternatives.into_owned(),
        territory: head.territory.into_owned(),
        needs: Vec::new(),
    };
    if let Some(body) = body {
        body.into_owned().fill(&mut tool);
    }
    tool
}
