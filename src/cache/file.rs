//! The cache file: a header with the key it was built for, the payload,
//! and a trailer with the payload's length and checksum.
//!
//! ```text
//! MAGIC (8 bytes) | key (16, LE) | payload | payload length (8, LE) | xxh3-128 of payload (16, LE)
//! ```
//!
//! The checksum is verified over the whole payload before anything decoded
//! from it is used: a torn or tampered file is never trusted.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;
use xxhash_rust::xxh3::Xxh3Default;

/// The file's signature; the last byte is the layout version.
const MAGIC: [u8; 8] = *b"REPERE\0\x03";
const HEADER: u64 = 8 + 16;
const TRAILER: u64 = 8 + 16;
/// Buffers for streaming: large enough to be fast, small enough not to
/// show in resident memory.
const BUFFER: usize = 1 << 20;

/// Why a cache file was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejected {
    /// No file (first start, or the cache folder was emptied).
    Missing,
    /// Built for other sources or another build of the program.
    Stale,
    /// Truncated, altered, or not a cache file: checksum or decoding failed.
    Corrupt,
}

/// Reads the two values stored in a cache file and the key they were
/// stored for. Each is decoded apart, so the decoder's buffer for the
/// first one's large texts is freed before the second is decoded.
/// The payload is decoded while another thread computes its checksum;
/// the value is returned only if the checksum matches. Decoding a damaged
/// payload first is safe: every read is bounded by the payload's length.
pub fn read<A: DeserializeOwned, B: DeserializeOwned>(
    path: &Path,
) -> Result<(u128, A, B), Rejected> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(Rejected::Missing),
        Err(_) => return Err(Rejected::Corrupt),
    };
    let meta = file.metadata().map_err(|_| Rejected::Corrupt)?;
    if !meta.is_file() || meta.len() < HEADER + TRAILER {
        return Err(Rejected::Corrupt);
    }
    let mut header = [0_u8; 24];
    file.read_exact(&mut header)
        .map_err(|_| Rejected::Corrupt)?;
    let (magic, key) = header.split_at(8);
    if magic != MAGIC {
        return Err(Rejected::Corrupt);
    }
    let key = u128::from_le_bytes(key.try_into().map_err(|_| Rejected::Corrupt)?);
    let payload_len = meta.len() - HEADER - TRAILER;
    let mut trailer = [0_u8; 24];
    file.seek(SeekFrom::End(-24))
        .map_err(|_| Rejected::Corrupt)?;
    file.read_exact(&mut trailer)
        .map_err(|_| Rejected::Corrupt)?;
    let (stored_len, stored_sum) = trailer.split_at(8);
    if stored_len != payload_len.to_le_bytes() {
        return Err(Rejected::Corrupt);
    }
    file.seek(SeekFrom::Start(HEADER))
        .map_err(|_| Rejected::Corrupt)?;
    let (sum, value) = std::thread::scope(|scope| {
        let sum = scope.spawn(|| checksum(path, payload_len));
        let mut reader = BufReader::with_capacity(BUFFER, (&file).take(payload_len));
        let first: Option<A> = rmp_serde::from_read(&mut reader).ok();
        let second: Option<B> = first
            .is_some()
            .then(|| rmp_serde::from_read(&mut reader).ok())
            .flatten();
        (sum.join().ok().flatten(), first.zip(second))
    });
    match (sum, value) {
        (Some(sum), Some((first, second))) if stored_sum == sum.to_le_bytes() => {
            Ok((key, first, second))
        }
        _ => Err(Rejected::Corrupt),
    }
}

/// The xxh3-128 of the payload, read through its own handle.
fn checksum(path: &Path, payload_len: u64) -> Option<u128> {
    let mut file = File::open(path).ok()?;
    file.seek(SeekFrom::Start(HEADER)).ok()?;
    let mut hasher = Xxh3Default::new();
    let mut remaining = payload_len;
    let mut buffer = vec![0_u8; BUFFER];
    while remaining > 0 {
        let want = usize::try_from(remaining.min(BUFFER as u64)).unwrap_or(BUFFER);
        let got = file.read(&mut buffer[..want]).ok()?;
        if got == 0 {
            return None;
        }
        hasher.update(&buffer[..got]);
        remaining -= got as u64;
    }
    Some(hasher.digest128())
}

/// Writes two values for `key` atomically (temporary file, fsync,
/// rename), readable by the user only.
pub fn write<A: Serialize, B: Serialize>(
    path: &Path,
    key: u128,
    first: &A,
    second: &B,
) -> io::Result<()> {
    if let Some(folder) = path.parent() {
        create_private_dir(folder)?;
    }
    let mut options = atomic_write_file::OpenOptions::new();
    #[cfg(unix)]
    {
        use atomic_write_file::unix::OpenOptionsExt as _;
        use std::os::unix::fs::OpenOptionsExt as _;
        options.preserve_mode(false);
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    {
        let mut out = BufWriter::with_capacity(BUFFER, &mut file);
        out.write_all(&MAGIC)?;
        out.write_all(&key.to_le_bytes())?;
        let mut payload = Checksummed {
            inner: &mut out,
            hasher: Xxh3Default::new(),
            len: 0,
        };
        // The first value (the search index) has millions of small
        // records and no optional fields: written as arrays, without field
        // names. The second (the catalogue) skips empty optional fields
        // when written, which only a format with names can read back.
        rmp_serde::encode::write(&mut payload, first).map_err(io::Error::other)?;
        rmp_serde::encode::write_named(&mut payload, second).map_err(io::Error::other)?;
        let (len, sum) = (payload.len, payload.hasher.digest128());
        out.write_all(&len.to_le_bytes())?;
        out.write_all(&sum.to_le_bytes())?;
        out.flush()?;
    }
    file.commit()
}

fn create_private_dir(folder: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(folder)
}

/// A writer that counts and hashes what goes through it.
struct Checksummed<'a, W: Write> {
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
