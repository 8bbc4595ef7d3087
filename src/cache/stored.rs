//! What a cache file holds, section by section: reading it back (on
//! several threads for a large catalogue) and writing it.

use std::path::Path;

use super::bodies::{self, BodyStore};
use super::{Detail, Prepared, Rejected, file, parts};
use crate::catalog::Catalog;
use crate::search::{Grams, NameOrder, SearchIndex};

/// The sections of a cache file, in order.
const INDEX: usize = 0;
const GRAMS: usize = 1;
const HEADS: usize = 2;
const BODIES: usize = 3;
/// The guidance index with its prefilter (a few dozen sections: small).
const GUIDES: usize = 4;
const GUIDE_GRAMS: usize = 5;
/// Where each tool's body ends in [`BODIES`], with its checksum.
const BODY_TABLE: usize = 6;
/// The tool index's name order alone (see [`LaterIndex`]).
const NAME_ORDER: usize = 7;
/// The second half of the tools' heads ([`HEADS`] has the first), read
/// on another thread than the first.
const HEADS_REST: usize = 8;

/// What a cache file holds.
pub(super) struct Stored {
    pub(super) key: u128,
    pub(super) catalog: Catalog,
    pub(super) tools: Tools,
    pub(super) guides: SearchIndex,
    /// The bodies not read ([`Detail::Lazy`]).
    pub(super) bodies: Option<BodyStore>,
    /// The prefilter not read ([`Detail::Lazy`]).
    pub(super) later_grams: Option<LaterGrams>,
}

/// Below this many bytes of sources (the bundled catalogue, a few
/// thousand tools) the cache is read back and the sources hashed on one
/// thread: starting threads, each with its own allocator arena and its
/// fresh pages, cost more there than they save, and on a busy machine a
/// new thread may wait for its first time slice. Measured on the bundled
/// catalogue (`perf stat`, 30 runs): 4.4 ms of CPU on three threads.
pub(super) const PARALLEL_FROM_BYTES: u64 = 2 << 20;

/// Runs `first` and `second`, on two threads if `parallel`.
pub(super) fn both<A: Send, B>(
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
pub(super) fn read(path: &Path, detail: Detail, parallel: bool) -> Result<Stored, Rejected> {
    let sections = file::open(path)?;
    let rest = || sections.decode::<parts::HeadsRest<'static>>(HEADS_REST);
    // The second half of the heads goes with the lighter work of each
    // reading: the name order (interface), no bodies (search), or the
    // index (a full load, whose every thread is busy).
    let index = || {
        if detail == Detail::Lazy {
            let order = sections.decode::<NameOrder>(NAME_ORDER).map(Index::Later);
            return order.zip(rest().map(Some));
        }
        let index = sections.decode::<SearchIndex>(INDEX)?;
        if detail == Detail::Full {
            // Without it searches give the same results, slower.
            if let Some(grams) = sections.decode::<Option<Grams>>(GRAMS)? {
                index.set_grams(grams).then_some(())?;
            }
        }
        let rest = if detail == Detail::Heads {
            None
        } else {
            Some(rest()?)
        };
        Some((Index::Read(Box::new(index)), rest))
    };
    let bodies = || match detail {
        Detail::Full => (
            Some(Bodies::Read(
                BodyStore::count(&sections, BODY_TABLE).and_then(|count| {
                    sections.decode_each::<parts::ToolBody<'static>>(BODIES, count)
                }),
            )),
            None,
        ),
        Detail::Lazy => (
            Some(Bodies::Kept(BodyStore::open(
                &sections, BODIES, BODY_TABLE, path,
            ))),
            None,
        ),
        Detail::Heads => (None, rest()),
    };
    let heads = || {
        let heads = sections.decode::<parts::Heads<'static>>(HEADS);
        let guides = sections.decode::<SearchIndex>(GUIDES).and_then(|guides| {
            if let Some(grams) = sections.decode::<Option<Grams>>(GUIDE_GRAMS)? {
                guides.set_grams(grams).then_some(())?;
            }
            Some(guides)
        });
        heads.zip(guides)
    };
    let (index, ((bodies, rest_read), heads)) =
        both(parallel, index, || both(parallel, bodies, heads));
    let (index, rest_indexed) = index.ok_or(Rejected::Corrupt)?;
    let rest = rest_indexed.or(rest_read).ok_or(Rejected::Corrupt)?;
    let (read_bodies, store) = match bodies {
        Some(Bodies::Read(None) | Bodies::Kept(None)) => return Err(Rejected::Corrupt),
        Some(Bodies::Read(Some(bodies))) => (Some(bodies), None),
        Some(Bodies::Kept(Some(store))) => (None, Some(store)),
        None => (None, None),
    };
    let (mut heads, guides) = heads.ok_or(Rejected::Corrupt)?;
    heads.append_rest(rest);
    let catalog = parts::join(heads, read_bodies).ok_or(Rejected::Corrupt)?;
    let count = catalog.tools.len();
    let (tools, whole) = match index {
        Index::Read(tools) => {
            let whole = tools.name_order_is_whole() && tools.len() == count;
            (Tools::Ready(tools), whole)
        }
        Index::Later(order) => {
            let whole = order.is_whole(count);
            let later = LaterIndex {
                order,
                sections: sections.try_clone().ok_or(Rejected::Corrupt)?,
                path: path.to_path_buf(),
                count,
            };
            (Tools::Later(later), whole)
        }
    };
    let stored_all = store.as_ref().is_none_or(|s| s.len() == count);
    if !whole
        || !stored_all
        || !guides.name_order_is_whole()
        || guides.len() != catalog.guidance.len()
    {
        return Err(Rejected::Corrupt);
    }
    let later_grams = match detail {
        Detail::Lazy => Some(LaterGrams {
            sections: sections.try_clone().ok_or(Rejected::Corrupt)?,
            path: path.to_path_buf(),
        }),
        Detail::Full | Detail::Heads => None,
    };
    Ok(Stored {
        key: sections.key,
        catalog,
        tools,
        guides,
        bodies: store,
        later_grams,
    })
}

/// The tool index's prefilter, read after the interface's first screen
/// ([`Detail::Lazy`]): searches give the same results without it, only
/// slower, so the main screen does not wait for it.
#[derive(Debug)]
pub struct LaterGrams {
    sections: file::Sections,
    path: std::path::PathBuf,
}

impl LaterGrams {
    /// Reads the prefilter into `index`. One that cannot be read is left
    /// out, and the cache removed so that the next start rebuilds it.
    pub fn fill(self, index: &SearchIndex) -> bool {
        let read = self.sections.decode::<Option<Grams>>(GRAMS);
        let filled = match read {
            Some(Some(grams)) => index.set_grams(grams),
            _ => false,
        };
        if !filled && index.grams().is_none() {
            let _ = std::fs::remove_file(&self.path);
        }
        filled
    }
}

/// The tool index as read: decoded, or only its name order.
enum Index {
    Read(Box<SearchIndex>),
    Later(NameOrder),
}

/// The tools' search index: read, or still in the file ([`Detail::Lazy`]).
#[derive(Debug)]
pub enum Tools {
    Ready(Box<SearchIndex>),
    Later(LaterIndex),
}

impl Tools {
    /// The index, read now if it was not.
    pub fn read_now(self) -> Option<SearchIndex> {
        match self {
            Self::Ready(index) => Some(*index),
            Self::Later(later) => later.read(),
        }
    }
}

/// The tool index left in the file by the interface's reading: its name
/// order alone comes with the catalogue, which is all the main screen
/// lists by, and the index itself (most of the file at 100,000 tools) is
/// read while the main screen is shown. Its checksum is checked then.
#[derive(Debug)]
pub struct LaterIndex {
    order: NameOrder,
    sections: file::Sections,
    path: std::path::PathBuf,
    /// The catalogue's tools, which the index must have.
    count: usize,
}

impl LaterIndex {
    /// The tools in name order, taken out to list them while the index
    /// is read.
    pub fn take_name_order(&mut self) -> NameOrder {
        std::mem::take(&mut self.order)
    }

    /// Reads the index. One that cannot be read (or does not fit the
    /// catalogue) is `None`, and the cache is removed so that the next
    /// start rebuilds it; the caller indexes the catalogue itself.
    pub fn read(&self) -> Option<SearchIndex> {
        let index = self
            .sections
            .decode::<SearchIndex>(INDEX)
            .filter(|i| i.len() == self.count && i.name_order_is_whole());
        if index.is_none() {
            let _ = std::fs::remove_file(&self.path);
        }
        index
    }
}

/// The tools' bodies as read: decoded, or left in the file.
enum Bodies {
    Read(Option<Vec<parts::ToolBody<'static>>>),
    Kept(Option<BodyStore>),
}

/// Writes the cache file of a catalogue and its indexes.
pub(super) fn write(path: &Path, key: u128, prepared: &Prepared) -> std::io::Result<()> {
    let (catalog, index, guides) = (
        &prepared.catalog,
        prepared.tool_index(),
        prepared.guidance_index(),
    );
    let mut out = file::Writer::create(path, key)?;
    let (mut heads, tool_bodies) = parts::split(catalog);
    let rest = heads.split_rest();
    // The index has millions of small records and no optional fields:
    // written as arrays, without field names. The catalogue's types skip
    // empty optional fields when written, which only a format with names
    // can read back.
    out.section(|w| rmp_serde::encode::write(w, index))?;
    out.section(|w| rmp_serde::encode::write(w, &index.grams()))?;
    out.section(|w| rmp_serde::encode::write_named(w, &heads))?;
    let mut table = None;
    out.section(|w| {
        table = Some(bodies::write(w, &tool_bodies, key)?);
        Ok(())
    })?;
    out.section(|w| rmp_serde::encode::write(w, guides))?;
    out.section(|w| rmp_serde::encode::write(w, &guides.grams()))?;
    let table = table.unwrap_or_default();
    out.section(|w| rmp_serde::encode::write(w, &table))?;
    out.section(|w| rmp_serde::encode::write(w, &index.name_order_part()))?;
    out.section(|w| rmp_serde::encode::write_named(w, &rest))?;
    out.commit()
}
