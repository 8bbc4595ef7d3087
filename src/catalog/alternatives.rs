//! Safer alternatives to a tool, one function for the card, the CLI and the
//! interface. Ranked by how well they fit the tool's need (the tool's own
//! list, chosen in the data for its specific need, then tools sharing its
//! first need, then its other needs, then the fallback need), then by
//! level, then by territory: with a territory set, what the sources place
//! elsewhere goes last and what is available there comes before what may
//! be; with none, what is available widely comes before what one académie
//! or département offers. Never riskier than the tool; a tool with
//! precautions is offered the institutional tools of its needs.

use super::model::{Catalog, Risk, Scope, Tool};
use super::territory::{Availability, Place, availability};

/// Where safer alternatives are looked for when a tool's own needs have none.
pub const FALLBACK_CATEGORY: &str = "communication-familles";

/// How many safer alternatives are derived at most (one institutional tool
/// per need of the tool may come on top, see [`Catalog::alternatives_among_in`]).
const MAX_ALTERNATIVES: usize = 6;

/// How well an alternative fits the tool's need, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// Chosen in the data for the tool's specific need.
    Listed,
    /// Shares the tool's first need.
    FirstNeed,
    /// Shares another of the tool's needs.
    OtherNeed,
    /// Serves the fallback need (talking with families).
    Fallback,
}

/// How widely a tool is available, as the sources say: the tie-break when
/// no territory is set.
fn breadth(tool: &Tool) -> u8 {
    tool.territory
        .iter()
        .map(|t| match t.scope {
            Scope::National | Scope::Open => 0,
            Scope::Ent | Scope::Fwb => 1,
            Scope::Academie if t.code.is_empty() => 1,
            Scope::Academie | Scope::Departement | Scope::School => 2,
        })
        .min()
        .unwrap_or(1)
}

/// The order of alternatives: elsewhere last, then need fit, level,
/// availability and breadth. The tool's own list keeps the data's order
/// (best first) apart from what the territory says.
pub fn rank_key(fit: Fit, tool: &Tool, place: &Place) -> (bool, Fit, Risk, Availability, u8) {
    let available = availability(tool, place);
    let breadth = if fit == Fit::Listed { 0 } else { breadth(tool) };
    (
        available == Availability::Unavailable,
        fit,
        tool.risk.level,
        available,
        breadth,
    )
}

impl Catalog {
    /// Safer tools for the same needs, ranked (see the module). Empty for
    /// institutional tools.
    pub fn alternatives(&self, tool: &Tool) -> Vec<&Tool> {
        self.alternatives_in(tool, &Place::Anywhere)
    }

    /// [`Self::alternatives`] ranked for `place`.
    pub fn alternatives_in(&self, tool: &Tool, place: &Place) -> Vec<&Tool> {
        let every_tool: Vec<&Tool> = self.tools.iter().collect();
        self.alternatives_among_in(tool, &every_tool, place)
    }

    /// [`Self::alternatives_in`], derived from `candidates` only: they must
    /// include, in catalogue order, every tool that is institutional or
    /// with precautions and shares a need with `tool`, and every
    /// institutional tool of the fallback need (see `app::lookup`).
    pub fn alternatives_among_in<'a>(
        &'a self,
        tool: &Tool,
        candidates: &[&'a Tool],
        place: &Place,
    ) -> Vec<&'a Tool> {
        if !tool.risk.level.offers_alternatives() {
            return Vec::new();
        }
        // The loader refuses a riskier explicit alternative; a tool
        // replaced by a local catalogue could still have become one.
        let mut found: Vec<(Fit, &Tool)> = tool
            .alternatives
            .iter()
            .filter_map(|id| self.tool(id))
            .filter(|t| t.risk.level <= tool.risk.level && t.id != tool.id)
            .map(|t| (Fit::Listed, t))
            .collect();
        let first = tool.categories.first();
        let mut derived: Vec<(Fit, &Tool)> = candidates
            .iter()
            .copied()
            .filter(|t| t.risk.level < tool.risk.level && t.id != tool.id)
            .filter(|t| t.risk.level <= Risk::Precautions)
            .filter_map(|t| {
                if first.is_some_and(|c| t.categories.contains(c)) {
                    Some((Fit::FirstNeed, t))
                } else if t.categories.iter().any(|c| tool.categories.contains(c)) {
                    Some((Fit::OtherNeed, t))
                } else {
                    None
                }
            })
            .collect();
        if derived.is_empty() && tool.risk.level.needs_alternatives() {
            // No safer tool for this exact need (instant messaging): the
            // need behind it is talking with families.
            derived = candidates
                .iter()
                .copied()
                .filter(|t| t.categories.iter().any(|c| c == FALLBACK_CATEGORY))
                .filter(|t| t.id != tool.id && t.risk.level == Risk::Institutional)
                .map(|t| (Fit::Fallback, t))
                .collect();
        }
        for (fit, t) in derived {
            if !found.iter().any(|(_, o)| o.id == t.id) {
                found.push((fit, t));
            }
        }
        // Chosen for the need wherever the adviser works, then ordered for
        // the territory (what is elsewhere is still named, last).
        found.sort_by_key(|(fit, t)| rank_key(*fit, t, &Place::Anywhere));
        let mut out: Vec<(Fit, &Tool)> = found.iter().take(MAX_ALTERNATIVES).copied().collect();
        // Every need of the tool that has an institutional tool offers one,
        // even past the cap.
        for category in &tool.categories {
            let offered = out.iter().any(|(_, t)| {
                t.risk.level == Risk::Institutional && t.categories.contains(category)
            });
            if offered {
                continue;
            }
            if let Some(pick) = found.iter().find(|(_, t)| {
                t.risk.level == Risk::Institutional && t.categories.contains(category)
            }) {
                out.push(*pick);
            }
        }
        out.sort_by_key(|(fit, t)| rank_key(*fit, t, place));
        out.into_iter().map(|(_, t)| t).collect()
    }
}

/// How well `alternative` fits `tool`'s need.
pub fn fit(tool: &Tool, alternative: &Tool) -> Fit {
    if tool.alternatives.contains(&alternative.id) {
        Fit::Listed
    } else if tool
        .categories
        .first()
        .is_some_and(|c| alternative.categories.contains(c))
    {
        Fit::FirstNeed
    } else if alternative
        .categories
        .iter()
        .any(|c| tool.categories.contains(c))
    {
        Fit::OtherNeed
    } else {
        Fit::Fallback
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(tools: &[&Tool]) -> Vec<String> {
        tools.iter().map(|t| t.id.clone()).collect()
    }

    /// With a territory, what the sources place elsewhere goes last; the
    /// need-specific order is kept otherwise.
    #[test]
    fn a_territory_demotes_what_is_elsewhere() {
        let Ok(catalog) = crate::catalog::embedded() else {
            panic!("the embedded catalogue loads");
        };
        let Some(whatsapp) = catalog.tool("whatsapp") else {
            panic!("whatsapp is in the catalogue");
        };
        let anywhere = ids(&catalog.alternatives(whatsapp));
        assert_eq!(
            anywhere[..3],
            ["ent-messagerie", "ent-carnet-liaison", "listes-diffusion"]
        );
        let Some(poitiers) = Place::parse("poitiers") else {
            panic!("poitiers is a place");
        };
        let there = ids(&catalog.alternatives_in(whatsapp, &poitiers));
        assert_eq!(there.last().map(String::as_str), Some("listes-diffusion"));
        let Some(haute_savoie) = Place::parse("74") else {
            panic!("74 is a place");
        };
        let there = ids(&catalog.alternatives_in(whatsapp, &haute_savoie));
        assert_eq!(there.first().map(String::as_str), Some("listes-diffusion"));
        assert_eq!(there.len(), anywhere.len());
    }
}
