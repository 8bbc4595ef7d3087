//! The places the sources say a tool is available in (data only; what a
//! place means for the adviser is in `territory`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One place a tool is available, with the statement that says so.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Territory {
    /// The kind of place.
    pub scope: Scope,
    /// The académie (`grenoble`), the département number (`74`) or the ENT
    /// product (`ONE`); empty for national, open, school and FWB, and for an
    /// académie the source does not name.
    #[serde(default)]
    pub code: String,
    /// The statement saying so, quoted from the source.
    pub text: String,
    /// Id of the source document.
    pub source: String,
    /// Where in the document it was read.
    #[serde(default)]
    pub loc: String,
}

/// Kinds of places.
#[derive(
    Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Every school in France (a national service).
    National,
    /// One académie (code: its name, or empty when the source does not say which).
    Academie,
    /// One département (code: its number).
    Departement,
    /// Inside a given ENT (code: the product, as the source names it), wherever
    /// that ENT is deployed; code empty: in whatever ENT the school has.
    Ent,
    /// Open to any school: a service on the internet, the telephone; no
    /// territory stated.
    Open,
    /// On the school's own server: available where the school installed it.
    School,
    /// Presented to the schools of the Fédération Wallonie-Bruxelles.
    Fwb,
}
