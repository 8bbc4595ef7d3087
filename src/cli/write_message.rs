//! `repere message OUTIL --rediger`: the adviser writes the family message a
//! tool lacks, from standard input or in `$EDITOR`. It is stored in the
//! local overlay and always shown as « Message rédigé localement ».

use std::io::{IsTerminal, Read, Write};

use color_eyre::eyre::{Result, WrapErr, bail, eyre};

use super::find_tool;
use crate::catalog::local::{LocalMessage, french_date};
use crate::catalog::{Catalog, FamilyMessage, PlaceholderDef};
use crate::local::{self, date::today};
use crate::sanitize::{clean, clean_line};
use crate::text;

/// The line printed on stderr whenever a local message is used.
pub(super) fn local_notice(message: &LocalMessage) -> String {
    format!(
        "{} le {} ({}) — ce n'est pas un message des sources.",
        text::LOCAL_MESSAGE,
        french_date(&message.date),
        clean_line(&message.author)
    )
}

/// Source id of a locally written message seen through the family-message
/// path (`message --json` shows it): never a document's id.
pub const LOCAL_MESSAGE_SOURCE: &str = "message-local";

/// A local message in the shape of a source's, so filling, copying and
/// JSON go through the same code; its source says it is local.
pub(super) fn as_family_message(local: &LocalMessage) -> FamilyMessage {
    FamilyMessage {
        text: local.text.clone(),
        original: local.text.clone(),
        source: LOCAL_MESSAGE_SOURCE.to_owned(),
        loc: format!(
            "{} ({})",
            french_date(&local.date),
            clean_line(&local.author)
        ),
        derived: None,
    }
}

pub(super) fn write_message(
    out: &mut impl Write,
    catalog: &Catalog,
    query: &str,
    author: Option<&str>,
    new_blanks: &[String],
) -> Result<()> {
    let tool = find_tool(catalog, query)?;
    let declared = declared_blanks(new_blanks)?;
    if tool.family_message.is_some() {
        bail!(
            "{} a déjà un message des sources : repere message {} l'affiche.",
            clean_line(&tool.name),
            tool.id
        );
    }
    let keys: Vec<String> = catalog
        .placeholders
        .iter()
        .map(|p| format!("{{{}}} = {}", p.key, p.label))
        .collect();
    let previous = catalog
        .local
        .message_of(&tool.id)
        .map(|m| m.text.clone())
        .unwrap_or_default();
    let written = if std::io::stdin().is_terminal() {
        edit_in_editor(&previous, &keys)?
    } else {
        let mut text = String::new();
        std::io::stdin()
            .take(64 * 1024)
            .read_to_string(&mut text)
            .wrap_err("impossible de lire l'entrée standard")?;
        text
    };
    let message = clean(written.trim());
    if message.is_empty() {
        bail!("Message vide : rien n'est enregistré.");
    }
    let path = local::overlay_path().ok_or_else(|| eyre!(crate::text::NO_DATA_DIR))?;
    let entry = LocalMessage {
        tool: tool.id.clone(),
        text: message,
        author: local::author(author),
        date: today(),
    };
    local::update_overlay(&path, |overlay| {
        for def in declared {
            overlay.placeholders.retain(|p| p.key != def.key);
            overlay.placeholders.push(def);
        }
        overlay.local.messages.retain(|m| m.tool != entry.tool);
        overlay.local.messages.push(entry.clone());
        Ok(())
    })?;
    writeln!(
        out,
        "{} enregistré pour {} dans {}.",
        text::LOCAL_MESSAGE,
        clean_line(&tool.name),
        path.display()
    )?;
    Ok(())
}

/// `--champ lien="Lien du pad"`: blanks declared in the overlay's
/// `placeholders`, exactly as the bundled data declares its own.
fn declared_blanks(pairs: &[String]) -> Result<Vec<PlaceholderDef>> {
    pairs
        .iter()
        .map(|pair| {
            let Some((key, label)) = pair.split_once('=') else {
                bail!(
                    "--champ « {} » : la forme attendue est CLÉ=LIBELLÉ.",
                    clean_line(pair)
                );
            };
            Ok(PlaceholderDef {
                key: key.trim().to_owned(),
                label: clean_line(label.trim()),
            })
        })
        .collect()
}

/// The editor when neither `$VISUAL` nor `$EDITOR` is set: one every
/// installation of the system has.
pub const FALLBACK_EDITOR: &str = if cfg!(windows) { "notepad" } else { "vi" };

/// Opens `$VISUAL`/`$EDITOR` (else [`FALLBACK_EDITOR`]) on a private
/// temporary file.
fn edit_in_editor(previous: &str, keys: &[String]) -> Result<String> {
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| FALLBACK_EDITOR.to_owned());
    let dir = std::env::temp_dir();
    let path = dir.join(format!("repere-message-{}.txt", std::process::id()));
    let help: String = std::iter::once(
        "# Écrivez le message aux familles sous ces lignes (les lignes « # » sont ignorées)."
            .to_owned(),
    )
    .chain(std::iter::once(
        "# Champs à compléter possibles :".to_owned(),
    ))
    .chain(keys.iter().map(|k| format!("#   {k}")))
    .collect::<Vec<_>>()
    .join("\n");
    std::fs::write(&path, format!("{help}\n{previous}\n"))?;
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or(FALLBACK_EDITOR);
    let status = std::process::Command::new(program)
        .args(parts)
        .arg(&path)
        .status()
        .wrap_err_with(|| crate::text::editor_failed(&editor));
    let text = std::fs::read_to_string(&path);
    let _ = std::fs::remove_file(&path);
    if !status?.success() {
        bail!("L'éditeur s'est terminé en erreur : rien n'est enregistré.");
    }
    Ok(text?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n"))
}
