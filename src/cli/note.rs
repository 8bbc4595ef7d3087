//! `repere note`: add, list and delete the dated notes of the local overlay.

use std::io::Write;

use color_eyre::eyre::{Result, bail, eyre};

use super::find_tool;
use crate::cache::Prepared;
use crate::catalog::local::{LocalNote, french_date};
use crate::local::{self, date::today};
use crate::sanitize::{clean, clean_line};

/// What `repere note` was asked to do.
#[derive(Debug)]
pub enum NoteAction {
    Add(String),
    List,
    Delete(usize),
}

fn note(
    out: &mut impl Write,
    prepared: &Prepared,
    query: &str,
    action: NoteAction,
    author: Option<&str>,
) -> Result<()> {
    let catalog = &prepared.catalog;
    let tool = find_tool(prepared, query)?;
    let tool_id = tool.id.clone();
    let name = clean_line(&tool.name);
    let path = local::overlay_path().ok_or_else(|| eyre!(crate::text::NO_DATA_DIR))?;
    match action {
        NoteAction::List => {
            let notes: Vec<&LocalNote> = catalog.local.notes_of(&tool_id).collect();
            if notes.is_empty() {
                writeln!(out, "{}", crate::text::no_local_note(&name))?;
            }
            for (i, note) in notes.iter().enumerate() {
                // Signed with its layer: a colleague's note says whose file.
                let layer = catalog.provenance.note_layer(&note.id, &note.author);
                let what = match layer {
                    Some(l) if l.kind != crate::catalog::origin::LayerKind::Own => {
                        crate::text::OTHER_NOTE
                    }
                    _ => crate::text::LOCAL_NOTE,
                };
                writeln!(
                    out,
                    "{}. {} : {}",
                    i + 1,
                    crate::text::signed(what, &note.date, &note.author, layer),
                    clean(&note.text)
                )?;
            }
            Ok(())
        }
        NoteAction::Add(text) => {
            let text = clean(text.trim());
            if text.is_empty() {
                bail!(crate::text::EMPTY_NOTE);
            }
            let author = local::author(author);
            let date = today();
            local::update_overlay(&path, |overlay| {
                local::additions::put_note(
                    overlay,
                    LocalNote {
                        id: String::new(),
                        tool: tool_id.clone(),
                        text: text.clone(),
                        author: author.clone(),
                        date: date.clone(),
                    },
                );
                Ok(())
            })
            .map_err(|e| {
                // Written, but not published: said as it is.
                if crate::exit::saved_anyway(&e) {
                    return e;
                }
                // Never « ajoutée » for a note that is not written; its
                // text is given back.
                let status = crate::exit::status_of(&e)
                    .filter(|&code| code == crate::exit::Status::Input.code())
                    .map_or(crate::exit::Status::Output, |_| crate::exit::Status::Input);
                crate::exit::Failed {
                    status,
                    message: crate::text::note_not_saved(
                        &clean_line(&crate::exit::sentence(&e)),
                        &text,
                    ),
                }
                .into()
            })?;
            writeln!(
                out,
                "{}",
                crate::text::note_added(
                    &name,
                    &french_date(&date),
                    &crate::sanitize::shown_path(&path)
                )
            )?;
            Ok(())
        }
        NoteAction::Delete(number) => {
            // Numbers are those of `--list`: the merged view the user saw.
            let Some(shown) = catalog
                .local
                .notes_of(&tool_id)
                .nth(number.saturating_sub(1))
                .filter(|_| number > 0)
            else {
                bail!(crate::text::no_note_number(&name, number, &tool_id));
            };
            let shown = shown.clone();
            let removed =
                local::update_overlay(&path, |overlay| Ok(local::remove_note(overlay, &shown)))?;
            if removed {
                writeln!(out, "{}", crate::text::note_removed(number, &name))?;
                Ok(())
            } else {
                bail!(crate::text::note_not_ours(&crate::sanitize::shown_path(
                    &path
                )))
            }
        }
    }
}

/// Runs `repere note`.
pub(super) fn run(
    out: &mut impl Write,
    prepared: &Prepared,
    args: super::local_args::NoteArgs,
) -> Result<()> {
    if let (Some(passage), Some(source)) = (&args.citation, &args.source) {
        return cite(
            out,
            prepared,
            &args.tool,
            passage,
            source,
            args.loc.as_deref(),
            args.author.as_deref(),
        );
    }
    let action = match (args.text, args.delete) {
        (_, Some(n)) => NoteAction::Delete(n),
        (Some(text), None) if !args.list => NoteAction::Add(text),
        _ => NoteAction::List,
    };
    note(out, prepared, &args.tool, action, args.author.as_deref())
}

/// `repere note OUTIL --citation PASSAGE --source ID`: a passage of a
/// document, checked in it when the file is written (the loader refuses
/// a passage not found, with the nearest one).
fn cite(
    out: &mut impl Write,
    prepared: &Prepared,
    query: &str,
    passage: &str,
    source: &str,
    loc: Option<&str>,
    author: Option<&str>,
) -> Result<()> {
    let catalog = &prepared.catalog;
    let tool = find_tool(prepared, query)?;
    if catalog.source(source).is_none() {
        bail!(crate::text::unknown_document(&clean_line(source)));
    }
    let path = local::overlay_path().ok_or_else(|| eyre!(crate::text::NO_DATA_DIR))?;
    let citation = crate::catalog::local::LocalCitation {
        tool: tool.id.clone(),
        text: clean(passage.trim()),
        source: source.to_owned(),
        loc: loc.map(clean_line).unwrap_or_default(),
        author: local::author(author),
        date: today(),
    };
    local::update_overlay(&path, |overlay| {
        overlay.local.citations.push(citation);
        Ok(())
    })?;
    writeln!(
        out,
        "{}",
        crate::text::citation_added(&clean_line(&tool.name))
    )?;
    Ok(())
}
