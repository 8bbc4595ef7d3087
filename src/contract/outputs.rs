//! The typed `--json` outputs of `search`, `message` and `guide`, each
//! with its JSON Schema (`repere schema NAME`). Fields in alphabetical
//! order, as the maps these replaced were written.

use schemars::JsonSchema;
use serde::Serialize;

use super::card::{FactOrigin, LayerOrigin, SourceKind, SourceOrigin};
use super::{FORMAT_VERSION, OriginOutput, RiskOutput};
use crate::catalog::origin::Layer;
use crate::catalog::{Guidance, Quote, Tool};

/// The `kind` of a tool hit: always `"tool"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ToolKind {
    Tool,
}

/// The `kind` of a repère hit: always `"guide"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GuideKind {
    Guide,
}

/// One answer of `repere search --json`, best first.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum SearchItem<'a> {
    Tool(ToolHit<'a>),
    Guide(GuideHit<'a>),
}

/// A tool found by `search`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ToolHit<'a> {
    /// Ids of the needs the tool answers.
    pub categories: &'a [String],
    pub format_version: u32,
    pub id: &'a str,
    pub kind: ToolKind,
    /// Whether the adviser evaluated it with the grid.
    pub local_evaluation: bool,
    pub name: &'a str,
    /// Character positions of the name that matched the query.
    pub name_positions: Vec<usize>,
    pub origin: OriginOutput<'a>,
    /// Whether it stands in for a tool the question named (an alternative).
    pub replaced: bool,
    pub risk: RiskOutput<'a>,
    /// Higher is better; only the order is meaningful.
    pub score: i64,
    pub url: Option<&'a str>,
}

impl<'a> ToolHit<'a> {
    /// The hit of `tool`; the search's own figures are filled by the caller.
    pub fn of(tool: &'a Tool, origin: OriginOutput<'a>) -> Self {
        Self {
            categories: &tool.categories,
            format_version: FORMAT_VERSION,
            id: &tool.id,
            kind: ToolKind::Tool,
            local_evaluation: false,
            name: &tool.name,
            name_positions: Vec::new(),
            origin,
            replaced: false,
            risk: RiskOutput::of(tool),
            score: 0,
            url: tool.url.as_deref(),
        }
    }
}

/// A repère (general guidance) found by `search`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct GuideHit<'a> {
    pub format_version: u32,
    pub id: &'a str,
    pub kind: GuideKind,
    /// Character positions of the title that matched the query.
    pub name_positions: Vec<usize>,
    /// The sources, or the layer that changed or added the repère.
    pub origin: OriginOutput<'a>,
    pub score: i64,
    pub title: &'a str,
}

/// `repere message ID --json`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MessageOutput<'a> {
    /// The warning for a message written for the 2020 closures.
    pub dated: Option<String>,
    /// How a message built by a source's instruction was made, if it was.
    pub derived: Option<String>,
    pub format_version: u32,
    pub id: &'a str,
    /// The message, blanks filled with `--set` (or the original with
    /// `--original`).
    pub message: String,
    /// Keys of the blanks still empty.
    pub missing: Vec<&'a str>,
    pub name: &'a str,
    /// The sources, or the layer that wrote or changed the message.
    pub origin: OriginOutput<'a>,
    /// Keys of every blank of the message.
    pub placeholders: Vec<&'a str>,
    pub risk: RiskOutput<'a>,
    /// Id of the source document (or of the adviser's own message).
    pub source: &'a str,
}

/// One line of `repere guide --json` (the list).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct GuideListItem<'a> {
    pub format_version: u32,
    pub id: &'a str,
    pub title: &'a str,
}

impl<'a> GuideListItem<'a> {
    pub fn of(guidance: &'a Guidance) -> Self {
        Self {
            format_version: FORMAT_VERSION,
            id: &guidance.id,
            title: &guidance.title,
        }
    }
}

/// `repere guide ID --json`: one repère with its points, each with its
/// origin; for a repère a layer changed, who changed it and the sourced
/// version's title and removed points.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct GuideOutput<'a> {
    pub format_version: u32,
    pub id: &'a str,
    pub items: Vec<GuideItemOutput<'a>>,
    /// The sources, or the layer that gave this version.
    pub origin: OriginOutput<'a>,
    /// Points of the sources' version the layer removed (absent when none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed_items: Option<Vec<&'a Quote>>,
    /// The sources' title, when a layer changed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sourced_title: Option<&'a str>,
    pub title: &'a str,
}

/// A point of a repère with its origin.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct GuideItemOutput<'a> {
    pub loc: &'a str,
    pub origin: FactOrigin<'a>,
    pub source: &'a str,
    pub text: &'a str,
}

impl<'a> GuideOutput<'a> {
    /// `guidance` as kept, `layer` the layer that gave it (if any) and
    /// `bundled` the sources' version it replaced (if any).
    pub fn of(
        guidance: &'a Guidance,
        layer: Option<&'a Layer>,
        bundled: Option<&'a Guidance>,
    ) -> Self {
        let changed = layer.and(bundled);
        let items = guidance
            .items
            .iter()
            .map(|item| {
                let sourced = layer.is_none() || bundled.is_some_and(|b| b.items.contains(item));
                let origin = match layer {
                    Some(layer) if !sourced => {
                        FactOrigin::Layer(LayerOrigin::of(layer, Some(&item.source)))
                    }
                    _ => FactOrigin::Source(SourceOrigin {
                        kind: SourceKind::Source,
                        source: Some(&item.source),
                    }),
                };
                GuideItemOutput {
                    loc: &item.loc,
                    origin,
                    source: &item.source,
                    text: &item.text,
                }
            })
            .collect();
        Self {
            format_version: FORMAT_VERSION,
            id: &guidance.id,
            items,
            origin: OriginOutput::of(layer),
            removed_items: changed
                .map(|b| {
                    b.items
                        .iter()
                        .filter(|i| !guidance.items.contains(i))
                        .collect::<Vec<_>>()
                })
                .filter(|removed| !removed.is_empty()),
            sourced_title: changed
                .filter(|b| b.title != guidance.title)
                .map(|b| b.title.as_str()),
            title: &guidance.title,
        }
    }
}
