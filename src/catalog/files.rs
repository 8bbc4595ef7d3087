//! Reading catalogue and state files safely: regular files only, under a
//! size cap, as UTF-8 without a byte-order mark. Every refusal is typed
//! (`text` says it in French).

use super::error::{FileRefusal, LoadError, LoadProblem, Location};
use std::path::Path;

/// Reads a file only if it is a regular file of at most `cap` bytes: a
/// FIFO would block forever, a device could be endless.
pub fn read_regular_file(path: &Path, cap: u64) -> Result<Vec<u8>, FileRefusal> {
    use crate::input::Refused;
    crate::input::read(path, crate::input::Expect::Named, cap).map_err(|refused| match refused {
        Refused::NotRegular => FileRefusal::NotRegular,
        Refused::TooBig { size, cap } => FileRefusal::TooBig { size, cap },
        Refused::Io(e) => FileRefusal::Io(e.to_string()),
        other => FileRefusal::Other(format!("{other:?}")),
    })
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
