//! What the loader records about layers as it merges them: who each file
//! is, which layer gave each entry, and the versions a layer replaced.

use std::collections::HashMap;
use std::path::Path;

use super::model::Catalog;
use super::model::Provenance;
use super::origin::{Earlier, Layer, LayerKind};

/// The layer a file is: its header's author and date, else those of its
/// first addition, else the file's name.
pub(super) fn layer_of(name: &str, kind: LayerKind, part: &Catalog) -> Layer {
    let local = &part.local;
    let first = local
        .notes
        .iter()
        .map(|n| (&n.author, &n.date))
        .chain(local.messages.iter().map(|m| (&m.author, &m.date)))
        .chain(local.evaluations.iter().map(|e| (&e.author, &e.date)));
    let latest = first.clone().map(|(_, date)| date).max().cloned();
    let header = part.layer.as_ref();
    let author = header
        .map(|h| h.author.clone())
        .or_else(|| first.clone().next().map(|(author, _)| author.clone()))
        .unwrap_or_else(|| {
            Path::new(name)
                .file_stem()
                .map_or_else(|| name.to_owned(), |s| s.to_string_lossy().into_owned())
        });
    let date = header
        .map(|h| h.date.clone())
        .filter(|d| !d.is_empty())
        .or(latest)
        .unwrap_or_default();
    Layer {
        kind,
        file: name.to_owned(),
        // Cleaned where shown (`text::layer_label`): thousands of files
        // load without cleaning what may never be printed.
        author,
        date,
    }
}

/// The layer of each note, message and evaluation of a file.
pub(super) fn record_local(
    provenance: &mut Provenance,
    local: &super::local::LocalLayer,
    index: usize,
) {
    for note in &local.notes {
        provenance
            .notes
            .insert((note.id.clone(), note.author.clone()), index);
    }
    for message in &local.messages {
        provenance.messages.insert(message.tool.clone(), index);
    }
    for evaluation in &local.evaluations {
        provenance
            .evaluations
            .insert(evaluation.tool.clone(), index);
    }
}

/// After a file's entries of one section were merged: which layer gave
/// each, and the versions it replaced. An entry a layer repeats unchanged
/// keeps its origin.
pub(super) fn record<'a, T: PartialEq + 'a>(
    layers: &mut HashMap<String, usize>,
    replaced: &mut HashMap<String, Earlier<T>>,
    layer: Option<usize>,
    ids: &[String],
    earlier: Vec<(String, T)>,
    current: impl Fn(&str) -> Option<&'a T>,
) {
    // Bundled files completing each other are the sources' own data:
    // only a layer's replacements are kept in view.
    if layer.is_none() {
        for id in ids {
            layers.remove(id);
        }
        return;
    }
    let mut earlier: HashMap<String, T> = earlier.into_iter().collect();
    for id in ids {
        let before = layers.get(id).copied();
        match earlier.remove(id) {
            Some(old) if current(id) == Some(&old) => continue,
            Some(old) => replaced.entry(id.clone()).or_default().push((before, old)),
            None => {}
        }
        match layer {
            Some(index) => {
                layers.insert(id.clone(), index);
            }
            None => {
                layers.remove(id);
            }
        }
    }
}
