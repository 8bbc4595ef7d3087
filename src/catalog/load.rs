//! Reading catalogue files: the embedded catalogue, a file, or a folder of
//! files merged in name order. Nothing is returned unless everything parsed
//! and validated.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

pub use super::error::{LoadError, Origins, Section};
use super::error::{LoadProblem, Location};
use super::files::{read_layer_file, utf8_text};
use super::load_layers::{layer_of, record, record_local};
use super::model::Catalog;
use super::model::Provenance;
use super::origin::{LayerKind, kind_of};
use super::quotes::Library;
use super::validate::validate;

/// The bundled catalogue, compiled into the binary so `repere` works anywhere.
const EMBEDDED: [(&str, &str); 4] = [
    ("data/sources.json", include_str!("../../data/sources.json")),
    (
        "data/categories.json",
        include_str!("../../data/categories.json"),
    ),
    (
        "data/guidance.json",
        include_str!("../../data/guidance.json"),
    ),
    ("data/tools.json", include_str!("../../data/tools.json")),
];

/// Files in a data folder with this suffix are schemas, not catalogue parts.
const SCHEMA_SUFFIX: &str = ".schema.json";

/// The largest catalogue file read (a 100,000-tool catalogue is about
/// 60 MB): beyond, the file is refused before reading, so `/dev/zero`-like
/// mistakes cannot eat the memory.
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// Builds a catalogue from parts, merging by id: a later entry overrides.
#[derive(Debug, Default)]
pub struct Loader {
    catalog: Catalog,
    origins: Origins,
    /// Where each entry came from, by layer (see `origin`).
    provenance: Provenance,
    /// The texts of documents added locally, to check their quotes.
    library: Library,
    /// Each entry's position by section and id, kept across files: merging
    /// a folder of 20,000 one-tool files stays linear.
    positions: HashMap<Section, HashMap<String, usize>>,
}

impl Loader {
    /// A loader that starts from the embedded catalogue (or from nothing).
    pub fn new(with_embedded: bool) -> Result<Self, LoadError> {
        let mut loader = Self::default();
        if with_embedded {
            for (name, text) in EMBEDDED {
                loader.add_text(name, text)?;
            }
        }
        Ok(loader)
    }

    /// Adds a file, or every `*.json` file of a folder in name order.
    pub fn add_path(&mut self, path: &Path) -> Result<(), LoadError> {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| {
            LoadError::in_file(
                &shown,
                LoadProblem::UnreadablePath(super::files::io_reason(e)),
            )
        })?;
        if meta.is_dir() {
            for file in json_files(path)? {
                self.add_file(&file)?;
            }
            Ok(())
        } else {
            self.add_file(path)
        }
    }

    fn add_file(&mut self, path: &Path) -> Result<(), LoadError> {
        let shown = path.display().to_string();
        let kind = kind_of(path);
        let bytes = read_layer_file(path, kind, MAX_FILE_BYTES)
            .map_err(|refusal| LoadError::in_file(&shown, LoadProblem::File(refusal)))?;
        let text = utf8_text(&shown, bytes)?;
        self.add_layer_text(&shown, &text, kind)
    }

    /// Parses one catalogue part and merges it as bundled data.
    pub fn add_text(&mut self, name: &str, text: &str) -> Result<(), LoadError> {
        let part = parse_part(name, text)?;
        self.merge(name, part, None)
    }

    /// Parses one file of additions and merges it as a layer of its own.
    pub fn add_layer_text(
        &mut self,
        name: &str,
        text: &str,
        kind: LayerKind,
    ) -> Result<(), LoadError> {
        let part = parse_part(name, text)?;
        super::documents::read_documents(name, &part, kind, &mut self.library)?;
        let layer = layer_of(name, kind, &part);
        self.provenance.layers.push(layer);
        let index = self.provenance.layers.len() - 1;
        self.merge(name, part, Some(index))
    }

    fn merge(&mut self, name: &str, part: Catalog, layer: Option<usize>) -> Result<(), LoadError> {
        let origins = &mut Merging {
            origins: &mut self.origins,
            positions: &mut self.positions,
        };
        let target = &mut self.catalog;
        if let Some(index) = layer {
            record_local(&mut self.provenance, &part.local, index);
            let categories = part.categories.iter().map(|c| c.id.clone());
            self.provenance.categories.extend(categories);
        }
        target.local.merge(part.local);
        let source_ids: Vec<String> = part.sources.iter().map(|s| s.id.clone()).collect();
        let guidance_ids: Vec<String> = part.guidance.iter().map(|g| g.id.clone()).collect();
        let tool_ids: Vec<String> = part.tools.iter().map(|t| t.id.clone()).collect();
        let replaced_sources = merge_section(
            name,
            Section::Source,
            &mut target.sources,
            part.sources,
            origins,
            |s| &s.id,
        )?;
        record(
            &mut self.provenance.sources,
            &mut self.provenance.replaced_sources,
            layer,
            &source_ids,
            replaced_sources,
            |id| target.sources.iter().find(|s| s.id == id),
        );
        merge_section(
            name,
            Section::Category,
            &mut target.categories,
            part.categories,
            origins,
            |c| &c.id,
        )?;
        merge_section(
            name,
            Section::Placeholder,
            &mut target.placeholders,
            part.placeholders,
            origins,
            |p| &p.key,
        )?;
        let replaced_guidance = merge_section(
            name,
            Section::Guidance,
            &mut target.guidance,
            part.guidance,
            origins,
            |g| &g.id,
        )?;
        record(
            &mut self.provenance.guidance,
            &mut self.provenance.replaced_guidance,
            layer,
            &guidance_ids,
            replaced_guidance,
            |id| target.guidance.iter().find(|g| g.id == id),
        );
        let replaced_tools = merge_section(
            name,
            Section::Tool,
            &mut target.tools,
            part.tools,
            origins,
            |t| &t.id,
        )?;
        let positions = self.positions.get(&Section::Tool);
        record(
            &mut self.provenance.tools,
            &mut self.provenance.replaced_tools,
            layer,
            &tool_ids,
            replaced_tools,
            |id| positions.and_then(|p| p.get(id)).map(|&i| &target.tools[i]),
        );
        Ok(())
    }

    /// Validates the merged catalogue and returns it.
    pub fn finish(self) -> Result<Catalog, LoadError> {
        validate(&self.catalog, &self.origins)?;
        super::validate_local::validate_local(&self.catalog)?;
        super::validate_quotes::validate_quotes(
            &self.catalog,
            &self.origins,
            &self.provenance,
            &self.library,
            super::validate_quotes::Scope::Layers,
        )?;
        let mut catalog = without_invisible(self.catalog);
        catalog.provenance = self.provenance;
        Ok(catalog)
    }
}

/// Invisible and format characters are refused in names (validation) and
/// removed from every other text here, once: the interface, the commands,
/// `--json` output and the search index all get clean text. Walks the
/// serialised form, so new text fields are covered without code here.
fn without_invisible(catalog: Catalog) -> Catalog {
    fn strip(value: &mut serde_json::Value) -> bool {
        match value {
            serde_json::Value::String(text) => {
                if !text.chars().any(crate::sanitize::is_invisible) {
                    return false;
                }
                text.retain(|c| !crate::sanitize::is_invisible(c));
                true
            }
            serde_json::Value::Array(items) => {
                // Every item, not only up to the first change.
                let mut changed = false;
                for item in items {
                    changed |= strip(item);
                }
                changed
            }
            serde_json::Value::Object(map) => {
                let mut changed = false;
                for item in map.values_mut() {
                    changed |= strip(item);
                }
                changed
            }
            _ => false,
        }
    }
    let Ok(mut value) = serde_json::to_value(&catalog) else {
        return catalog;
    };
    if !strip(&mut value) {
        return catalog;
    }
    serde_json::from_value(value).unwrap_or(catalog)
}

/// Loads the embedded catalogue, then each extra path in order.
pub fn load(extra: &[PathBuf], with_embedded: bool) -> Result<Catalog, LoadError> {
    let mut loader = Loader::new(with_embedded)?;
    for path in extra {
        loader.add_path(path)?;
    }
    loader.finish()
}

/// The files [`load`] reads for `extra`, in its order (what a cache is
/// keyed on), then the texts of documents added locally beside them
/// (`sources/*.txt`): a text changed after it was added must be checked
/// again, never read back as valid from a cache.
pub fn source_files(extra: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut files = Vec::new();
    for path in extra {
        if path.is_dir() {
            files.extend(json_files(path)?);
        } else {
            files.push(path.clone());
        }
    }
    let mut folders: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| f.parent().map(|p| p.join(super::documents::FOLDER)))
        .collect();
    folders.sort();
    folders.dedup();
    for folder in folders.into_iter().filter(|f| f.is_dir()) {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        let mut texts: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        texts.sort();
        files.extend(texts);
    }
    Ok(files)
}

/// The embedded catalogue's texts, with their names.
pub fn embedded_texts() -> impl Iterator<Item = (&'static str, &'static str)> {
    EMBEDDED.into_iter()
}

/// The embedded catalogue alone.
pub fn embedded() -> Result<Catalog, LoadError> {
    load(&[], true)
}

/// Where merged entries came from and where they are.
struct Merging<'a> {
    origins: &'a mut Origins,
    positions: &'a mut HashMap<Section, HashMap<String, usize>>,
}

/// Merges a file's entries of one section; returns the entries they
/// replaced, with their ids.
fn merge_section<T>(
    file: &str,
    section: Section,
    target: &mut Vec<T>,
    items: Vec<T>,
    merging: &mut Merging<'_>,
    id_of: impl Fn(&T) -> &String,
) -> Result<Vec<(String, T)>, LoadError> {
    let mut replaced = Vec::new();
    // Positions by id, kept from file to file: merging stays linear.
    let position = merging.positions.entry(section).or_default();
    if position.len() != target.len() {
        *position = target
            .iter()
            .enumerate()
            .map(|(i, t)| (id_of(t).clone(), i))
            .collect();
    }
    let mut seen_in_file: HashSet<String> = HashSet::with_capacity(items.len());
    for item in items {
        let id = id_of(&item).clone();
        if !seen_in_file.insert(id.clone()) {
            return Err(LoadError::in_file(
                file,
                LoadProblem::DuplicateId {
                    id: crate::sanitize::clean_line(&id),
                    section,
                },
            ));
        }
        if let Some(&index) = position.get(&id) {
            replaced.push((id.clone(), std::mem::replace(&mut target[index], item)));
        } else {
            position.insert(id.clone(), target.len());
            target.push(item);
        }
        merging.origins.insert((section, id), file.to_owned());
    }
    Ok(replaced)
}

fn json_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        LoadError::in_file(
            &shown,
            LoadProblem::UnreadableFolder(super::files::io_reason(e)),
        )
    })?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| {
                LoadError::in_file(
                    &shown,
                    LoadProblem::UnreadableFolder(super::files::io_reason(e)),
                )
            })?
            .path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            // Never skipped silently: the user would not know why a file
            // is missing from the catalogue.
            return Err(LoadError::in_file(
                path.display().to_string(),
                LoadProblem::FileNameNotUtf8,
            ));
        };
        let is_json = Path::new(name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if !is_json || name.ends_with(SCHEMA_SUFFIX) || name.starts_with('.') || path.is_dir() {
            continue;
        }
        // FIFOs and devices are named in the error when read.
        files.push(path);
    }
    if files.is_empty() {
        return Err(LoadError::in_file(shown, LoadProblem::NoJsonFile));
    }
    files.sort();
    Ok(files)
}

/// Parses one catalogue part, its elements counted first: a file of
/// millions of empty texts is refused before anything is allocated.
fn parse_part(name: &str, text: &str) -> Result<Catalog, LoadError> {
    crate::input::check_json_elements(text.as_bytes(), crate::input::MAX_JSON_ELEMENTS).map_err(
        |refused| {
            let refusal = super::error::FileRefusal::Other(refused.to_string());
            LoadError::in_file(name, LoadProblem::File(refusal))
        },
    )?;
    serde_json::from_str(text).map_err(|e| json_error(name, &e))
}

/// Turns a serde_json error into `file:line:column` and what it says
/// (put in French by `text`).
fn json_error(name: &str, err: &serde_json::Error) -> LoadError {
    let full = err.to_string();
    // serde_json appends " at line L column C"; we give the location first instead.
    let raw = full
        .rfind(" at line ")
        .map_or(full.as_str(), |cut| &full[..cut]);
    LoadError::new(
        Location::Position {
            file: name.to_owned(),
            line: err.line(),
            column: err.column(),
        },
        LoadProblem::Json(raw.to_owned()),
    )
}
