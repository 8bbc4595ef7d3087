//! The data-protection risk level: its own module, so that the model,
//! the evidence a level rests on and the local evaluations all use it
//! without importing one another.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Data-protection risk level, from safest to forbidden.
#[derive(
    Debug, Clone, Copy, Serialize, Deserialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    /// A service of the ministry, an académie, RENATER, the CNED, or an ENT
    /// where the administration or the school carries the GDPR formalities.
    Institutional,
    /// Usable if the listed precautions are followed.
    Precautions,
    /// No guarantee on personal data, or doubts remain and study is needed.
    Doubtful,
    /// A document says to proscribe it for school use.
    Forbidden,
}

impl Risk {
    /// Every level, safest first.
    pub const ALL: [Risk; 4] = [
        Risk::Institutional,
        Risk::Precautions,
        Risk::Doubtful,
        Risk::Forbidden,
    ];

    /// The stable id used in JSON and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Risk::Institutional => "institutional",
            Risk::Precautions => "precautions",
            Risk::Doubtful => "doubtful",
            Risk::Forbidden => "forbidden",
        }
    }

    /// Whether the adviser should be offered safer alternatives.
    pub fn needs_alternatives(self) -> bool {
        matches!(self, Risk::Doubtful | Risk::Forbidden)
    }

    /// Whether the card lists safer tools: for a tool used with
    /// precautions, the institutional tools of its needs.
    pub fn offers_alternatives(self) -> bool {
        self != Risk::Institutional
    }
}
