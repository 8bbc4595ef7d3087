//! The scripting contract of `--json`: every top-level object carries
//! `format_version`, keys are English, and a tool's risk has one shape
//! wherever it appears (`search`, `show`, `message`, `compare`).
//!
//! The outputs of `search`, `message` and `guide` are the typed structs of
//! [`outputs`]; `repere schema NAME` prints their JSON Schemas, committed
//! under `schemas/` (see [`SCHEMAS`]). Fields are declared in alphabetical
//! order: the outputs were once built as sorted maps, and keep their bytes.

pub mod outputs;

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

use crate::catalog::origin::{Layer, LayerKind};
use crate::catalog::{Evidence, Risk, Tool};
use crate::text;

/// Raised when a key is renamed or removed or changes meaning; adding a
/// key does not change it.
pub const FORMAT_VERSION: u32 = 2;

/// A tool's risk: its level id, the French label, the rationale, the
/// sources' evidence and their ids (empty lists where there are none).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RiskOutput<'a> {
    /// The quoted statements that imply a level (empty when none).
    pub evidence: &'a [Evidence],
    /// The level in French, as the interface shows it.
    pub label: &'static str,
    pub level: Risk,
    /// One sentence citing the statement the level rests on.
    pub rationale: &'a str,
    /// Ids of the sources the rationale cites.
    pub sources: &'a [String],
}

impl<'a> RiskOutput<'a> {
    pub fn of(tool: &'a Tool) -> Self {
        Self {
            evidence: &tool.risk.evidence,
            label: text::risk_label(tool.risk.level),
            level: tool.risk.level,
            rationale: &tool.risk.rationale,
            sources: &tool.risk.sources,
        }
    }
}

/// [`RiskOutput`] as a JSON value, for the outputs still built as maps
/// (`show`, `compare`).
pub fn risk(tool: &Tool) -> Value {
    serde_json::to_value(RiskOutput::of(tool)).unwrap_or(Value::Null)
}

/// Marks a top-level object with [`FORMAT_VERSION`].
pub fn versioned(mut value: Value) -> Value {
    if let Value::Object(map) = &mut value {
        map.insert("format_version".to_owned(), FORMAT_VERSION.into());
    }
    value
}

/// Where a tool comes from: the bundled sources, or a layer (the
/// adviser's own file, a `--data` file, a colleague's) that added or
/// changed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OriginKind {
    Source,
    Own,
    File,
    Team,
}

/// The origin of a tool; the layer's details only for a layer.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct OriginOutput<'a> {
    /// Who made the layer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<&'a str>,
    /// When, `AAAA-MM-JJ`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    /// The layer's file as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<&'a str>,
    pub kind: OriginKind,
    /// The layer in French, as the interface shows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl<'a> OriginOutput<'a> {
    /// A layer's origin, or the bundled sources' when `None`.
    pub fn of(layer: Option<&'a Layer>) -> Self {
        let Some(layer) = layer else {
            return Self {
                author: None,
                date: None,
                file: None,
                kind: OriginKind::Source,
                label: None,
            };
        };
        Self {
            author: Some(&layer.author),
            date: Some(&layer.date),
            file: Some(&layer.file),
            kind: match layer.kind {
                LayerKind::Own => OriginKind::Own,
                LayerKind::File => OriginKind::File,
                LayerKind::Team => OriginKind::Team,
            },
            label: Some(text::layer_label(layer)),
        }
    }
}

/// The outputs with a schema: the name `repere schema NAME` takes and the
/// file under `schemas/` it is committed as.
pub const SCHEMAS: &[(&str, &str)] = &[
    ("search", "search.schema.json"),
    ("message", "message.schema.json"),
    ("guide", "guide.schema.json"),
    ("guides", "guides.schema.json"),
];

/// The JSON Schema of the output named `name` (see [`SCHEMAS`]).
pub fn schema(name: &str) -> Option<schemars::Schema> {
    use outputs::{GuideListItem, GuideOutput, MessageOutput, SearchItem};
    Some(match name {
        "search" => schemars::schema_for!(Vec<SearchItem<'static>>),
        "message" => schemars::schema_for!(MessageOutput<'static>),
        "guide" => schemars::schema_for!(GuideOutput<'static>),
        "guides" => schemars::schema_for!(Vec<GuideListItem<'static>>),
        _ => return None,
    })
}
