//! The tools' bodies in the cache file: each encoded apart, one after the
//! other in their section, and a table of where each ends with its own
//! checksum. A command that needs every tool whole decodes the section in
//! one pass (its checksum covers it all); the interface keeps the table
//! and reads one body when a card needs it, checking that body's sum.

use std::fs::File;
use std::io::Read;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64_with_seed;

use super::file::{At, Sections};
use super::parts::ToolBody;
use crate::catalog::bodies::{self, Bodies};

/// Where each body ends in its section, and its checksum.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct BodyTable {
    ends: Vec<u64>,
    sums: Vec<u64>,
}

/// The seed of a body's checksum: the cache's key, so that a body is
/// only ever read back into the cache it was written for.
fn seed(key: u128) -> u64 {
    // Folding the key's halves into the seed is the intent.
    #[allow(clippy::cast_possible_truncation)]
    let (low, high) = (key as u64, (key >> 64) as u64);
    low ^ high
}

/// Encodes the bodies one after the other into `out`; returns their table.
pub fn write(
    out: &mut impl std::io::Write,
    bodies: &[ToolBody<'_>],
    key: u128,
) -> Result<BodyTable, rmp_serde::encode::Error> {
    let mut table = BodyTable::default();
    let mut end = 0_u64;
    for body in bodies {
        let bytes = rmp_serde::to_vec_named(body)?;
        out.write_all(&bytes)
            .map_err(|e| rmp_serde::encode::Error::Syntax(e.to_string()))?;
        end += bytes.len() as u64;
        table.ends.push(end);
        table.sums.push(xxh3_64_with_seed(&bytes, seed(key)));
    }
    Ok(table)
}

/// The bodies of a cache file, read one at a time.
#[derive(Debug)]
pub struct BodyStore {
    /// The checked file, as opened: a newer cache renamed over the path
    /// does not change what this handle reads.
    file: File,
    seed: u64,
    /// Where the section starts in the file.
    start: u64,
    table: BodyTable,
    /// Removed when a body cannot be read: the next start rebuilds it.
    path: std::path::PathBuf,
}

impl BodyStore {
    /// The store of the bodies in section `index`, with the table read
    /// from section `table`; `None` if the table does not describe the
    /// section exactly.
    pub fn open(
        sections: &Sections,
        index: usize,
        table: usize,
        path: &std::path::Path,
    ) -> Option<Self> {
        let table: BodyTable = sections.decode(table)?;
        let (start, len) = sections.span(index)?;
        let ordered = table.ends.windows(2).all(|w| w[0] <= w[1]);
        let fits = table.ends.last().copied().unwrap_or(0) == len;
        if table.ends.len() != table.sums.len() || !ordered || !fits {
            return None;
        }
        Some(Self {
            file: sections.handle()?,
            seed: seed(sections.key),
            start,
            table,
            path: path.to_path_buf(),
        })
    }

    /// How many bodies the table of section `table` lists.
    pub fn count(sections: &Sections, table: usize) -> Option<usize> {
        sections
            .decode::<BodyTable>(table)
            .map(|table| table.ends.len())
    }

    /// How many bodies the store holds.
    pub fn len(&self) -> usize {
        self.table.ends.len()
    }

    /// Whether the store holds no body.
    pub fn is_empty(&self) -> bool {
        self.table.ends.is_empty()
    }
}

impl Bodies for BodyStore {
    fn body(&self, index: usize) -> Option<bodies::ToolBody> {
        let body = self.read(index);
        if body.is_none() {
            // Damaged or changed under the program: rebuilt at next start.
            let _ = std::fs::remove_file(&self.path);
        }
        body
    }
}

impl BodyStore {
    fn read(&self, index: usize) -> Option<bodies::ToolBody> {
        let end = *self.table.ends.get(index)?;
        let begin = match index.checked_sub(1) {
            Some(before) => *self.table.ends.get(before)?,
            None => 0,
        };
        let len = end.checked_sub(begin)?;
        let mut bytes = Vec::with_capacity(usize::try_from(len).ok()?);
        let at = At {
            file: &self.file,
            position: self.start.checked_add(begin)?,
        };
        at.take(len).read_to_end(&mut bytes).ok()?;
        let intact = bytes.len() as u64 == len
            && xxh3_64_with_seed(&bytes, self.seed) == *self.table.sums.get(index)?;
        if !intact {
            return None;
        }
        let body: ToolBody<'static> = rmp_serde::from_slice(&bytes).ok()?;
        Some(body.into_owned())
    }
}
