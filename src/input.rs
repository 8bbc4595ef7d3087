//! One bounded reader for every input: catalogue files, answers files,
//! standard input, the editor's draft, the clipboard helper's input, the
//! state and overlay files, the cache.
//!
//! A file is opened without blocking (a FIFO would wait for a writer for
//! ever), then checked on the opened handle, never on the path again (the
//! path may change in between): a regular file where one is expected;
//! for the files repere keeps by a fixed path, owned by the user and not
//! writable by others. It is then read up to a cap, checked while reading
//! (a file may grow after it was measured). Nothing here reads without a
//! bound.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// What kind of file is expected at a path, which says what is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A file the user named (`--data`, `--reponses`): links are followed;
    /// a regular file.
    Named,
    /// A file repere keeps by a fixed path that the user may manage (the
    /// state, the overlay: a dotfile manager may link them): links are
    /// followed; a regular file owned by the user, not writable by others.
    Kept,
    /// A file only repere writes (the cache, a lock): a link is refused;
    /// a regular file owned by the user, not writable by others.
    Private,
    /// A colleague's file in the team folder. A synchronisation engine
    /// (Nextcloud, Syncthing, an SMB mount, git) writes every file it
    /// brings as the user of this machine, so the rule of repere's own
    /// files applies: a link is refused (it could point anywhere), a
    /// regular file owned by the user, not writable by the group or by
    /// anyone (another account of this machine could rewrite it).
    Shared,
}

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// There is nothing at the path.
    Missing,
    /// A FIFO, a device, a folder.
    NotRegular,
    /// A symbolic link where repere only accepts its own file.
    Link,
    /// Owned by another user.
    NotOurs,
    /// Writable by the group or by anyone.
    WritableByOthers,
    /// Larger than the cap.
    TooBig { size: u64, cap: u64 },
    /// Not UTF-8 text.
    NotText,
    /// More texts, objects and lists than any real file of its kind holds:
    /// parsed, each would take many times its bytes in memory.
    TooManyElements { count: usize, cap: usize },
    /// The system refused.
    Io(io::Error),
}

/// Opens `path` without blocking and checks the opened file as `expect`
/// says.
pub fn open(path: &Path, expect: Expect) -> Result<File, Refused> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        let mut flags = rustix::fs::OFlags::NONBLOCK;
        if matches!(expect, Expect::Private | Expect::Shared) {
            flags |= rustix::fs::OFlags::NOFOLLOW;
        }
        options.custom_flags(i32::try_from(flags.bits()).unwrap_or(0));
    }
    let file = match options.open(path) {
        Ok(file) => file,
        // A part of the path that is a file: nothing can be there either.
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            return Err(Refused::Missing);
        }
        // O_NOFOLLOW on a link: ELOOP.
        Err(e) if is_link_refusal(&e) && matches!(expect, Expect::Private | Expect::Shared) => {
            return Err(Refused::Link);
        }
        Err(e) => return Err(Refused::Io(e)),
    };
    let meta = file.metadata().map_err(Refused::Io)?;
    check(&meta, expect)?;
    if expect == Expect::Kept {
        check_link_owner(path)?;
    }
    Ok(file)
}

/// A kept file may be a link (a dotfile manager's), but only one the user
/// made: a link another user planted in a folder they can write would
/// point at any file of the user's, and the save would replace it.
#[cfg(unix)]
fn check_link_owner(path: &Path) -> Result<(), Refused> {
    use std::os::unix::fs::MetadataExt as _;
    match std::fs::symlink_metadata(path) {
        Ok(link)
            if link.file_type().is_symlink()
                && link.uid() != rustix::process::getuid().as_raw() =>
        {
            Err(Refused::NotOurs)
        }
        _ => Ok(()),
    }
}

// The same signature as on Unix, where the check can refuse.
#[cfg(not(unix))]
#[allow(clippy::unnecessary_wraps)]
fn check_link_owner(_: &Path) -> Result<(), Refused> {
    Ok(())
}

/// Whether opening failed on a symbolic link (`O_NOFOLLOW`).
#[cfg(unix)]
pub fn is_link_refusal(error: &io::Error) -> bool {
    error.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error())
}

/// Whether opening failed on a symbolic link (`O_NOFOLLOW`).
#[cfg(not(unix))]
pub fn is_link_refusal(_: &io::Error) -> bool {
    false
}

/// The checks on an opened file.
pub fn check(meta: &std::fs::Metadata, expect: Expect) -> Result<(), Refused> {
    if !meta.is_file() {
        return Err(Refused::NotRegular);
    }
    if expect != Expect::Named {
        check_ours(meta)?;
    }
    Ok(())
}

#[cfg(unix)]
fn check_ours(meta: &std::fs::Metadata) -> Result<(), Refused> {
    use std::os::unix::fs::MetadataExt as _;
    if meta.uid() != rustix::process::getuid().as_raw() {
        return Err(Refused::NotOurs);
    }
    if meta.mode() & 0o022 != 0 {
        return Err(Refused::WritableByOthers);
    }
    Ok(())
}

// The same signature as on Unix, where the check can refuse.
#[cfg(not(unix))]
#[allow(clippy::unnecessary_wraps)]
fn check_ours(_: &std::fs::Metadata) -> Result<(), Refused> {
    Ok(())
}

/// Reads at most `cap` bytes of a reader; more is refused.
pub fn read_capped(reader: impl Read, cap: u64) -> Result<Vec<u8>, Refused> {
    let mut bytes = Vec::new();
    reader
        .take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Refused::Io)?;
    let size = bytes.len() as u64;
    if size > cap {
        return Err(Refused::TooBig { size, cap });
    }
    Ok(bytes)
}

/// Opens and reads a whole file of at most `cap` bytes.
pub fn read(path: &Path, expect: Expect, cap: u64) -> Result<Vec<u8>, Refused> {
    let file = open(path, expect)?;
    let size = file.metadata().map_err(Refused::Io)?.len();
    if size > cap {
        return Err(Refused::TooBig { size, cap });
    }
    read_capped(file, cap)
}

/// The most texts, objects and lists one JSON file may hold. Real tools
/// take about 21 bytes per element (20,000 synthetic tools: 1.35 million
/// in 28.6 MB), so the largest catalogue file read (128 MB) holds about
/// 6 million; `["","",…]` in a
/// 128 MB file would hold 42 million, each a 24-byte string once parsed
/// (more than a gigabyte): refused before parsing.
pub const MAX_JSON_ELEMENTS: usize = 16_000_000;

/// Counts the texts (quote pairs), objects and lists of a JSON text
/// without parsing it, and refuses more than `cap`. Quotes and braces
/// inside texts are counted too: the count is never below the truth.
pub fn check_json_elements(bytes: &[u8], cap: usize) -> Result<(), Refused> {
    let quotes = memchr::memchr_iter(b'"', bytes).count();
    let containers = memchr::memchr2_iter(b'{', b'[', bytes).count();
    let count = quotes / 2 + containers;
    if count > cap {
        return Err(Refused::TooManyElements { count, cap });
    }
    Ok(())
}

/// Bytes as text.
pub fn utf8(bytes: Vec<u8>) -> Result<String, Refused> {
    String::from_utf8(bytes).map_err(|_| Refused::NotText)
}

/// Reads standard input up to `cap` bytes, as text.
pub fn read_stdin(cap: u64) -> Result<String, Refused> {
    utf8(read_capped(io::stdin().lock(), cap)?)
}

/// Reads one line of at most `cap` bytes (its end included); `None` at
/// the end of input. A longer line is refused, never kept growing.
pub fn read_line(input: &mut impl io::BufRead, cap: u64) -> Result<Option<String>, Refused> {
    let mut bytes = Vec::new();
    let read = io::BufRead::read_until(
        &mut io::Read::take(&mut *input, cap.saturating_add(1)),
        b'\n',
        &mut bytes,
    )
    .map_err(Refused::Io)?;
    if read == 0 {
        return Ok(None);
    }
    let size = bytes.len() as u64;
    if size > cap && !bytes.ends_with(b"\n") {
        return Err(Refused::TooBig { size, cap });
    }
    utf8(bytes).map(Some)
}

#[cfg(test)]
mod tests {
    // A test fails by panicking.
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// The cap leaves room for the largest real catalogues: 20,000
    /// synthetic tools hold under a tenth of it.
    #[test]
    fn large_real_catalogues_stay_far_below_the_element_cap() {
        let base = crate::catalog::embedded().unwrap();
        let json = crate::synth::catalog_json(&base, 20_000, 1);
        assert!(check_json_elements(json.as_bytes(), MAX_JSON_ELEMENTS / 10).is_ok());
    }

    #[test]
    fn empty_texts_beyond_the_cap_are_refused() {
        let text = format!("[{}\"\"]", "\"\",".repeat(10));
        assert!(check_json_elements(text.as_bytes(), 12).is_ok());
        assert!(matches!(
            check_json_elements(text.as_bytes(), 11),
            Err(Refused::TooManyElements { count: 12, cap: 11 })
        ));
    }
}
