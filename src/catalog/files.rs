//! Reading catalogue and state files safely: regular files only, under a
//! size cap, as UTF-8 without a byte-order mark. Every refusal is typed
//! (`text` says it in French).

use super::error::{FileRefusal, LoadError, LoadProblem, Location};
use std::path::Path;

/// Reads a file only if it is a regular file of at most `cap` bytes: a
/// FIFO would block forever, a device could be endless.
pub fn read_regular_file(path: &Path, cap: u64) -> Result<Vec<u8>, FileRefusal> {
    read_as(path, crate::input::Expect::Named, cap)
}

/// Reads a colleague's file of the team folder (or a document beside it)
/// under the rules of `input::Expect::Shared`: no link, a regular file,
/// the user's, not writable by others, at most `cap` bytes.
pub fn read_shared_file(path: &Path, cap: u64) -> Result<Vec<u8>, FileRefusal> {
    read_as(path, crate::input::Expect::Shared, cap)
}

/// Reads a file repere keeps by a fixed path in the data folder (the
/// adviser's `local.json`, the documents added beside it) under the rules
/// of `input::Expect::Kept`: a regular file, the user's, not writable by
/// others, at most `cap` bytes.
pub fn read_kept_file(path: &Path, cap: u64) -> Result<Vec<u8>, FileRefusal> {
    read_as(path, crate::input::Expect::Kept, cap)
}

fn read_as(path: &Path, expect: crate::input::Expect, cap: u64) -> Result<Vec<u8>, FileRefusal> {
    use crate::input::Refused;
    crate::input::read(path, expect, cap).map_err(|refused| match refused {
        Refused::NotRegular => FileRefusal::NotRegular,
        Refused::TooBig { size, cap } => FileRefusal::TooBig { size, cap },
        // The system's reason, said in French (`input::Refused`'s Display).
        Refused::Io(e) => FileRefusal::Io(Refused::Io(e).to_string()),
        other => FileRefusal::Other(other.to_string()),
    })
}

/// The system's reason for an error, in French: the catalogue says it
/// through `input::Refused`'s Display, never in the system's English.
pub(super) fn io_reason(error: std::io::Error) -> String {
    crate::input::Refused::Io(error).to_string()
}

/// Reads a file of additions as its layer's kind says: a team folder's
/// files as shared files, the adviser's own file (and the documents
/// beside it) as files kept by repere, any other as a file the user named.
pub fn read_layer_file(
    path: &Path,
    kind: super::origin::LayerKind,
    cap: u64,
) -> Result<Vec<u8>, FileRefusal> {
    match kind {
        super::origin::LayerKind::Team => read_shared_file(path, cap),
        super::origin::LayerKind::Own => read_kept_file(path, cap),
        super::origin::LayerKind::File => read_regular_file(path, cap),
    }
}

/// The text of a catalogue file, or what is wrong: a byte-order mark or
/// bytes that are not UTF-8 (with where).
pub(super) fn utf8_text(name: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Err(LoadError::in_file(name, LoadProblem::ByteOrderMark));
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = 1 + memchr::memchr_iter(b'\n', good).count();
        let start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = 1 + String::from_utf8_lossy(&good[start..]).chars().count();
        let byte = e.as_bytes()[e.utf8_error().valid_up_to()];
        LoadError::new(
            Location::Position {
                file: name.to_owned(),
                line,
                column,
            },
            LoadProblem::NotUtf8 { byte },
        )
    })
}
