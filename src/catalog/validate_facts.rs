//! Validation of what levels, needs, territories, dates and derived
//! messages rest on. Kept apart from `validate.rs` so each stays short;
//! errors are (field, what is wrong), placed by the caller.

use super::error::LoadProblem;
use super::model::{Catalog, Scope, Source, Tool};
use super::provenance::Published;
use crate::sanitize::is_control_or_bidi as is_forbidden_char;

type Problem = (String, LoadProblem);

fn problem(field: impl Into<String>, what: LoadProblem) -> Problem {
    (field.into(), what)
}

fn text(field: &str, value: &str, required: bool) -> Result<(), Problem> {
    if required && value.trim().is_empty() {
        return Err(problem(field, LoadProblem::EmptyText));
    }
    if let Some(bad) = value.chars().find(|&c| is_forbidden_char(c)) {
        return Err(problem(field, LoadProblem::ControlCharacter(bad)));
    }
    Ok(())
}

fn source_ref(catalog: &Catalog, field: &str, id: &str) -> Result<(), Problem> {
    if catalog.source(id).is_some() {
        Ok(())
    } else {
        Err(problem(field, LoadProblem::UnknownSource(id.to_owned())))
    }
}

/// A source's machine-readable date and note.
pub(super) fn check_source(source: &Source) -> Result<(), Problem> {
    if let Some(published) = &source.published
        && Published::parse(published).is_none()
    {
        return Err(problem("published", LoadProblem::BadPublishedDate));
    }
    if let Some(note) = &source.note {
        text("note.text", &note.text, true)?;
        text("note.loc", &note.loc, false)?;
    }
    Ok(())
}

/// A tool's territory, needs, evidence, derived message and alternatives.
pub(super) fn check_tool(catalog: &Catalog, tool: &Tool) -> Result<(), Problem> {
    for (i, territory) in tool.territory.iter().enumerate() {
        let at = format!("territory[{i}]");
        text(&format!("{at}.text"), &territory.text, true)?;
        text(&format!("{at}.loc"), &territory.loc, false)?;
        text(&format!("{at}.code"), &territory.code, false)?;
        source_ref(catalog, &format!("{at}.source"), &territory.source)?;
        let code_needed = territory.scope == Scope::Departement;
        if code_needed && territory.code.trim().is_empty() {
            return Err(problem(
                format!("{at}.code"),
                LoadProblem::DepartementWithoutCode,
            ));
        }
    }
    for (i, need) in tool.needs.iter().enumerate() {
        let at = format!("needs[{i}]");
        if !tool.categories.contains(&need.category) {
            return Err(problem(
                format!("{at}.category"),
                LoadProblem::NeedNotInCategories(need.category.clone()),
            ));
        }
        match (&need.quote, &need.reason) {
            (Some(quote), None) => {
                text(&format!("{at}.quote.text"), &quote.text, true)?;
                text(&format!("{at}.quote.loc"), &quote.loc, false)?;
                source_ref(catalog, &format!("{at}.quote.source"), &quote.source)?;
            }
            (None, Some(reason)) => text(&format!("{at}.reason"), reason, true)?,
            _ => {
                return Err(problem(at, LoadProblem::QuoteOrReason));
            }
        }
    }
    for (i, evidence) in tool.risk.evidence.iter().enumerate() {
        let at = format!("risk.evidence[{i}]");
        text(&format!("{at}.text"), &evidence.text, true)?;
        text(&format!("{at}.loc"), &evidence.loc, false)?;
        source_ref(catalog, &format!("{at}.source"), &evidence.source)?;
    }
    if let Some(derived) = tool
        .family_message
        .as_ref()
        .and_then(|m| m.derived.as_ref())
    {
        text("family_message.derived.replace", &derived.replace, true)?;
        text("family_message.derived.by", &derived.by, true)?;
        let has_message = catalog
            .tool(&derived.from)
            .is_some_and(|t| t.family_message.is_some() && t.id != tool.id);
        if !has_message {
            return Err(problem(
                "family_message.derived.from",
                LoadProblem::NoMessageToDerive(derived.from.clone()),
            ));
        }
    }
    for (i, id) in tool.alternatives.iter().enumerate() {
        if let Some(alternative) = catalog.tool(id)
            && alternative.risk.level > tool.risk.level
        {
            return Err(problem(
                format!("alternatives[{i}]"),
                LoadProblem::RiskierAlternative {
                    id: id.clone(),
                    alternative: alternative.risk.level,
                    tool: tool.risk.level,
                },
            ));
        }
    }
    Ok(())
}
