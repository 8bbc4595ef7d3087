//! `repere --version`: the program's version, then the bundled catalogue's
//! date (its newest source) and counts, so a report says which data
//! answered.

use std::io::Write;

use color_eyre::eyre::Result;

use crate::catalog::Catalog;
use crate::text;

/// Writes the version lines for the bundled catalogue.
pub fn write(out: &mut impl Write, catalog: &Catalog) -> Result<()> {
    let newest = catalog
        .sources
        .iter()
        .filter_map(|s| s.published.as_deref())
        .max()
        .unwrap_or("?");
    writeln!(
        out,
        "{}",
        text::version_lines(
            env!("CARGO_PKG_VERSION"),
            newest,
            &text::CatalogCounts {
                tools: catalog.tools.len(),
                guidance: catalog.guidance.len(),
                needs: catalog.categories.len(),
                sources: catalog.sources.len(),
            },
        )
    )?;
    Ok(())
}
