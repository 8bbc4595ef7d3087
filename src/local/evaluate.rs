//! Turning the checklist's answers into a local tool: the answers become
//! statements citing « évaluation locale », the criteria not met become
//! precautions in the sources' own words, and the level is the one the
//! rules proposed unless the adviser chose another with a reason.

use std::collections::BTreeMap;
use std::fmt::Write;

use color_eyre::eyre::{Result, bail};
use serde::{Deserialize, Serialize};

use super::checklist::{self, Choice, Effect, QUESTIONS, Question};
use crate::catalog::local::{Answer, Evaluation, LOCAL_SOURCE_ID, french_date};
use crate::catalog::{Catalog, Field, NeedBasis, Risk, RiskAssessment, Source, Statement, Tool};
use crate::sanitize::clean_line;
use crate::text;

/// What the adviser answered, as read from a JSON file or from prompts
/// (written back in the same form when it could not be saved).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationInput {
    // The file's keys are French (the adviser writes it); the fields are not.
    /// Name of the tool.
    #[serde(rename = "nom")]
    pub name: String,
    /// Its web address, if any.
    #[serde(default, rename = "adresse")]
    pub address: Option<String>,
    /// Ids of the needs it answers.
    #[serde(rename = "besoins")]
    pub needs: Vec<String>,
    /// Answer id by question id.
    #[serde(rename = "reponses")]
    pub answers: BTreeMap<String, String>,
    /// The level chosen instead of the proposed one (id or French word).
    #[serde(default, rename = "niveau")]
    pub level: Option<String>,
    /// Why, when the level differs from the proposed one.
    #[serde(default, rename = "raison")]
    pub reason: String,
}

/// A level from its id or its French word.
pub fn parse_level(word: &str) -> Option<Risk> {
    let folded = crate::search::fold_text(word.trim());
    Risk::ALL.into_iter().find(|r| {
        r.id() == folded
            || crate::search::fold_text(text::risk_label(*r)) == folded
            || crate::search::fold_text(text::risk_label(*r)).starts_with(&folded)
                && folded.len() >= 4
    })
}

/// The answers checked against the checklist, in question order.
pub fn checked_answers(
    input: &EvaluationInput,
) -> Result<Vec<(&'static Question, &'static Choice)>> {
    for id in input.answers.keys() {
        if checklist::question(id).is_none() {
            bail!(text::unknown_question(
                &clean_line(id),
                &QUESTIONS.map(|q| q.id).join(", ")
            ));
        }
    }
    let mut out = Vec::new();
    for question in &QUESTIONS {
        let Some(answer) = input.answers.get(question.id) else {
            bail!(text::missing_answer(question.ask, question.id));
        };
        let Some(choice) = checklist::choice(question, answer.trim()) else {
            let choices: Vec<&str> = question.choices.iter().map(|c| c.id).collect();
            bail!(text::invalid_answer(
                &clean_line(answer),
                question.id,
                &choices.join(", ")
            ));
        };
        out.push((question, choice));
    }
    Ok(out)
}

/// A slug for a tool name: `Digipad (La Digitale)` → `digipad-la-digitale`.
pub fn slug(name: &str) -> String {
    let folded = crate::search::fold_text(name);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// The source every evaluated tool cites, added to the overlay once.
pub fn local_source() -> Source {
    Source {
        id: LOCAL_SOURCE_ID.to_owned(),
        title: text::LOCAL_SOURCE_TITLE.to_owned(),
        untitled: true,
        author: text::LOCAL_SOURCE_AUTHOR.to_owned(),
        date: text::LOCAL_SOURCE_DATE.to_owned(),
        jurisdiction: text::LOCAL_SOURCE_JURISDICTION.to_owned(),
        short: text::LOCAL_SOURCE_SHORT.to_owned(),
        published: None,
        note: None,
        document: None,
    }
}

/// Builds the local tool and its evaluation record.
pub fn build(
    catalog: &Catalog,
    input: &EvaluationInput,
    author: &str,
    date: &str,
) -> Result<(Tool, Evaluation)> {
    let name = clean_line(input.name.trim());
    let id = slug(&name);
    if id.is_empty() {
        bail!(text::EMPTY_TOOL_NAME);
    }
    if catalog.tool(&id).is_some() && catalog.local.evaluation_of(&id).is_none() {
        bail!(text::tool_already_in_catalogue(&name, &id));
    }
    if input.needs.is_empty() {
        bail!(text::NO_NEED_GIVEN);
    }
    for need in &input.needs {
        if !catalog.categories.iter().any(|c| &c.id == need) {
            bail!(text::unknown_need(&clean_line(need)));
        }
    }
    let answers = checked_answers(input)?;
    let (proposed, rule) = checklist::propose(&answers);
    let level = match &input.level {
        Some(word) if !word.trim().is_empty() => parse_level(word)
            .ok_or_else(|| color_eyre::eyre::eyre!(text::unknown_level(&clean_line(word))))?,
        _ => proposed,
    };
    let reason = clean_line(input.reason.trim());
    if level != proposed && reason.is_empty() {
        bail!(text::level_changed_without_reason(
            text::risk_label(level),
            text::risk_label(proposed)
        ));
    }
    let (statements, cited) = statements_of(catalog, &answers);
    let mut rationale =
        text::evaluation_rationale(text::LOCAL_EVALUATION, &french_date(date), author, &rule);
    if level != proposed {
        let _ = write!(
            rationale,
            " {} {} — {reason}",
            text::LOCAL_CHOSEN,
            text::risk_label(level)
        );
    }
    let tool = Tool {
        id: id.clone(),
        name,
        aliases: Vec::new(),
        summary: text::evaluated_tool_summary(author, &french_date(date)),
        categories: input.needs.clone(),
        url: input.address.clone().filter(|u| !u.trim().is_empty()),
        statements,
        family_message: None,
        risk: RiskAssessment {
            level,
            rationale,
            sources: cited,
            evidence: Vec::new(),
        },
        alternatives: Vec::new(),
        territory: Vec::new(),
        // No source states these needs: the evaluator chose them.
        needs: chosen_needs(&input.needs, author),
    };
    let evaluation = Evaluation {
        tool: id,
        author: author.to_owned(),
        date: date.to_owned(),
        answers: answers
            .iter()
            .map(|(q, c)| Answer {
                question: q.id.to_owned(),
                answer: c.id.to_owned(),
            })
            .collect(),
        proposed,
        rule,
        reason,
    };
    Ok((tool, evaluation))
}

/// The answers as statements citing the local evaluation, and the criteria
/// not met as precautions in the sources' own words; plus the sources cited.
fn statements_of(
    catalog: &Catalog,
    answers: &[(&'static Question, &'static Choice)],
) -> (Vec<Statement>, Vec<String>) {
    let mut statements = Vec::new();
    let mut cited = vec![LOCAL_SOURCE_ID.to_owned()];
    for (question, choice) in answers {
        let short = catalog
            .source(question.source)
            .map_or(question.source, |s| s.short.as_str());
        statements.push(Statement {
            field: question.field,
            text: format!("{} — {}", question.ask, choice.label),
            source: LOCAL_SOURCE_ID.to_owned(),
            loc: text::criterion_of(short, question.quote),
        });
        if choice.effect != Effect::Met {
            statements.push(Statement {
                field: Field::Precautions,
                text: question.quote.to_owned(),
                source: question.source.to_owned(),
                loc: question.loc.to_owned(),
            });
            if !cited.iter().any(|c| c == question.source) {
                cited.push(question.source.to_owned());
            }
        }
    }
    (statements, cited)
}

/// No source states an evaluated tool's needs: the evaluator chose them.
fn chosen_needs(needs: &[String], author: &str) -> Vec<NeedBasis> {
    needs
        .iter()
        .map(|category| NeedBasis {
            category: category.clone(),
            quote: None,
            reason: Some(text::need_chosen_by(author)),
        })
        .collect()
}
