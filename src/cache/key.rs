//! The key of a cache file: where it lives for a set of sources, and the
//! content hash of everything the catalogue is built from.

use std::io::Read;
use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::Xxh3Default;

use super::file;
use crate::catalog;

/// The bytes of the sources, from their sizes (nothing is read).
pub(super) fn source_bytes(extra: &[PathBuf], with_embedded: bool) -> u64 {
    let embedded: u64 = catalog::embedded_texts()
        .filter(|_| with_embedded)
        .map(|(_, text)| text.len() as u64)
        .sum();
    let files = catalog::source_files(extra).unwrap_or_default();
    let sizes = files.iter().filter_map(|f| std::fs::metadata(f).ok());
    embedded + sizes.map(|m| m.len()).sum::<u64>()
}

/// The cache file for a set of sources (by path): one file per set,
/// rewritten when their content changes, so editing a catalogue does not
/// pile up stale files.
pub(super) fn cache_path(folder: &Path, extra: &[PathBuf], with_embedded: bool) -> PathBuf {
    let mut identity = Xxh3Default::new();
    identity.update(&[u8::from(with_embedded)]);
    for path in extra {
        let shown = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        identity.update(shown.as_os_str().as_encoded_bytes());
        identity.update(&[0]);
    }
    folder.join(format!("catalogue-{:016x}.bin", identity.digest()))
}

/// The content hash of everything the catalogue is built from, or `None`
/// when the sources are too small to be worth a cache, or cannot be read
/// as regular files (the loader then reports the problem).
pub(super) fn sources_key(
    extra: &[PathBuf],
    with_embedded: bool,
    min_bytes: u64,
) -> Option<Sources> {
    let files = catalog::source_files(extra).ok()?;
    let stamps = stamps(&files)?;
    // A file larger than the loader reads is refused by it: never hashed
    // (a sparse file of terabytes would be read whole, for minutes).
    if stamps.iter().any(|(len, _)| *len > catalog::MAX_FILE_BYTES) {
        return None;
    }
    let embedded: u64 = catalog::embedded_texts()
        .filter(|_| with_embedded)
        .map(|(_, text)| text.len() as u64)
        .sum();
    let total: u64 = stamps.iter().map(|(len, _)| len).sum();
    if total + embedded < min_bytes {
        return None;
    }
    let mut hasher = Xxh3Default::new();
    hash_part(&mut hasher, b"program", program_identity().as_bytes());
    if with_embedded {
        for (name, text) in catalog::embedded_texts() {
            hash_part(&mut hasher, name.as_bytes(), text.as_bytes());
        }
    }
    let size = usize::try_from(total).map_or(file::BUFFER, |t| t.clamp(64, file::BUFFER));
    let mut buffer = vec![0_u8; size];
    for path in &files {
        hasher.update(path.as_os_str().as_encoded_bytes());
        hasher.update(&[0]);
        // Opened and checked as the loader opens it: without blocking (a
        // FIFO put in the file's place since it was measured), a regular
        // file, the user's where the loader requires it (a file that
        // became another user's or writable by anyone, its content the
        // same, must not be taken from the cache unchecked), read up to
        // the loader's cap.
        let opened = crate::input::open(path, expected(path)).ok()?;
        let mut source = opened.take(catalog::MAX_FILE_BYTES + 1);
        let mut len: u64 = 0;
        loop {
            let got = source.read(&mut buffer).ok()?;
            if got == 0 {
                break;
            }
            hasher.update(&buffer[..got]);
            len += got as u64;
        }
        if len > catalog::MAX_FILE_BYTES {
            return None;
        }
        hasher.update(&len.to_le_bytes());
    }
    Some(Sources {
        key: hasher.digest128(),
        stamps,
    })
}

/// What the loader requires of a source file: the adviser's own file and
/// the documents beside it are kept files, a team folder's files and
/// documents are shared files, any other is a file the user named.
fn expected(path: &Path) -> crate::input::Expect {
    use crate::catalog::origin::{LayerKind, kind_of, own_file, team_folder};
    use crate::input::Expect;
    let resolve = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let kind = match kind_of(path) {
        LayerKind::File => {
            // A document is read as the layer beside its folder is.
            let layer_folder = path
                .parent()
                .filter(|folder| folder.file_name() == Some(catalog::documents::FOLDER.as_ref()))
                .and_then(Path::parent)
                .map(resolve);
            let own_folder = own_file().and_then(|f| f.parent().map(resolve));
            match layer_folder {
                Some(folder) if Some(&folder) == own_folder.as_ref() => LayerKind::Own,
                Some(folder) if Some(folder.as_path()) == team_folder() => LayerKind::Team,
                _ => LayerKind::File,
            }
        }
        kind => kind,
    };
    match kind {
        LayerKind::Own => Expect::Kept,
        LayerKind::Team => Expect::Shared,
        LayerKind::File => Expect::Named,
    }
}

/// The key of a set of sources, and each file's size and modification
/// time when it was taken.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Sources {
    pub(super) key: u128,
    pub(super) stamps: Vec<Stamp>,
}

pub(super) type Stamp = (u64, Option<std::time::SystemTime>);

/// Size and modification time of each file; `None` if one is not a
/// regular file or cannot be read.
pub(super) fn stamps(files: &[PathBuf]) -> Option<Vec<Stamp>> {
    files
        .iter()
        .map(|path| {
            let meta = std::fs::metadata(path).ok()?;
            meta.is_file().then(|| (meta.len(), meta.modified().ok()))
        })
        .collect()
}

/// A name and its bytes, delimited so that parts cannot run together.
fn hash_part(hasher: &mut Xxh3Default, name: &[u8], bytes: &[u8]) {
    hasher.update(name);
    hasher.update(&[0]);
    hasher.update(bytes);
    hasher.update(&(bytes.len() as u64).to_le_bytes());
}

/// The program's version and build: a rebuilt program may lay out its
/// catalogue or index differently, so its caches are not reused. The
/// executable's size and modification time stand for its build.
fn program_identity() -> String {
    let build = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|meta| {
            let modified = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {modified}", meta.len())
        })
        .unwrap_or_default();
    format!("{} {build}", env!("CARGO_PKG_VERSION"))
}
