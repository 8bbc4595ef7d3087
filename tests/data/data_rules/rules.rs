//! One test per rule of `catalog::rules`, over the whole catalogue: the
//! rule holds, and the defects it was written for stay fixed.

use repere::catalog::provenance::{
    LevelBasis, YearMonth, dated_guidance, dated_message, dated_statements, disagreement,
    level_basis,
};
use repere::catalog::rules::{Rule, check};
use repere::catalog::{Catalog, Field, Place, Risk, Scope};

use super::catalog;

/// The rule holds over the whole catalogue and looked at something.
fn holds(catalog: &Catalog, rule: Rule) -> repere::catalog::rules::Outcome {
    let outcome = check(catalog, rule);
    assert!(outcome.checked > 0, "{rule:?} checked nothing");
    assert!(
        outcome.failures.is_empty(),
        "{rule:?}:\n{}",
        outcome.failures.join("\n")
    );
    outcome
}

#[test]
fn rule_a_limit_belongs_to_the_service_its_sentence_is_about() {
    let catalog = catalog();
    holds(&catalog, Rule::LimitsOnTheirService);
    let mail = catalog
        .categories
        .iter()
        .find(|c| c.id == "mail-5mo")
        .unwrap();
    let seven = mail.sizes.iter().find(|l| l.quote.contains("7Mo")).unwrap();
    assert_eq!(seven.tools, ["messagerie-academique-poitiers"]);
    // A 6 Mo attachment: the Poitiers mailbox, never the Grenoble webmail.
    let index = repere::cli::tool_index(&catalog);
    let found: Vec<&str> = index
        .search("envoyer une pièce jointe de 6 Mo par mail")
        .iter()
        .map(|hit| catalog.tools[hit.index].id.as_str())
        .collect();
    assert!(
        found.contains(&"messagerie-academique-poitiers"),
        "{found:?}"
    );
    assert!(!found.contains(&"messagerie-academique"), "{found:?}");
}

#[test]
fn rule_a_level_weighs_every_source_and_shows_their_disagreement() {
    let catalog = catalog();
    let outcome = holds(&catalog, Rule::LevelsWeighEverySource);
    assert!(
        outcome.counts.contains(&("disagreements", 7)),
        "{outcome:?}"
    );
    for (id, other) in [
        ("one", "poitiers-2020"),
        ("beneylu-school", "poitiers-2020"),
    ] {
        let tool = catalog.tool(id).unwrap();
        let shown = disagreement(tool).unwrap();
        let sources: Vec<&str> = shown.others.iter().map(|e| e.source.as_str()).collect();
        assert!(
            sources.contains(&other) && sources.contains(&"fwb-2019"),
            "{id}: {sources:?}"
        );
    }
    let klassroom = disagreement(catalog.tool("klassroom").unwrap()).unwrap();
    assert_eq!(klassroom.others[0].source, "men-2020");
}

#[test]
fn rule_not_evaluated_is_told_apart_from_doubts_on_the_card_and_in_json() {
    let catalog = catalog();
    let outcome = holds(&catalog, Rule::NotEvaluatedApart);
    assert!(outcome.counts.iter().all(|(_, n)| *n > 0), "{outcome:?}");
    let context = repere::card::Context {
        place: Place::Anywhere,
        today: YearMonth {
            year: 2026,
            month: 3,
        },
    };
    let render = |id: &str| {
        let tool = catalog.tool(id).unwrap();
        let card = repere::card::tool(&catalog, tool, &catalog.alternatives(tool), &context);
        repere::card::plain::render(&card, repere::card::plain::Target::Width(100))
    };
    for id in [
        "tixeo",
        "jitsi",
        "livestorm",
        "tactileo",
        "learningapps",
        "labomep",
        "framasoft",
    ] {
        assert_eq!(
            level_basis(catalog.tool(id).unwrap()),
            LevelBasis::NotEvaluated,
            "{id}"
        );
        assert!(
            render(id).contains("Doutes / à étudier — non évalué par les sources"),
            "{id}"
        );
    }
    for id in ["microsoft-teams", "google-classroom"] {
        assert_eq!(
            level_basis(catalog.tool(id).unwrap()),
            LevelBasis::Stated,
            "{id}"
        );
        assert!(!render(id).contains("non évalué"), "{id}");
    }
}

#[test]
fn rule_vendor_claims_are_presentation_never_precautions() {
    let catalog = catalog();
    holds(&catalog, Rule::VendorClaimsArePresentation);
    let classroom = catalog.tool("classroom-fr").unwrap();
    assert!(classroom.statements_of(Field::Description).any(|s| {
        s.text
            .starts_with("Parents et professeurs ne communiquent jamais")
    }));
    assert!(repere::catalog::rules::is_vendor_claim(
        "Ce produit français respecte le RGDP et les règlements européens"
    ));
    assert!(!repere::catalog::rules::is_vendor_claim(
        "Certains sont en Europe et les règles européennes sont respectées mais on n'est jamais certain"
    ));
}

#[test]
fn rule_ent_features_carry_the_ent_scope_and_their_ent() {
    let catalog = catalog();
    holds(&catalog, Rule::EntFeaturesInTheirEnt);
    let formulaire = catalog.tool("ent-formulaire").unwrap();
    assert!(
        formulaire
            .territory
            .iter()
            .any(|t| t.scope == Scope::Ent && t.code == "SN62")
    );
    // A 74 school is not told Formulaire (SN62) is available there.
    let haute_savoie = Place::parse("74").unwrap();
    assert_ne!(
        repere::catalog::territory::availability(formulaire, &haute_savoie),
        repere::catalog::Availability::Available
    );
}

#[test]
fn rule_names_claim_no_wider_territory_than_their_source() {
    let catalog = catalog();
    holds(&catalog, Rule::NamesFitTheirTerritory);
    assert!(
        catalog
            .tool("listes-diffusion")
            .unwrap()
            .name
            .contains("Grenoble")
    );
    let pronote = catalog.tool("pronote").unwrap();
    assert!(pronote.territory.iter().any(|t| t.scope == Scope::Open));
    // The sheet names EDT-be (searchable) but its link is not Pronote's.
    assert!(pronote.url.is_none());
}

#[test]
fn rule_tools_with_precautions_or_worse_offer_the_institutional_tool_of_their_need() {
    let catalog = catalog();
    holds(&catalog, Rule::InstitutionalOffered);
    for id in [
        "toutemonannee",
        "quiziniere",
        "rallye-lecture",
        "ma-classe-numerique",
        "kwartz",
    ] {
        let tool = catalog.tool(id).unwrap();
        assert!(
            catalog
                .alternatives(tool)
                .iter()
                .any(|a| a.risk.level == Risk::Institutional),
            "{id}"
        );
    }
}

#[test]
fn rule_alternatives_are_ranked_by_need_then_level_then_territory() {
    let catalog = catalog();
    holds(&catalog, Rule::AlternativesRanked);
    let classroom = catalog.tool("google-classroom").unwrap();
    for place in ["74", "86"] {
        let found = catalog.alternatives_in(classroom, &Place::parse(place).unwrap());
        assert!(
            found[0].categories.iter().any(|c| c == "travaux-eleves"),
            "{place}: {}",
            found[0].id
        );
        assert_eq!(found[0].risk.level, Risk::Institutional);
    }
    for id in ["klassroom", "whatsapp", "discord"] {
        let first = catalog.alternatives(catalog.tool(id).unwrap())[0];
        assert_ne!(first.id, "listes-diffusion", "{id}");
    }
}

#[test]
fn rule_dated_wording_is_found_in_statements_messages_territories_and_repere_items() {
    let catalog = catalog();
    let outcome = holds(&catalog, Rule::DatedWordingMarked);
    for id in [
        "beneylu-school",
        "one",
        "cned-classe-virtuelle",
        "site-ecole",
        "tribu",
    ] {
        assert!(
            dated_message(&catalog, catalog.tool(id).unwrap()).is_some(),
            "{id}"
        );
    }
    assert!(dated_message(&catalog, catalog.tool("listes-diffusion").unwrap()).is_none());
    let zoom = dated_statements(catalog.tool("zoom").unwrap());
    assert!(zoom.iter().any(|d| d.text.contains("crise du COVID19")));
    let filesender = dated_statements(catalog.tool("filesender").unwrap());
    assert!(
        filesender
            .iter()
            .any(|d| d.text.contains("Pour le temps du confinement"))
    );
    let law = catalog
        .guidance
        .iter()
        .find(|g| g.id == "fwb-loi-1992-extraits")
        .unwrap();
    assert!(dated_guidance(law).is_some());
    assert!(
        outcome.counts.contains(&("dated_messages", 5)),
        "{outcome:?}"
    );
}

#[test]
fn rule_metadata_no_statement_is_repeated() {
    let catalog = catalog();
    holds(&catalog, Rule::Metadata);
    let bbb = catalog.tool("big-blue-button").unwrap();
    assert_eq!(bbb.statements_of(Field::Advantages).count(), 1);
}
