//! Safer alternatives to a tool, one function for the card, the CLI and the
//! interface: the tool's explicit alternatives first (chosen in the data
//! for its specific need, institutional first), then tools sharing a need,
//! never riskier than the tool; with a territory set, what is available
//! there comes first.

use super::model::{Catalog, Risk, Tool};
use super::territory::{Place, by_availability};

/// Where safer alternatives are looked for when a tool's own needs have none.
pub const FALLBACK_CATEGORY: &str = "communication-familles";

/// How many safer alternatives are derived at most.
const MAX_ALTERNATIVES: usize = 6;

impl Catalog {
    /// Safer tools for the same needs: the explicit ones first, then tools
    /// sharing a category, institutional first. Empty for safe tools.
    pub fn alternatives(&self, tool: &Tool) -> Vec<&Tool> {
        let every_tool: Vec<&Tool> = self.tools.iter().collect();
        self.alternatives_among(tool, &every_tool)
    }

    /// [`Self::alternatives`] with what is available in `place` first, then
    /// what may be, then what the sources place elsewhere.
    pub fn alternatives_in(&self, tool: &Tool, place: &Place) -> Vec<&Tool> {
        by_availability(self.alternatives(tool), place)
    }

    /// [`Self::alternatives`], derived from `candidates` only: they must
    /// include, in catalogue order, every tool that is institutional or
    /// with precautions and shares a need with `tool`, and every
    /// institutional tool of the fallback need (see `app::lookup`).
    pub fn alternatives_among<'a>(&'a self, tool: &Tool, candidates: &[&'a Tool]) -> Vec<&'a Tool> {
        if !tool.risk.level.needs_alternatives() {
            return Vec::new();
        }
        // The loader refuses a riskier explicit alternative; a tool
        // replaced by a local catalogue could still have become one.
        let mut out: Vec<&Tool> = tool
            .alternatives
            .iter()
            .filter_map(|id| self.tool(id))
            .filter(|t| t.risk.level <= tool.risk.level)
            .collect();
        let mut derived: Vec<(usize, &Tool)> = candidates
            .iter()
            .copied()
            .filter(|t| t.risk.level < tool.risk.level && t.id != tool.id)
            .filter(|t| t.risk.level <= Risk::Precautions)
            .filter_map(|t| {
                let shared = t
                    .categories
                    .iter()
                    .filter(|c| tool.categories.contains(c))
                    .count();
                (shared > 0).then_some((shared, t))
            })
            .collect();
        if derived.is_empty() {
            // No safer tool for this exact need (instant messaging): the
            // need behind it is talking with families.
            derived = candidates
                .iter()
                .copied()
                .filter(|t| t.categories.iter().any(|c| c == FALLBACK_CATEGORY))
                .filter(|t| t.id != tool.id && t.risk.level == Risk::Institutional)
                .map(|t| (0, t))
                .collect();
        }
        derived.sort_by(|(sa, a), (sb, b)| a.risk.level.cmp(&b.risk.level).then(sb.cmp(sa)));
        for (_, t) in derived {
            if out.len() >= MAX_ALTERNATIVES {
                break;
            }
            if !out.iter().any(|o| o.id == t.id) {
                out.push(t);
            }
        }
        out
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
