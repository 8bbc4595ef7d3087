//! The catalogue's rules, checked over every tool, need and repère (not a
//! few examples): each returns how many things it looked at and what breaks
//! it. The tests assert that nothing does; `repere check` prints the counts
//! so that the next audit starts from them.

use super::model::{Basis, Catalog, Field, Risk, Scope, Tool};
use super::provenance::{
    LevelBasis, dated_guidance, dated_message, dated_statements, disagreement, level_basis,
};

/// The rules, in the order `check` prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A size limit belongs to the services its sentence is about.
    LimitsOnTheirService,
    /// A level weighs every source; different readings are shown.
    LevelsWeighEverySource,
    /// « Doutes » stated by a source and « non évalué » are told apart.
    NotEvaluatedApart,
    /// A vendor's claims are presentation, never precautions or hosting.
    VendorClaimsArePresentation,
    /// ENT features carry the `ent` scope and their ENT.
    EntFeaturesInTheirEnt,
    /// A name claims no wider territory than its source.
    NamesFitTheirTerritory,
    /// With precautions or worse, the institutional tool of the need is offered.
    InstitutionalOffered,
    /// Alternatives ranked by need fit, then level, then territory.
    AlternativesRanked,
    /// Dated wording is found in statements, messages and repères.
    DatedWordingMarked,
    /// Statements not repeated (addresses and titles are checked against the
    /// documents by the quote tests).
    Metadata,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Rule; 10] = [
        Rule::LimitsOnTheirService,
        Rule::LevelsWeighEverySource,
        Rule::NotEvaluatedApart,
        Rule::VendorClaimsArePresentation,
        Rule::EntFeaturesInTheirEnt,
        Rule::NamesFitTheirTerritory,
        Rule::InstitutionalOffered,
        Rule::AlternativesRanked,
        Rule::DatedWordingMarked,
        Rule::Metadata,
    ];
}

/// What one rule found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub rule: Rule,
    /// How many things were looked at.
    pub checked: usize,
    /// What breaks the rule, one line each (ids and quotes, for developers).
    pub failures: Vec<String>,
    /// Counts worth printing (stable keys, worded in `text`).
    pub counts: Vec<(&'static str, usize)>,
}

impl Outcome {
    fn new(rule: Rule) -> Self {
        Self {
            rule,
            checked: 0,
            failures: Vec::new(),
            counts: Vec::new(),
        }
    }
}

fn tally(
    out: &mut Outcome,
    rule: fn(&Catalog, &mut super::rules_alternatives::Tally),
    catalog: &Catalog,
) {
    let mut tally = super::rules_alternatives::Tally::default();
    rule(catalog, &mut tally);
    out.checked = tally.checked;
    out.failures = tally.failures;
}

/// Every rule over the whole catalogue.
pub fn check_all(catalog: &Catalog) -> Vec<Outcome> {
    Rule::ALL.iter().map(|r| check(catalog, *r)).collect()
}

/// One rule over the whole catalogue.
pub fn check(catalog: &Catalog, rule: Rule) -> Outcome {
    let mut out = Outcome::new(rule);
    match rule {
        Rule::LimitsOnTheirService => limits(catalog, &mut out),
        Rule::LevelsWeighEverySource => levels(catalog, &mut out),
        Rule::NotEvaluatedApart => not_evaluated(catalog, &mut out),
        Rule::VendorClaimsArePresentation => vendor_claims(catalog, &mut out),
        Rule::EntFeaturesInTheirEnt => ent_features(catalog, &mut out),
        Rule::NamesFitTheirTerritory => names(catalog, &mut out),
        Rule::InstitutionalOffered => tally(
            &mut out,
            super::rules_alternatives::institutional_offered,
            catalog,
        ),
        Rule::AlternativesRanked => tally(&mut out, super::rules_alternatives::ranked, catalog),
        Rule::DatedWordingMarked => dated(catalog, &mut out),
        Rule::Metadata => metadata(catalog, &mut out),
    }
    out
}

fn limits(catalog: &Catalog, out: &mut Outcome) {
    for need in &catalog.categories {
        for limit in &need.sizes {
            out.checked += 1;
            let about: Vec<&str> = catalog
                .tools_in(&need.id)
                .filter(|t| {
                    t.statements
                        .iter()
                        .any(|s| s.source == limit.source && s.text.contains(&limit.quote))
                })
                .map(|t| t.id.as_str())
                .collect();
            let mut listed: Vec<&str> = limit.tools.iter().map(String::as_str).collect();
            let mut said: Vec<&str> = about.clone();
            listed.sort_unstable();
            said.sort_unstable();
            if !about.is_empty() && listed != said {
                out.failures.push(format!(
                    "{}: \"{}\" is said of {said:?}, attached to {listed:?}",
                    need.id, limit.quote
                ));
            }
        }
    }
}

fn levels(catalog: &Catalog, out: &mut Outcome) {
    let mut disagreeing = 0;
    for tool in &catalog.tools {
        out.checked += 1;
        let evidence = &tool.risk.evidence;
        let strictest = evidence
            .iter()
            .filter(|e| e.basis.is_judgement())
            .map(|e| e.basis.implies())
            .max()
            .unwrap_or(Risk::Doubtful);
        if strictest != tool.risk.level {
            out.failures.push(format!(
                "{}: {:?} but the evidence says {strictest:?}",
                tool.id, tool.risk.level
            ));
        }
        let weighed =
            tool.risk.level != Risk::Institutional || tool.categories.iter().any(|c| c == "ent");
        if weighed {
            for source in &tool.risk.sources {
                if !evidence.iter().any(|e| &e.source == source) {
                    out.failures.push(format!(
                        "{}: source {source} is cited but not weighed",
                        tool.id
                    ));
                }
            }
        }
        // Readings that differ: judgements of another level, or a source
        // that only describes the tool while another judges it.
        let judged_by = |source: &str| {
            evidence
                .iter()
                .any(|e| e.source == source && e.basis.is_judgement())
        };
        let differs = evidence.iter().any(|e| {
            e.basis.implies() != tool.risk.level
                && (e.basis.is_judgement() || !judged_by(&e.source))
        }) && evidence.iter().any(|e| e.basis.is_judgement());
        let shown = disagreement(tool).is_some();
        disagreeing += usize::from(shown);
        if differs != shown {
            out.failures.push(format!(
                "{}: readings differ: {differs}, disagreement shown: {shown}",
                tool.id
            ));
        }
    }
    out.counts.push(("disagreements", disagreeing));
}

fn not_evaluated(catalog: &Catalog, out: &mut Outcome) {
    let (mut stated, mut default) = (0, 0);
    for tool in catalog
        .tools
        .iter()
        .filter(|t| t.risk.level == Risk::Doubtful)
    {
        out.checked += 1;
        match level_basis(tool) {
            LevelBasis::Stated => stated += 1,
            LevelBasis::NotEvaluated => default += 1,
        }
        for e in &tool.risk.evidence {
            let text = e.text.to_lowercase();
            let doubt = text.contains("doute") || text.contains("jamais certain");
            if (e.basis == Basis::Doubts) != doubt && e.basis != Basis::Vigilance {
                out.failures
                    .push(format!("{}: {:?} for \"{}\"", tool.id, e.basis, e.text));
            }
        }
    }
    out.counts.push(("doubts_stated", stated));
    out.counts.push(("not_evaluated", default));
}

/// A vendor's own promise (« respecte le RGDP », « ne communiquent jamais
/// leurs numéros ») without a warning of the document's own.
pub fn is_vendor_claim(text: &str) -> bool {
    let text = text.to_lowercase().replace('’', "'");
    let has = |kind| super::dated::wording(kind).any(|w| text.contains(w));
    has("claim") && !has("caution")
}

fn vendor_claims(catalog: &Catalog, out: &mut Outcome) {
    for tool in &catalog.tools {
        for s in &tool.statements {
            if matches!(s.field, Field::Precautions | Field::Hosting) {
                out.checked += 1;
                if is_vendor_claim(&s.text) {
                    out.failures
                        .push(format!("{}: {:?} \"{}\"", tool.id, s.field, s.text));
                }
            }
        }
    }
}

/// Whether a tool is reached through an ENT (« ENT 1D/2D »).
fn is_ent_feature(tool: &Tool) -> bool {
    tool.statements_of(Field::Access)
        .any(|s| super::dated::wording_raw("ent_access").any(|w| s.text.starts_with(w)))
}

fn ent_features(catalog: &Catalog, out: &mut Outcome) {
    for tool in catalog.tools.iter().filter(|t| is_ent_feature(t)) {
        out.checked += 1;
        let ent: Vec<&str> = tool
            .territory
            .iter()
            .filter(|t| t.scope == Scope::Ent)
            .map(|t| t.code.as_str())
            .collect();
        if ent.is_empty() {
            out.failures.push(format!("{}: no `ent` scope", tool.id));
        }
        if let Some(code) = ent
            .iter()
            .find(|c| !c.is_empty() && !tool.name.contains(*c))
        {
            out.failures.push(format!(
                "{}: ENT {code} not named by the source's row",
                tool.id
            ));
        }
        if tool
            .territory
            .iter()
            .any(|t| t.scope == Scope::Academie && t.code.is_empty())
        {
            out.failures.push(format!(
                "{}: an unnamed academie for an ENT feature",
                tool.id
            ));
        }
    }
}

fn names(catalog: &Catalog, out: &mut Outcome) {
    for tool in &catalog.tools {
        out.checked += 1;
        let named: Vec<String> = tool
            .territory
            .iter()
            .filter_map(|t| match t.scope {
                Scope::Academie if !t.code.is_empty() => Some(t.code.to_lowercase()),
                Scope::Departement => super::territory::academie_of(&t.code).map(str::to_owned),
                _ => None,
            })
            .collect();
        let wide = tool.territory.iter().any(|t| {
            matches!(t.scope, Scope::National | Scope::Open)
                || t.scope == Scope::Academie && t.code.is_empty()
        });
        let name = tool.name.to_lowercase();
        let promises = super::dated::wording("academy_name").any(|w| name.contains(w));
        if promises && !wide && !named.iter().any(|code| name.contains(code)) {
            out.failures.push(format!(
                "{}: \"{}\" for a service of {named:?}",
                tool.id, tool.name
            ));
        }
    }
}

fn dated(catalog: &Catalog, out: &mut Outcome) {
    let statements: usize = catalog
        .tools
        .iter()
        .map(|t| dated_statements(t).len())
        .sum();
    let messages = catalog
        .tools
        .iter()
        .filter(|t| dated_message(catalog, t).is_some())
        .count();
    let guidance = catalog
        .guidance
        .iter()
        .filter(|g| dated_guidance(g).is_some())
        .count();
    out.checked = catalog.tools.len() + catalog.guidance.len();
    out.counts.push(("dated_statements", statements));
    out.counts.push(("dated_messages", messages));
    out.counts.push(("dated_guidance", guidance));
}

fn metadata(catalog: &Catalog, out: &mut Outcome) {
    for tool in &catalog.tools {
        out.checked += 1;
        for (i, s) in tool.statements.iter().enumerate() {
            let repeated = tool.statements[..i]
                .iter()
                .any(|o| o.field == s.field && o.text == s.text && o.source == s.source);
            if repeated {
                out.failures
                    .push(format!("{}: \"{}\" stated twice", tool.id, s.text));
            }
        }
    }
}
