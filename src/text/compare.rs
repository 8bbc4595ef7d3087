//! `repere compare`: the row headings and what a row says when the
//! sources are silent.

pub const COMPARE_PRECAUTIONS: &str = "Précautions";
pub const COMPARE_AVAILABILITY: &str = "Disponibilité";
pub const COMPARE_ACCOUNT_TIME: &str = "Ouverture d'un compte";
pub const COMPARE_COST: &str = "Coût";
pub const COMPARE_MESSAGE: &str = "Message aux familles";
pub const COMPARE_TERRITORY: &str = "Territoire";
pub const COMPARE_SOURCE_AGE: &str = "Âge des sources";

pub const COMPARE_NOT_STATED: &str = "non indiqué par les sources";
pub const COMPARE_NO_TERRITORY: &str = "non précisé par les sources";
pub const COMPARE_UNDATED: &str = "non datées";
pub const COMPARE_NO_MESSAGE: &str = "non";

/// A tool with the sources' message for families.
pub fn compare_source_message(short: &str) -> String {
    format!("oui, message type ({short})")
}

/// A tool with a message written locally.
pub fn compare_local_message(local_message: &str) -> String {
    format!("oui, {}", local_message.to_lowercase())
}
