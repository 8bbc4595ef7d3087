//! What a level, a need or a derived message rests on: quoted statements
//! and their kind, so that rules ("forbidden only where a document says to
//! proscribe") can be checked over the whole catalogue.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::risk::Risk;

/// A quoted statement that implies a risk level.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// What kind of judgement the statement makes.
    pub basis: Basis,
    /// The statement, quoted from the source.
    pub text: String,
    /// Id of the source document.
    pub source: String,
    /// Where in the document it was read.
    #[serde(default)]
    pub loc: String,
}

/// The kinds of judgement a document makes about a tool.
#[derive(
    Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The document says to proscribe it (« à proscrire »).
    Proscribe,
    /// The document says to avoid it (« Évitez »).
    Avoid,
    /// Doubts remain; study needed before use.
    Doubts,
    /// No guarantee on personal data (« Aucune garantie »).
    NoGuarantee,
    /// Risks or points of vigilance are raised without a verdict.
    Vigilance,
    /// Described without any evaluation of data protection, including a
    /// product's own claims relayed by a guide that says it validates nothing
    /// (FWB: « respecte le RGDP », « serveurs en France »).
    NotEvaluated,
    /// Usable with the precautions the document lists.
    Precautions,
    /// A service of the administration, the académie, RENATER, the CNED or
    /// the ENT, whose GDPR formalities the institution carries.
    Institutional,
}

impl Basis {
    /// The level a statement of this kind implies.
    pub fn implies(self) -> Risk {
        match self {
            Basis::Proscribe => Risk::Forbidden,
            Basis::Avoid
            | Basis::Doubts
            | Basis::NoGuarantee
            | Basis::Vigilance
            | Basis::NotEvaluated => Risk::Doubtful,
            Basis::Precautions => Risk::Precautions,
            Basis::Institutional => Risk::Institutional,
        }
    }

    /// Whether the statement judges the tool: a description without
    /// evaluation cannot disagree with anything.
    pub fn is_judgement(self) -> bool {
        self != Basis::NotEvaluated
    }
}

/// Why a tool answers one of its needs.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NeedBasis {
    /// Id of the need (category).
    pub category: String,
    /// The statement of a source the assignment rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// When no source states it: Repère's classification and its reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl NeedBasis {
    /// Whether a source states this need (rather than Repère's judgement).
    pub fn is_stated(&self) -> bool {
        self.quote.is_some()
    }
}

/// A family message built from another tool's message by the source's own
/// instruction (DSDEN 74 for ONE: « Reprendre l'information ci-dessus en
/// modifiant le nom de l'ENT »).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Derived {
    /// Id of the tool whose message is taken.
    pub from: String,
    /// The words replaced in that message…
    pub replace: String,
    /// …and what replaces them.
    pub by: String,
}

impl Derived {
    /// The derived text from the other tool's message text.
    pub fn apply(&self, text: &str) -> String {
        text.replace(&self.replace, &self.by)
    }
}

/// A sourced piece of text.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The text, quoted from the source.
    pub text: String,
    /// Id of the source document.
    pub source: String,
    /// Where in the document it was read (table, column, section).
    #[serde(default)]
    pub loc: String,
}
