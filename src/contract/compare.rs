//! The typed `--json` output of `repere compare A B`: one object per tool,
//! each compared point as the lines the text comparison prints. Fields in
//! alphabetical order, as the maps this replaced were written.

use schemars::JsonSchema;
use serde::Serialize;

use super::{FORMAT_VERSION, RiskOutput};
use crate::catalog::Tool;

/// `repere compare A B --json`: the two tools, in the order given.
pub type CompareOutput<'a> = [CompareSide<'a>; 2];

/// The points compared, each a key of [`CompareSide`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparedPoint {
    Level,
    Precautions,
    Availability,
    AccountTime,
    Cost,
    Message,
    Provenance,
}

/// One tool of the comparison: each point is the card's lines, in French.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CompareSide<'a> {
    /// Time to open an account, as the sources state it.
    pub account_time: Vec<String>,
    /// Availability, as the sources state it.
    pub availability: Vec<String>,
    pub cost: Vec<String>,
    pub format_version: u32,
    pub id: &'a str,
    /// The level as the card heads it, its rationale and what layers
    /// changed.
    pub level: Vec<String>,
    /// Whether a message for families is given, and whose.
    pub message: Vec<String>,
    pub name: &'a str,
    pub precautions: Vec<String>,
    /// The age of the sources.
    pub provenance: Vec<String>,
    pub risk: RiskOutput<'a>,
}

impl<'a> CompareSide<'a> {
    /// `tool` with every point still empty.
    pub fn of(tool: &'a Tool) -> Self {
        Self {
            account_time: Vec::new(),
            availability: Vec::new(),
            cost: Vec::new(),
            format_version: FORMAT_VERSION,
            id: &tool.id,
            level: Vec::new(),
            message: Vec::new(),
            name: &tool.name,
            precautions: Vec::new(),
            provenance: Vec::new(),
            risk: RiskOutput::sorted(tool),
        }
    }

    /// The lines of `point`.
    pub fn point_mut(&mut self, point: ComparedPoint) -> &mut Vec<String> {
        match point {
            ComparedPoint::Level => &mut self.level,
            ComparedPoint::Precautions => &mut self.precautions,
            ComparedPoint::Availability => &mut self.availability,
            ComparedPoint::AccountTime => &mut self.account_time,
            ComparedPoint::Cost => &mut self.cost,
            ComparedPoint::Message => &mut self.message,
            ComparedPoint::Provenance => &mut self.provenance,
        }
    }
}
