//! The catalogue's rules, checked over every tool (not a few examples):
//! levels follow what the documents say, every need and level rests on a
//! quote or a stated reason, territories and alternatives fit the need,
//! statements sit in the field they answer. Quotes themselves are checked
//! against the documents by tests/sources.rs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use repere::catalog::provenance::{YearMonth, disagreement, tool_ages};
use repere::catalog::{Basis, Catalog, Field, Risk, Scope, Tool, embedded};

fn catalog() -> Catalog {
    embedded().unwrap()
}

/// Every tool for which `bad` says something, listed in the failure.
fn assert_none(what: &str, catalog: &Catalog, mut bad: impl FnMut(&Tool) -> Option<String>) {
    let problems: Vec<String> = catalog
        .tools
        .iter()
        .filter_map(|t| bad(t).map(|why| format!("{}: {why}", t.id)))
        .collect();
    assert!(problems.is_empty(), "{what}:\n{}", problems.join("\n"));
}

#[test]
fn forbidden_only_where_a_document_says_to_proscribe() {
    let catalog = catalog();
    let proscribe = catalog
        .guidance
        .iter()
        .find(|g| g.id == "services-a-proscrire")
        .unwrap();
    assert!(proscribe.items[0].text.contains("à proscrire"));
    let listed: Vec<&str> = proscribe.items.iter().map(|i| i.text.as_str()).collect();
    assert_none("forbidden without proscription", &catalog, |t| {
        let quoted: Vec<&str> = t
            .risk
            .evidence
            .iter()
            .filter(|e| e.basis == Basis::Proscribe)
            .map(|e| e.text.as_str())
            .collect();
        let forbidden = t.risk.level == Risk::Forbidden;
        if forbidden == quoted.is_empty() {
            return Some(format!("{:?} with proscriptions {quoted:?}", t.risk.level));
        }
        quoted
            .iter()
            .find(|q| !listed.contains(q))
            .map(|q| format!("« {q} » is not in the list of services to proscribe"))
    });
    // The guidance and the levels agree: one forbidden tool per listed name.
    let forbidden = catalog
        .tools
        .iter()
        .filter(|t| t.risk.level == Risk::Forbidden)
        .count();
    assert_eq!(
        forbidden,
        listed.len() - 1,
        "one tool per name after the heading"
    );
    for id in ["facebook", "twitter", "snapchat"] {
        assert_eq!(catalog.tool(id).unwrap().risk.level, Risk::Doubtful, "{id}");
    }
}

#[test]
fn every_level_is_the_strictest_of_its_quoted_judgements() {
    assert_none("level and evidence disagree", &catalog(), |t| {
        if t.risk.evidence.is_empty() {
            return Some("no evidence".into());
        }
        let strictest = t
            .risk
            .evidence
            .iter()
            .filter(|e| e.basis.is_judgement())
            .map(|e| e.basis.implies())
            .max()
            // Described without evaluation: doubts remain.
            .unwrap_or(Risk::Doubtful);
        (strictest != t.risk.level)
            .then(|| format!("{:?} but evidence says {strictest:?}", t.risk.level))
    });
}

#[test]
fn each_kind_of_judgement_is_worded_so_in_its_quote() {
    assert_none("evidence not worded as its kind", &catalog(), |t| {
        t.risk.evidence.iter().find_map(|e| {
            let text = e.text.to_lowercase();
            let words: &[&str] = match e.basis {
                // The list's heading, or its item « Zoom : … ».
                Basis::Proscribe if text.starts_with(&t.id) => &[" :", "\u{a0}:"],
                Basis::Proscribe => &["à proscrire"],
                Basis::Avoid => &["évite"],
                Basis::Doubts => &["doute", "jamais certain"],
                Basis::NoGuarantee => &["aucune garantie"],
                Basis::Precautions => &[
                    "ne pas",
                    "veiller",
                    "obtention",
                    "précaution",
                    "paramétr",
                    "restreindre",
                    "cadre légal",
                    "anonyme",
                ],
                Basis::Institutional => &[
                    "réalisées par",
                    "rectorat",
                    "académi",
                    "outil national",
                    "cned",
                    "professionnelle",
                    "institutionnelle",
                    "grenoble",
                    "ac-grenoble",
                    "webecole",
                    "ministère",
                ],
                Basis::Vigilance | Basis::NotEvaluated => &[""],
            };
            (!words.iter().any(|w| text.contains(w)))
                .then(|| format!("{:?}: « {} »", e.basis, e.text))
        })
    });
}

#[test]
fn disagreements_say_which_level_was_kept_and_rationales_name_every_source() {
    let catalog = catalog();
    let names = |id: &str| -> &[&str] {
        match id {
            "dsden74-2020" => &["DSDEN 74"],
            "men-2020" => &["ministère"],
            "fwb-2019" => &["FWB"],
            "poitiers-2020" => &["Poitiers"],
            _ => &["académi"],
        }
    };
    assert_none("rationale", &catalog, |t| {
        if disagreement(t).is_some() && !t.risk.rationale.contains("retenu") {
            return Some("sources disagree but the rationale does not say what was kept".into());
        }
        let cited: HashSet<&str> = t.statements.iter().map(|s| s.source.as_str()).collect();
        cited.into_iter().find_map(|id| {
            let stated = names(id).iter().any(|n| t.risk.rationale.contains(n));
            (!stated || !t.risk.sources.iter().any(|s| s == id))
                .then(|| format!("rationale does not state source {id}"))
        })
    });
    let disagreeing = catalog
        .tools
        .iter()
        .filter(|t| disagreement(t).is_some())
        .count();
    assert!(disagreeing >= 3, "{disagreeing}");
    assert!(disagreement(catalog.tool("facebook").unwrap()).is_some());
}

#[test]
fn every_need_cites_a_statement_or_gives_repere_reason() {
    let catalog = catalog();
    assert_none("need without basis", &catalog, |t| {
        let covered: Vec<&str> = t.needs.iter().map(|n| n.category.as_str()).collect();
        if covered.len() != t.categories.len()
            || t.categories.iter().any(|c| !covered.contains(&c.as_str()))
        {
            return Some(format!(
                "needs {covered:?} for categories {:?}",
                t.categories
            ));
        }
        t.needs.iter().find_map(|n| match &n.reason {
            Some(r) if !r.starts_with("Classement de Repère") => Some(format!("reason « {r} »")),
            _ => None,
        })
    });
    let classified = catalog
        .tools
        .iter()
        .flat_map(|t| &t.needs)
        .filter(|n| !n.is_stated())
        .count();
    assert!(classified > 0 && classified < 40, "{classified}");
}

#[test]
fn derived_messages_follow_their_source_instruction() {
    let catalog = catalog();
    let mut derived = 0;
    assert_none("derived message", &catalog, |t| {
        if t.statements_of(Field::FamilyInfo)
            .any(|s| s.text.contains("ci-dessus"))
        {
            return Some("an instruction refers to a message above that is not built".into());
        }
        let message = t.family_message.as_ref()?;
        let how = message.derived.as_ref()?;
        derived += 1;
        let from = catalog.tool(&how.from)?.family_message.as_ref()?;
        (!from.text.contains(&how.replace) || how.apply(&from.text) != message.text)
            .then(|| "not the other message with the name changed".into())
    });
    assert!(derived >= 1);
    let one = catalog
        .tool("one")
        .unwrap()
        .family_message
        .as_ref()
        .unwrap();
    assert!(one.text.contains("sur le site de ONE") && !one.text.contains("Beneylu"));
}

#[test]
fn every_tool_says_where_it_is_available_and_no_entry_mixes_academies() {
    assert_none("territory", &catalog(), |t| {
        if t.territory.is_empty() {
            return Some("no territory".into());
        }
        let academies: HashSet<&str> = t
            .territory
            .iter()
            .filter(|x| x.scope == Scope::Academie && !x.code.is_empty())
            .map(|x| x.code.as_str())
            .collect();
        if academies.len() > 1 {
            return Some(format!("mixes académies {academies:?}"));
        }
        t.url
            .as_ref()
            .filter(|u| u.contains(['{', '[', ' ']))
            .map(|u| format!("url with a blank: {u}"))
    });
}

#[test]
fn alternatives_fit_the_need_and_are_never_riskier() {
    let catalog = catalog();
    let firsts: &[(&str, &[&str])] = &[
        (
            "messagerie-instantanee",
            &["ent-messagerie", "ent-carnet-liaison", "listes-diffusion"],
        ),
        (
            "reseaux-sociaux",
            &[
                "site-ecole",
                "sites-ecoles-poitiers",
                "blog-academique",
                "ent-blog",
            ],
        ),
        (
            "visioconference",
            &[
                "cned-classe-virtuelle",
                "big-blue-button",
                "web-conference-ode",
                "via",
                "rendez-vous",
                "renavisio",
            ],
        ),
    ];
    assert_none("alternative", &catalog, |t| {
        let alternatives = catalog.alternatives(t);
        if let Some(riskier) = alternatives.iter().find(|a| a.risk.level > t.risk.level) {
            return Some(format!("{} is riskier", riskier.id));
        }
        let first = alternatives.first()?;
        firsts
            .iter()
            .find(|(need, _)| t.categories.first().is_some_and(|c| c == need))
            .filter(|(_, good)| !good.contains(&first.id.as_str()))
            .map(|(need, _)| format!("first alternative {} for need {need}", first.id))
    });
    for office in ["g-suite", "office-365"] {
        let ids: Vec<&str> = catalog
            .alternatives(catalog.tool(office).unwrap())
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(&ids[..2], ["apps-education", "cryptpad"], "{office}");
    }
}

#[test]
fn summaries_describe_and_statements_answer_their_field() {
    assert_none("field hygiene", &catalog(), |t| {
        let summary = t.summary.as_str();
        let heading = summary.starts_with("Autres ") || summary.starts_with("Outil");
        let described = summary.is_empty()
            || t.statements.iter().any(|s| {
                !matches!(s.field, Field::Precautions | Field::Limits) && s.text.contains(summary)
            });
        if heading || !described {
            return Some(format!("summary « {summary} »"));
        }
        let hosting = [
            "rectorat",
            "serveur",
            "héberg",
            "etats-unis",
            "états-unis",
            "européens",
            "saas",
            "aws",
        ];
        let time = ["minute", "jour", "Déjà", "délai", "heure"];
        t.statements.iter().find_map(|s| {
            let fits = match s.field {
                Field::Hosting => hosting.iter().any(|w| s.text.to_lowercase().contains(w)),
                Field::AccountTime => time.iter().any(|w| s.text.contains(w)),
                Field::Precautions => !s.text.starts_with("Cette liste est purement informative"),
                _ => true,
            };
            (!fits).then(|| format!("{:?}: « {} »", s.field, s.text))
        })
    });
}

#[test]
fn sources_are_dated_and_state_their_own_standing_once() {
    let catalog = catalog();
    for source in &catalog.sources {
        assert!(source.published.is_some(), "{}", source.id);
    }
    let fwb = catalog.source("fwb-2019").unwrap();
    assert!(
        fwb.note
            .as_ref()
            .unwrap()
            .text
            .starts_with("Cette liste est purement informative")
    );
    let today = YearMonth {
        year: 2026,
        month: 11,
    };
    let ages = tool_ages(&catalog, catalog.tool("google-classroom").unwrap(), today);
    assert_eq!(ages.len(), 1);
    assert_eq!((ages[0].date.as_str(), ages[0].years), ("mars 2020", 6));
    let used: HashSet<&str> = catalog
        .tools
        .iter()
        .filter_map(|t| t.family_message.as_ref())
        .flat_map(|m| repere::catalog::placeholder_keys(&m.text))
        .collect();
    for def in &catalog.placeholders {
        assert!(
            used.contains(def.key.as_str()),
            "unused placeholder {}",
            def.key
        );
    }
    let questions = catalog
        .guidance
        .iter()
        .find(|g| g.id == "fwb-questions-sous-traitant")
        .unwrap();
    assert!(
        questions
            .items
            .iter()
            .all(|i| !i.text.starts_with("Art.") && !i.text.starts_with('§'))
    );
}
