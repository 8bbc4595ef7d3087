//! The adviser's own layer, kept apart from what the sources say: dated
//! notes on tools, family messages written locally, and evaluations of
//! tools the sources do not list. It lives in the `local` section of a
//! catalogue file (the overlay in the user's data folder, or a colleague's
//! file given with `--data`), loaded and validated like the rest.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::risk::Risk;

/// The id of the source every locally evaluated tool cites.
pub const LOCAL_SOURCE_ID: &str = "evaluation-locale";

/// Everything the adviser added. Empty in the bundled catalogue.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LocalLayer {
    /// Dated notes on tools ("Service fermé", "vu avec le DPD le…").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<LocalNote>,
    /// Family messages written by the adviser for tools without one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<LocalMessage>,
    /// Evaluations of tools the sources do not list (the tool itself is in `tools`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluations: Vec<Evaluation>,
    /// Passages of documents (bundled or added with `repere source add`)
    /// the adviser quotes about a tool, each checked in its document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<LocalCitation>,
}

/// A passage of a document quoted by the adviser about a tool.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LocalCitation {
    /// Id of the tool it is about.
    pub tool: String,
    /// The passage, word for word.
    pub text: String,
    /// Id of the document.
    pub source: String,
    /// Where in the document (page, section).
    #[serde(default)]
    pub loc: String,
    /// Who quoted it.
    pub author: String,
    /// When, as `AAAA-MM-JJ`.
    pub date: String,
}

impl LocalLayer {
    /// Whether nothing was added (then the section is not written).
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
            && self.messages.is_empty()
            && self.evaluations.is_empty()
            && self.citations.is_empty()
    }

    /// The notes on one tool, oldest first.
    pub fn notes_of<'a>(&'a self, tool: &'a str) -> impl Iterator<Item = &'a LocalNote> + 'a {
        self.notes.iter().filter(move |n| n.tool == tool)
    }

    /// The locally written family message of a tool.
    pub fn message_of(&self, tool: &str) -> Option<&LocalMessage> {
        self.messages.iter().find(|m| m.tool == tool)
    }

    /// The evaluation that created a tool, if it was evaluated locally.
    pub fn evaluation_of(&self, tool: &str) -> Option<&Evaluation> {
        self.evaluations.iter().find(|e| e.tool == tool)
    }

    /// Merges a later layer. Notes of every layer are kept: only the same
    /// note again (same id and author, a file re-exported) replaces
    /// itself; two advisers' notes never hide each other, whatever their
    /// ids. Same tool's message or evaluation → the later one wins.
    pub fn merge(&mut self, later: LocalLayer) {
        // By position, so that merging 20,000 notes stays linear.
        let mut at: std::collections::HashMap<(String, String), usize> = self
            .notes
            .iter()
            .enumerate()
            .map(|(i, n)| ((n.id.clone(), n.author.clone()), i))
            .collect();
        for note in later.notes {
            match at.get(&(note.id.clone(), note.author.clone())) {
                Some(&i) => self.notes[i] = note,
                None => {
                    at.insert((note.id.clone(), note.author.clone()), self.notes.len());
                    self.notes.push(note);
                }
            }
        }
        for message in later.messages {
            self.messages.retain(|m| m.tool != message.tool);
            self.messages.push(message);
        }
        for citation in later.citations {
            if !self.citations.contains(&citation) {
                self.citations.push(citation);
            }
        }
        for evaluation in later.evaluations {
            self.evaluations.retain(|e| e.tool != evaluation.tool);
            self.evaluations.push(evaluation);
        }
    }
}

/// A dated note on a tool.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LocalNote {
    /// Unique id (tool id, date and 64 random bits; older files have a
    /// counter), so notes of advisers on other machines never collide.
    pub id: String,
    /// Id of the tool it is about.
    pub tool: String,
    /// The note.
    pub text: String,
    /// Who wrote it.
    pub author: String,
    /// When, as `AAAA-MM-JJ`.
    pub date: String,
}

/// A family message written locally (never shown as a source's).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LocalMessage {
    /// Id of the tool.
    pub tool: String,
    /// The message, blanks written `{key}` with keys declared in `placeholders`.
    pub text: String,
    /// Who wrote it.
    pub author: String,
    /// When, as `AAAA-MM-JJ`.
    pub date: String,
}

/// One answer of the checklist.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Id of the question (see `repere evaluate --questions`).
    pub question: String,
    /// The answer's id (`oui`, `non`, `ue`, `hors-ue`, `inconnu`…).
    pub answer: String,
}

/// The evaluation of a tool the sources do not list.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// Id of the tool created by the evaluation.
    pub tool: String,
    /// Who evaluated it.
    pub author: String,
    /// When, as `AAAA-MM-JJ`.
    pub date: String,
    /// The checklist's answers.
    pub answers: Vec<Answer>,
    /// The level the rules proposed.
    pub proposed: Risk,
    /// The rule that produced it, in French.
    pub rule: String,
    /// Why the adviser chose another level than the proposed one (empty if confirmed).
    #[serde(default)]
    pub reason: String,
}

/// `2026-03-12` → `12/03/2026`; anything else unchanged.
pub fn french_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [year, month, day] => format!("{day}/{month}/{year}"),
        _ => iso.to_owned(),
    }
}
