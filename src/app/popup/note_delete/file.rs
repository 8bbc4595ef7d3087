//! The popup's work at the edge: the note taken out of the overlay file.

use color_eyre::eyre::eyre;

use crate::catalog::local::LocalNote;
use crate::local;
use crate::sanitize::clean_line;
use crate::text;

/// Removes `note` from the overlay file as it is now, through the same
/// re-read and atomic 0600 write as `repere note --delete`, so what other
/// windows added meanwhile stays. `Err` is a sentence for the status line;
/// the file is not rewritten when the note is not in it.
pub fn delete(note: &LocalNote) -> Result<(), String> {
    let path = local::overlay_path().ok_or_else(|| text::NO_DATA_DIR.to_owned())?;
    let mut missing = false;
    let outcome = local::update_overlay(&path, |overlay| {
        if local::remove_note(overlay, note) {
            Ok(())
        } else {
            missing = true;
            Err(eyre!("absent"))
        }
    });
    match outcome {
        Ok(()) => Ok(()),
        Err(_) if missing => Err(text::NOTE_NOT_IN_FILE.to_owned()),
        Err(e) => Err(format!(
            "{} {}",
            text::NOTE_DELETE_FAILED,
            clean_line(&e.to_string())
        )),
    }
}
