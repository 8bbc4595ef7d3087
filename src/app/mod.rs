//! The terminal interface.

use color_eyre::Result;

use crate::catalog::Catalog;

/// Runs the interface until the user quits.
pub fn run(_catalog: Catalog) -> Result<()> {
    color_eyre::eyre::bail!("l'interface n'est pas encore disponible")
}
