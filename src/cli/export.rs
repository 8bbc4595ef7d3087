//! `repere export`: the overlay file to share with a colleague, or the
//! printable guide in HTML or Markdown.

use std::io::Write;
use std::path::Path;

use color_eyre::eyre::{Result, bail, eyre};

use super::local_args::Format;
use crate::catalog::{Catalog, Place};
use crate::export;
use crate::local::{self, date::today};

/// Runs `repere export`.
pub(super) fn run(
    out: &mut impl Write,
    catalog: &Catalog,
    args: &super::local_args::ExportArgs,
    place: &Place,
) -> Result<()> {
    export(out, catalog, args, place)
}

fn export(
    out: &mut impl Write,
    catalog: &Catalog,
    args: &super::local_args::ExportArgs,
    place: &Place,
) -> Result<()> {
    let output: Option<&Path> = args.output.as_deref();
    let format: Option<Format> = args.format;
    let text = if args.overlay {
        let path = local::overlay_path().ok_or_else(|| eyre!(crate::text::NO_DATA_DIR))?;
        if !path.is_file() {
            bail!(crate::text::nothing_to_share(&crate::sanitize::shown_path(
                &path
            )));
        }
        let mut part = local::read_overlay(&path)?;
        // Signed: the colleague who loads it sees whose additions they are.
        part.layer = Some(crate::catalog::origin::LayerHeader {
            author: local::author(None),
            date: today(),
        });
        serde_json::to_string_pretty(&part)? + "\n"
    } else {
        let today = today();
        let request = export::Request {
            needs: &args.needs,
            today: &today,
            place: place.clone(),
            with_notes: args.with_notes,
        };
        let guide = export::build(catalog, &request).map_err(|e| eyre!("--besoin : {e}."))?;
        match format.unwrap_or(Format::Html) {
            Format::Html => export::html::render(&guide),
            Format::Md => export::markdown::render(&guide),
        }
    };
    match output {
        Some(path) => {
            let shown = crate::sanitize::shown_path(path);
            write_whole(path, text.as_bytes()).map_err(|e| {
                crate::exit::Failed::output(crate::text::write_failed(
                    &shown,
                    &crate::text::io_reason(&e),
                ))
            })?;
            crate::clean_output::stderr_line(&crate::text::written_to(&shown));
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}

/// Writes the export to `path` whole or not at all: a regular file (or a
/// new one) through a temporary file of the same folder, synced, then
/// renamed, so a full disk leaves the previous file as it was. A device
/// or a pipe (`-o /dev/stdout`) is written to as it is: it cannot be
/// replaced.
fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let special = std::fs::metadata(path).is_ok_and(|meta| !meta.is_file());
    if special {
        return std::fs::write(path, bytes);
    }
    // A link is followed: its target is replaced, with the target's mode
    // (replacing the link itself gave a file the link's own mode, 0777).
    // A dangling link is replaced by a file of the usual mode.
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let target = if is_link {
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.to_path_buf()
    };
    // Only Unix has modes to keep.
    #[cfg_attr(not(unix), allow(unused_mut))]
    let mut options = atomic_write_file::OpenOptions::new();
    #[cfg(unix)]
    if is_link && target == path {
        use atomic_write_file::unix::OpenOptionsExt as _;
        options.preserve_mode(false);
    }
    crate::private_file::refuse_folder(&target)?;
    let mut file = options.open(&target)?;
    file.write_all(bytes)?;
    file.commit()
}
