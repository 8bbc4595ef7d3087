//! The catalogue's rules on safer alternatives (see `rules`): the
//! institutional tool of a need is offered, and the order follows need
//! fit, level and territory.

use super::alternatives::{fit, rank_key};
use super::model::{Catalog, Risk};
use super::territory::Place;

/// What a rule looked at and what breaks it.
#[derive(Debug, Default)]
pub(super) struct Tally {
    pub checked: usize,
    pub failures: Vec<String>,
}

/// Every tool that can be offered as an alternative (institutional or
/// with precautions), in catalogue order: enough candidates for any tool
/// (see `Catalog::alternatives_among_in`), gathered once so that a rule
/// over the whole catalogue stays linear in its size.
fn candidates(catalog: &Catalog) -> Vec<&super::model::Tool> {
    catalog
        .tools
        .iter()
        .filter(|t| t.risk.level <= Risk::Precautions)
        .collect()
}

pub(super) fn institutional_offered(catalog: &Catalog, out: &mut Tally) {
    let candidates = candidates(catalog);
    // The needs that have an institutional tool (the tools checked here
    // are not institutional themselves).
    let needs_with_institutional: std::collections::HashSet<&str> = candidates
        .iter()
        .filter(|t| t.risk.level == Risk::Institutional)
        .flat_map(|t| t.categories.iter().map(String::as_str))
        .collect();
    for tool in catalog
        .tools
        .iter()
        .filter(|t| t.risk.level >= Risk::Precautions)
    {
        let alternatives = catalog.alternatives_among_in(tool, &candidates, &Place::Anywhere);
        for need in &tool.categories {
            if !needs_with_institutional.contains(need.as_str()) {
                continue;
            }
            out.checked += 1;
            let offered = alternatives
                .iter()
                .any(|a| a.risk.level == Risk::Institutional && a.categories.contains(need));
            if !offered {
                out.failures.push(format!(
                    "{}: no institutional tool offered for {need}",
                    tool.id
                ));
            }
        }
    }
}

pub(super) fn ranked(catalog: &Catalog, out: &mut Tally) {
    let places: Vec<Place> = ["tout", "74", "86", "fwb"]
        .iter()
        .filter_map(|p| Place::parse(p))
        .collect();
    let candidates = candidates(catalog);
    for tool in &catalog.tools {
        for place in &places {
            let found = catalog.alternatives_among_in(tool, &candidates, place);
            if found.is_empty() {
                continue;
            }
            out.checked += 1;
            if let Some(riskier) = found.iter().find(|a| a.risk.level > tool.risk.level) {
                out.failures
                    .push(format!("{}: {} is riskier", tool.id, riskier.id));
            }
            let keys: Vec<_> = found
                .iter()
                .take(6)
                .map(|a| rank_key(fit(tool, a), a, place))
                .collect();
            if keys.windows(2).any(|w| w[0] > w[1]) {
                let ids: Vec<&str> = found.iter().map(|a| a.id.as_str()).collect();
                out.failures
                    .push(format!("{} in {place:?}: out of order {ids:?}", tool.id));
            }
        }
    }
}
