//! The checklist for a tool the sources do not list. Every question is one
//! of the sources' own criteria, quoted, and the proposed level comes from a
//! rule that names the criterion it rests on. Nothing here is invented: the
//! quotes are checked against the seed documents by
//! `tests/files/local_layer.rs`. The questions live in `data/checklist.json`
//! (quotes of the sources belong with the data), embedded and read once.

use std::ops::Deref;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::catalog::{Field, Risk};
use crate::text::checklist as words;

/// One possible answer to a question.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Choice {
    /// Stable id typed or written in the answers file.
    pub id: &'static str,
    /// French label.
    pub label: &'static str,
    /// What this answer does to the proposed level.
    pub effect: Effect,
}

/// What an answer implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The criterion is met.
    Met,
    /// The criterion is not met: the source's words become a precaution.
    Precaution,
    /// The criterion is not met or unknown: doubts remain, study needed.
    Doubt,
}

/// A question of the checklist.
#[derive(Debug, Clone, Deserialize)]
pub struct Question {
    /// Stable id.
    pub id: &'static str,
    /// The question asked, in French.
    pub ask: &'static str,
    /// The source's own words the question comes from.
    pub quote: &'static str,
    /// Id of the source document.
    pub source: &'static str,
    /// Where in the document.
    pub loc: &'static str,
    /// Where the answer is shown on the tool's card.
    pub field: Field,
    /// The possible answers, the first being the one that meets the criterion.
    pub choices: Vec<Choice>,
}

/// The checklist as written in `data/`. Its strings are borrowed from the
/// embedded text, so they stay `&'static str` like the rest of the program's
/// words (the file therefore has no escaped characters).
const CHECKLIST_JSON: &str = include_str!("../../data/checklist.json");

/// Read on first use. The file is embedded, and a unit test reads it, so a
/// build whose checklist does not parse never ships; the empty list is the
/// fallback that cannot be reached.
static PARSED: LazyLock<Vec<Question>> =
    LazyLock::new(|| serde_json::from_str(CHECKLIST_JSON).unwrap_or_default());

/// The questions, in the order they are asked: iterate it (`for q in
/// &QUESTIONS`, `QUESTIONS.iter()`) or read it as a slice (`QUESTIONS.len()`).
#[derive(Debug, Clone, Copy)]
pub struct Questions;

pub const QUESTIONS: Questions = Questions;

impl Questions {
    /// Every question, for as long as the program runs.
    pub fn all(self) -> &'static [Question] {
        PARSED.as_slice()
    }

    /// One value per question, in order.
    pub fn map<T>(self, f: impl FnMut(&'static Question) -> T) -> Vec<T> {
        self.all().iter().map(f).collect()
    }
}

impl Deref for Questions {
    type Target = [Question];

    fn deref(&self) -> &[Question] {
        self.all()
    }
}

impl IntoIterator for Questions {
    type Item = &'static Question;
    type IntoIter = std::slice::Iter<'static, Question>;

    fn into_iter(self) -> Self::IntoIter {
        self.all().iter()
    }
}

impl IntoIterator for &Questions {
    type Item = &'static Question;
    type IntoIter = std::slice::Iter<'static, Question>;

    fn into_iter(self) -> Self::IntoIter {
        self.all().iter()
    }
}

/// A question by id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.all().iter().find(|q| q.id == id)
}

/// A choice of a question by id.
pub fn choice(question: &'static Question, id: &str) -> Option<&'static Choice> {
    question.choices.iter().find(|c| c.id == id)
}

/// The level the answers lead to, and the rule that produced it (French).
///
/// Any criterion not met or unknown that the sources treat as blocking
/// (servers, who handles the data, the link rules, published personal data,
/// the Poitiers principles) gives « Doutes / à étudier », as the Ministry
/// does for services « pour lesquelles subsistent des doutes ». Otherwise the
/// tool is usable with the precautions the answers bring. The checklist
/// never proposes « Institutionnel » (that depends on who carries the GDPR
/// formalities) nor « Proscrit »: the adviser may choose them, with a reason.
pub fn propose(answers: &[(&'static Question, &'static Choice)]) -> (Risk, String) {
    let doubts: Vec<String> = answers
        .iter()
        .filter(|(_, c)| c.effect == Effect::Doubt)
        .map(|(q, c)| words::doubt(q.ask, c.label))
        .collect();
    if doubts.is_empty() {
        (Risk::Precautions, words::NOTHING_MISSING.to_owned())
    } else {
        (Risk::Doubtful, words::doubtful(&doubts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_checklist_parses_with_every_question() {
        let parsed: Vec<Question> = serde_json::from_str(CHECKLIST_JSON)
            .unwrap_or_else(|e| panic!("data/checklist.json: {e}"));
        assert_eq!(parsed.len(), 11);
        assert_eq!(QUESTIONS.len(), parsed.len());
        assert!(QUESTIONS.iter().all(|q| !q.choices.is_empty()));
        assert_eq!(QUESTIONS[0].id, "serveurs");
        assert_eq!(QUESTIONS[0].field, Field::Hosting);
        let link = question("lien").and_then(|q| choice(q, "sans-lien"));
        assert_eq!(link.map(|c| c.effect), Some(Effect::Met));
    }
}
