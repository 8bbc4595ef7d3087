//! The part of `repere check` about local additions: what an overlay or a
//! colleague's file changes in the bundled data, said plainly.

use std::io::Write;

use color_eyre::eyre::Result;

use crate::catalog::{Catalog, embedded};
use crate::sanitize::clean_line;

/// The conflicts between the loaded catalogue and the bundled one.
pub fn conflicts(catalog: &Catalog) -> Result<Vec<String>> {
    let bundled = embedded()?;
    let mut found = Vec::new();
    for tool in &catalog.tools {
        let Some(original) = bundled.tool(&tool.id) else {
            continue;
        };
        if original == tool {
            continue;
        }
        if catalog.local.evaluation_of(&tool.id).is_some() {
            found.push(format!(
                "« {} » ({}) : une évaluation locale remplace la fiche des sources.",
                clean_line(&tool.name),
                tool.id
            ));
        } else if original.risk.level == tool.risk.level {
            found.push(format!(
                "« {} » ({}) : un fichier ajouté remplace la fiche intégrée.",
                clean_line(&tool.name),
                tool.id
            ));
        } else {
            found.push(format!(
                "« {} » ({}) : un fichier ajouté change le niveau des sources ({} → {}).",
                clean_line(&tool.name),
                tool.id,
                crate::text::risk_label(original.risk.level),
                crate::text::risk_label(tool.risk.level)
            ));
        }
    }
    for source in &catalog.sources {
        if bundled.source(&source.id).is_some_and(|b| b != source) {
            found.push(format!(
                "Source « {} » : un fichier ajouté remplace la source intégrée.",
                source.id
            ));
        }
    }
    for message in &catalog.local.messages {
        if let Some(tool) = catalog.tool(&message.tool)
            && tool.family_message.is_some()
        {
            found.push(format!(
                "« {} » : le message rédigé localement est ignoré, les sources en donnent un.",
                clean_line(&tool.name)
            ));
        }
    }
    Ok(found)
}

/// Prints the local additions and their conflicts, if any.
pub fn report(out: &mut impl Write, catalog: &Catalog) -> Result<()> {
    let layer = &catalog.local;
    let found = conflicts(catalog)?;
    if layer.is_empty() && found.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "\nAjouts locaux : {} notes, {} messages rédigés localement, {} évaluations locales.",
        layer.notes.len(),
        layer.messages.len(),
        layer.evaluations.len()
    )?;
    if found.is_empty() {
        writeln!(out, "Aucun conflit avec le catalogue intégré.")?;
    } else {
        writeln!(out, "Conflits avec le catalogue intégré :")?;
        for line in found {
            writeln!(out, "  - {line}")?;
        }
    }
    Ok(())
}
