//! `repere message`: the family message with its blanks filled, printed
//! and optionally copied.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};

use color_eyre::eyre::{Result, bail};

use super::find_tool;
use crate::catalog::Catalog;
use crate::clipboard;
use crate::sanitize::{clean, clean_line};
use crate::text;

pub(super) fn message(
    out: &mut impl Write,
    catalog: &Catalog,
    query: &str,
    set: &[String],
    copy: bool,
    original: bool,
) -> Result<()> {
    let tool = find_tool(catalog, query)?;
    // A message written locally stands in for a missing source message,
    // always announced as such (issue 12).
    let local = catalog.local.message_of(&tool.id);
    let (message_text, original_text, derived) = match (&tool.family_message, local) {
        (Some(message), _) => (
            message.text.clone(),
            message.original.clone(),
            message.derived.as_ref(),
        ),
        (None, Some(local)) => {
            eprintln!("{}", super::write_message::local_notice(local));
            (local.text.clone(), local.text.clone(), None)
        }
        (None, None) => {
            let info: Vec<String> = tool
                .statements_of(crate::catalog::Field::FamilyInfo)
                .map(|s| clean(&s.text))
                .collect();
            let hint = if info.is_empty() {
                String::new()
            } else {
                format!(" Consigne de la source : {}", info.join(" "))
            };
            bail!(
                "{} : {}{hint} Pour en rédiger un : repere message {} --rediger",
                clean_line(&tool.name),
                text::NO_MESSAGE,
                tool.id
            );
        }
    };
    let keys = crate::catalog::placeholder_keys(&message_text);
    let values = parse_values(set, &keys)?;
    let filled = if original {
        clean(&original_text)
    } else {
        clean(&crate::catalog::fill(&message_text, &values, |key| {
            catalog.placeholder_label(key)
        }))
    };
    writeln!(out, "{filled}")?;
    if let Some(derived) = derived.filter(|_| !original) {
        let from = catalog
            .tool(&derived.from)
            .map_or(derived.from.as_str(), |t| t.name.as_str());
        eprintln!(
            "{}",
            clean(&text::derived_message_note(&original_text, from))
        );
    }
    let missing: Vec<String> = keys
        .iter()
        .filter(|k| values.get(**k).is_none_or(|v| v.trim().is_empty()))
        .map(|k| format!("{k} ({})", catalog.placeholder_label(k)))
        .collect();
    if !missing.is_empty() && !original {
        eprintln!(
            "Champs à compléter : {} — utilisez --set CLÉ=VALEUR.",
            missing.join(", ")
        );
    }
    if copy {
        report_copy(&filled)?;
    }
    Ok(())
}

fn parse_values(set: &[String], keys: &[&str]) -> Result<HashMap<String, String>> {
    let mut values = HashMap::new();
    for pair in set {
        let Some((key, value)) = pair.split_once('=') else {
            bail!(
                "--set « {} » : la forme attendue est CLÉ=VALEUR.",
                clean_line(pair)
            );
        };
        if !keys.contains(&key) {
            bail!(
                "--set : ce message n'a pas de champ « {} » ; champs possibles : {}.",
                clean_line(key),
                if keys.is_empty() {
                    "aucun".to_owned()
                } else {
                    keys.join(", ")
                }
            );
        }
        values.insert(key.to_owned(), clean_line(value));
    }
    Ok(values)
}

fn report_copy(text: &str) -> Result<()> {
    if clipboard::prefer_osc52() {
        let mut tty = std::io::stderr();
        if !tty.is_terminal() {
            bail!(
                "Copie impossible : pas de presse-papiers (ni affichage, ni terminal pour OSC 52). Le message est affiché ci-dessus."
            );
        }
        clipboard::write_osc52(&mut tty, text)?;
        eprintln!("Message envoyé au terminal (OSC 52) : la copie dépend de votre terminal.");
        return Ok(());
    }
    match clipboard::copy_detached(text) {
        Ok(()) => {
            eprintln!("Message copié dans le presse-papiers.");
            Ok(())
        }
        Err(reason) => bail!("Copie impossible : {reason}. Le message est affiché ci-dessus."),
    }
}
