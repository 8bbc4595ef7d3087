//! The scripting contract of `--json`: every top-level object carries
//! `format_version`, keys are English, and a tool's risk has one shape
//! wherever it appears (`search`, `show`, `message`, `compare`).
//!
//! The outputs of `search`, `message` and `guide` are the typed structs of
//! [`outputs`], those of `show` and `compare` the ones of [`card`] and
//! [`compare`]; `repere schema NAME` prints their JSON Schemas, committed
//! under `schemas/` (see [`SCHEMAS`]). Fields are declared in alphabetical
//! order: the outputs were once built as sorted maps, and keep their bytes
//! (catalogue values `show` and `compare` embed as they are go through
//! [`Keys::Sorted`] for the same reason).

pub mod card;
pub mod compare;
pub mod outputs;
pub mod sections;

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;

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
    pub evidence: Keys<&'a [Evidence]>,
    /// The level in French, as the interface shows it.
    pub label: &'static str,
    pub level: Risk,
    /// One sentence citing the statement the level rests on.
    pub rationale: &'a str,
    /// Ids of the sources the rationale cites.
    pub sources: &'a [String],
}

impl<'a> RiskOutput<'a> {
    /// The risk as `search` and `message` write it.
    pub fn of(tool: &'a Tool) -> Self {
        Self {
            evidence: Keys::Declared(&tool.risk.evidence),
            label: text::risk_label(tool.risk.level),
            level: tool.risk.level,
            rationale: &tool.risk.rationale,
            sources: &tool.risk.sources,
        }
    }

    /// The risk as `show` and `compare` write it: the evidence's keys
    /// sorted (see [`Keys`]).
    pub fn sorted(tool: &'a Tool) -> Self {
        Self {
            evidence: Keys::Sorted(&tool.risk.evidence),
            ..Self::of(tool)
        }
    }
}

/// A catalogue value embedded in an output as it is: in the field order
/// its type declares, or with every object's keys sorted. `show` and
/// `compare` were once built as `serde_json` maps, which sort their keys,
/// and keep those bytes; `search` and `message` always wrote the declared
/// order. Its schema is the value's own.
#[derive(Debug, Clone, Copy)]
pub enum Keys<T> {
    Declared(T),
    Sorted(T),
}

impl<T: Serialize> Serialize for Keys<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Declared(value) => value.serialize(serializer),
            Self::Sorted(value) => {
                let mut value = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
                // Explicit, so that the order stays the same should
                // `serde_json`'s `preserve_order` ever be turned on.
                value.sort_all_objects();
                value.serialize(serializer)
            }
        }
    }
}

impl<T: JsonSchema> JsonSchema for Keys<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
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

impl From<LayerKind> for OriginKind {
    fn from(kind: LayerKind) -> Self {
        match kind {
            LayerKind::Own => Self::Own,
            LayerKind::File => Self::File,
            LayerKind::Team => Self::Team,
        }
    }
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
            kind: layer.kind.into(),
            label: Some(text::layer_label(layer)),
        }
    }

    /// The origin of a local addition (note, message, evaluation): its
    /// layer, or the adviser's own file when no layer is recorded, since
    /// an addition never comes from the bundled sources.
    pub fn addition(layer: Option<&'a Layer>) -> Self {
        match layer {
            Some(_) => Self::of(layer),
            None => Self {
                kind: OriginKind::Own,
                ..Self::of(None)
            },
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
    ("show", "show.schema.json"),
    ("compare", "compare.schema.json"),
];

/// The JSON Schema of the output named `name` (see [`SCHEMAS`]).
pub fn schema(name: &str) -> Option<schemars::Schema> {
    use outputs::{GuideListItem, GuideOutput, MessageOutput, SearchItem};
    Some(match name {
        "search" => schemars::schema_for!(Vec<SearchItem<'static>>),
        "message" => schemars::schema_for!(MessageOutput<'static>),
        "guide" => schemars::schema_for!(GuideOutput<'static>),
        "guides" => schemars::schema_for!(Vec<GuideListItem<'static>>),
        "show" => schemars::schema_for!(card::CardOutput<'static>),
        "compare" => schemars::schema_for!(compare::CompareOutput<'static>),
        _ => return None,
    })
}
