//! Every tool, service or platform named in the tables and lists of the five
//! source documents (tests/fixtures/seeds) is in the catalogue, and typing its
//! name as a person would finds it: by exact id, or as the first search hit,
//! matched on its name or aliases (not only on its text).
//!
//! The lists (tests/coverage_names) are written from the documents, not
//! from `data/tools.json`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::coverage_names;

use repere::catalog::{self, Catalog};
use repere::cli::tool_index;
use repere::search::{HitKind, SearchIndex};

use coverage_names::{
    ACADEMIE_2021, DSDEN74_PROSCRIBED, DSDEN74_TABLES, FWB, MINISTRY, Named, POITIERS,
};

struct Checker {
    catalog: Catalog,
    index: SearchIndex,
}

impl Checker {
    fn new() -> Self {
        let catalog = catalog::embedded().unwrap();
        let index = tool_index(&catalog);
        Self { catalog, index }
    }

    /// Why `query` does not lead to `expected`, if it does not.
    fn problem(&self, (written, query, expected): Named) -> Option<String> {
        if self.catalog.tool(expected).is_none() {
            return Some(format!(
                "{written:?}: no tool « {expected} » in data/tools.json"
            ));
        }
        if let Some(tool) = self.catalog.tool(query.trim()) {
            return (tool.id != expected).then(|| {
                format!(
                    "{written:?}: « {query} » is the id of {}, not {expected}",
                    tool.id
                )
            });
        }
        let hits = self.index.search(query);
        let top: Vec<&str> = hits
            .iter()
            .take(3)
            .map(|h| self.catalog.tools[h.index].id.as_str())
            .collect();
        match hits.first() {
            None => Some(format!("{written:?}: « {query} » finds nothing")),
            Some(hit) if self.catalog.tools[hit.index].id != expected => Some(format!(
                "{written:?}: « {query} » finds {top:?} first, expected {expected}"
            )),
            Some(hit) if hit.kind == HitKind::Text => Some(format!(
                "{written:?}: « {query} » finds {expected} only through its text"
            )),
            Some(_) => None,
        }
    }

    fn assert_all(&self, document: &str, named: &[Named]) {
        assert!(!named.is_empty());
        let problems: Vec<String> = named.iter().filter_map(|n| self.problem(*n)).collect();
        assert!(
            problems.is_empty(),
            "{document}: {} of {} names not found:\n{}",
            problems.len(),
            named.len(),
            problems.join("\n")
        );
    }
}

#[test]
fn dsden74_proscribed_services() {
    let checker = Checker::new();
    checker.assert_all("DSDEN 74, services à proscrire", DSDEN74_PROSCRIBED);
    // And they are the forbidden ones.
    for (_, _, id) in DSDEN74_PROSCRIBED {
        let tool = checker.catalog.tool(id).unwrap();
        assert_eq!(tool.risk.level, catalog::Risk::Forbidden, "{id}");
    }
}

#[test]
fn dsden74_table_rows() {
    Checker::new().assert_all("DSDEN 74, tableaux", DSDEN74_TABLES);
}

#[test]
fn academie_2021_table_rows() {
    Checker::new().assert_all("Académie 2021", ACADEMIE_2021);
}

#[test]
fn ministry_focus_doubts_and_other_possibilities() {
    let checker = Checker::new();
    checker.assert_all("Ministère, mars 2020", MINISTRY);
    // The doubt list is rated "doubtful" at least.
    for id in [
        "google-classroom",
        "g-suite",
        "hangouts",
        "starleaf",
        "skype",
        "microsoft-teams",
    ] {
        let tool = checker.catalog.tool(id).unwrap();
        assert!(tool.risk.level >= catalog::Risk::Doubtful, "{id}");
    }
}

#[test]
fn fwb_product_sheets() {
    Checker::new().assert_all("Fédération Wallonie-Bruxelles", FWB);
}

#[test]
fn poitiers_services() {
    Checker::new().assert_all("Académie de Poitiers", POITIERS);
}

/// Every tool of the catalogue is named somewhere in this list: a tool
/// added to the data without a source document would show here.
#[test]
fn every_catalogue_tool_comes_from_a_listed_name() {
    let checker = Checker::new();
    let listed: Vec<&str> = [
        DSDEN74_PROSCRIBED,
        DSDEN74_TABLES,
        ACADEMIE_2021,
        MINISTRY,
        FWB,
        POITIERS,
    ]
    .iter()
    .flat_map(|list| list.iter().map(|(_, _, id)| *id))
    .collect();
    let unlisted: Vec<&str> = checker
        .catalog
        .tools
        .iter()
        .map(|t| t.id.as_str())
        .filter(|id| !listed.contains(id))
        .collect();
    assert!(
        unlisted.is_empty(),
        "tools not in the coverage list: {unlisted:?}"
    );
}
