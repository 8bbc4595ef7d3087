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

mod file;
mod key;
mod parts;

use std::path::{Path, PathBuf};

pub use file::Rejected;

use crate::catalog::{self, Catalog, LoadError};
use crate::search::{Grams, SearchIndex, guidance_index, tool_index};
use key::{Sources, cache_path, source_bytes, sources_key, stamps};

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
        }
    }

    /// Validates a catalogue, without any cache; indexed when first asked.
    pub fn build(extra: &[PathBuf], with_embedded: bool) -> Result<Self, LoadError> {
        Ok(Self::new(catalog::load(extra, with_embedded)?, None))
    }

    /// The search index of the tools (built now if it was not).
    pub fn tool_index(&self) -> &SearchIndex {
        self.tool_index.get_or_init(|| tool_index(&self.catalog))
    }

    /// The search index of the guidance sections (built now if it was
    /// not): a search reads it back with the tools' instead of folding and
    /// stemming every section again at each start.
    pub fn guidance_index(&self) -> &SearchIndex {
        self.guidance_index
            .get_or_init(|| guidance_index(&self.catalog))
    }

    /// The catalogue and its indexes (tools, then guidance), for the
    /// interface.
    pub fn into_parts(self) -> (Catalog, SearchIndex, SearchIndex) {
        let tools = match self.tool_index.into_inner() {
            Some(index) => index,
            None => tool_index(&self.catalog),
        };
        let guides = match self.guidance_index.into_inner() {
            Some(index) => index,
            None => guidance_index(&self.catalog),
        };
        (self.catalog, tools, guides)
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
        Ok(read) if read.key == key => {
            let prepared =
                Prepared::with_indexes(read.catalog, Some(read.tools), Some(read.guides));
            return Ok((prepared, Outcome::Hit));
        }
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
        }
    }
    Ok((prepared, Outcome::Rebuilt(rejected)))
}

/// The sections of a cache file, in order.
const INDEX: usize = 0;
const GRAMS: usize = 1;
const HEADS: usize = 2;
const BODIES: usize = 3;
/// The guidance index with its prefilter (a few dozen sections: small).
const GUIDES: usize = 4;
const GUIDE_GRAMS: usize = 5;

/// What a cache file holds.
struct Stored {
    key: u128,
    catalog: Catalog,
    tools: SearchIndex,
    guides: SearchIndex,
}

/// Below this many bytes of sources (the bundled catalogue, a few
/// thousand tools) the cache is read back and the sources hashed on one
/// thread: starting threads, each with its own allocator arena and its
/// fresh pages, cost more there than they save, and on a busy machine a
/// new thread may wait for its first time slice. Measured on the bundled
/// catalogue (`perf stat`, 30 runs): 4.4 ms of CPU on three threads.
const PARALLEL_FROM_BYTES: u64 = 2 << 20;

/// Runs `first` and `second`, on two threads if `parallel`.
fn both<A: Send, B>(
    parallel: bool,
    first: impl FnOnce() -> A + Send,
    second: impl FnOnce() -> B,
) -> (A, B) {
    if !parallel {
        let a = first();
        return (a, second());
    }
    std::thread::scope(|scope| {
        let a = scope.spawn(first);
        let b = second();
        match a.join() {
            Ok(a) => (a, b),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Reads a cache file back: the indexes, the tools' heads and, for a full
/// load, the tool index's prefilter and the tools' bodies, on three
/// threads if `parallel`.
fn read(path: &Path, detail: Detail, parallel: bool) -> Result<Stored, Rejected> {
    let sections = file::open(path)?;
    let index = || {
        let mut index = sections.decode::<SearchIndex>(INDEX)?;
        if detail == Detail::Full {
            // Without it searches give the same results, slower.
            if let Some(grams) = sections.decode::<Option<Grams>>(GRAMS)? {
                index.set_grams(grams).then_some(())?;
            }
        }
        Some(index)
    };
    let bodies = || {
        (detail == Detail::Full).then(|| sections.decode::<Vec<parts::ToolBody<'static>>>(BODIES))
    };
    let heads = || {
        let heads = sections.decode::<parts::Heads<'static>>(HEADS);
        let guides = sections
            .decode::<SearchIndex>(GUIDES)
            .and_then(|mut guides| {
                if let Some(grams) = sections.decode::<Option<Grams>>(GUIDE_GRAMS)? {
                    guides.set_grams(grams).then_some(())?;
                }
                Some(guides)
            });
        heads.zip(guides)
    };
    let (index, (bodies, heads)) = both(parallel, index, || both(parallel, bodies, heads));
    let bodies = match bodies {
        Some(None) => return Err(Rejected::Corrupt),
        Some(Some(bodies)) => Some(bodies),
        None => None,
    };
    let (heads, guides) = heads.ok_or(Rejected::Corrupt)?;
    let catalog = parts::join(heads, bodies).ok_or(Rejected::Corrupt)?;
    let tools = index.ok_or(Rejected::Corrupt)?;
    let whole = tools.name_order_is_whole() && guides.name_order_is_whole();
    if !whole || tools.len() != catalog.tools.len() || guides.len() != catalog.guidance.len() {
        return Err(Rejected::Corrupt);
    }
    Ok(Stored {
        key: sections.key,
        catalog,
        tools,
        guides,
    })
}

/// Writes the cache file of a catalogue and its indexes.
fn write(path: &Path, key: u128, prepared: &Prepared) -> std::io::Result<()> {
    let (catalog, index, guides) = (
        &prepared.catalog,
        prepared.tool_index(),
        prepared.guidance_index(),
    );
    let mut out = file::Writer::create(path, key)?;
    let (heads, bodies) = parts::split(catalog);
    // The index has millions of small records and no optional fields:
    // written as arrays, without field names. The catalogue's types skip
    // empty optional fields when written, which only a format with names
    // can read back.
    out.section(|w| rmp_serde::encode::write(w, index))?;
    out.section(|w| rmp_serde::encode::write(w, &index.grams()))?;
    out.section(|w| rmp_serde::encode::write_named(w, &heads))?;
    out.section(|w| rmp_serde::encode::write_named(w, &bodies))?;
    out.section(|w| rmp_serde::encode::write(w, guides))?;
    out.section(|w| rmp_serde::encode::write(w, &guides.grams()))?;
    out.commit()
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
