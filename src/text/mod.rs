//! Every string the user reads, in French, in one place: the catalogue's
//! labels here, the interface's sentences in `interface`, the command
//! line's in `cli` (re-exported: `text::NAME` works for all). The modules
//! declared `pub` (key tables, evaluation form, synthetic catalogues, the
//! screenshots tool) are reached by their path: `text::keys::QUIT`.

pub mod arguments;
pub mod checklist;
mod cli;
mod clipboard;
mod commands;
mod compare;
mod dated;
mod evaluation;
mod files;
mod guide_export;
mod interface;
pub mod keys;
mod layers;
mod load_errors;
mod local;
mod mail;
mod manual;
mod parse_errors;
mod provenance;
mod questions;
mod reliability;
pub mod screenshots;
mod startup;
mod state_file;
pub mod synth;
mod team;
mod territory;
pub mod wizard;

pub use cli::*;
pub use clipboard::*;
pub use commands::*;
pub use compare::*;
pub use dated::*;
pub use evaluation::*;
pub use files::*;
pub use guide_export::*;
pub use interface::*;
pub use layers::*;
pub use local::*;
pub use mail::*;
pub use manual::*;
pub use parse_errors::*;
pub use provenance::*;
pub use questions::*;
pub use reliability::*;
pub use startup::*;
pub use state_file::*;
pub use team::*;
pub use territory::*;

use crate::catalog::{Field, Risk};

/// The French label of a risk level.
pub fn risk_label(risk: Risk) -> &'static str {
    match risk {
        Risk::Institutional => "Institutionnel",
        Risk::Precautions => "Avec précautions",
        Risk::Doubtful => "Doutes / à étudier",
        Risk::Forbidden => "Proscrit",
    }
}

/// A symbol per level, distinct in shape so it reads without colour.
pub fn risk_symbol(risk: Risk) -> &'static str {
    match risk {
        Risk::Institutional => "✓",
        Risk::Precautions => "!",
        Risk::Doubtful => "?",
        Risk::Forbidden => "✗",
    }
}

/// Symbol and label together, e.g. "✗ Proscrit".
pub fn risk_badge(risk: Risk) -> String {
    format!("{} {}", risk_symbol(risk), risk_label(risk))
}

/// The French heading of a kind of statement.
pub fn field_label(field: Field) -> &'static str {
    match field {
        Field::Description => "Présentation",
        Field::Audience => "Public",
        Field::Access => "Mode d'accès",
        Field::TeacherFeatures => "Pour l'enseignant",
        Field::FamilyFeatures => "Pour les élèves et les familles",
        Field::Availability => "Disponibilité",
        Field::AccountTime => "Ouverture d'un compte",
        Field::Cost => "Coût",
        Field::Hosting => "Hébergement des données",
        Field::Platforms => "Plateformes",
        Field::Advantages => "Avantages",
        Field::Limits => "Limites",
        Field::Precautions => "Précautions (données personnelles)",
        Field::FamilyInfo => "Information aux familles",
        Field::Gdpr => "Démarches RGPD",
        Field::Contact => "Contact",
    }
}

pub const RISK_HEADING: &str = "Niveau de risque";
pub const ALTERNATIVES_HEADING: &str = "Alternatives plus sûres";
pub const CATEGORIES_HEADING: &str = "Besoins";
pub const MESSAGE_HEADING: &str = "Message aux familles";
pub const SOURCES_HEADING: &str = "Sources";
pub const NO_MESSAGE: &str = "Aucun message type pour les familles dans les sources.";
pub const NO_ALTERNATIVE: &str = "Aucune alternative plus sûre dans le même besoin.";
pub const ALL_TOOLS: &str = "Tous les outils";
pub const RECENT: &str = "Récemment consultés";
pub const GUIDANCE_HEADING: &str = "Repères généraux";

/// "Aucun outil « x »", with the closest names if any.
pub fn unknown_tool(query: &str, closest: &[String]) -> String {
    if closest.is_empty() {
        format!("Aucun outil ne correspond à « {query} ».")
    } else {
        format!(
            "Aucun outil ne correspond à « {query} ». Noms proches : {}.",
            closest.join(", ")
        )
    }
}

/// What a copy holds, as named in the status line.
pub const WHAT_MESSAGE: &str = "Message";
pub const WHAT_PRECAUTIONS: &str = "Précautions";
pub const WHAT_CARD: &str = "Fiche";
pub const WHAT_GUIDANCE: &str = "Repère";

pub const PRECAUTIONS_HEADING: &str = "Précautions à respecter";
pub const NO_PRECAUTION: &str = "Aucune précaution particulière n'est indiquée par les sources.";

/// "s" for more than one.
pub(crate) fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

// --- Search by need ---

/// The badge of a repère in the result list, where a tool shows its level.
pub const GUIDE_BADGE: &str = "§ Repère";

/// Nothing found and no near name: the needs whose words are near.
pub fn nothing_found_needs(query: &str, needs: &[String]) -> String {
    if needs.is_empty() {
        format!("Aucun outil ne correspond à « {query} », aucun repère non plus.")
    } else {
        format!(
            "Aucun outil ne correspond à « {query} », aucun repère non plus. Besoins proches : {}.",
            needs.join(", ")
        )
    }
}

/// After a list cut by `--limit`.
pub fn more_results(more: usize) -> String {
    if more == 1 {
        "… et 1 autre résultat (--limit pour en voir plus)".to_owned()
    } else {
        format!("… et {more} autres résultats (--limit pour en voir plus)")
    }
}
