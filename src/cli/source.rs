//! `repere source add FICHIER.txt --titre … --editeur … --date AAAA-MM`:
//! a newer official document brought in by the adviser. Its text is kept
//! in the data folder (`sources/<id>.txt`) with its checksum in the
//! adviser's file, so local evaluations and notes can quote it and every
//! quote is checked in it like in the bundled documents. Shown as
//! « document ajouté localement », dated by its own date.

use std::io::Write;

use color_eyre::eyre::{Result, bail, eyre};

use super::local_args::{SourceAction, SourceArgs};
use crate::catalog::documents::{FOLDER, MAX_DOCUMENT_BYTES, checksum};
use crate::catalog::origin::LocalDocument;
use crate::catalog::provenance::Published;
use crate::catalog::{Catalog, Source, read_regular_file};
use crate::exit::Failed;
use crate::local::{overlay_path, update_overlay};
use crate::sanitize::clean_line;
use crate::text;

pub(super) fn run(out: &mut impl Write, catalog: &Catalog, args: &SourceArgs) -> Result<()> {
    let SourceAction::Add {
        file,
        title,
        publisher,
        date,
        id,
        short,
    } = &args.action;
    let shown = clean_line(&file.display().to_string());
    // A file that cannot be read, or is not text: an input error (3).
    let bytes = read_regular_file(file, MAX_DOCUMENT_BYTES)
        .map_err(|why| Failed::input(text::document_unreadable(&shown, &why.to_string())))?;
    let Ok(content) = String::from_utf8(bytes) else {
        return Err(Failed::input(text::document_not_utf8(&shown)).into());
    };
    let content = content.trim_start_matches('\u{feff}').to_owned();
    if content.trim().is_empty() {
        bail!(text::document_empty(&shown));
    }
    let published = Published::parse(date.trim())
        .filter(|p| p.month.is_some())
        .ok_or_else(|| eyre!(text::document_bad_date(&clean_line(date))))?;
    let (title, editor) = (clean_line(title.trim()), clean_line(publisher.trim()));
    if title.is_empty() || editor.is_empty() {
        bail!(text::DOCUMENT_NEEDS_TITLE);
    }
    let id = match id {
        Some(id) => crate::local::evaluate::slug(id),
        None => format!(
            "{}-{}",
            crate::local::evaluate::slug(&title)
                .chars()
                .take(40)
                .collect::<String>()
                .trim_end_matches('-'),
            date.trim()
        ),
    };
    if let Some(existing) = catalog.source(&id)
        && existing.document.is_none()
    {
        bail!(text::document_id_taken(&id));
    }
    let Some(overlay) = overlay_path() else {
        bail!(text::NO_DATA_DIR);
    };
    let folder = overlay
        .parent()
        .map_or_else(|| std::path::PathBuf::from(FOLDER), |p| p.join(FOLDER));
    let file_name = format!("{id}.txt");
    let target = folder.join(&file_name);
    crate::private_file::write(&target, content.as_bytes()).map_err(|e| {
        Failed::output(text::document_write_failed(
            &target.display().to_string(),
            &e,
        ))
    })?;
    let month = published.month.unwrap_or(1);
    let source = Source {
        id: id.clone(),
        title,
        author: editor.clone(),
        date: text::month_year(published.year, month),
        jurisdiction: text::LOCAL_DOCUMENT.to_owned(),
        short: short
            .as_deref()
            .map_or_else(|| editor.clone(), |s| clean_line(s.trim())),
        published: Some(format!("{}-{month:02}", published.year)),
        note: None,
        untitled: false,
        document: Some(LocalDocument {
            file: file_name,
            checksum: checksum(content.as_bytes()),
        }),
    };
    update_overlay(&overlay, |part| {
        part.sources.retain(|s| s.id != source.id);
        part.sources.push(source);
        Ok(())
    })?;
    writeln!(
        out,
        "{}",
        text::document_added(&id, &target.display().to_string())
    )?;
    Ok(())
}
