//! The prepared catalogue — parsed, validated, with its search index —
//! kept in the user's cache folder, so that starting on any catalogue
//! costs reading it back instead of parsing JSON, validating and folding
//! every text again.
//!
//! The cache is keyed by the content of the sources: the bytes of every
//! catalogue file in load order with its path, the embedded catalogue when
//! it is used, and the program (version and build). Any change gives a new
//! key, and the stored file is rebuilt. A cache exists only for a catalogue
//! that validated: a hit means "valid", which is the validation result
//! cached with it. Nothing here knows about terminals.

mod bodies;
mod file;
mod key;
mod parts;
mod stored;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use bodies::BodyStore;
pub use file::Rejected;

use crate::catalog::bodies::LazyBodies;
use crate::catalog::{self, Catalog, LoadError};
use crate::search::{SearchIndex, guidance_index, tool_index};
use key::{Sources, cache_path, source_bytes, sources_key, stamps};
pub use stored::{LaterGrams, LaterIndex, Tools};
use stored::{PARALLEL_FROM_BYTES, Stored, both, read, write};

/// Below this many bytes of sources (the bundled catalogue counted when
/// it is used) no cache is used. None: measured whole processes
/// (`repere search padlet`, alternated runs), reading the cache back beats
/// loading directly at every size, the bundled catalogue alone included
/// (about 3 times faster), and the first start only pays for writing it
/// once. Kept as an option for callers that want a direct load.
pub const MIN_CACHED_BYTES: u64 = 0;

/// A catalogue ready to use: validated, its tools and its guidance
/// sections (repères) indexed for search.
///
/// The indexes are built on first use: `repere check` validates 20,000
/// files without indexing them; a cache hit comes with its indexes.
#[derive(Debug)]
pub struct Prepared {
    pub catalog: Catalog,
    tool_index: std::sync::OnceLock<SearchIndex>,
    guidance_index: std::sync::OnceLock<SearchIndex>,
    /// Where the tools' bodies are, when they were not read
    /// ([`Detail::Lazy`]): every tool's body fields are empty until read.
    bodies: Option<Arc<BodyStore>>,
    /// The tool index's prefilter, when it was not read ([`Detail::Lazy`]).
    later_grams: Option<LaterGrams>,
    /// The tool index, when it was not read ([`Detail::Lazy`]).
    later_index: Option<LaterIndex>,
}

/// A prepared catalogue taken apart for the interface.
#[derive(Debug)]
pub struct Parts {
    pub catalog: Catalog,
    pub tools: Tools,
    pub guides: SearchIndex,
    /// The bodies still to read, if they were not read with the rest.
    pub bodies: Option<LazyBodies>,
    /// The tool index's prefilter still to read, likewise.
    pub later_grams: Option<LaterGrams>,
}

/// An index if it is known already.
fn known(index: Option<SearchIndex>) -> std::sync::OnceLock<SearchIndex> {
    let lock = std::sync::OnceLock::new();
    if let Some(index) = index {
        let _ = lock.set(index);
    }
    lock
}

impl Prepared {
    /// A catalogue with its tool index if it is known already.
    pub fn new(catalog: Catalog, index: Option<SearchIndex>) -> Self {
        Self::with_indexes(catalog, index, None)
    }

    /// A catalogue with its tool and guidance indexes, if known already.
    pub fn with_indexes(
        catalog: Catalog,
        tools: Option<SearchIndex>,
        guides: Option<SearchIndex>,
    ) -> Self {
        Self {
            catalog,
            tool_index: known(tools),
            guidance_index: known(guides),
            bodies: None,
            later_grams: None,
            later_index: None,
        }
    }

    /// Validates a catalogue, without any cache; indexed when first asked.
    pub fn build(extra: &[PathBuf], with_embedded: bool) -> Result<Self, LoadError> {
        Ok(Self::new(catalog::load(extra, with_embedded)?, None))
    }

    /// The search index of the tools (read or built now if it was not).
    /// From the interface's reading ([`Detail::Lazy`]) the tools have no
    /// bodies: if the index left in the file cannot be read, the one built
    /// here knows only the heads; the interface reads [`Parts::tools`].
    pub fn tool_index(&self) -> &SearchIndex {
        self.tool_index.get_or_init(|| {
            self.later_index
                .as_ref()
                .and_then(LaterIndex::read)
                .unwrap_or_else(|| tool_index(&self.catalog))
        })
    }

    /// The search index of the guidance sections (built now if it was
    /// not): a search reads it back with the tools' instead of folding and
    /// stemming every section again at each start.
    pub fn guidance_index(&self) -> &SearchIndex {
        self.guidance_index
            .get_or_init(|| guidance_index(&self.catalog))
    }

    /// A catalogue as read back from its cache file.
    fn from_stored(read: Stored) -> Self {
        let (ready, later) = match read.tools {
            Tools::Ready(index) => (Some(*index), None),
            Tools::Later(later) => (None, Some(later)),
        };
        let mut prepared = Self::with_indexes(read.catalog, ready, Some(read.guides));
        prepared.bodies = read.bodies.map(Arc::new);
        prepared.later_grams = read.later_grams;
        prepared.later_index = later;
        prepared
    }

    /// The catalogue, its indexes and its bodies still to read, for the
    /// interface.
    pub fn into_parts(self) -> Parts {
        let tools = match (self.tool_index.into_inner(), self.later_index) {
            (Some(index), _) => Tools::Ready(Box::new(index)),
            (None, Some(later)) => Tools::Later(later),
            (None, None) => Tools::Ready(Box::new(tool_index(&self.catalog))),
        };
        let guides = match self.guidance_index.into_inner() {
            Some(index) => index,
            None => guidance_index(&self.catalog),
        };
        let bodies = self.bodies.map(|store| {
            let tools = self.catalog.tools.len();
            LazyBodies::new(store, tools)
        });
        Parts {
            catalog: self.catalog,
            tools,
            guides,
            bodies,
            later_grams: self.later_grams,
        }
    }
}

/// How much of each tool a command needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Everything.
    Full,
    /// What `repere search` prints: id, name, aliases, needs, address,
    /// level and rationale. From a cache hit, the other fields of every
    /// tool are empty; without a cache, the catalogue is whole anyway.
    Heads,
    /// What the interface needs at start: everything but the tools'
    /// bodies, which are read when a card needs one (see
    /// [`crate::catalog::bodies`]). A first start reads the cache it has
    /// just written back so: the interface has one way of reading cards.
    Lazy,
}

/// What happened to the cache while loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Read back from the cache.
    Hit,
    /// Built from the sources, and the cache written for next time.
    Rebuilt(Rejected),
    /// Built from the sources without a cache (small catalogue, no cache
    /// folder, or a source that is not a regular file).
    Uncached,
}

/// Where caches live: the platform's cache folder (`$XDG_CACHE_HOME/repere`,
/// by default `~/.cache/repere`, on Linux).
pub fn default_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("fr", "repere", "repere").map(|d| d.cache_dir().to_path_buf())
}

/// Loads the catalogue through the cache in the default folder.
pub fn load(extra: &[PathBuf], with_embedded: bool) -> Result<Prepared, LoadError> {
    load_detail(extra, with_embedded, Detail::Full)
}

/// [`load`], reading back from the cache only what a command needs.
pub fn load_detail(
    extra: &[PathBuf],
    with_embedded: bool,
    detail: Detail,
) -> Result<Prepared, LoadError> {
    let folder = default_folder();
    let options = Options {
        min_bytes: MIN_CACHED_BYTES,
        detail,
    };
    load_with(folder.as_deref(), extra, with_embedded, options).map(|(prepared, _)| prepared)
}

/// Loads the whole catalogue through a cache in `folder` (none: no cache)
/// when the extra files weigh at least `min_bytes`; says what the cache
/// did. Errors are the loader's: a broken source is reported, never cached.
pub fn load_in(
    folder: Option<&Path>,
    extra: &[PathBuf],
    with_embedded: bool,
    min_bytes: u64,
) -> Result<(Prepared, Outcome), LoadError> {
    let options = Options {
        min_bytes,
        detail: Detail::Full,
    };
    load_with(folder, extra, with_embedded, options)
}

/// When a cache is used, and what is read back from it.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Below this many bytes of extra files, no cache.
    pub min_bytes: u64,
    pub detail: Detail,
}

/// [`load_in`] with all options.
pub fn load_with(
    folder: Option<&Path>,
    extra: &[PathBuf],
    with_embedded: bool,
    options: Options,
) -> Result<(Prepared, Outcome), LoadError> {
    let Options { min_bytes, detail } = options;
    let Some(folder) = folder else {
        return Ok((Prepared::build(extra, with_embedded)?, Outcome::Uncached));
    };
    let path = cache_path(folder, extra, with_embedded);
    let parallel = source_bytes(extra, with_embedded) >= PARALLEL_FROM_BYTES;
    // The sources are hashed while the cache is read back: the slower of
    // the two sets the time, not their sum.
    let (key, cached) = both(
        parallel,
        || sources_key(extra, with_embedded, min_bytes),
        || read(&path, detail, parallel),
    );
    let Some(Sources {
        key,
        stamps: before,
    }) = key
    else {
        return Ok((Prepared::build(extra, with_embedded)?, Outcome::Uncached));
    };
    let rejected = match cached {
        Ok(read) if read.key == key => return Ok((Prepared::from_stored(read), Outcome::Hit)),
        Ok(stale) => {
            // Freed before the rebuild: never two catalogues in memory.
            drop(stale);
            Rejected::Stale
        }
        Err(rejected) => rejected,
    };
    let prepared = Prepared::build(extra, with_embedded)?;
    // A source changed while it was being hashed or loaded (its size or
    // time moved): the key may not describe what was loaded, so nothing
    // is written.
    let after = catalog::source_files(extra).ok().and_then(|f| stamps(&f));
    if after.as_ref() == Some(&before) {
        // A cache that cannot be written (read-only home, full disk) only
        // costs the next start its speed.
        if write(&path, key, &prepared).is_ok() {
            remove_old_caches(folder, &path);
            if detail == Detail::Lazy {
                // Read back as every later start will: freed first, never
                // two catalogues in memory.
                drop(prepared);
                if let Ok(read) = read(&path, detail, parallel)
                    && read.key == key
                {
                    return Ok((Prepared::from_stored(read), Outcome::Rebuilt(rejected)));
                }
                // The file just written cannot be read back: the sources,
                // as if there were no cache.
                return Ok((Prepared::build(extra, with_embedded)?, Outcome::Uncached));
            }
        }
    }
    Ok((prepared, Outcome::Rebuilt(rejected)))
}

/// Caches of other sets of sources not rewritten for this long are
/// removed: a folder that was loaded once (a download, a temporary copy)
/// does not keep its cache for ever.
const CACHE_LIFETIME: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

fn remove_old_caches(folder: &Path, current: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let ours = name.starts_with("catalogue-") && path.extension().is_some_and(|e| e == "bin");
        let old = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > CACHE_LIFETIME);
        if ours && old && path != current {
            let _ = std::fs::remove_file(&path);
        }
    }
}
