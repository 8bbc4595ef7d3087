//! The card model as `show --json` gives it (`sections`, built by
//! `card::output`): the same sections, in the same order, with the same
//! texts, markers and looks as the detail pane, `repere show`, the copy and
//! the printed guide, so a script reads what a person reads — a layer's
//! change or a local evaluation marked as such (look `origin`) and never
//! passing for the sources.

use schemars::JsonSchema;
use serde::Serialize;

use crate::catalog::{Field, Risk};

/// What a section is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Title,
    Verdict,
    Provenance,
    Risk,
    Disagreement,
    Alternatives,
    Overview,
    /// The statements of one field (see `field`).
    Field,
    Message,
    Items,
    Sources,
    Local,
    Layers,
    Answers,
}

/// One section of the card.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SectionOutput {
    pub blocks: Vec<BlockOutput>,
    /// The field of a `field` section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<Field>,
    /// The heading as shown (none for the title, the verdict, the top).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    pub kind: SectionKind,
}

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The tool's name and level (`name`, `level`; no pieces).
    Title,
    Paragraph,
    /// An item of a list.
    Bullet,
    /// A safer alternative (`tool`: the id it opens).
    Alternative,
    /// Quoted text (the family message), its own line breaks kept.
    Quote,
}

/// One block of a section.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct BlockOutput {
    pub kind: BlockKind,
    /// The level of a title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Risk>,
    /// The tool's name of a title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub pieces: Vec<PieceOutput>,
    /// The id of the tool an alternative opens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
}

/// How a piece looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LookKind {
    Plain,
    Title,
    /// Secondary text: source names, labels.
    Dim,
    /// Coloured by a risk level (see `level`).
    Risk,
    /// A web address.
    Link,
    /// A blank of the family message still to fill.
    Blank,
    /// An internal identifier.
    Id,
    /// Who changed or added a fact outside the sources (a layer, a local
    /// evaluation, a note).
    Origin,
}

/// A run of text in one look.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PieceOutput {
    /// The level of a `risk` piece.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Risk>,
    pub look: LookKind,
    pub text: String,
}
