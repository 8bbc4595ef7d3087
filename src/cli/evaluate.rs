//! `repere evaluate`: the checklist for a tool the sources do not list,
//! answered at prompts or from a JSON file, saved as a local tool.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::Path;

use color_eyre::eyre::{Result, bail, eyre};

use crate::catalog::Catalog;
use crate::exit::Failed;
use crate::input::Expect;
use crate::local::checklist::{self, QUESTIONS};
use crate::local::evaluate::{EvaluationInput, build, parse_level};
use crate::local::{self, date::today};
use crate::sanitize::clean_line;
use crate::text;

/// The largest answers file read: the checklist's answers take a few
/// kilobytes.
const MAX_ANSWERS_BYTES: u64 = 1024 * 1024;

/// The longest answer typed at a prompt.
const MAX_ANSWER_LINE: u64 = 64 * 1024;

/// Runs `repere evaluate`.
pub(super) fn run(
    out: &mut impl Write,
    catalog: &Catalog,
    args: &super::local_args::EvaluateArgs,
) -> Result<()> {
    evaluate(
        out,
        catalog,
        args.answers.as_deref(),
        args.questions,
        args.author.as_deref(),
    )
}

fn evaluate(
    out: &mut impl Write,
    catalog: &Catalog,
    answers_file: Option<&Path>,
    show_questions: bool,
    author: Option<&str>,
) -> Result<()> {
    if show_questions {
        return print_questions(out, catalog);
    }
    let prompted = answers_file.is_none();
    let input = match answers_file {
        Some(path) => {
            let shown = crate::sanitize::shown_path(path);
            let answers = crate::input::read(path, Expect::Named, MAX_ANSWERS_BYTES)
                .and_then(crate::input::utf8)
                .map_err(|refused| {
                    Failed::input(text::read_failed(&shown, &text::refused(&refused)))
                })?;
            serde_json::from_str(&answers).map_err(|e| {
                Failed::input(text::answers_unreadable(
                    &shown,
                    &clean_line(&e.to_string()),
                ))
            })?
        }
        None => prompt(
            catalog,
            &mut std::io::stdin().lock(),
            &mut crate::clean_output::Cleaned::new(std::io::stderr()),
        )?,
    };
    let author = local::author(author);
    let (tool, evaluation) = build(catalog, &input, &author, &today())?;
    let path = local::overlay_path().ok_or_else(|| eyre!(crate::text::NO_DATA_DIR))?;
    let (id, level, rule) = (tool.id.clone(), tool.risk.level, evaluation.rule.clone());
    local::update_overlay(&path, move |overlay| {
        local::additions::put_evaluation(overlay, tool, evaluation);
        Ok(())
    })
    .inspect_err(|e| {
        // Answers typed one by one and not written (a stalled lock, a
        // full disk): given back as an answers file, never lost.
        if prompted
            && !crate::exit::saved_anyway(e)
            && let Ok(json) = serde_json::to_string_pretty(&input)
        {
            crate::clean_output::stderr_line(&text::answers_given_back(&json));
        }
    })?;
    writeln!(out, "{rule}")?;
    writeln!(
        out,
        "{}",
        text::evaluation_saved(
            &id,
            &text::risk_badge(level),
            text::LOCAL_BADGE,
            &crate::sanitize::shown_path(&path)
        )
    )?;
    Ok(())
}

fn print_questions(out: &mut impl Write, catalog: &Catalog) -> Result<()> {
    for question in &QUESTIONS {
        let short = catalog
            .source(question.source)
            .map_or(question.source, |s| s.short.as_str());
        let choices: Vec<String> = question
            .choices
            .iter()
            .map(|c| format!("{} ({})", c.id, c.label))
            .collect();
        writeln!(out, "{} — {}", question.id, question.ask)?;
        writeln!(
            out,
            "{}",
            text::criterion_quote(short, question.loc, question.quote)
        )?;
        writeln!(out, "{}", text::criterion_answers(&choices.join(", ")))?;
    }
    Ok(())
}

/// How many answers of one evaluation may be not understood before the
/// input is refused: far more than a person types.
const MAX_MISSES: u32 = 50;

/// Answers not understood so far. Each is asked again, but not for ever:
/// an input that never ends (`yes | repere evaluate`) is refused.
struct Misses(u32);

impl Misses {
    /// Says why the answer is asked again (if anything), or refuses.
    fn say(&mut self, ui: &mut dyn Write, said: &str) -> Result<()> {
        self.0 += 1;
        if self.0 > MAX_MISSES {
            return Err(Failed::input(text::TOO_MANY_MISSES).into());
        }
        if !said.is_empty() {
            writeln!(ui, "{said}")?;
        }
        Ok(())
    }
}

/// One typed answer, bounded; `None` at the end of input.
fn answer_line(input: &mut impl BufRead) -> Result<Option<String>> {
    crate::input::read_line(input, MAX_ANSWER_LINE).map_err(|refused| {
        Failed::input(text::read_failed(text::STDIN, &text::refused(&refused))).into()
    })
}

/// Asks every question on `ui` and reads the answers from `input`.
pub fn prompt(
    catalog: &Catalog,
    input: &mut impl BufRead,
    ui: &mut impl Write,
) -> Result<EvaluationInput> {
    let mut read = |ui: &mut dyn Write, ask: &str| -> Result<String> {
        write!(ui, "{ask} ")?;
        ui.flush()?;
        let Some(line) = answer_line(input)? else {
            bail!(text::EVALUATION_INTERRUPTED);
        };
        Ok(clean_line(line.trim()))
    };
    let mut misses = Misses(0);
    let name = read(ui, text::ASK_TOOL_NAME)?;
    let address = read(ui, text::ASK_TOOL_ADDRESS)?;
    writeln!(ui, "{}", text::NEEDS_HEADING)?;
    for (i, category) in catalog.categories.iter().enumerate() {
        writeln!(ui, "  {:>2}. {}", i + 1, clean_line(&category.label))?;
    }
    let needs = loop {
        let line = read(ui, text::ASK_NEED_NUMBERS)?;
        let picked: Option<Vec<String>> = line
            .split([',', ' '])
            .filter(|p| !p.is_empty())
            .map(|p| {
                p.parse::<usize>()
                    .ok()
                    .and_then(|n| catalog.categories.get(n.wrapping_sub(1)))
                    .or_else(|| catalog.categories.iter().find(|c| c.id == p))
                    .map(|c| c.id.clone())
            })
            .collect();
        match picked {
            Some(list) if !list.is_empty() => break list,
            _ => misses.say(ui, text::ANSWER_NOT_UNDERSTOOD)?,
        }
    };
    let mut answers = BTreeMap::new();
    for question in &QUESTIONS {
        let short = catalog
            .source(question.source)
            .map_or(question.source, |s| s.short.as_str());
        writeln!(
            ui,
            "{}",
            text::question_with_source(question.ask, short, question.quote)
        )?;
        for (i, choice) in question.choices.iter().enumerate() {
            writeln!(ui, "  {}. {}", i + 1, choice.label)?;
        }
        let choice = loop {
            let line = read(ui, text::ASK_ANSWER)?;
            let found = line
                .parse::<usize>()
                .ok()
                .and_then(|n| question.choices.get(n.wrapping_sub(1)))
                .or_else(|| checklist::choice(question, &line));
            match found {
                Some(choice) => break choice,
                None => misses.say(ui, text::ANSWER_NOT_UNDERSTOOD)?,
            }
        };
        answers.insert(question.id.to_owned(), choice.id.to_owned());
    }
    let mut evaluation = EvaluationInput {
        name,
        address: Some(address).filter(|a| !a.is_empty()),
        needs,
        answers,
        level: None,
        reason: String::new(),
    };
    let (proposed, rule) =
        checklist::propose(&crate::local::evaluate::checked_answers(&evaluation)?);
    writeln!(
        ui,
        "{}",
        text::proposed_level(&text::risk_badge(proposed), &rule)
    )?;
    loop {
        let line = read(ui, text::ASK_LEVEL)?;
        if line.is_empty() {
            break;
        }
        match parse_level(&line) {
            Some(level) if level == proposed => break,
            Some(level) => {
                let reason = loop {
                    let reason = read(ui, text::ASK_REASON)?;
                    if !reason.is_empty() {
                        break reason;
                    }
                    misses.say(ui, "")?;
                };
                evaluation.level = Some(level.id().to_owned());
                evaluation.reason = reason;
                break;
            }
            None => misses.say(ui, text::LEVEL_NOT_UNDERSTOOD)?,
        }
    }
    Ok(evaluation)
}
