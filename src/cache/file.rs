//! The cache file: a header with the key it was built for, sections, and
//! a table that gives each section's length and checksum.
//!
//! ```text
//! MAGIC (8 bytes) | key (16, LE) | section 0 | section 1 | …
//! | for each section: length (8, LE), xxh3-128 (16, LE) | section count (8, LE)
//! ```
//!
//! Each section's checksum covers the key, then the section: a key
//! patched into a cache built from other sources makes every section
//! fail. The file is opened without following a link and without
//! blocking, and used only if it is a regular file of the user's that no
//! one else may write; any doubt, and the cache is rebuilt, silently.
//!
//! Sections are read independently, each on its own thread if the caller
//! wants, and only the ones a command needs: `repere search` never reads
//! the tools' statements. A section's checksum is computed over the bytes
//! as they are decoded and checked before the value is used: a torn or
//! tampered file is never trusted. Decoding a damaged section first is
//! safe: every read is bounded by the section's length.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

use serde::de::DeserializeOwned;
use xxhash_rust::xxh3::Xxh3Default;

/// The file's signature; the last byte is the layout version.
const MAGIC: [u8; 8] = *b"REPERE\0\x0a";
const HEADER: u64 = 8 + 16;
/// One entry of the table: length and checksum.
const ENTRY: u64 = 8 + 16;
/// No cache has more sections than this (a damaged count is refused
/// before anything is allocated for it).
const MAX_SECTIONS: u64 = 16;
/// Buffers for streaming: large enough to be fast, small enough not to
/// show in resident memory.
pub const BUFFER: usize = 1 << 20;

/// Why a cache file was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejected {
    /// No file (first start, or the cache folder was emptied).
    Missing,
    /// Built for other sources or another build of the program.
    Stale,
    /// Truncated, altered, or not a cache file: checksum or decoding failed.
    Corrupt,
    /// Not ours: a link, not a regular file, another user's, or writable
    /// by others.
    Untrusted,
}

/// An opened cache file: its key and where its sections are.
#[derive(Debug)]
pub struct Sections {
    /// The file as opened and checked: sections are read from it by
    /// position, never by opening the path again.
    file: File,
    pub key: u128,
    /// Offset, length and checksum of each section.
    spans: Vec<(u64, u64, u128)>,
}

/// Reads a cache file's header and table (not its sections).
pub fn open(path: &Path) -> Result<Sections, Rejected> {
    let mut file = match crate::input::open(path, crate::input::Expect::Private) {
        Ok(file) => file,
        Err(crate::input::Refused::Missing) => return Err(Rejected::Missing),
        Err(crate::input::Refused::Io(_)) => return Err(Rejected::Corrupt),
        Err(_) => return Err(Rejected::Untrusted),
    };
    let corrupt = |_| Rejected::Corrupt;
    let meta = file.metadata().map_err(corrupt)?;
    if !meta.is_file() || meta.len() < HEADER + 8 {
        return Err(Rejected::Corrupt);
    }
    let mut header = [0_u8; 24];
    file.read_exact(&mut header).map_err(corrupt)?;
    let (magic, key) = header.split_at(8);
    if magic != MAGIC {
        return Err(Rejected::Corrupt);
    }
    let key = u128::from_le_bytes(key.try_into().map_err(|_| Rejected::Corrupt)?);
    file.seek(SeekFrom::End(-8)).map_err(corrupt)?;
    let count = read_u64(&mut file).ok_or(Rejected::Corrupt)?;
    if count > MAX_SECTIONS || meta.len() < HEADER + count * ENTRY + 8 {
        return Err(Rejected::Corrupt);
    }
    let table_start = meta.len() - 8 - count * ENTRY;
    file.seek(SeekFrom::Start(table_start)).map_err(corrupt)?;
    let mut spans = Vec::new();
    let mut offset = HEADER;
    for _ in 0..count {
        let len = read_u64(&mut file).ok_or(Rejected::Corrupt)?;
        let mut sum = [0_u8; 16];
        file.read_exact(&mut sum).map_err(corrupt)?;
        spans.push((offset, len, u128::from_le_bytes(sum)));
        offset = offset.checked_add(len).ok_or(Rejected::Corrupt)?;
    }
    // The sections fill the file exactly up to the table.
    if offset != table_start {
        return Err(Rejected::Corrupt);
    }
    Ok(Sections { file, key, spans })
}

fn read_u64(file: &mut File) -> Option<u64> {
    let mut bytes = [0_u8; 8];
    file.read_exact(&mut bytes).ok()?;
    Some(u64::from_le_bytes(bytes))
}

impl Sections {
    /// Decodes section `index`, through its own handle; `None` if it is
    /// missing, does not decode, or its checksum does not match.
    pub fn decode<T: DeserializeOwned>(&self, index: usize) -> Option<T> {
        self.decode_with(index, |reader| rmp_serde::from_read(reader).ok())
    }

    /// Decodes section `index` as `count` values one after the other (the
    /// tools' bodies, each encoded apart); same checks as [`Self::decode`].
    pub fn decode_each<T: DeserializeOwned>(&self, index: usize, count: usize) -> Option<Vec<T>> {
        self.decode_with(index, |reader| {
            let mut decoder = rmp_serde::Deserializer::new(reader);
            let mut values = Vec::with_capacity(count.min(1 << 20));
            for _ in 0..count {
                values.push(T::deserialize(&mut decoder).ok()?);
            }
            Some(values)
        })
    }

    /// Where section `index` starts in the file, and its length.
    pub fn span(&self, index: usize) -> Option<(u64, u64)> {
        self.spans.get(index).map(|&(offset, len, _)| (offset, len))
    }

    /// The same sections through another handle on the checked file.
    pub fn try_clone(&self) -> Option<Self> {
        Some(Self {
            file: self.handle()?,
            key: self.key,
            spans: self.spans.clone(),
        })
    }

    /// Another handle on the checked file (to read from later: the file
    /// renamed over by a newer cache stays the one checked).
    pub fn handle(&self) -> Option<File> {
        self.file.try_clone().ok()
    }

    fn decode_with<T>(
        &self,
        index: usize,
        decode: impl FnOnce(&mut BufReader<Hashing<io::Take<At<'_>>>>) -> Option<T>,
    ) -> Option<T> {
        let &(offset, len, sum) = self.spans.get(index)?;
        let mut hasher = Xxh3Default::new();
        hasher.update(&self.key.to_le_bytes());
        let at = At {
            file: &self.file,
            position: offset,
        };
        let hashing = Hashing {
            inner: at.take(len),
            hasher,
            len: 0,
        };
        // A buffer no larger than the section: a small catalogue's start
        // does not pay for zeroing megabytes it never fills.
        let capacity = usize::try_from(len).map_or(BUFFER, |len| len.clamp(64, BUFFER));
        let mut reader = BufReader::with_capacity(capacity, hashing);
        let value = decode(&mut reader)?;
        // What the decoder left unread must be nothing, but it is hashed
        // all the same so that the checksum covers the whole section.
        let mut rest = Vec::new();
        reader.read_to_end(&mut rest).ok()?;
        let hashing = reader.into_inner();
        (rest.is_empty() && hashing.len == len && hashing.hasher.digest128() == sum)
            .then_some(value)
    }
}

/// Reads a shared file from a position of its own: sections decode on
/// several threads from the one checked handle.
pub(super) struct At<'a> {
    pub(super) file: &'a File,
    pub(super) position: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        #[cfg(unix)]
        let got = std::os::unix::fs::FileExt::read_at(self.file, buffer, self.position)?;
        #[cfg(windows)]
        let got = std::os::windows::fs::FileExt::seek_read(self.file, buffer, self.position)?;
        self.position += got as u64;
        Ok(got)
    }
}

/// A reader that counts and hashes what goes through it.
pub(super) struct Hashing<R> {
    inner: R,
    hasher: Xxh3Default,
    len: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let got = self.inner.read(buffer)?;
        self.hasher.update(&buffer[..got]);
        self.len += got as u64;
        Ok(got)
    }
}

/// A cache file being written: sections one after the other, then the
/// table; nothing is visible at `path` before [`Writer::commit`].
pub struct Writer {
    file: BufWriter<atomic_write_file::AtomicWriteFile>,
    key: u128,
    table: Vec<(u64, u128)>,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer")
            .field("sections", &self.table.len())
            .finish_non_exhaustive()
    }
}

/// The writer a section's value is encoded into.
pub type SectionWriter<'a> = Checksummed<'a, BufWriter<atomic_write_file::AtomicWriteFile>>;

impl Writer {
    /// Starts a cache file for `key`, readable by the user only, in a
    /// private folder.
    pub fn create(path: &Path, key: u128) -> io::Result<Self> {
        let mut file = BufWriter::with_capacity(BUFFER, crate::private_file::open(path)?);
        file.write_all(&MAGIC)?;
        file.write_all(&key.to_le_bytes())?;
        Ok(Self {
            file,
            key,
            table: Vec::new(),
        })
    }

    /// Writes the next section with `encode`.
    pub fn section(
        &mut self,
        encode: impl FnOnce(&mut SectionWriter<'_>) -> Result<(), rmp_serde::encode::Error>,
    ) -> io::Result<()> {
        let mut hasher = Xxh3Default::new();
        hasher.update(&self.key.to_le_bytes());
        let mut section = Checksummed {
            inner: &mut self.file,
            hasher,
            len: 0,
        };
        encode(&mut section).map_err(io::Error::other)?;
        let entry = (section.len, section.hasher.digest128());
        self.table.push(entry);
        Ok(())
    }

    /// Writes the table, syncs and renames the file into place.
    pub fn commit(mut self) -> io::Result<()> {
        for (len, sum) in &self.table {
            self.file.write_all(&len.to_le_bytes())?;
            self.file.write_all(&sum.to_le_bytes())?;
        }
        self.file
            .write_all(&(self.table.len() as u64).to_le_bytes())?;
        self.file
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?
            .commit()
    }
}

/// A writer that counts and hashes what goes through it.
pub struct Checksummed<'a, W: Write> {
    inner: &'a mut W,
    hasher: Xxh3Default,
    len: u64,
}

impl<W: Write> Write for Checksummed<'_, W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let written = self.inner.write(bytes)?;
        self.hasher.update(&bytes[..written]);
        self.len += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
