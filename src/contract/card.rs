//! The typed `--json` output of `repere show`: the tool as stored, what is
//! computed at lookup, and the origin of each fact. Fields in alphabetical
//! order, as the map this replaced was written; catalogue values embedded
//! as they are keep that order through [`Keys::Sorted`].

use schemars::JsonSchema;
use serde::Serialize;

use super::{Keys, OriginKind, OriginOutput, RiskOutput};
use crate::catalog::local::{Answer, Evaluation, LocalMessage, LocalNote};
use crate::catalog::origin::Layer;
use crate::catalog::provenance::{DatedKind, LevelBasis};
use crate::catalog::territory::Availability;
use crate::catalog::{Basis, Derived, Evidence, Field, NeedBasis, Risk, Statement, Territory};
use crate::text;

/// `repere show TOOL --json`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CardOutput<'a> {
    pub age: AgeOutput,
    /// Other names or spellings users may type.
    pub aliases: &'a [String],
    /// Safer alternatives, those available in the `--territoire` first.
    pub alternatives: Vec<&'a str>,
    /// Availability in the `--territoire` (only with one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<AvailabilityOutput>,
    /// Ids of the needs the tool answers.
    pub categories: &'a [String],
    /// What a layer changed (only for a tool a layer added or changed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<ChangesOutput<'a>>,
    /// The statements worded as time-bound.
    pub dated: Vec<DatedStatementOutput>,
    /// The warning for a family message worded for its moment.
    pub dated_message: Option<DatedMessageOutput>,
    /// Sources implying different levels.
    pub disagreement: Option<DisagreementOutput<'a>>,
    pub family_message: Option<FamilyMessageOutput<'a>>,
    pub format_version: u32,
    pub id: &'a str,
    pub level_basis: LevelBasisOutput,
    /// The adviser's evaluation with the grid, if the tool is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local_evaluation: Option<LocalEvaluationOutput<'a>>,
    /// A family message written locally.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local_message: Option<LocalMessageOutput<'a>>,
    /// Notes on the tool (never empty when present).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local_notes: Option<Vec<LocalNoteOutput<'a>>>,
    pub name: &'a str,
    /// Why the tool answers each of its needs (absent when none given).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needs: Option<Keys<&'a [NeedBasis]>>,
    /// Where the tool comes from.
    pub origin: OriginOutput<'a>,
    pub risk: RiskOutput<'a>,
    /// The origin of each item of `risk.evidence`, in the same order.
    pub risk_evidence_origins: Vec<FactOrigin<'a>>,
    /// The origin of the level: beside it, so that `risk` keeps one shape
    /// in every output.
    pub risk_origin: FactOrigin<'a>,
    /// The card as the interface, `show`, the copy and the guide show it:
    /// its sections in reading order, every text with its look.
    pub sections: Vec<super::sections::SectionOutput>,
    pub statements: Vec<StatementOutput<'a>>,
    pub summary: &'a str,
    /// Where the tool is available, as the sources say (absent when they
    /// do not).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub territory: Option<Keys<&'a [Territory]>>,
    /// Whose word where the tool is available is: the sources', or the
    /// layer that changed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub territory_origin: Option<FactOrigin<'a>>,
    pub url: Option<&'a str>,
    /// One sentence: may it be used, and what instead.
    pub verdict: String,
}

/// The age of the sources a tool cites.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AgeOutput {
    /// Each source with a machine-readable date, oldest first.
    pub sources: Vec<SourceAgeOutput>,
    /// The line the card shows, in French (`null` when no source has a
    /// date).
    pub text: Option<String>,
    /// Whole years since the oldest source, if any has a date.
    pub years: Option<u32>,
}

/// How old one source is.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SourceAgeOutput {
    /// The date as the document gives it (« mars 2020 »).
    pub date: String,
    /// `AAAA` or `AAAA-MM`.
    pub published: String,
    pub short: String,
    pub source: String,
    pub years: u32,
}

/// Availability in a place.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AvailabilityOutput {
    pub status: Availability,
    /// In French, as the card says it.
    pub text: String,
}

/// A statement worded as time-bound.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DatedStatementOutput {
    /// `null` for a statement the level rests on.
    pub field: Option<Field>,
    /// The wording that dates it.
    pub marker: &'static str,
    pub source: String,
    pub text: String,
}

/// A family message worded for its moment.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DatedMessageOutput {
    pub kind: DatedKind,
    /// The wording that dates it.
    pub marker: &'static str,
    /// In French, as the card says it.
    pub warning: String,
    /// The year of the message's source, when it has one.
    pub year: Option<String>,
}

/// The statement whose level was kept and those implying another level.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DisagreementOutput<'a> {
    pub kept: Keys<&'a Evidence>,
    pub kept_level: Risk,
    /// Whose reading the kept quote is: its document's, or a layer's.
    pub kept_origin: FactOrigin<'a>,
    pub others: Vec<OtherEvidenceOutput<'a>>,
}

/// A statement implying another level than the one kept.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct OtherEvidenceOutput<'a> {
    pub basis: Basis,
    /// Whether the source judges the tool (rather than describing it).
    pub evaluated: bool,
    /// The level the statement implies.
    pub level: Risk,
    pub loc: &'a str,
    /// Whose reading it is: its document's, or the layer that added it.
    pub origin: FactOrigin<'a>,
    pub source: &'a str,
    pub text: &'a str,
}

/// What a tool's level rests on.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LevelBasisOutput {
    pub basis: LevelBasis,
    /// The level in French, saying when no source evaluates the tool.
    pub label: String,
}

/// A sourced fact about the tool, with its origin.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct StatementOutput<'a> {
    pub field: Field,
    pub loc: &'a str,
    pub origin: FactOrigin<'a>,
    pub source: &'a str,
    pub text: &'a str,
}

impl<'a> StatementOutput<'a> {
    pub fn of(statement: &'a Statement, origin: FactOrigin<'a>) -> Self {
        Self {
            field: statement.field,
            loc: &statement.loc,
            origin,
            source: &statement.source,
            text: &statement.text,
        }
    }
}

/// The ready-made message for families, with its origin.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct FamilyMessageOutput<'a> {
    /// How it is built from another tool's message, when the source gives
    /// an instruction rather than a text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub derived: Option<Keys<&'a Derived>>,
    pub loc: &'a str,
    pub origin: FactOrigin<'a>,
    /// The verbatim text of the source.
    pub original: &'a str,
    pub source: &'a str,
    /// The message with blanks written `{key}`.
    pub text: &'a str,
}

/// Where a fact comes from.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum FactOrigin<'a> {
    Evaluation(EvaluationOrigin<'a>),
    Layer(LayerOrigin<'a>),
    Source(SourceOrigin<'a>),
}

/// The `kind` of a grid answer's origin: always `"local_evaluation"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EvaluationKind {
    LocalEvaluation,
}

/// The `kind` of a sourced fact's origin: always `"source"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Source,
}

/// A grid answer: the adviser's, in whichever layer it came.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EvaluationOrigin<'a> {
    pub by: OriginOutput<'a>,
    pub kind: EvaluationKind,
}

/// A fact a layer added or changed.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LayerOrigin<'a> {
    pub author: &'a str,
    /// `AAAA-MM-JJ`.
    pub date: &'a str,
    pub file: &'a str,
    pub kind: OriginKind,
    /// The layer in French, as the interface shows it.
    pub label: String,
    /// Id of the source the layer's fact cites.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<&'a str>,
}

/// A fact as the bundled sources give it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SourceOrigin<'a> {
    pub kind: SourceKind,
    /// Id of the source document (`null` for a level citing none).
    pub source: Option<&'a str>,
}

impl<'a> LayerOrigin<'a> {
    /// `layer`'s origin, citing `quotes`.
    pub fn of(layer: &'a Layer, quotes: Option<&'a str>) -> Self {
        Self {
            author: &layer.author,
            date: &layer.date,
            file: &layer.file,
            kind: layer.kind.into(),
            label: text::layer_label(layer),
            quotes,
        }
    }
}

/// What a layer changed in a tool, with the versions it replaced.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ChangesOutput<'a> {
    /// The layer whose version is shown.
    pub by: OriginOutput<'a>,
    /// The versions it replaced, the sources' first.
    pub earlier: Vec<EarlierOutput<'a>>,
    pub level: Risk,
    /// The level the bundled sources give (`null` for a tool they lack).
    pub sourced_level: Option<Risk>,
}

/// A version of a tool a later layer replaced.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EarlierOutput<'a> {
    pub alternatives: &'a [String],
    pub level: Risk,
    /// The sources, or the layer that gave this version.
    pub origin: OriginOutput<'a>,
    pub rationale: &'a str,
    /// Its statements the shown version no longer has.
    pub statements_removed: Vec<Keys<&'a Statement>>,
}

/// A note on the tool, with the layer it came in.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LocalNoteOutput<'a> {
    pub author: &'a str,
    /// `AAAA-MM-JJ`.
    pub date: &'a str,
    pub id: &'a str,
    pub origin: OriginOutput<'a>,
    pub text: &'a str,
    pub tool: &'a str,
}

impl<'a> LocalNoteOutput<'a> {
    pub fn of(note: &'a LocalNote, origin: OriginOutput<'a>) -> Self {
        Self {
            author: &note.author,
            date: &note.date,
            id: &note.id,
            origin,
            text: &note.text,
            tool: &note.tool,
        }
    }
}

/// A family message written locally, with the layer it came in.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LocalMessageOutput<'a> {
    pub author: &'a str,
    /// `AAAA-MM-JJ`.
    pub date: &'a str,
    pub origin: OriginOutput<'a>,
    /// The message, blanks written `{key}`.
    pub text: &'a str,
    pub tool: &'a str,
}

impl<'a> LocalMessageOutput<'a> {
    pub fn of(message: &'a LocalMessage, origin: OriginOutput<'a>) -> Self {
        Self {
            author: &message.author,
            date: &message.date,
            origin,
            text: &message.text,
            tool: &message.tool,
        }
    }
}

/// The adviser's evaluation with the grid, with the layer it came in.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LocalEvaluationOutput<'a> {
    pub answers: Keys<&'a [Answer]>,
    pub author: &'a str,
    /// `AAAA-MM-JJ`.
    pub date: &'a str,
    pub origin: OriginOutput<'a>,
    /// The level the rules proposed.
    pub proposed: Risk,
    /// Why the adviser chose another level (empty if confirmed).
    pub reason: &'a str,
    /// The rule that proposed it, in French.
    pub rule: &'a str,
    pub tool: &'a str,
}

impl<'a> LocalEvaluationOutput<'a> {
    pub fn of(evaluation: &'a Evaluation, origin: OriginOutput<'a>) -> Self {
        Self {
            answers: Keys::Sorted(&evaluation.answers),
            author: &evaluation.author,
            date: &evaluation.date,
            origin,
            proposed: evaluation.proposed,
            reason: &evaluation.reason,
            rule: &evaluation.rule,
            tool: &evaluation.tool,
        }
    }
}
