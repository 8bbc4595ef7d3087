//! Strings of the adviser's territory in the interface: the popup that
//! sets it, the status line, the marks in lists and alternatives.

use crate::catalog::Place;

/// Title of the popup that sets the territory.
pub const TERRITORY_TITLE: &str = " Votre territoire ";

/// At the top of the popup; `submit` and `cancel` name the keys.
pub fn territory_prompt(submit: &str, cancel: &str) -> String {
    format!(
        "Département (74), académie (grenoble), « france », « fwb », ou « tout » pour ne rien filtrer. {submit} : valider, {cancel} : annuler."
    )
}

/// Under the field: what is set now.
pub fn territory_current(place: &Place, from_command_line: bool) -> String {
    let origin = if from_command_line {
        " (donné par --territoire pour cette session)"
    } else {
        ""
    };
    format!("Actuellement : {}{origin}.", super::place_label(place))
}

/// In the status line, before the counts, when a territory is set.
pub fn territory_status(place: &Place) -> String {
    format!(" Territoire : {} ·", super::place_label(place))
}

/// After setting the territory.
pub fn territory_set(place: &Place) -> String {
    if place.is_set() {
        format!(
            "Territoire : {}. Les outils que les sources placent ailleurs sont marqués « {OUT_OF_TERRITORY} ».",
            super::place_label(place)
        )
    } else {
        "Aucun territoire : rien n'est marqué ni déplacé.".to_owned()
    }
}

/// After a tool of a list that the sources place elsewhere.
pub const OUT_OF_TERRITORY: &str = "hors territoire";
/// The same in a narrow pane.
pub const OUT_OF_TERRITORY_SHORT: &str = "ailleurs";

/// After an alternative the sources place elsewhere, in the card.
pub const ALTERNATIVE_OUT_OF_TERRITORY: &str = " — hors de votre territoire";
