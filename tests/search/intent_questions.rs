//! Questions that ask more than a need: to replace a tool, whether
//! something is allowed, with a constraint, or about a situation. Each
//! fixture's header gives the rules; the answers come from the one
//! ranking (`search::Asked::answer`).

use std::path::PathBuf;

use repere::catalog::Place;
use repere::catalog::Risk;
use repere::search::{Asked, Found};

use crate::need_questions::Searcher;

impl Searcher {
    /// The answer with the flag of the tool to replace.
    fn answers(&self, query: &str) -> Vec<(&str, Option<Risk>, bool)> {
        let asked = Asked {
            catalog: &self.catalog,
            tools: &self.tools,
            guides: &self.guides,
            intents: &self.intents,
            place: &Place::Anywhere,
            bodies: None,
        };
        asked
            .answer(query)
            .into_iter()
            .map(|answer| match answer.found {
                Found::Tool(hit) => {
                    let tool = &self.catalog.tools[hit.index];
                    (tool.id.as_str(), Some(tool.risk.level), answer.replaced)
                }
                Found::Guide(hit) => (
                    self.catalog.guidance[hit.index].id.as_str(),
                    None,
                    answer.replaced,
                ),
            })
            .collect()
    }

    /// What is wrong with the answer to one line of the intents' fixture.
    fn intent_problem(
        &self,
        kind: &str,
        question: &str,
        named: &str,
        ok: &[&str],
    ) -> Option<String> {
        let hits = self.answers(question);
        let top: Vec<&str> = hits.iter().take(6).map(|h| h.0).collect();
        let mut seen = std::collections::HashSet::new();
        if let Some(twice) = hits.iter().find(|h| !seen.insert(h.0)) {
            return Some(format!("« {question} »: {} answered twice", twice.0));
        }
        let suitable_top3 = hits.iter().take(3).any(|h| ok.contains(&h.0));
        let good = match kind {
            "replace" => {
                let named_at: Vec<usize> =
                    (0..hits.len()).filter(|&i| hits[i].0 == named).collect();
                let first_tool = hits.iter().find(|h| h.1.is_some());
                named_at.len() == 1
                    && named_at[0] > 0
                    && hits[named_at[0]].2
                    && first_tool
                        .is_some_and(|h| ok.contains(&h.0) && h.1 <= Some(Risk::Precautions))
                    && suitable_top3
            }
            "permission" if named == "-" => hits.first().is_some_and(|h| ok.contains(&h.0)),
            "permission" => {
                hits.first().is_some_and(|h| h.0 == named)
                    && hits.iter().skip(1).take(3).any(|h| ok.contains(&h.0))
            }
            // The repère of a situation the question also describes may
            // come first: the tools are judged among themselves.
            "constraint" => {
                let tools: Vec<&str> = hits.iter().filter(|h| h.1.is_some()).map(|h| h.0).collect();
                !tools.iter().take(5).any(|id| *id == named)
                    && tools.iter().take(3).any(|id| ok.contains(id))
            }
            "situation" => hits.first().is_some_and(|h| ok.contains(&h.0)),
            // The safer of the tools named first, the other after it.
            "choice" => {
                hits.first().is_some_and(|h| ok.contains(&h.0))
                    && hits.iter().skip(1).take(3).any(|h| h.0 == named)
            }
            other => return Some(format!("« {question} »: unknown kind {other}")),
        };
        (!good).then(|| format!("{kind} « {question} » → {top:?}, expected {named} / {ok:?}"))
    }
}

/// Questions that ask to replace a tool, whether something is allowed,
/// with a constraint, or about a situation (`intent-questions.tsv`).
#[test]
fn questions_are_answered_for_what_they_ask() {
    check_fixture(&Searcher::new(), "intent-questions.tsv");
}

/// The same kinds of questions in other words and about other tools,
/// their answers decided from the sources before running repere
/// (`intent-questions-other.tsv`).
#[test]
fn other_questions_of_the_same_kinds_are_answered() {
    check_fixture(&Searcher::new(), "intent-questions-other.tsv");
}

/// Checks every line of a fixture of intents: at least four questions of
/// each of the four main kinds (choices may come too), and every one
/// answered.
fn check_fixture(s: &Searcher, file: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut problems = Vec::new();
    let mut kinds = std::collections::BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 4, "{file}: bad line {line:?}");
        let ok: Vec<&str> = fields[3].split(',').collect();
        for id in ok.iter().chain((fields[2] != "-").then_some(&fields[2])) {
            let known =
                s.catalog.tool(id).is_some() || s.catalog.guidance.iter().any(|g| g.id == *id);
            assert!(known, "unknown id {id}");
        }
        *kinds.entry(fields[0]).or_insert(0) += 1;
        problems.extend(s.intent_problem(fields[0], fields[1], fields[2], &ok));
    }
    let main_kinds = ["replace", "permission", "constraint", "situation"];
    assert!(
        main_kinds
            .iter()
            .all(|k| kinds.get(k).is_some_and(|&n| n >= 4)),
        "{kinds:?}"
    );
    assert!(
        problems.is_empty(),
        "{file}: {} not answered:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
