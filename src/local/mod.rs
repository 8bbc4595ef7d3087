//! The overlay file in the user's data folder: where it is, who is writing
//! and when, and the read–change–write cycle that keeps every change.
//!
//! Each write re-reads the file just before changing it, so two windows or
//! commands that add notes one after the other never lose each other's work.

pub mod checklist;
pub mod compare;
pub mod date;
pub mod evaluate;
pub mod team;
pub mod view;

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, WrapErr, eyre};

use crate::catalog::local::LocalNote;
use crate::catalog::{Catalog, Loader};
use crate::sanitize::clean_line;

/// Environment variable naming the author when `--auteur` is not given.
pub const AUTHOR_VAR: &str = "REPERE_AUTEUR";

/// `$XDG_DATA_HOME/repere/local.json` (or the platform's data folder).
pub fn overlay_path() -> Option<PathBuf> {
    crate::catalog::origin::own_file()
}

/// The overlay path if the file exists, to be merged after the bundled data.
pub fn existing_overlay() -> Option<PathBuf> {
    overlay_path().filter(|p| p.is_file())
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
        .map_or_else(|| "inconnu".to_owned(), |a| clean_line(a.trim()))
}

/// Reads the overlay as a catalogue part (empty if there is none yet).
pub fn read_overlay(path: &Path) -> Result<Catalog> {
    if !path.exists() {
        return Ok(Catalog::default());
    }
    let meta = std::fs::metadata(path)
        .wrap_err_with(|| format!("impossible de lire {}", path.display()))?;
    if !meta.is_file() || meta.len() > 16 * 1024 * 1024 {
        return Err(eyre!(
            "{} n'est pas un fichier ordinaire de taille raisonnable",
            path.display()
        ));
    }
    let text = std::fs::read_to_string(path)
        .wrap_err_with(|| format!("impossible de lire {}", path.display()))?;
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| eyre!("{} : JSON invalide ({e})", path.display()))
}

/// Re-reads the overlay, applies `change`, checks that the bundled data plus
/// the result still loads and validates, and writes it atomically (0600).
/// Returns what `change` returned.
pub fn update_overlay<T>(path: &Path, change: impl FnOnce(&mut Catalog) -> Result<T>) -> Result<T> {
    // Another window's read-change-write ends before this one reads.
    let _turn = crate::private_file::lock(path);
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
    // Colleagues see the change at their next start.
    team::republish(path)?;
    Ok(result)
}

/// Writes `text` to `path` atomically, readable by the user only.
fn write_private(path: &Path, text: &str) -> Result<()> {
    crate::private_file::write(path, text.as_bytes())
        .wrap_err_with(|| format!("impossible d'écrire {}", path.display()))
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

/// Ids like `pad-snopyta-2026-03-12-2`: unique within the file, readable.
pub fn next_note_id(overlay: &Catalog, tool: &str, date: &str) -> String {
    let stem = format!("{tool}-{date}");
    let mut n = 1;
    while overlay
        .local
        .notes
        .iter()
        .any(|note| note.id == format!("{stem}-{n}"))
    {
        n += 1;
    }
    format!("{stem}-{n}")
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
