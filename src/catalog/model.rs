//! The catalogue's data model: what the JSON files in `data/` contain.
//!
//! Every fact about a tool is a [`Statement`] that names its source, so the
//! user can always see where a precaution or a rating comes from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use super::evidence::{Basis, Derived, Evidence, NeedBasis, Quote};
pub use super::risk::Risk;
pub use super::scope::{Scope, Territory};

/// One catalogue file, and also the whole merged catalogue.
///
/// Every section is optional in a file so that a file can extend another one
/// (a local list of tools reusing the bundled sources and categories).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Pointer to the JSON Schema of this format (ignored by the loader).
    #[serde(default, rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The documents facts are taken from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The needs tools answer ("envoyer des fichiers de plus de 5 Mo"…).
    #[serde(default)]
    pub categories: Vec<Category>,
    /// The named blanks family messages may contain.
    #[serde(default)]
    pub placeholders: Vec<PlaceholderDef>,
    /// General guidance of the documents, not tied to one tool.
    #[serde(default)]
    pub guidance: Vec<Guidance>,
    /// The tools, services and platforms.
    #[serde(default)]
    pub tools: Vec<Tool>,
    /// The adviser's own notes, messages and evaluations (see `catalog::local`).
    #[serde(default, skip_serializing_if = "super::local::LocalLayer::is_empty")]
    pub local: super::local::LocalLayer,
    /// Who made this file of additions, and when (a layer's header; not
    /// kept in the merged catalogue).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<super::origin::LayerHeader>,
    /// Where each entry of the merged catalogue comes from (built by the
    /// loader, never read from a file).
    #[serde(skip)]
    #[schemars(skip)]
    pub provenance: Provenance,
}

/// The provenance of a merged catalogue.
pub type Provenance = super::origin::Provenance<Tool, Guidance, Source>;

/// A source document.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable identifier, e.g. `dsden74-2020`.
    pub id: String,
    /// Title of the document.
    pub title: String,
    /// The document has no title of its own: `title` describes it, and is
    /// never shown between quotes as if the document said it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub untitled: bool,
    /// Author or issuing body.
    pub author: String,
    /// Date or period of publication, as the document gives it.
    pub date: String,
    /// Where it applies: France, an académie or département, Fédération Wallonie-Bruxelles.
    pub jurisdiction: String,
    /// Short name shown next to statements (e.g. "DSDEN 74").
    pub short: String,
    /// Machine-readable publication date, `YYYY` or `YYYY-MM`, from which
    /// the age of the document is computed at lookup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// What the document says about its own standing (e.g. "informative
    /// only"), quoted once here rather than on every tool it lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<SourceNote>,
    /// A document added locally (`repere source add`): its text's file in
    /// the data folder and checksum, so its quotes can be checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<super::origin::LocalDocument>,
}

/// A statement a document makes about itself.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceNote {
    /// The text, quoted from the document.
    pub text: String,
    /// Where in the document it was read.
    #[serde(default)]
    pub loc: String,
}

/// A need of the user, used to group tools.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Stable identifier, e.g. `visioconference`.
    pub id: String,
    /// French label shown in the interface.
    pub label: String,
    /// One sentence on what this need covers.
    #[serde(default)]
    pub description: String,
    /// The sources' own words for this need ("fichiers volumineux"), each
    /// found in a source document: searched like the label.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Everyday words advisers hear for this need ("gros fichier", "visio"),
    /// searched like the keywords.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub everyday_words: Vec<String>,
    /// File sizes this need is for, as the sources give them: a size in a
    /// question ("200 Mo") leads to the needs whose limits fit it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sizes: Vec<SizeLimit>,
}

/// A file-size limit quoted from a source ("d'un poids maximum de 5 mo").
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SizeLimit {
    /// The need is for files larger than this many megabytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub above_mb: Option<f64>,
    /// The need takes files up to this many megabytes; none when the source
    /// gives no number ("jusqu'à plusieurs gigas").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to_mb: Option<f64>,
    /// The tools the limit is about; empty for every tool of the need.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tools: Vec<String>,
    /// The limit, quoted from the source.
    pub quote: String,
    /// Id of the source document.
    pub source: String,
}

/// A named blank in family messages, e.g. `{mot_de_passe}`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlaceholderDef {
    /// Key used in messages between braces (`[a-z_]+`).
    pub key: String,
    /// French label shown in the form that fills it.
    pub label: String,
}

/// General guidance (rules, principles, questions), a list of sourced items.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    /// Stable identifier, e.g. `regles-securite`.
    pub id: String,
    /// French title.
    pub title: String,
    /// The points, each quoted from its source.
    pub items: Vec<Quote>,
}

/// A tool, service or platform.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    /// Stable identifier (slug), e.g. `padlet`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Other names or spellings users may type.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Short description quoted from a source.
    #[serde(default)]
    pub summary: String,
    /// Ids of the needs it answers.
    pub categories: Vec<String>,
    /// Web address, where a source gives one.
    #[serde(default)]
    pub url: Option<String>,
    /// Every sourced fact about the tool.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// The ready-made message for families, where a source gives one.
    #[serde(default)]
    pub family_message: Option<FamilyMessage>,
    /// The data-protection risk level and why.
    pub risk: RiskAssessment,
    /// Explicit safer alternatives (tool ids), for the tool's specific need,
    /// best first; more are derived from categories. Never riskier than the
    /// tool (the loader refuses it).
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// Where the tool is available, as the sources say.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub territory: Vec<Territory>,
    /// Why the tool answers each of its needs: a quoted statement, or
    /// Repère's own classification with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<NeedBasis>,
}

/// One sourced fact about a tool.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// What the fact is about.
    pub field: Field,
    /// The fact, quoted from the source.
    pub text: String,
    /// Id of the source document.
    pub source: String,
    /// Where in the document it was read (table, column, section).
    #[serde(default)]
    pub loc: String,
}

/// The kinds of facts a statement can carry, in display order.
#[derive(
    Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// What the product is (presentation text).
    Description,
    /// Who it is for.
    Audience,
    /// How it is reached (URL, ENT, EduLine…).
    Access,
    /// What the teacher can do.
    TeacherFeatures,
    /// What pupils and families can do.
    FamilyFeatures,
    /// How available the service is.
    Availability,
    /// Time to open an account.
    AccountTime,
    /// Cost.
    Cost,
    /// Where data is hosted.
    Hosting,
    /// Platforms (web, iOS, Android…).
    Platforms,
    /// Strengths.
    Advantages,
    /// Limits and drawbacks.
    Limits,
    /// Data-protection precautions and points of vigilance.
    Precautions,
    /// Instruction about what to tell families (when no ready-made message).
    FamilyInfo,
    /// Who carries the GDPR formalities.
    Gdpr,
    /// Vendor contact.
    Contact,
}

impl Field {
    /// Every field, in display order.
    pub const ALL: [Field; 16] = [
        Field::Description,
        Field::Audience,
        Field::Access,
        Field::TeacherFeatures,
        Field::FamilyFeatures,
        Field::Availability,
        Field::AccountTime,
        Field::Cost,
        Field::Hosting,
        Field::Platforms,
        Field::Advantages,
        Field::Limits,
        Field::Precautions,
        Field::FamilyInfo,
        Field::Gdpr,
        Field::Contact,
    ];
}

/// The message to send to families, with named placeholders.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FamilyMessage {
    /// The message with blanks written `{key}`.
    pub text: String,
    /// The verbatim text of the source, blanks as printed there.
    pub original: String,
    /// Id of the source document.
    pub source: String,
    /// Where in the document it was read.
    #[serde(default)]
    pub loc: String,
    /// Set when the source gives no text but an instruction to build it
    /// from another tool's message (`original` then holds the instruction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived: Option<Derived>,
}

/// A tool's data-protection risk level with its justification.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RiskAssessment {
    /// The level.
    pub level: Risk,
    /// One sentence citing the statement the level rests on.
    pub rationale: String,
    /// Ids of the sources the rationale cites.
    pub sources: Vec<String>,
    /// The quoted statements that imply a level; the level kept is the
    /// strictest, and statements implying different levels are shown as a
    /// disagreement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl Tool {
    /// The statements of one field, in catalogue order.
    pub fn statements_of(&self, field: Field) -> impl Iterator<Item = &Statement> {
        self.statements.iter().filter(move |s| s.field == field)
    }
}
