//! The part of `repere check` about additions: every change a layer (the
//! adviser's own file, a colleague's, a team member's) makes to the
//! bundled tools, sources and repères, said plainly with who made it.

use std::io::Write;

use color_eyre::eyre::Result;

use crate::catalog::Catalog;
use crate::sanitize::clean_line;
use crate::text;

/// Layers listed one per line by `check`: a folder of thousands of files
/// is summed up after these.
const LISTED: usize = 12;

/// Who a layer is, or « le catalogue intégré » for the bundled data.
fn who(catalog: &Catalog, index: Option<usize>) -> String {
    index
        .and_then(|i| catalog.provenance.layer(i))
        .map_or_else(|| text::BUNDLED.to_owned(), text::layer_label)
}

/// The changes of the loaded catalogue to the bundled one, and between
/// layers.
pub fn conflicts(catalog: &Catalog) -> Vec<String> {
    let provenance = &catalog.provenance;
    let mut found = Vec::new();
    for tool in &catalog.tools {
        let Some(earlier) = provenance.replaced_tools.get(&tool.id) else {
            continue;
        };
        let now = who(catalog, provenance.tools.get(&tool.id).copied());
        for (by, old) in earlier {
            found.push(text::tool_change(
                &clean_line(&tool.name),
                &tool.id,
                &now,
                &who(catalog, *by),
                old.risk.level,
                tool.risk.level,
            ));
            let removed = old
                .statements
                .iter()
                .filter(|s| !tool.statements.contains(s))
                .count();
            let added = tool
                .statements
                .iter()
                .filter(|s| !old.statements.contains(s))
                .count();
            if removed + added > 0 {
                found.push(text::statements_change(removed, added));
            }
            if old.alternatives != tool.alternatives {
                found.push(text::ALTERNATIVES_CHANGED.to_owned());
            }
            if old.risk.level == tool.risk.level && old.risk != tool.risk {
                found.push(text::RISK_REASONS_CHANGED.to_owned());
            }
            if old.family_message != tool.family_message {
                found.push(text::FAMILY_MESSAGE_CHANGED.to_owned());
            }
            if old.territory != tool.territory {
                found.push(text::TERRITORY_CHANGED.to_owned());
            }
        }
    }
    for guidance in &catalog.guidance {
        let Some(earlier) = provenance.replaced_guidance.get(&guidance.id) else {
            continue;
        };
        let now = who(catalog, provenance.guidance.get(&guidance.id).copied());
        for (by, old) in earlier {
            let removed: Vec<String> = old
                .items
                .iter()
                .filter(|i| !guidance.items.contains(i))
                .map(|i| clean_line(&i.text).chars().take(60).collect())
                .collect();
            let added = guidance
                .items
                .iter()
                .filter(|i| !old.items.contains(i))
                .count();
            found.push(text::guidance_change(
                &clean_line(&guidance.title),
                &guidance.id,
                &now,
                &who(catalog, *by),
                &removed,
                added,
            ));
            if old.title != guidance.title {
                found.push(text::title_changed(&clean_line(&old.title)));
            }
        }
    }
    for source in &catalog.sources {
        if let Some(earlier) = provenance.replaced_sources.get(&source.id) {
            let now = who(catalog, provenance.sources.get(&source.id).copied());
            for (by, _) in earlier {
                found.push(text::source_change(&source.id, &now, &who(catalog, *by)));
            }
        } else if let Some(&index) = provenance.sources.get(&source.id)
            && source.id != crate::catalog::local::LOCAL_SOURCE_ID
        {
            found.push(text::source_added(&source.id, &who(catalog, Some(index))));
        }
    }
    for message in &catalog.local.messages {
        if let Some(tool) = catalog.tool(&message.tool)
            && tool.family_message.is_some()
        {
            found.push(text::local_message_ignored(&clean_line(&tool.name)));
        }
    }
    found
}

/// Prints the additions, their layers and their changes, if any.
pub fn report(out: &mut impl Write, catalog: &Catalog) -> Result<()> {
    let layer = &catalog.local;
    let found = conflicts(catalog);
    if layer.is_empty() && found.is_empty() && catalog.provenance.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        text::local_additions_count(
            layer.notes.len(),
            layer.messages.len(),
            layer.evaluations.len()
        )
    )?;
    let layers = &catalog.provenance.layers;
    for each in layers.iter().take(LISTED) {
        writeln!(out, "  {} : {}", text::LAYER_LINE, text::layer_label(each))?;
    }
    if layers.len() > LISTED {
        writeln!(out, "  {}", text::more_layers(layers.len() - LISTED))?;
    }
    if found.is_empty() {
        writeln!(out, "{}", text::NO_CONFLICT)?;
    } else {
        writeln!(out, "{}", text::CHANGES_HEADING)?;
        for line in found {
            // Details of a change are indented under it.
            if line.starts_with(' ') {
                writeln!(out, "  {line}")?;
            } else {
                writeln!(out, "  - {line}")?;
            }
        }
    }
    Ok(())
}
