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
// Each bool is one flag of the command line, independent of the others.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug)]
pub(super) struct Options<'a> {
    pub set: &'a [String],
    pub copy: bool,
    /// Open it in the mail client too (`--courriel`).
    pub mail: bool,
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
        mail,
        original,
        json,
    } = *options;
    let tool = find_tool(prepared, query)?;
    super::best_match_note(prepared, query, tool);
    let picked = pick_message(catalog, tool)?;
    let message = &*picked;
    if tool.risk.level.needs_alternatives() {
        // The message alone would read as a go-ahead: say the level first.
        crate::clean_output::stderr_line(&text::message_level_warning(
            &clean_line(&tool.name),
            &text::risk_badge(tool.risk.level),
            &clean_line(&tool.risk.rationale),
        ));
    }
    // A message a layer changed is not the sources': said before it.
    let changed_by = catalog.message_changed_by(tool);
    if let Some(layer) = changed_by {
        crate::clean_output::stderr_line(&text::message_changed_by(&text::layer_label(layer)));
    }
    let keys = crate::catalog::placeholder_keys(&message.text);
    let values = parse_values(set, &keys)?;
    // A message written for the 2020 closures must not leave unread.
    let dated_warning =
        crate::catalog::provenance::dated_text(catalog, &message.text, &message.source)
            .map(|dated| clean(&text::dated_message_warning(&dated)));
    if let Some(warning) = &dated_warning {
        crate::clean_output::stderr_line(warning);
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
        let value = crate::contract::outputs::MessageOutput {
            dated: dated_warning.clone(),
            derived: derived_note.clone(),
            format_version: crate::contract::FORMAT_VERSION,
            id: &tool.id,
            message: filled.clone(),
            missing: missing_keys.clone(),
            name: &tool.name,
            origin: match changed_by {
                Some(layer) => crate::contract::OriginOutput::of(Some(layer)),
                None if catalog.message_is_local(tool) => crate::contract::OriginOutput::addition(
                    catalog.provenance.message_layer(&tool.id),
                ),
                None => crate::contract::OriginOutput::of(None),
            },
            placeholders: keys.clone(),
            risk: crate::contract::RiskOutput::of(tool),
            source: &message.source,
        };
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        writeln!(out, "{filled}")?;
        if let Some(note) = &derived_note {
            crate::clean_output::stderr_line(note);
        }
    }
    let missing: Vec<String> = missing_keys
        .iter()
        .map(|k| format!("{k} ({})", catalog.placeholder_label(k)))
        .collect();
    if !missing.is_empty() && !original {
        crate::clean_output::stderr_line(&text::missing_fields(&missing.join(", ")));
    }
    if copy {
        report_copy(&filled)?;
    }
    if mail {
        send_by_mail(&clean_line(&tool.name), &filled)?;
    }
    Ok(())
}

/// Opens the message in the mail client through the interface's opener;
/// too long for an address, or no mail client here: copied instead, and
/// said so.
fn send_by_mail(tool_name: &str, message: &str) -> Result<()> {
    let not_sent = match crate::mail::address(&text::mail_subject(tool_name), message) {
        Ok(address) if crate::opener::open(&address) => {
            eprintln!("{}", text::MAIL_HANDED_OVER);
            return Ok(());
        }
        Ok(_) => crate::mail::NotSent::NoMailClient,
        Err(reason) => reason,
    };
    eprintln!("{}", text::mail_not_sent(&not_sent));
    report_copy(message)
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
        crate::clean_output::stderr_line(text::CLI_OSC52_SENT);
        return Ok(());
    }
    match clipboard::copy_detached(message) {
        Ok(()) => {
            crate::clean_output::stderr_line(text::CLI_COPIED);
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
            crate::clean_output::stderr_line(&super::write_message::local_notice(local));
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
