//! `repere message`: the family message with its blanks filled, printed
//! and optionally copied.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};

use color_eyre::eyre::{Result, bail};

use super::find_tool;
use crate::cache::Prepared;
use crate::catalog::{Catalog, Tool};
use crate::clipboard;
use crate::sanitize::{clean, clean_line};
use crate::text;

/// What `repere message` was asked.
#[derive(Debug)]
pub(super) struct Options<'a> {
    pub set: &'a [String],
    pub copy: bool,
    pub original: bool,
    pub json: bool,
}

pub(super) fn message(
    out: &mut impl Write,
    prepared: &Prepared,
    query: &str,
    options: &Options<'_>,
) -> Result<()> {
    let catalog = &prepared.catalog;
    let Options {
        set,
        copy,
        original,
        json,
    } = *options;
    let tool = find_tool(prepared, query)?;
    super::best_match_note(prepared, query, tool);
    let picked = pick_message(catalog, tool)?;
    let message = &*picked;
    if tool.risk.level.needs_alternatives() {
        // The message alone would read as a go-ahead: say the level first.
        eprintln!(
            "{}",
            text::message_level_warning(
                &clean_line(&tool.name),
                &text::risk_badge(tool.risk.level),
                &clean_line(&tool.risk.rationale)
            )
        );
    }
    let keys = crate::catalog::placeholder_keys(&message.text);
    let values = parse_values(set, &keys)?;
    // A message written for the 2020 closures must not leave unread.
    let dated_warning =
        crate::catalog::provenance::dated_text(catalog, &message.text, &message.source)
            .map(|dated| clean(&text::dated_message_warning(&dated)));
    if let Some(warning) = &dated_warning {
        eprintln!("{warning}");
    }
    let filled = if original {
        clean(&message.original)
    } else {
        clean(&fill(catalog, tool, &values))
    };
    let missing_keys: Vec<&str> = keys
        .iter()
        .copied()
        .filter(|k| values.get(*k).is_none_or(|v| v.trim().is_empty()))
        .collect();
    // A message derived by the source's own instruction (ONE from
    // Beneylu's) says so, with the instruction quoted.
    let derived_note = message
        .derived
        .as_ref()
        .filter(|_| !original)
        .map(|derived| {
            let from = catalog
                .tool(&derived.from)
                .map_or(derived.from.as_str(), |t| t.name.as_str());
            clean(&text::derived_message_note(&message.original, from))
        });
    if json {
        let value = crate::contract::versioned(serde_json::json!({
            "id": tool.id,
            "name": tool.name,
            "risk": crate::contract::risk(tool),
            "message": filled,
            "source": message.source,
            "derived": derived_note,
            "dated": dated_warning,
            "placeholders": keys,
            "missing": missing_keys,
        }));
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        writeln!(out, "{filled}")?;
        if let Some(note) = &derived_note {
            eprintln!("{note}");
        }
    }
    let missing: Vec<String> = missing_keys
        .iter()
        .map(|k| format!("{k} ({})", catalog.placeholder_label(k)))
        .collect();
    if !missing.is_empty() && !original {
        eprintln!("{}", text::missing_fields(&missing.join(", ")));
    }
    if copy {
        report_copy(&filled)?;
    }
    Ok(())
}

fn fill(catalog: &Catalog, tool: &Tool, values: &HashMap<String, String>) -> String {
    catalog.filled_message(tool, values).unwrap_or_default()
}

fn parse_values(set: &[String], keys: &[&str]) -> Result<HashMap<String, String>> {
    let mut values = HashMap::new();
    for pair in set {
        let Some((key, value)) = pair.split_once('=') else {
            bail!(text::set_without_equals(&clean_line(pair)));
        };
        if !keys.contains(&key) {
            let possible = if keys.is_empty() {
                text::NO_FIELD.to_owned()
            } else {
                keys.join(", ")
            };
            bail!(text::set_unknown_key(&clean_line(key), &possible));
        }
        values.insert(key.to_owned(), clean_line(value));
    }
    Ok(values)
}

fn report_copy(message: &str) -> Result<()> {
    if clipboard::prefer_osc52() {
        let mut tty = std::io::stderr();
        if !tty.is_terminal() {
            bail!(text::CLI_NO_CLIPBOARD);
        }
        clipboard::write_osc52(&mut tty, message)?;
        eprintln!("{}", text::CLI_OSC52_SENT);
        return Ok(());
    }
    match clipboard::copy_detached(message) {
        Ok(()) => {
            eprintln!("{}", text::CLI_COPIED);
            Ok(())
        }
        Err(reason) => bail!(text::cli_copy_failed(&reason)),
    }
}

/// The source's message, else the one written locally (announced on
/// stderr), else an error with what the source says to do.
fn pick_message<'a>(
    catalog: &Catalog,
    tool: &'a crate::catalog::Tool,
) -> Result<std::borrow::Cow<'a, crate::catalog::FamilyMessage>> {
    match (&tool.family_message, catalog.local.message_of(&tool.id)) {
        (Some(message), _) => Ok(std::borrow::Cow::Borrowed(message)),
        (None, Some(local)) => {
            eprintln!("{}", super::write_message::local_notice(local));
            Ok(std::borrow::Cow::Owned(
                super::write_message::as_family_message(local),
            ))
        }
        (None, None) => {
            let info: Vec<String> = tool
                .statements_of(crate::catalog::Field::FamilyInfo)
                .map(|s| clean(&s.text))
                .collect();
            let hint = if info.is_empty() {
                String::new()
            } else {
                text::source_instruction(&info.join(" "))
            };
            let mut name = clean_line(&tool.name);
            if tool.risk.level.needs_alternatives() {
                // Say the level too: "no message" must not read as "no problem".
                name = format!("{name} ({})", text::risk_badge(tool.risk.level));
            }
            bail!(text::no_message_write_one(
                &name,
                text::NO_MESSAGE,
                &hint,
                &tool.id
            ));
        }
    }
}
