//! Every string the user reads, in French, in one place.

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
pub const FAVOURITES: &str = "Favoris";
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
pub const WHAT_INSTRUCTION: &str = "Consigne aux familles (pas de message type dans les sources)";
pub const WHAT_PRECAUTIONS: &str = "Précautions";
pub const WHAT_CARD: &str = "Fiche";
pub const WHAT_GUIDANCE: &str = "Repère";

/// The ending a past participle takes after `what` (French agreement).
fn agreement(what: &str) -> &'static str {
    match what.split_whitespace().next().unwrap_or("") {
        "Précautions" => "es",
        "Fiche" | "Consigne" => "e",
        _ => "",
    }
}

/// "Message copié dans le presse-papiers."
pub fn copied_status(what: &str) -> String {
    format!("{what} copié{} dans le presse-papiers.", agreement(what))
}

/// Sent with OSC 52: the terminal may or may not honour it, so say so.
pub fn osc52_status(what: &str) -> String {
    format!(
        "{what} envoyé{} au terminal (OSC 52) : collez-le ; sinon « v » l'affiche.",
        agreement(what)
    )
}

// ---- The adviser's own layer (issue 12, engineer E) ----

/// Heading of the local part of a card, apart from the sources.
pub const LOCAL_HEADING: &str = "Ajouts locaux (pas dans les sources)";
/// « Note locale du 12/03/2026 (auteur) ».
pub const LOCAL_NOTE: &str = "Note locale";
/// A family message written by the adviser.
pub const LOCAL_MESSAGE: &str = "Message rédigé localement";
/// A tool evaluated by the adviser.
pub const LOCAL_EVALUATION: &str = "Évaluation locale";
/// The level the checklist proposed.
pub const LOCAL_PROPOSED: &str = "Niveau proposé par la grille :";
/// The level the adviser chose instead.
pub const LOCAL_CHOSEN: &str = "Niveau retenu par le conseiller :";
/// The badge of a locally evaluated tool in lists.
pub const LOCAL_BADGE: &str = "[évaluation locale]";
