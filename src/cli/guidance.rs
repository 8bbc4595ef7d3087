//! `repere guide`: the list of repères, or one of them.

use std::io::Write;

use color_eyre::eyre::{Result, bail};

use super::{WIDTH, truncate};
use crate::card::{self, plain};
use crate::catalog::Catalog;
use crate::contract::outputs::{GuideListItem, GuideOutput};
use crate::sanitize::clean_line;
use crate::search::guidance_index;
use crate::text;

pub(super) fn guide(
    out: &mut impl Write,
    catalog: &Catalog,
    query: &str,
    json: bool,
) -> Result<()> {
    if query.trim().is_empty() {
        if json {
            let items: Vec<GuideListItem<'_>> =
                catalog.guidance.iter().map(GuideListItem::of).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&items)?)?;
            return Ok(());
        }
        for guidance in &catalog.guidance {
            let line = format!("{:<30} {}", guidance.id, clean_line(&guidance.title));
            writeln!(out, "{}", truncate(&line, WIDTH))?;
        }
        return Ok(());
    }
    let found = catalog
        .guidance
        .iter()
        .find(|g| g.id == query.trim())
        .or_else(|| {
            guidance_index(catalog)
                .search(query)
                .first()
                .map(|hit| &catalog.guidance[hit.index])
        });
    let Some(guidance) = found else {
        bail!(text::unknown_guidance(&clean_line(query)));
    };
    if json {
        let provenance = &catalog.provenance;
        let value = GuideOutput::of(
            guidance,
            provenance.guidance_layer(&guidance.id),
            provenance.bundled_guidance(&guidance.id),
        );
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        let card = card::guidance(catalog, guidance);
        write!(out, "{}", plain::render(&card, plain::Target::Width(WIDTH)))?;
    }
    Ok(())
}
