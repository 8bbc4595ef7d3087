//! What the catalogue answers about the adviser's local layer, and the
//! checks of that layer once merged (references, text, dates).

use super::error::{Entry, LoadError, LoadProblem, Location};
use super::model::{Catalog, Tool};
use super::placeholder::placeholder_keys;
use crate::sanitize::is_control_or_bidi as is_forbidden_char;

impl Catalog {
    /// The family message of a tool with blanks: the source's, else the one
    /// the adviser wrote (see [`Catalog::message_is_local`]).
    pub fn message_text<'a>(&'a self, tool: &'a Tool) -> Option<&'a str> {
        tool.family_message
            .as_ref()
            .map(|m| m.text.as_str())
            .or_else(|| self.local.message_of(&tool.id).map(|m| m.text.as_str()))
    }

    /// The layer that changed or gave the family message of `tool`, when
    /// it is not the sources' message (a colleague's file, the team
    /// folder, the adviser's own file).
    pub fn message_changed_by(&self, tool: &Tool) -> Option<&super::origin::Layer> {
        let message = tool.family_message.as_ref()?;
        let layer = self.provenance.tool_layer(&tool.id)?;
        let sourced = self
            .provenance
            .bundled_tool(&tool.id)
            .is_some_and(|b| b.family_message.as_ref() == Some(message));
        (!sourced).then_some(layer)
    }

    /// Whether the message [`Catalog::message_text`] gives was written locally.
    pub fn message_is_local(&self, tool: &Tool) -> bool {
        tool.family_message.is_none() && self.local.message_of(&tool.id).is_some()
    }
}

/// Checks references and text of the local layer of a merged catalogue.
pub fn validate_local(catalog: &Catalog) -> Result<(), LoadError> {
    let layer = &catalog.local;
    let tools: std::collections::HashSet<&str> =
        catalog.tools.iter().map(|t| t.id.as_str()).collect();
    for note in &layer.notes {
        let at = Entry::LocalNote(printable(&note.id));
        if !tools.contains(note.tool.as_str()) {
            check_tool(catalog, &at, &note.tool)?;
        }
        for (field, text) in [
            ("id", &note.id),
            ("text", &note.text),
            ("author", &note.author),
        ] {
            check_text(&at, field, text)?;
        }
        check_date(&at, &note.date)?;
    }
    for message in &layer.messages {
        let at = Entry::LocalMessage(printable(&message.tool));
        check_tool(catalog, &at, &message.tool)?;
        check_text(&at, "text", &message.text)?;
        check_text(&at, "author", &message.author)?;
        check_date(&at, &message.date)?;
        for key in placeholder_keys(&message.text) {
            if !catalog.placeholders.iter().any(|p| p.key == key) {
                return Err(error(
                    &at,
                    "text",
                    LoadProblem::UnlabelledBlank(key.to_owned()),
                ));
            }
        }
    }
    for evaluation in &layer.evaluations {
        let at = Entry::LocalEvaluation(printable(&evaluation.tool));
        check_tool(catalog, &at, &evaluation.tool)?;
        check_text(&at, "author", &evaluation.author)?;
        check_text(&at, "rule", &evaluation.rule)?;
        check_date(&at, &evaluation.date)?;
        let changed = catalog
            .tool(&evaluation.tool)
            .is_some_and(|t| t.risk.level != evaluation.proposed);
        if changed && evaluation.reason.trim().is_empty() {
            return Err(error(&at, "reason", LoadProblem::NoReason));
        }
    }
    Ok(())
}

fn error(at: &Entry, field: &str, problem: LoadProblem) -> LoadError {
    LoadError::new(
        Location::Field {
            entry: at.clone(),
            field: field.to_owned(),
        },
        problem,
    )
}

fn check_tool(catalog: &Catalog, at: &Entry, tool: &str) -> Result<(), LoadError> {
    if catalog.tool(tool).is_some() {
        Ok(())
    } else {
        Err(error(at, "tool", LoadProblem::UnknownTool(printable(tool))))
    }
}

fn check_text(at: &Entry, field: &str, text: &str) -> Result<(), LoadError> {
    if text.trim().is_empty() {
        return Err(error(at, field, LoadProblem::EmptyText));
    }
    if let Some(bad) = text.chars().find(|&c| is_forbidden_char(c)) {
        return Err(error(at, field, LoadProblem::ControlCharacter(bad)));
    }
    Ok(())
}

fn check_date(at: &Entry, date: &str) -> Result<(), LoadError> {
    let bytes = date.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if shaped {
        Ok(())
    } else {
        Err(error(at, "date", LoadProblem::BadDate))
    }
}

fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if is_forbidden_char(c) { '\u{FFFD}' } else { c })
        .collect()
}
