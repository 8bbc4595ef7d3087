//! What a question asks, as data (`data/intents.json`): the words that say
//! a teacher wants to replace a tool, asks whether something is allowed,
//! excludes something, states a constraint, or describes a situation a
//! repère answers. Each list gives the sources' words first and everyday
//! words after. Validated at load: no empty word, every repère named
//! exists (checked against the catalogue by [`Intents::check_guidance`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::model::Catalog;

/// What is wrong with a vocabulary, and where (the file and the entry).
/// Said in French by `text` (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntentError {
    pub location: String,
    pub problem: IntentProblem,
}

/// The kinds of mistakes in a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntentProblem {
    /// Not JSON of this shape (the parser's words).
    Unreadable(String),
    /// An intent with no word.
    NoWords,
    /// An empty word or one with a control character.
    BadWord(String),
    /// A situation that names no repère.
    NoGuidance,
    /// A constraint without words that say its opposite.
    NoOpposite,
    /// A repère the catalogue does not have.
    UnknownGuidance(String),
}

impl std::error::Error for IntentError {}

impl IntentError {
    fn new(location: impl Into<String>, problem: IntentProblem) -> Self {
        Self {
            location: location.into(),
            problem,
        }
    }
}

/// The bundled vocabulary.
const BUNDLED: &str = include_str!("../../data/intents.json");
const BUNDLED_NAME: &str = "data/intents.json";

/// Words of one intent: the sources' first, then everyday ones. A word may
/// hold « … » between two parts that must come in this order (« comme …
/// mais »).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// Words as the source documents write them.
    pub source_words: Vec<String>,
    /// Words teachers use on the phone for the same thing.
    pub everyday_words: Vec<String>,
}

impl Words {
    /// Every word, the sources' first.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.source_words
            .iter()
            .chain(&self.everyday_words)
            .map(String::as_str)
    }
}

/// Repères that decide whether a tool may be used, by its level.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GuidanceByLevel {
    /// For a tool a document says to proscribe.
    pub forbidden: Vec<String>,
    /// For a tool about which doubts remain.
    pub doubtful: Vec<String>,
    /// When no tool is named (« un outil qui n'est pas dans la liste »).
    pub unknown: Vec<String>,
}

/// « Est-ce autorisé ? »
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Permission {
    #[serde(flatten)]
    pub words: Words,
    /// The repères that answer, by the level of the tool asked about.
    pub guidance_by_level: GuidanceByLevel,
}

/// « Sans … », « pas de … ».
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Negation {
    #[serde(flatten)]
    pub words: Words,
    /// Folded words that say nothing of what is excluded (« sans créer de
    /// compte »: the account is excluded, not creating).
    pub light_words: Vec<String>,
}

/// A constraint that is not a negation (« gratuit pour les familles »):
/// tools whose statements say the opposite are demoted.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Constraint {
    pub id: String,
    #[serde(flatten)]
    pub words: Words,
    /// Words of a statement that says the opposite.
    pub opposite_words: Vec<String>,
    /// Who the tool is used with (« avec les parents »), not a property
    /// of the tool: its words stay in the need, and the answer does not
    /// lead with tools for it. Only what says the opposite (« réservé à
    /// l'utilisation avec les élèves ») is demoted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub audience: bool,
}

/// A situation a repère answers (« les parents écrivent à 23 h »).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: String,
    #[serde(flatten)]
    pub words: Words,
    /// The repères that answer it, the most direct first.
    pub guidance: Vec<String>,
}

/// The whole vocabulary of question intents.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Intents {
    /// Pointer to the JSON Schema of this format (ignored by the loader).
    #[serde(default, rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// « À la place de », « remplacer », « comme … mais ».
    pub replace: Words,
    /// « J'hésite entre WhatsApp et la liste de diffusion, lequel ? »: the
    /// tools named, safest first.
    #[serde(default)]
    pub choice: Words,
    pub permission: Permission,
    pub negation: Negation,
    pub constraints: Vec<Constraint>,
    pub situations: Vec<Situation>,
    /// Everyday expressions that hold a tool's name or a situation's word
    /// without meaning it (« prendre rendez-vous », « cette année », « dès
    /// ce soir »): their words name nothing and ask nothing.
    #[serde(default)]
    pub ordinary_phrases: Vec<String>,
}

impl Intents {
    /// The bundled vocabulary, parsed and checked.
    pub fn bundled() -> Result<Self, IntentError> {
        Self::parse(BUNDLED_NAME, BUNDLED)
    }

    /// Parses and checks a vocabulary; `Err` names the file and the entry.
    pub fn parse(name: &str, text: &str) -> Result<Self, IntentError> {
        let intents: Self = serde_json::from_str(text).map_err(|e| {
            IntentError::new(
                format!("{name}:{}:{}", e.line(), e.column()),
                IntentProblem::Unreadable(e.to_string()),
            )
        })?;
        intents.check_words(name)?;
        Ok(intents)
    }

    fn lists(&self) -> Vec<(String, &Words)> {
        let mut lists = vec![
            ("replace".to_owned(), &self.replace),
            ("permission".to_owned(), &self.permission.words),
            ("negation".to_owned(), &self.negation.words),
        ];
        // Optional: a vocabulary without it reads no choice.
        if self.choice.all().next().is_some() {
            lists.push(("choice".to_owned(), &self.choice));
        }
        lists.extend(
            self.constraints
                .iter()
                .map(|c| (format!("constraints.{}", c.id), &c.words)),
        );
        lists.extend(
            self.situations
                .iter()
                .map(|s| (format!("situations.{}", s.id), &s.words)),
        );
        lists
    }

    fn check_words(&self, name: &str) -> Result<(), IntentError> {
        for (place, words) in self.lists() {
            if words.source_words.is_empty() && words.everyday_words.is_empty() {
                return Err(IntentError::new(
                    format!("{name}, {place}"),
                    IntentProblem::NoWords,
                ));
            }
            if let Some(bad) = words.all().find(|w| !is_clean_word(w)) {
                return Err(IntentError::new(
                    format!("{name}, {place}"),
                    IntentProblem::BadWord(bad.to_owned()),
                ));
            }
        }
        if let Some(bad) = self.ordinary_phrases.iter().find(|w| !is_clean_word(w)) {
            return Err(IntentError::new(
                format!("{name}, ordinary_phrases"),
                IntentProblem::BadWord(bad.clone()),
            ));
        }
        for situation in &self.situations {
            if situation.guidance.is_empty() {
                return Err(IntentError::new(
                    format!("{name}, situations.{}", situation.id),
                    IntentProblem::NoGuidance,
                ));
            }
        }
        for constraint in &self.constraints {
            if constraint
                .opposite_words
                .iter()
                .all(|w| w.trim().is_empty())
            {
                return Err(IntentError::new(
                    format!("{name}, constraints.{}", constraint.id),
                    IntentProblem::NoOpposite,
                ));
            }
        }
        Ok(())
    }

    /// Every repère the vocabulary names exists in `catalog`.
    pub fn check_guidance(&self, catalog: &Catalog) -> Result<(), IntentError> {
        let by_level = &self.permission.guidance_by_level;
        let named = self
            .situations
            .iter()
            .flat_map(|s| {
                s.guidance
                    .iter()
                    .map(move |g| (format!("situations.{}", s.id), g))
            })
            .chain(
                [&by_level.forbidden, &by_level.doubtful, &by_level.unknown]
                    .into_iter()
                    .flatten()
                    .map(|g| ("permission".to_owned(), g)),
            );
        for (place, id) in named {
            if !catalog.guidance.iter().any(|g| &g.id == id) {
                return Err(IntentError::new(
                    format!("{BUNDLED_NAME}, {place}"),
                    IntentProblem::UnknownGuidance(id.clone()),
                ));
            }
        }
        Ok(())
    }
}

fn is_clean_word(word: &str) -> bool {
    !word.trim().is_empty()
        && !word
            .chars()
            .any(|c| c.is_control() || super::is_forbidden_char(c))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_bundled_vocabulary_loads_and_names_existing_repères() {
        let intents = Intents::bundled().unwrap();
        intents
            .check_guidance(&crate::catalog::embedded().unwrap())
            .unwrap();
        assert!(!intents.situations.is_empty());
    }

    #[test]
    fn an_empty_word_or_unknown_field_is_refused_with_where() {
        let text = BUNDLED.replacen("\"remplacer\"", "\"\"", 1);
        let err = Intents::parse("x.json", &text).unwrap_err();
        assert!(err.location.contains("replace"), "{err}");
        let text = BUNDLED.replacen("\"replace\"", "\"remplace\"", 1);
        assert!(Intents::parse("x.json", &text).is_err());
    }

    #[test]
    fn the_committed_schema_is_the_generated_one() {
        let schema = schemars::schema_for!(Intents);
        let generated = serde_json::to_string_pretty(&schema).unwrap();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/intents.schema.json");
        if std::env::var_os("REPERE_WRITE_SCHEMA").is_some() {
            std::fs::write(path, format!("{generated}\n")).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap();
        assert_eq!(
            committed.trim_end(),
            generated,
            "run with REPERE_WRITE_SCHEMA=1 to regenerate data/intents.schema.json"
        );
    }
}
