//! `repere compare`: the row headings and what a row says when the
//! sources are silent.

pub const COMPARE_PRECAUTIONS: &str = "Précautions";
pub const COMPARE_AVAILABILITY: &str = "Disponibilité";
pub const COMPARE_ACCOUNT_TIME: &str = "Ouverture d'un compte";
pub const COMPARE_COST: &str = "Coût";
pub const COMPARE_MESSAGE: &str = "Message aux familles";
pub const COMPARE_PROVENANCE: &str = "Âge des sources et territoire";

pub const COMPARE_NOT_STATED: &str = "non indiqué par les sources";
pub const COMPARE_UNDATED: &str = "non datées";
pub const COMPARE_NO_MESSAGE: &str = "non";

/// A tool with a message for families: the card's heading of it, which
/// says whose (« Message aux familles (DSDEN 74) », or the adviser's).
pub fn compare_has_message(heading: &str) -> String {
    format!("oui — {heading}")
}
