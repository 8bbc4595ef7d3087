//! Where a tool is available, as the sources say, and where the adviser
//! works: availability of a tool in a place, and the order that puts what
//! is available there first. Pure functions, no terminal.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::Tool;
pub use super::scope::{Scope, Territory};

/// Where the adviser works, as set once (`--territoire`, TUI setting).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Place {
    /// Anywhere: nothing is marked or demoted.
    #[default]
    Anywhere,
    /// France, optionally one académie and one département.
    France {
        /// Académie name in lower case ASCII (`grenoble`).
        academie: Option<String>,
        /// Département number (`74`).
        departement: Option<String>,
    },
    /// Fédération Wallonie-Bruxelles.
    Fwb,
}

/// Whether a tool can be used in a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    /// A source says it is available there.
    Available,
    /// The sources do not say (an unnamed académie, a given ENT…).
    Unknown,
    /// The sources place it elsewhere.
    Unavailable,
}

/// What `--territoire` offers at Tab: the words [`Place::parse`] knows,
/// the académies and the départements by number.
pub fn known_places() -> Vec<&'static str> {
    let mut places = vec!["france", "fwb", "tout"];
    places.extend(super::places::academies().map(|(id, _)| id));
    places.extend(super::places::departements().map(|(code, _, _)| code));
    places
}

pub(crate) fn academie_of(departement: &str) -> Option<&'static str> {
    super::places::academie_of(departement)
}

impl Place {
    /// Reads what an adviser types: `74`, `grenoble`, `académie de
    /// Poitiers`, `france`, `fwb`, `belgique`, `tout` (no territory).
    /// `None` when it is none of these.
    pub fn parse(input: &str) -> Option<Place> {
        let folded: String = input
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| match c {
                'é' | 'è' | 'ê' => 'e',
                'à' | 'â' => 'a',
                c => c,
            })
            .collect();
        let word = folded
            .trim_start_matches("academie de ")
            .trim_start_matches("academie d'")
            .trim_start_matches("ac-")
            .trim_start_matches("departement ")
            .trim();
        match word {
            "" | "tout" | "partout" | "aucun" => return Some(Place::Anywhere),
            "france" | "national" => {
                return Some(Place::France {
                    academie: None,
                    departement: None,
                });
            }
            "fwb" | "belgique" | "federation wallonie-bruxelles" | "wallonie-bruxelles" => {
                return Some(Place::Fwb);
            }
            _ => {}
        }
        // A département by number or name, an académie by name; nothing
        // else (« haute-savoie » is the 74, « xyzzy » nothing). « Académie
        // de Paris » is the académie, « Paris » the département.
        let said_academie = folded.starts_with("academie") || folded.starts_with("ac-");
        if said_academie && let Some(academie) = super::places::academie(word) {
            return Some(Place::France {
                academie: Some(academie.to_owned()),
                departement: None,
            });
        }
        if let Some((code, _, academie)) = super::places::departement(word) {
            return Some(Place::France {
                academie: Some(academie.to_owned()),
                departement: Some(code.to_owned()),
            });
        }
        if let Some(academie) = super::places::academie(word) {
            return Some(Place::France {
                academie: Some(academie.to_owned()),
                departement: None,
            });
        }
        None
    }

    /// Whether a territory is set at all.
    pub fn is_set(&self) -> bool {
        *self != Place::Anywhere
    }
}

/// Whether one statement of availability covers `place`.
fn covers(territory: &Territory, place: &Place) -> Availability {
    use Availability::{Available, Unavailable, Unknown};
    let (academie, departement) = match place {
        Place::Anywhere => return Available,
        Place::Fwb => {
            return match territory.scope {
                Scope::Fwb | Scope::Open => Available,
                Scope::Ent | Scope::School => Unknown,
                Scope::National | Scope::Academie | Scope::Departement => Unavailable,
            };
        }
        Place::France {
            academie,
            departement,
        } => (academie.as_deref(), departement.as_deref()),
    };
    match territory.scope {
        Scope::National | Scope::Open => Available,
        Scope::Fwb | Scope::Ent | Scope::School => Unknown,
        Scope::Academie if territory.code.is_empty() => Unknown,
        Scope::Academie => match academie {
            Some(a) if a == territory.code => Available,
            Some(_) => Unavailable,
            None => Unknown,
        },
        Scope::Departement => match (departement, academie) {
            (Some(d), _) if d == territory.code => Available,
            (Some(_), _) => Unavailable,
            (None, Some(a)) => match academie_of(&territory.code) {
                Some(of) if of != a => Unavailable,
                _ => Unknown,
            },
            (None, None) => Unknown,
        },
    }
}

/// Whether `tool` is available in `place`: the best of its statements; a
/// tool with no statement of territory is of unknown availability.
pub fn availability(tool: &Tool, place: &Place) -> Availability {
    if !place.is_set() {
        return Availability::Available;
    }
    tool.territory
        .iter()
        .map(|t| covers(t, place))
        .min()
        .unwrap_or(Availability::Unknown)
}

/// `tools` reordered so that what is available in `place` comes first, then
/// what may be, then what the sources place elsewhere; the order is kept
/// within each group.
pub fn by_availability<'a>(tools: Vec<&'a Tool>, place: &Place) -> Vec<&'a Tool> {
    let mut ranked: Vec<(Availability, &Tool)> = tools
        .into_iter()
        .map(|t| (availability(t, place), t))
        .collect();
    ranked.sort_by_key(|(a, _)| *a);
    ranked.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn territory(scope: Scope, code: &str) -> Territory {
        Territory {
            scope,
            code: code.to_owned(),
            text: String::new(),
            source: String::new(),
            loc: String::new(),
        }
    }

    #[test]
    fn places_are_read_as_advisers_type_them() {
        assert_eq!(
            Place::parse("74"),
            Some(Place::France {
                academie: Some("grenoble".into()),
                departement: Some("74".into())
            })
        );
        assert_eq!(
            Place::parse("Académie de Poitiers"),
            Some(Place::France {
                academie: Some("poitiers".into()),
                departement: None
            })
        );
        assert_eq!(Place::parse("Belgique"), Some(Place::Fwb));
        assert_eq!(Place::parse("tout"), Some(Place::Anywhere));
        assert_eq!(Place::parse("74 !"), None);
    }

    #[test]
    fn a_departement_is_in_its_academie_only() {
        let haute_savoie = Place::parse("74").unwrap_or_default();
        let poitiers = Place::parse("poitiers").unwrap_or_default();
        let grenoble = territory(Scope::Academie, "grenoble");
        let vienne = territory(Scope::Departement, "86");
        assert_eq!(covers(&grenoble, &haute_savoie), Availability::Available);
        assert_eq!(covers(&grenoble, &poitiers), Availability::Unavailable);
        assert_eq!(covers(&vienne, &poitiers), Availability::Unknown);
        assert_eq!(covers(&vienne, &haute_savoie), Availability::Unavailable);
        let national = territory(Scope::National, "");
        assert_eq!(covers(&national, &Place::Fwb), Availability::Unavailable);
        assert_eq!(
            covers(&territory(Scope::Academie, ""), &poitiers),
            Availability::Unknown
        );
    }
}
