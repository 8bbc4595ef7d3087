//! Search ranking on the real embedded catalogue: names typed or heard on
//! the phone find the right tool first; words of the text find tools too,
//! after every name hit.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use repere::catalog::{self, Catalog, Field};
use repere::cli::tool_index;
use repere::search::{Hit, HitKind, SearchIndex, fold_text};

struct Fixture {
    catalog: Catalog,
    index: SearchIndex,
}

impl Fixture {
    fn new() -> Self {
        let catalog = catalog::embedded().unwrap();
        let index = tool_index(&catalog);
        assert_eq!(index.len(), catalog.tools.len());
        Self { catalog, index }
    }

    fn hits(&self, query: &str) -> Vec<Hit> {
        self.index.search(query)
    }

    fn id(&self, hit: &Hit) -> &str {
        &self.catalog.tools[hit.index].id
    }

    fn ids(&self, query: &str) -> Vec<&str> {
        self.hits(query).iter().map(|h| self.id(h)).collect()
    }

    fn first(&self, query: &str) -> Hit {
        self.hits(query)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("« {query} » finds nothing"))
    }

    /// Asserts the first hit is `expected`, with the top three on failure.
    fn assert_first(&self, query: &str, expected: &str) -> Hit {
        assert!(
            self.catalog.tool(expected).is_some(),
            "no tool « {expected} »"
        );
        let ids = self.ids(query);
        assert_eq!(
            ids.first().copied(),
            Some(expected),
            "« {query} »: top hits {:?}",
            &ids[..ids.len().min(3)]
        );
        self.first(query)
    }

    /// The name characters a hit highlights.
    fn highlighted(&self, hit: &Hit, query: &str) -> String {
        let name: Vec<char> = self.catalog.tools[hit.index].name.chars().collect();
        self.positions(hit, query)
            .iter()
            .map(|&i| name[i])
            .collect()
    }

    fn positions(&self, hit: &Hit, query: &str) -> Vec<usize> {
        self.index.name_positions(hit.index, query)
    }
}

#[test]
fn exact_names_come_first() {
    let f = Fixture::new();
    for (query, expected) in [
        ("quiziniere", "quiziniere"),
        ("Quizinière", "quiziniere"),
        ("QUIZINIÈRE", "quiziniere"),
        ("toute mon annee", "toutemonannee"),
        ("Toute mon année", "toutemonannee"),
        ("touteMonAnnée", "toutemonannee"),
        ("padlet", "padlet"),
        ("whatsapp", "whatsapp"),
        ("zoom", "zoom"),
        ("tribu", "tribu"),
    ] {
        let hit = f.assert_first(query, expected);
        assert_eq!(hit.kind, HitKind::Name, "« {query} »");
    }
}

#[test]
fn padlet_highlights_the_whole_name() {
    let f = Fixture::new();
    let hit = f.assert_first("padlet", "padlet");
    assert_eq!(f.catalog.tools[hit.index].name, "Padlet");
    assert_eq!(f.positions(&hit, "padlet"), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(f.highlighted(&hit, "padlet"), "Padlet");
}

#[test]
fn accented_names_highlight_the_accented_characters() {
    let f = Fixture::new();
    let hit = f.assert_first("quiziniere", "quiziniere");
    assert_eq!(f.highlighted(&hit, "quiziniere"), "Quizinière");
    let hit = f.assert_first("toute mon annee", "toutemonannee");
    assert_eq!(f.highlighted(&hit, "toute mon annee"), "TouteMonAnnée");
}

#[test]
fn names_misheard_on_the_phone_are_found_first() {
    let f = Fixture::new();
    for (query, expected) in [
        ("klasroom", "klassroom"),
        ("watsap", "whatsapp"),
        ("beneylou", "beneylu-school"),
        ("zoum", "zoom"),
        ("quizzinière", "quiziniere"),
        ("padlett", "padlet"),
        ("renavizio", "renavisio"),
        ("classdojot", "classdojo"),
    ] {
        let hit = f.assert_first(query, expected);
        assert_ne!(
            hit.kind,
            HitKind::Text,
            "« {query} » found {expected} only through its text"
        );
    }
}

/// "géolocalisation" is written only in precautions (Zoom, WhatsApp): it
/// finds exactly the tools whose text holds it, as text hits.
#[test]
fn a_word_of_the_precautions_finds_tools_through_their_text() {
    let f = Fixture::new();
    let word = "géolocalisation";
    let folded = fold_text(word);
    let mut expected: Vec<&str> = f
        .catalog
        .tools
        .iter()
        .filter(|t| {
            t.statements_of(Field::Precautions)
                .any(|s| fold_text(&s.text).contains(&folded))
        })
        .map(|t| t.id.as_str())
        .collect();
    expected.sort_unstable();
    assert!(expected.contains(&"zoom") && expected.contains(&"whatsapp"));
    // The word is in no name nor alias, and in no other field.
    for tool in &f.catalog.tools {
        assert!(!fold_text(&tool.name).contains(&folded));
        assert!(tool.aliases.iter().all(|a| !fold_text(a).contains(&folded)));
        let elsewhere = tool
            .statements
            .iter()
            .filter(|s| s.field != Field::Precautions)
            .any(|s| fold_text(&s.text).contains(&folded));
        assert!(!elsewhere, "{} has {word} outside precautions", tool.id);
    }

    let hits = f.hits(word);
    assert!(hits.iter().all(|h| h.kind == HitKind::Text));
    assert!(hits.iter().all(|h| f.positions(h, word).is_empty()));
    let mut found: Vec<&str> = hits.iter().map(|h| f.id(h)).collect();
    found.sort_unstable();
    assert_eq!(found, expected);
    // Accents and case do not matter in the text either.
    assert_eq!(f.ids("GEOLOCALISATION"), f.ids(word));
}

/// A word in some names and in many texts: every name hit ranks before
/// every text hit, whatever the scores.
#[test]
fn name_hits_rank_before_text_hits() {
    let f = Fixture::new();
    for query in ["messagerie", "visio", "classe virtuelle", "pad"] {
        let hits = f.hits(query);
        let kinds: Vec<HitKind> = hits.iter().map(|h| h.kind).collect();
        assert!(
            kinds.contains(&HitKind::Name),
            "« {query} »: no name hit in {:?}",
            f.ids(query)
        );
        assert!(
            kinds.contains(&HitKind::Text),
            "« {query} »: no text hit in {:?}",
            f.ids(query)
        );
        let last_name = kinds.iter().rposition(|k| *k != HitKind::Text).unwrap();
        let first_text = kinds.iter().position(|k| *k == HitKind::Text).unwrap();
        assert!(last_name < first_text, "« {query} »: {kinds:?}");
    }
}

const QUERIES: &[&str] = &[
    "padlet",
    "quiziniere",
    "toute mon annee",
    "Quizinière",
    "klasroom",
    "watsap",
    "beneylou",
    "zoum",
    "quizzinière",
    "padlett",
    "géolocalisation",
    "messagerie",
    "classe virtuelle",
    "cned",
    "pad",
    "œ",
    "Écœuré",
    "ent",
    "google",
    "arthur & lila",
    "isis",
    "jitsi",
    "apps education",
    "mot de passe",
];

/// Kinds never go down the list; within a kind, scores never go up.
#[test]
fn results_are_ordered_by_kind_then_score() {
    let f = Fixture::new();
    for query in QUERIES {
        let hits = f.hits(query);
        for pair in hits.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(a.kind <= b.kind, "« {query} »: {a:?} before {b:?}");
            if a.kind == b.kind {
                assert!(a.score >= b.score, "« {query} »: {a:?} before {b:?}");
            }
        }
        let mut indices: Vec<usize> = hits.iter().map(|h| h.index).collect();
        indices.sort_unstable();
        indices.dedup();
        assert_eq!(indices.len(), hits.len(), "« {query} »: a tool twice");
    }
}

/// Positions are sorted, distinct char indices of the name, and each one
/// is a character the query typed (once accents and case are folded). A
/// text hit may still highlight the words that matched the name.
#[test]
fn name_positions_are_valid_char_indices_of_the_name() {
    let f = Fixture::new();
    for query in QUERIES {
        let folded_query = fold_text(query);
        for hit in f.hits(query) {
            let name: Vec<char> = f.catalog.tools[hit.index].name.chars().collect();
            let positions = &f.positions(&hit, query);
            assert!(
                positions.windows(2).all(|w| w[0] < w[1]),
                "« {query} » on {:?}: {positions:?}",
                f.id(&hit)
            );
            for &i in positions {
                assert!(
                    i < name.len(),
                    "« {query} » on {:?}: position {i} out of {} chars",
                    f.id(&hit),
                    name.len()
                );
                let folded = fold_text(&name[i].to_string());
                assert!(
                    folded.chars().all(|c| folded_query.contains(c)),
                    "« {query} » highlights {:?} in {:?}",
                    name[i],
                    f.id(&hit)
                );
            }
        }
    }
}

/// Words are not all required: each finds what it can, the document
/// holding more of them first. A tool's name in the question still puts
/// that tool first, even beside a word only its text has.
#[test]
fn words_are_not_all_required() {
    let f = Fixture::new();
    let both = f.ids("zoom whatsapp");
    assert!(
        both[..2].contains(&"zoom") && both[..2].contains(&"whatsapp"),
        "{both:?}"
    );
    let mixed = f.hits("zoom géolocalisation");
    assert_eq!(f.id(&mixed[0]), "zoom");
    assert_eq!(mixed[0].kind, HitKind::Text);
    assert_eq!(f.highlighted(&mixed[0], "zoom géolocalisation"), "Zoom");
    // A word no tool has does not empty the list.
    let visio = f.ids("faire une visio avec mes élèves");
    assert!(!visio.is_empty());
    let safe = f.catalog.tool(visio[0]).unwrap().risk.level;
    assert!(safe <= repere::catalog::Risk::Precautions, "{visio:?}");
}

/// Word forms are folded: plural and singular find the same best tools,
/// in the same order ("vidéo" also finds "vidéoconférence" in the text,
/// further down, as a piece of a word).
#[test]
fn plural_and_singular_find_the_same_best_tools() {
    let f = Fixture::new();
    for (plural, singular) in [
        ("mots de passe", "mot de passe"),
        ("fichiers volumineux", "fichier volumineux"),
        ("vidéos", "vidéo"),
        ("exercices en ligne", "exercice en ligne"),
    ] {
        let (a, b) = (f.ids(plural), f.ids(singular));
        assert!(a.len() >= 5, "« {plural} » finds {a:?}");
        assert_eq!(a[..5], b[..5], "« {plural} » / « {singular} »");
    }
}

/// The cheap tests that skip documents (character classes, letter
/// sequences, the word index) change no result: the same search reading
/// every document gives the same hits, in the same order, with the same
/// scores, on the bundled catalogue and on a synthetic one.
#[test]
fn prefilters_change_no_result() {
    let bundled = catalog::embedded().unwrap();
    let mut synthetic = bundled.clone();
    synthetic.tools = repere::synth::tools(&bundled, 2_000, 11);
    let fixtures = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/phone-questions.tsv"),
    )
    .unwrap();
    let questions: Vec<&str> = fixtures
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(1))
        .collect();
    let mut queries: Vec<String> = QUERIES.iter().map(|q| (*q).to_owned()).collect();
    queries.extend(questions.iter().map(|q| (*q).to_owned()));
    queries.extend(
        [
            "p",
            "P",
            "e",
            "é",
            "z",
            "3",
            ".",
            "pa",
            "pad",
            "padl",
            "padle",
            "visioconf",
            "200 Mo",
            "plus de 5 Mo",
            "colaboratif",
        ]
        .map(str::to_owned),
    );
    let mut compared = 0;
    for catalog in [&bundled, &synthetic] {
        let tools = tool_index(catalog);
        let guides = repere::search::guidance_index(catalog);
        for query in &queries {
            for index in [&tools, &guides] {
                let fast = index.search(query);
                assert_eq!(fast, index.search_unfiltered(query), "« {query} »");
                compared += fast.len();
            }
        }
    }
    assert!(compared > 10_000, "{compared}");
}

#[test]
fn nonsense_and_empty_queries_find_nothing() {
    let f = Fixture::new();
    for query in ["xqzwvkj", "zzzzqqqq wwwxx", "", "   ", "\t\n"] {
        assert!(f.hits(query).is_empty(), "« {query} »: {:?}", f.ids(query));
    }
}

#[test]
fn every_tool_is_found_first_by_its_own_name() {
    let f = Fixture::new();
    let mut failures = Vec::new();
    for tool in &f.catalog.tools {
        let hits = f.hits(&tool.name);
        let first = hits.first().map(|h| f.id(h));
        if first != Some(tool.id.as_str()) {
            failures.push(format!("{:?} -> {:?}", tool.name, first));
        } else if hits[0].kind != HitKind::Name {
            failures.push(format!("{:?} found as {:?}", tool.name, hits[0].kind));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
