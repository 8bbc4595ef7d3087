//! The steps of the adviser's evaluation form (a tool the sources do not
//! list): prompts, the quoted criterion, the proposed level's choices.

use super::risk_badge;
use crate::catalog::Risk;

pub const TOOL_NAME_PROMPT: &str = "Nom de l'outil";
pub const TOOL_URL_PROMPT: &str = "Adresse web (facultative)";
pub const NEED_PROMPT: &str = "Besoin auquel il répond";

/// A criterion's quote under its question: "CNIL : « … »".
pub fn quoted_criterion(source_short: &str, quote: &str) -> String {
    format!("{source_short} : « {quote} »")
}

/// The first choice of the level step: keep the proposed level.
pub fn confirm_level(proposed: Risk) -> String {
    format!("Confirmer : {}", risk_badge(proposed))
}

/// The other choices of the level step: another level.
pub fn change_level(level: Risk) -> String {
    format!("Changer : {}", risk_badge(level))
}

/// The level step's prompt.
pub fn proposed_level_prompt(proposed: Risk) -> String {
    format!("Niveau proposé : {}", risk_badge(proposed))
}
