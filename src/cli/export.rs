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
            std::fs::write(path, text).map_err(|e| {
                crate::exit::Failed::output(crate::text::write_failed(
                    &shown,
                    &crate::text::io_reason(&e),
                ))
            })?;
            let _ = writeln!(std::io::stderr(), "{}", crate::text::written_to(&shown));
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}
