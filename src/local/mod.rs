//! The overlay file in the user's data folder: where it is, who is writing
//! and when, and the read–change–write cycle that keeps every change.
//!
//! Each write re-reads the file just before changing it, so two windows or
//! commands that add notes one after the other never lose each other's work.

pub mod additions;
pub mod checklist;
pub mod date;
pub mod evaluate;
pub mod team;
pub mod view;

use std::path::{Path, PathBuf};

use color_eyre::eyre::Result;

use crate::catalog::local::LocalNote;
use crate::catalog::{Catalog, Loader};
use crate::exit::Failed;
use crate::sanitize::clean_line;

/// Environment variable naming the author when `--auteur` is not given.
pub const AUTHOR_VAR: &str = "REPERE_AUTEUR";

/// `$XDG_DATA_HOME/repere/local.json` (or the platform's data folder).
pub fn overlay_path() -> Option<PathBuf> {
    crate::catalog::origin::own_file()
}

/// The overlay path if the file exists, to be merged after the bundled
/// data. It is read by the catalogue's loader, which checks only that a
/// file is regular: here it must also be the user's and not writable by
/// others, or nothing is loaded and the error names it.
pub fn existing_overlay() -> Result<Option<PathBuf>, Failed> {
    let Some(path) = overlay_path() else {
        return Ok(None);
    };
    match crate::input::open(&path, crate::input::Expect::Kept) {
        Ok(_) => Ok(Some(path)),
        Err(crate::input::Refused::Missing) => Ok(None),
        Err(refused) => Err(Failed::input(crate::text::read_failed(
            &clean_line(&path.display().to_string()),
            &crate::text::refused(&refused),
        ))),
    }
}

/// `--auteur`, else `$REPERE_AUTEUR`, else the login name (`USER`,
/// `LOGNAME`, `USERNAME`).
pub fn author(given: Option<&str>) -> String {
    let from_env = |key: &str| std::env::var(key).ok().filter(|v| !v.trim().is_empty());
    given
        .map(str::to_owned)
        .filter(|v| !v.trim().is_empty())
        .or_else(|| from_env(AUTHOR_VAR))
        .or_else(|| from_env("USER"))
        .or_else(|| from_env("LOGNAME"))
        // Windows names the signed-in user USERNAME.
        .or_else(|| from_env("USERNAME"))
        .map_or_else(
            || "inconnu".to_owned(),
            |a| {
                clean_line(a.trim())
                    .chars()
                    .take(MAX_AUTHOR_CHARS)
                    .collect()
            },
        )
}

/// The longest author name kept (from `--auteur`, the environment or the
/// login): a name, not a document.
const MAX_AUTHOR_CHARS: usize = 100;

/// The largest overlay file read.
pub const MAX_OVERLAY_BYTES: u64 = 64 * 1024 * 1024;

/// Reads the overlay as a catalogue part (empty if there is none yet). It
/// must be a regular file of the user's, not writable by others.
pub fn read_overlay(path: &Path) -> Result<Catalog> {
    let shown = clean_line(&path.display().to_string());
    let bytes = match crate::input::read(path, crate::input::Expect::Kept, MAX_OVERLAY_BYTES) {
        Ok(bytes) => bytes,
        Err(crate::input::Refused::Missing) => return Ok(Catalog::default()),
        Err(refused) => {
            return Err(Failed::input(crate::text::read_failed(
                &shown,
                &crate::text::refused(&refused),
            ))
            .into());
        }
    };
    crate::input::check_json_elements(&bytes, crate::input::MAX_JSON_ELEMENTS).map_err(
        |refused| {
            Failed::input(crate::text::read_failed(
                &shown,
                &crate::text::refused(&refused),
            ))
        },
    )?;
    let text = crate::input::utf8(bytes).map_err(|refused| {
        Failed::input(crate::text::read_failed(
            &shown,
            &crate::text::refused(&refused),
        ))
    })?;
    serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        Failed::input(format!(
            "{shown} : JSON invalide ({})",
            clean_line(&e.to_string())
        ))
        .into()
    })
}

/// Re-reads the overlay, applies `change`, checks that the bundled data plus
/// the result still loads and validates, and writes it atomically (0600).
/// Returns what `change` returned. Nothing is written, and an error says
/// so, when the lock cannot be had: the caller must not report success.
pub fn update_overlay<T>(path: &Path, change: impl FnOnce(&mut Catalog) -> Result<T>) -> Result<T> {
    // Another window's read-change-write ends before this one reads.
    let _turn = crate::private_file::lock(path).map_err(Failed::output)?;
    let mut overlay = read_overlay(path)?;
    let result = change(&mut overlay)?;
    let text = serde_json::to_string_pretty(&overlay)? + "\n";
    let mut loader = Loader::new(true)?;
    loader.add_layer_text(
        &path.display().to_string(),
        &text,
        crate::catalog::origin::LayerKind::Own,
    )?;
    loader.finish()?;
    write_private(path, &text)?;
    // Colleagues see the change at their next start. The change is saved
    // whatever happens here: a failure says so (status 4).
    team::republish(path).map_err(|e| {
        crate::exit::AfterSaving(Failed::output(crate::text::saved_not_published(
            &clean_line(&path.display().to_string()),
            &clean_line(&crate::exit::sentence(&e)),
        )))
    })?;
    Ok(result)
}

/// Writes `text` to `path` atomically, readable by the user only; an
/// error names the file and the reason (a full disk).
fn write_private(path: &Path, text: &str) -> Result<()> {
    crate::private_file::write(path, text.as_bytes()).map_err(|e| {
        Failed::output(crate::text::write_failed(
            &clean_line(&path.display().to_string()),
            &crate::text::io_reason(&e),
        ))
        .into()
    })
}

/// Removes one note from the overlay as it is in the file now: the one with
/// the same id and text, else the first with the same tool, date, author and
/// text (a note written in the interface got its id in the file, which may
/// differ from the one it had on screen). Returns whether one was removed.
pub fn remove_note(overlay: &mut Catalog, note: &LocalNote) -> bool {
    let notes = &mut overlay.local.notes;
    let same_text = |n: &LocalNote| n.tool == note.tool && n.text == note.text;
    let position = notes
        .iter()
        .position(|n| n.id == note.id && same_text(n))
        .or_else(|| {
            notes
                .iter()
                .position(|n| same_text(n) && n.date == note.date && n.author == note.author)
        });
    position.map(|at| notes.remove(at)).is_some()
}

/// A new note id like `pad-snopyta-2026-03-12-7f3a09c2e81b4d55`: the tool,
/// the day, and 64 bits drawn from the author, the instant, the process
/// and the system's randomness, so two advisers on two machines adding a
/// note to the same tool on the same day never share an id, even before
/// their files meet. Checked against the ids already there in one pass.
pub fn next_note_id(overlay: &Catalog, tool: &str, date: &str) -> String {
    let taken: std::collections::HashSet<&str> =
        overlay.local.notes.iter().map(|n| n.id.as_str()).collect();
    let author = author(None);
    // 64 random bits: a second draw is already a curiosity.
    let mut attempt = 0_u32;
    loop {
        let id = format!("{tool}-{date}-{:016x}", note_nonce(&author, attempt));
        if !taken.contains(id.as_str()) {
            return id;
        }
        attempt = attempt.wrapping_add(1);
    }
}

/// 64 bits unlikely to repeat anywhere: who, when (to the nanosecond),
/// which process, and a per-process random key.
fn note_nonce(author: &str, attempt: u32) -> u64 {
    use std::hash::{BuildHasher as _, Hasher as _};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    // Seeded by the system's randomness, once per process.
    let mut random = std::collections::hash_map::RandomState::new().build_hasher();
    random.write_u32(std::process::id());
    let mut hasher = xxhash_rust::xxh3::Xxh3Default::new();
    hasher.update(author.as_bytes());
    hasher.update(&nanos.to_le_bytes());
    hasher.update(&std::process::id().to_le_bytes());
    hasher.update(&attempt.to_le_bytes());
    hasher.update(&random.finish().to_le_bytes());
    hasher.digest()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(id: &str, text: &str) -> LocalNote {
        LocalNote {
            id: id.to_owned(),
            tool: "pad-snopyta".to_owned(),
            text: text.to_owned(),
            author: "Claire Dupont".to_owned(),
            date: "2026-03-12".to_owned(),
        }
    }

    /// A note written in the interface had id `-2` on screen, but another
    /// window wrote its own `-2` first, so the file gave it `-3`: deleting
    /// it must remove it, never the other window's note with the same id.
    #[test]
    fn a_note_is_removed_by_its_content_when_its_id_went_to_another() {
        let mut overlay = Catalog::default();
        overlay.local.notes = vec![
            note("pad-snopyta-2026-03-12-1", "Vu avec le DPD"),
            note("pad-snopyta-2026-03-12-2", "Ajoutée ailleurs"),
            note("pad-snopyta-2026-03-12-3", "Service fermé"),
        ];
        let on_screen = note("pad-snopyta-2026-03-12-2", "Service fermé");
        assert!(remove_note(&mut overlay, &on_screen));
        let left: Vec<&str> = overlay
            .local
            .notes
            .iter()
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(left, ["Vu avec le DPD", "Ajoutée ailleurs"]);
        // Already gone: nothing else is removed.
        assert!(!remove_note(&mut overlay, &on_screen));
        assert_eq!(overlay.local.notes.len(), 2);
    }
}
