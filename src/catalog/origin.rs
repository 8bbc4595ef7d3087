//! Where every fact of the merged catalogue comes from: a bundled source
//! document, the adviser's own file, or another layer (a colleague's file
//! given with `--data`, a team folder's member). Built by the loader as it
//! merges files, so that no renderer guesses provenance from the text.
//!
//! Also keeps what a layer replaced: the bundled version of a tool or a
//! guidance section (and other layers' versions), so the card can show the
//! sourced version beside the change.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a layer file says about itself (written by `export --overlay` and
/// the team folder): who made it and when.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LayerHeader {
    /// Who made the additions.
    pub author: String,
    /// When the file was written, `AAAA-MM-JJ`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
}

/// The text of a document added locally, kept in the data folder.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LocalDocument {
    /// File name in the data folder's `sources/` folder.
    pub file: String,
    /// Checksum of the text (XXH3-128, hexadecimal).
    pub checksum: String,
}

/// How a layer reached the catalogue.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum LayerKind {
    /// The adviser's own file in the data folder.
    Own,
    /// A file given with `--data`.
    File,
    /// A colleague's file in the team folder.
    Team,
}

/// One file merged after the bundled data.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Layer {
    pub kind: LayerKind,
    /// The file as given (path shown to the user).
    pub file: String,
    /// Who made it: the file's header, else the first author of its
    /// additions, else the file's name.
    pub author: String,
    /// When: the header's date, else the latest date of its additions.
    pub date: String,
}

/// The origin of one fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Origin<'a> {
    /// Bundled, quoted from this source document (id).
    Source { source: &'a str },
    /// Added by a layer, quoting nothing or quoting a document.
    Layer {
        #[serde(flatten)]
        layer: &'a Layer,
        /// The document the layer quotes, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        source: Option<&'a str>,
    },
}

/// An earlier version of an entry that a layer replaced: `None` is the
/// bundled (sourced) one, `Some(i)` the one of layer `i`.
pub type Earlier<T> = Vec<(Option<usize>, T)>;

/// Origins of the merged catalogue's entries; empty for the bundled data
/// alone. Generic over the entries kept (the catalogue's tools, guidance
/// sections and sources), so that this file does not depend on the model
/// that holds it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Provenance<Tool, Guidance, Source> {
    /// The layers, in merge order.
    pub layers: Vec<Layer>,
    /// Tool id → layer that gave the version kept.
    pub tools: HashMap<String, usize>,
    /// Guidance id → layer.
    pub guidance: HashMap<String, usize>,
    /// Source id → layer.
    pub sources: HashMap<String, usize>,
    /// (note id, author) → layer.
    pub notes: HashMap<(String, String), usize>,
    /// Tool id → layer of its local message.
    pub messages: HashMap<String, usize>,
    /// Tool id → layer of its evaluation.
    pub evaluations: HashMap<String, usize>,
    /// Ids of the needs (categories) a layer gave.
    pub categories: std::collections::HashSet<String>,
    /// (tool id, passage) → layer of a quoted passage.
    pub citations: HashMap<(String, String), usize>,
    /// Versions a later layer replaced, oldest first.
    pub replaced_tools: HashMap<String, Earlier<Tool>>,
    /// Guidance sections a later layer replaced.
    pub replaced_guidance: HashMap<String, Earlier<Guidance>>,
    /// Sources a later layer replaced.
    pub replaced_sources: HashMap<String, Earlier<Source>>,
}

impl<Tool, Guidance, Source> Default for Provenance<Tool, Guidance, Source> {
    fn default() -> Self {
        Self {
            layers: Vec::new(),
            tools: HashMap::new(),
            guidance: HashMap::new(),
            sources: HashMap::new(),
            notes: HashMap::new(),
            messages: HashMap::new(),
            evaluations: HashMap::new(),
            categories: std::collections::HashSet::new(),
            citations: HashMap::new(),
            replaced_tools: HashMap::new(),
            replaced_guidance: HashMap::new(),
            replaced_sources: HashMap::new(),
        }
    }
}

impl<Tool, Guidance, Source> Provenance<Tool, Guidance, Source> {
    /// Whether nothing came from a layer.
    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }

    /// The layer of a tool, if a layer gave it.
    pub fn tool_layer(&self, id: &str) -> Option<&Layer> {
        self.tools.get(id).and_then(|&i| self.layers.get(i))
    }

    /// The layer of a guidance section, if a layer gave it.
    pub fn guidance_layer(&self, id: &str) -> Option<&Layer> {
        self.guidance.get(id).and_then(|&i| self.layers.get(i))
    }

    /// The layer of a note.
    pub fn note_layer(&self, id: &str, author: &str) -> Option<&Layer> {
        self.notes
            .get(&(id.to_owned(), author.to_owned()))
            .and_then(|&i| self.layers.get(i))
    }

    /// The layer of a tool's local message.
    pub fn message_layer(&self, tool: &str) -> Option<&Layer> {
        self.messages.get(tool).and_then(|&i| self.layers.get(i))
    }

    /// The layer of a tool's evaluation.
    pub fn evaluation_layer(&self, tool: &str) -> Option<&Layer> {
        self.evaluations.get(tool).and_then(|&i| self.layers.get(i))
    }

    /// The layer of a quoted passage.
    pub fn citation_layer(&self, tool: &str, text: &str) -> Option<&Layer> {
        self.citations
            .get(&(tool.to_owned(), text.to_owned()))
            .and_then(|&i| self.layers.get(i))
    }

    /// The layer at `index`.
    pub fn layer(&self, index: usize) -> Option<&Layer> {
        self.layers.get(index)
    }

    /// The bundled version of a tool a layer replaced.
    pub fn bundled_tool(&self, id: &str) -> Option<&Tool> {
        self.replaced_tools
            .get(id)?
            .iter()
            .find(|(layer, _)| layer.is_none())
            .map(|(_, tool)| tool)
    }

    /// The bundled version of a guidance section a layer replaced.
    pub fn bundled_guidance(&self, id: &str) -> Option<&Guidance> {
        self.replaced_guidance
            .get(id)?
            .iter()
            .find(|(layer, _)| layer.is_none())
            .map(|(_, g)| g)
    }
}

/// The team folder of this run (set once by the program before loading):
/// files read from it are team layers.
static TEAM_FOLDER: OnceLock<PathBuf> = OnceLock::new();

/// Marks `folder` as the team folder for this run.
pub fn set_team_folder(folder: &Path) {
    let _ = TEAM_FOLDER.set(
        folder
            .canonicalize()
            .unwrap_or_else(|_| folder.to_path_buf()),
    );
}

/// The team folder of this run, if any.
pub fn team_folder() -> Option<&'static Path> {
    TEAM_FOLDER.get().map(PathBuf::as_path)
}

/// The adviser's own file: `$XDG_DATA_HOME/repere/local.json` (or the
/// platform's data folder).
pub fn own_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("fr", "repere", "repere")
        .map(|dirs| dirs.data_dir().join("local.json"))
}

/// The kind of layer a file read from `path` is. Cheap for the many
/// files of a folder: the own file is recognised by name first, and paths
/// are resolved only when it could match.
pub fn kind_of(path: &Path) -> LayerKind {
    static OWN: OnceLock<Option<PathBuf>> = OnceLock::new();
    let own = OWN.get_or_init(|| own_file().map(|p| p.canonicalize().unwrap_or(p)));
    let resolve = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    if let Some(own) = own
        && own.file_name() == path.file_name()
        && resolve(path) == *own
    {
        return LayerKind::Own;
    }
    if let Some(team) = team_folder()
        && path.parent().map(resolve).as_deref() == Some(team)
    {
        return LayerKind::Team;
    }
    LayerKind::File
}
