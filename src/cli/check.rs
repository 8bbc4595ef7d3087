//! `repere check`: validate a catalogue (the loader already did) and print
//! its counts: levels, needs, messages, and how much of it rests on the
//! sources' own words (needs stated or classified, levels in disagreement,
//! time-bound wording).

use std::io::Write;

use color_eyre::eyre::Result;

use super::truncate;
use crate::catalog::provenance::{dated_statements, disagreement};
use crate::catalog::{Catalog, Risk};
use crate::sanitize::clean_line;
use crate::text;

pub(super) fn check(out: &mut impl Write, catalog: &Catalog) -> Result<()> {
    // At start only additions are checked; here every quote is.
    crate::catalog::verify_all_quotes(catalog)?;
    writeln!(
        out,
        "{}",
        text::catalogue_valid(
            catalog.tools.len(),
            catalog.categories.len(),
            catalog.guidance.len(),
            catalog.sources.len()
        )
    )?;
    let counts = catalog.count_by_risk();
    writeln!(out, "\nPar niveau de risque :")?;
    for risk in Risk::ALL {
        writeln!(
            out,
            "  {:<24} {:>4}",
            text::risk_badge(risk),
            counts.get(&risk).copied().unwrap_or(0)
        )?;
    }
    writeln!(out, "\nPar besoin :")?;
    for category in &catalog.categories {
        let count = catalog.tools_in(&category.id).count();
        writeln!(
            out,
            "  {:<48} {:>4}",
            truncate(&clean_line(&category.label), 48),
            count
        )?;
    }
    let messages = catalog
        .tools
        .iter()
        .filter(|t| t.family_message.is_some())
        .count();
    writeln!(out, "{}", text::family_message_count(messages))?;
    writeln!(out, "\nProvenance :")?;
    let disagreeing = catalog
        .tools
        .iter()
        .filter(|t| disagreement(t).is_some())
        .count();
    writeln!(out, "  {}", text::check_disagreements(disagreeing))?;
    let needs = catalog.tools.iter().flat_map(|t| &t.needs);
    let (stated, classified) = needs.fold((0, 0), |(s, c), need| {
        if need.is_stated() {
            (s + 1, c)
        } else {
            (s, c + 1)
        }
    });
    writeln!(out, "  {}", text::check_needs(stated, classified))?;
    let dated: usize = catalog
        .tools
        .iter()
        .map(|t| dated_statements(t).len())
        .sum();
    writeln!(out, "  {}", text::check_dated(dated))?;
    writeln!(out, "\n{}", text::CHECK_RULES_HEADING)?;
    for outcome in crate::catalog::rules::check_all(catalog) {
        writeln!(
            out,
            "  {}",
            text::check_rule(
                text::rule_label(outcome.rule),
                outcome.checked,
                outcome.failures.len()
            )
        )?;
        for (key, count) in &outcome.counts {
            writeln!(out, "    {}", text::rule_count(key, *count))?;
        }
        for failure in outcome.failures.iter().take(5) {
            writeln!(out, "    - {}", truncate(&clean_line(failure), 100))?;
        }
    }
    // Local additions and what they replace.
    super::conflicts::report(out, catalog)
}
