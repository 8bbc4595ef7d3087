//! Strings about where facts come from: the age of sources, dated
//! wording, disagreements, territories, derived messages, `check` counts.

use crate::catalog::provenance::SourceAge;
use crate::catalog::{Availability, Place, Scope, Territory};

/// "il y a 6 ans", "il y a 1 an", "il y a moins d'un an".
pub fn years_ago(years: u32) -> String {
    match years {
        0 => "il y a moins d'un an".to_owned(),
        1 => "il y a 1 an".to_owned(),
        n => format!("il y a {n} ans"),
    }
}

/// The age line at the top of a card: « Source : mars 2020, il y a 6 ans »,
/// or one entry per source, oldest first. `None` without dated sources.
pub fn age_line(ages: &[SourceAge]) -> Option<String> {
    match ages {
        [] => None,
        [one] => Some(format!("Source : {}, {}", one.date, years_ago(one.years))),
        many => {
            let parts: Vec<String> = many
                .iter()
                .map(|a| format!("{} ({}), {}", a.date, a.short, years_ago(a.years)))
                .collect();
            Some(format!("Sources : {}", parts.join(" ; ")))
        }
    }
}

/// Marker after a statement worded as time-bound.
pub const DATED_WORDING: &str = "formulation datée";
/// Heading of the statements of sources implying different levels.
pub const DISAGREEMENT_HEADING: &str = "Sources en désaccord";
/// Before the statement whose level was kept.
pub const DISAGREEMENT_KEPT: &str = "niveau retenu";
/// Before a statement implying another level.
pub const DISAGREEMENT_OTHER: &str = "autre lecture";
/// Heading of where a tool is available.
pub const TERRITORY_HEADING: &str = "Disponible";

/// Where one statement of availability places a tool.
pub fn territory_label(territory: &Territory) -> String {
    let code = territory.code.as_str();
    match territory.scope {
        Scope::National => "national (France)".to_owned(),
        Scope::Academie if code.is_empty() => "une académie (non nommée par la source)".to_owned(),
        Scope::Academie => format!("académie de {}", capitalised(code)),
        Scope::Departement => format!("département {code}"),
        Scope::Ent if code.is_empty() => "dans l'ENT de l'école".to_owned(),
        Scope::Ent => format!("dans l'ENT {code}"),
        Scope::Open => "toute école (aucun territoire indiqué)".to_owned(),
        Scope::School => "sur le serveur de l'école".to_owned(),
        Scope::Fwb => "Fédération Wallonie-Bruxelles".to_owned(),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// "Disponible : académie de Grenoble ; département 74".
pub fn territory_line(territories: &[Territory]) -> Option<String> {
    let mut labels: Vec<String> = Vec::new();
    for label in territories.iter().map(territory_label) {
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    (!labels.is_empty()).then(|| format!("{TERRITORY_HEADING} : {}", labels.join(" ; ")))
}

/// The adviser's territory as named on screen.
pub fn place_label(place: &Place) -> String {
    match place {
        Place::Anywhere => "tous territoires".to_owned(),
        Place::Fwb => "Fédération Wallonie-Bruxelles".to_owned(),
        Place::France {
            academie,
            departement,
        } => match (departement, academie) {
            (Some(d), Some(a)) => format!("département {d}, académie de {}", capitalised(a)),
            (Some(d), None) => format!("département {d}"),
            (None, Some(a)) => format!("académie de {}", capitalised(a)),
            (None, None) => "France".to_owned(),
        },
    }
}

/// Whether a tool is available in the adviser's territory.
pub fn availability_label(availability: Availability, place: &Place) -> String {
    let place = place_label(place);
    match availability {
        Availability::Available => format!("disponible ({place})"),
        Availability::Unknown => format!("disponibilité non précisée ({place})"),
        Availability::Unavailable => format!("hors de votre territoire ({place})"),
    }
}

/// Under a message built by the source's own instruction.
pub fn derived_message_note(instruction: &str, from: &str) -> String {
    format!(
        "Message construit selon la consigne de la source (« {instruction} ») à partir du message de {from}."
    )
}

/// `repere check`: levels resting on sources that disagree.
pub fn check_disagreements(count: usize) -> String {
    format!("Niveaux dont les sources sont en désaccord : {count}")
}

/// `repere check`: how tools' needs are justified.
pub fn check_needs(stated: usize, classified: usize) -> String {
    format!(
        "Besoins cités d'une source : {stated} ; besoins non énoncés par une source (classement de Repère, avec sa raison) : {classified}"
    )
}

/// `repere check`: statements worded as time-bound.
pub fn check_dated(count: usize) -> String {
    format!("Déclarations à formulation datée : {count}")
}
