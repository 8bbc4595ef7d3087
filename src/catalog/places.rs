//! The places an adviser may give as territory, besides those the sources
//! name: the French départements (number, name, académie) and the
//! académies. A static list is a fact of administration, not of the
//! sources. Anything else is refused, with the nearest names.

/// Département number, name, académie (lower case ASCII, as `Place`
/// keeps it).
pub const DEPARTEMENTS: &[(&str, &str, &str)] = &[
    ("01", "Ain", "lyon"),
    ("02", "Aisne", "amiens"),
    ("03", "Allier", "clermont-ferrand"),
    ("04", "Alpes-de-Haute-Provence", "aix-marseille"),
    ("05", "Hautes-Alpes", "aix-marseille"),
    ("06", "Alpes-Maritimes", "nice"),
    ("07", "Ardèche", "grenoble"),
    ("08", "Ardennes", "reims"),
    ("09", "Ariège", "toulouse"),
    ("10", "Aube", "reims"),
    ("11", "Aude", "montpellier"),
    ("12", "Aveyron", "toulouse"),
    ("13", "Bouches-du-Rhône", "aix-marseille"),
    ("14", "Calvados", "normandie"),
    ("15", "Cantal", "clermont-ferrand"),
    ("16", "Charente", "poitiers"),
    ("17", "Charente-Maritime", "poitiers"),
    ("18", "Cher", "orleans-tours"),
    ("19", "Corrèze", "limoges"),
    ("2a", "Corse-du-Sud", "corse"),
    ("2b", "Haute-Corse", "corse"),
    ("21", "Côte-d'Or", "dijon"),
    ("22", "Côtes-d'Armor", "rennes"),
    ("23", "Creuse", "limoges"),
    ("24", "Dordogne", "bordeaux"),
    ("25", "Doubs", "besancon"),
    ("26", "Drôme", "grenoble"),
    ("27", "Eure", "normandie"),
    ("28", "Eure-et-Loir", "orleans-tours"),
    ("29", "Finistère", "rennes"),
    ("30", "Gard", "montpellier"),
    ("31", "Haute-Garonne", "toulouse"),
    ("32", "Gers", "toulouse"),
    ("33", "Gironde", "bordeaux"),
    ("34", "Hérault", "montpellier"),
    ("35", "Ille-et-Vilaine", "rennes"),
    ("36", "Indre", "orleans-tours"),
    ("37", "Indre-et-Loire", "orleans-tours"),
    ("38", "Isère", "grenoble"),
    ("39", "Jura", "besancon"),
    ("40", "Landes", "bordeaux"),
    ("41", "Loir-et-Cher", "orleans-tours"),
    ("42", "Loire", "lyon"),
    ("43", "Haute-Loire", "clermont-ferrand"),
    ("44", "Loire-Atlantique", "nantes"),
    ("45", "Loiret", "orleans-tours"),
    ("46", "Lot", "toulouse"),
    ("47", "Lot-et-Garonne", "bordeaux"),
    ("48", "Lozère", "montpellier"),
    ("49", "Maine-et-Loire", "nantes"),
    ("50", "Manche", "normandie"),
    ("51", "Marne", "reims"),
    ("52", "Haute-Marne", "reims"),
    ("53", "Mayenne", "nantes"),
    ("54", "Meurthe-et-Moselle", "nancy-metz"),
    ("55", "Meuse", "nancy-metz"),
    ("56", "Morbihan", "rennes"),
    ("57", "Moselle", "nancy-metz"),
    ("58", "Nièvre", "dijon"),
    ("59", "Nord", "lille"),
    ("60", "Oise", "amiens"),
    ("61", "Orne", "normandie"),
    ("62", "Pas-de-Calais", "lille"),
    ("63", "Puy-de-Dôme", "clermont-ferrand"),
    ("64", "Pyrénées-Atlantiques", "bordeaux"),
    ("65", "Hautes-Pyrénées", "toulouse"),
    ("66", "Pyrénées-Orientales", "montpellier"),
    ("67", "Bas-Rhin", "strasbourg"),
    ("68", "Haut-Rhin", "strasbourg"),
    ("69", "Rhône", "lyon"),
    ("70", "Haute-Saône", "besancon"),
    ("71", "Saône-et-Loire", "dijon"),
    ("72", "Sarthe", "nantes"),
    ("73", "Savoie", "grenoble"),
    ("74", "Haute-Savoie", "grenoble"),
    ("75", "Paris", "paris"),
    ("76", "Seine-Maritime", "normandie"),
    ("77", "Seine-et-Marne", "creteil"),
    ("78", "Yvelines", "versailles"),
    ("79", "Deux-Sèvres", "poitiers"),
    ("80", "Somme", "amiens"),
    ("81", "Tarn", "toulouse"),
    ("82", "Tarn-et-Garonne", "toulouse"),
    ("83", "Var", "nice"),
    ("84", "Vaucluse", "aix-marseille"),
    ("85", "Vendée", "nantes"),
    ("86", "Vienne", "poitiers"),
    ("87", "Haute-Vienne", "limoges"),
    ("88", "Vosges", "nancy-metz"),
    ("89", "Yonne", "dijon"),
    ("90", "Territoire de Belfort", "besancon"),
    ("91", "Essonne", "versailles"),
    ("92", "Hauts-de-Seine", "versailles"),
    ("93", "Seine-Saint-Denis", "creteil"),
    ("94", "Val-de-Marne", "creteil"),
    ("95", "Val-d'Oise", "versailles"),
    ("971", "Guadeloupe", "guadeloupe"),
    ("972", "Martinique", "martinique"),
    ("973", "Guyane", "guyane"),
    ("974", "La Réunion", "la-reunion"),
    ("976", "Mayotte", "mayotte"),
];

/// The académies (lower case ASCII) and their names as written.
pub const ACADEMIES: &[(&str, &str)] = &[
    ("aix-marseille", "Aix-Marseille"),
    ("amiens", "Amiens"),
    ("besancon", "Besançon"),
    ("bordeaux", "Bordeaux"),
    ("clermont-ferrand", "Clermont-Ferrand"),
    ("corse", "Corse"),
    ("creteil", "Créteil"),
    ("dijon", "Dijon"),
    ("grenoble", "Grenoble"),
    ("guadeloupe", "Guadeloupe"),
    ("guyane", "Guyane"),
    ("la-reunion", "La Réunion"),
    ("lille", "Lille"),
    ("limoges", "Limoges"),
    ("lyon", "Lyon"),
    ("martinique", "Martinique"),
    ("mayotte", "Mayotte"),
    ("montpellier", "Montpellier"),
    ("nancy-metz", "Nancy-Metz"),
    ("nantes", "Nantes"),
    ("nice", "Nice"),
    ("normandie", "Normandie"),
    ("orleans-tours", "Orléans-Tours"),
    ("paris", "Paris"),
    ("poitiers", "Poitiers"),
    ("reims", "Reims"),
    ("rennes", "Rennes"),
    ("strasbourg", "Strasbourg"),
    ("toulouse", "Toulouse"),
    ("versailles", "Versailles"),
];

/// A name folded for comparison: lower case, no accents, hyphens,
/// apostrophes and spaces as one hyphen.
pub fn key(name: &str) -> String {
    let folded = crate::search::fold_text(name);
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether a text can be a place's name: letters, digits, spaces,
/// hyphens and apostrophes only (« 74 ! » is none).
fn is_name_like(input: &str) -> bool {
    input
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’'))
}

/// The département of a number or a name (« 74 », « haute-savoie »).
pub fn departement(input: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    if !is_name_like(input.trim()) {
        return None;
    }
    let wanted = key(input);
    DEPARTEMENTS
        .iter()
        .find(|(code, name, _)| *code == wanted || key(name) == wanted)
}

/// The académie of a name (« grenoble », « orleans tours »).
pub fn academie(input: &str) -> Option<&'static str> {
    if !is_name_like(input.trim()) {
        return None;
    }
    let wanted = key(input);
    ACADEMIES
        .iter()
        .find(|(id, name)| *id == wanted || key(name) == wanted)
        .map(|(id, _)| *id)
}

/// The académie of a département number.
pub fn academie_of(code: &str) -> Option<&'static str> {
    DEPARTEMENTS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, _, academie)| *academie)
}

/// Up to three names nearest to what was typed: départements (with
/// their number) and académies.
pub fn nearest(input: &str) -> Vec<String> {
    let wanted = key(input);
    let mut scored: Vec<(f64, String)> = DEPARTEMENTS
        .iter()
        .map(|(code, name, _)| {
            (
                strsim::jaro_winkler(&wanted, &key(name)),
                format!("{name} ({code})"),
            )
        })
        .chain(ACADEMIES.iter().map(|(id, name)| {
            (
                strsim::jaro_winkler(&wanted, id),
                format!("académie de {name}"),
            )
        }))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_departement_has_a_known_academie_and_names_are_unique() {
        for (code, name, academie) in DEPARTEMENTS {
            assert!(
                ACADEMIES.iter().any(|(id, _)| id == academie),
                "{code} {name}"
            );
            assert_eq!(departement(name).map(|d| d.0), Some(*code));
        }
        assert_eq!(DEPARTEMENTS.len(), 101);
    }

    #[test]
    fn names_are_read_as_typed_and_near_misses_get_suggestions() {
        assert_eq!(departement("haute-savoie").map(|d| d.0), Some("74"));
        assert_eq!(departement("Haute Savoie").map(|d| d.0), Some("74"));
        assert_eq!(academie("Orléans-Tours"), Some("orleans-tours"));
        assert!(departement("xyzzy").is_none() && academie("xyzzy").is_none());
        assert!(
            nearest("haute savoi")
                .iter()
                .any(|n| n.contains("Haute-Savoie"))
        );
    }
}
