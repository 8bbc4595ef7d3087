//! The user's saved state: placeholder defaults, favourites, recent tools.
//!
//! Written atomically (temporary file, fsync, rename), readable by its
//! owner only (0600), through a symbolic link to its target. Two windows
//! share it: each save merges this window's changes into what the file
//! holds now (see `merge`). A file that cannot be read as ours is moved
//! aside, never overwritten, and the user is told; a FIFO, a device or a
//! huge file is not read at all.

mod merge;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::sanitize::clean_line;

/// The largest state file read: a million favourites fit.
pub const MAX_STATE_BYTES: u64 = 64 * 1024 * 1024;

/// The most texts, objects and lists a state file may hold: a million
/// favourites fit twice. Counted before parsing: 64 MB of `"",` parsed
/// would take more than a gigabyte and twenty seconds.
pub const MAX_STATE_ELEMENTS: usize = 2_000_000;

/// How many recently viewed tools are remembered.
pub const RECENT_MAX: usize = 15;

const FILE_NAME: &str = "etat.json";

/// What is remembered between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Personal values typed in the message form (school, teacher), by
    /// placeholder key, for every tool. Never passwords or identifiers.
    pub placeholder_defaults: BTreeMap<String, String>,
    /// Values that belong to one tool (a space's address), by tool id then
    /// placeholder key.
    pub tool_defaults: BTreeMap<String, BTreeMap<String, String>>,
    /// Pinned tool ids.
    pub favourites: Vec<String>,
    /// Recently viewed tool ids, newest first.
    pub recent: Vec<String>,
    /// The adviser's territory as they typed it (`74`, `grenoble`); empty
    /// for none. Kept as typed and read again with `Place::parse`, so the
    /// file stays readable and a later parser understands it too.
    pub territory: String,
    /// The team folder (`repere equipe DOSSIER`), empty for none.
    pub team_folder: String,
}

impl Prefs {
    /// Notes a tool as just viewed.
    pub fn touch_recent(&mut self, id: &str) {
        self.recent.retain(|r| r != id);
        self.recent.insert(0, id.to_owned());
        self.recent.truncate(RECENT_MAX);
    }

    /// Text from a file we do not control goes through the same cleaning as data.
    fn cleaned(mut self) -> Self {
        let per_tool = self
            .tool_defaults
            .values_mut()
            .flat_map(BTreeMap::values_mut);
        for value in self.placeholder_defaults.values_mut().chain(per_tool) {
            *value = clean_line(value);
        }
        self.recent.truncate(RECENT_MAX);
        self.territory = clean_line(&self.territory);
        self
    }
}

/// Where the state file lives and whether we may write it.
#[derive(Debug)]
pub struct Store {
    path: Option<PathBuf>,
    /// Why the file must not be written, if so (a sentence).
    refusal: Option<String>,
    /// The state as this window last read or wrote it, for merging.
    base: Mutex<Option<Value>>,
}

impl Clone for Store {
    fn clone(&self) -> Self {
        Self {
            path: self.path.clone(),
            refusal: self.refusal.clone(),
            base: Mutex::new(self.base().clone()),
        }
    }
}

impl Store {
    /// The platform's config folder (XDG on Linux).
    pub fn locate() -> Self {
        let path = directories::ProjectDirs::from("fr", "repere", "repere")
            .map(|dirs| dirs.config_dir().join(FILE_NAME));
        let refusal = path
            .is_none()
            .then(|| crate::text::NO_CONFIG_FOLDER.to_owned());
        Self {
            path,
            refusal,
            base: Mutex::new(None),
        }
    }

    /// A store at an explicit path (tests, other tools).
    pub fn at(path: PathBuf) -> Self {
        Self {
            path: Some(path),
            refusal: None,
            base: Mutex::new(None),
        }
    }

    /// The file's path, if there is a config folder.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn base(&self) -> std::sync::MutexGuard<'_, Option<Value>> {
        self.base.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Reads the saved state; problems become a sentence for the status line.
    /// The saved preferences, read without changing anything: a file that
    /// cannot be read or parsed gives `None` and stays where it is, for
    /// [`Self::load`] to report (and move aside) when the session starts.
    pub fn peek(&self) -> Option<Prefs> {
        let text = read_state(self.path.as_ref()?).ok()??;
        serde_json::from_str::<Prefs>(&text)
            .ok()
            .map(Prefs::cleaned)
    }

    pub fn load(&mut self) -> (Prefs, Option<String>) {
        *self.base() = Some(to_value(&Prefs::default()));
        let Some(path) = self.path.clone() else {
            return (Prefs::default(), self.refusal.clone());
        };
        let text = match read_state(&path) {
            Ok(None) => return (Prefs::default(), None),
            Ok(Some(text)) => text,
            Err(reason) => {
                let sentence =
                    crate::text::state_unreadable(&crate::sanitize::shown_path(&path), &reason);
                self.refusal = Some(sentence.clone());
                return (Prefs::default(), Some(sentence));
            }
        };
        match serde_json::from_str::<Prefs>(&text) {
            Ok(prefs) => {
                // The base is what the file holds, so that what this window
                // drops (unknown ids, beyond the limits) is dropped at save.
                *self.base() = serde_json::from_str(&text).ok();
                (prefs.cleaned(), None)
            }
            Err(e) => (
                Prefs::default(),
                Some(self.move_aside(&path, &e.to_string())),
            ),
        }
    }

    fn move_aside(&mut self, path: &Path, reason: &str) -> String {
        let stamp = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        // Never replace an earlier copy set aside in the same second.
        let aside = (0..1000)
            .map(|n| {
                let suffix = if n == 0 {
                    String::new()
                } else {
                    format!("-{n}")
                };
                path.with_file_name(format!("{FILE_NAME}.corrompu-{stamp}{suffix}"))
            })
            .find(|candidate| !candidate.exists())
            .unwrap_or_else(|| path.with_file_name(format!("{FILE_NAME}.corrompu")));
        match std::fs::rename(path, &aside) {
            Ok(()) => crate::text::state_moved_aside(
                &clean_line(reason),
                &crate::sanitize::shown_path(&aside),
            ),
            Err(e) => {
                let sentence = crate::text::state_not_moved(&e.to_string());
                self.refusal = Some(sentence.clone());
                sentence
            }
        }
    }

    /// Merges `prefs` into the file and writes it atomically; `Err` is a
    /// sentence for the status line (and for the exit, at quit).
    pub fn save(&self, prefs: &Prefs) -> Result<(), String> {
        let ours = to_value(prefs);
        let mut base = self.base();
        if let Some(refusal) = &self.refusal {
            // Nothing lost if nothing changed since the file was read.
            if base.as_ref() == Some(&ours) {
                return Ok(());
            }
            return Err(format!("Enregistrement impossible : {refusal}"));
        }
        let Some(path) = self.path.as_ref() else {
            return Ok(());
        };
        let failed = |e: std::io::Error| {
            crate::text::state_not_saved(
                &crate::sanitize::shown_path(path),
                &crate::text::io_reason(&e),
            )
        };
        // Another window's read-merge-write ends before this one reads.
        // (The lock and the write create the folder, private.)
        let _turn = crate::private_file::lock(path)
            .map_err(|reason| format!("Enregistrement impossible : {reason}."))?;
        let merged = match (base.as_ref(), read_state(path)) {
            (Some(b), Ok(Some(text))) => match serde_json::from_str::<Value>(&text) {
                Ok(theirs) => merge::merge(b, &ours, &theirs),
                Err(_) => ours.clone(),
            },
            (_, Err(reason)) => {
                return Err(crate::text::state_not_saved(
                    &crate::sanitize::shown_path(path),
                    &reason,
                ));
            }
            _ => ours.clone(),
        };
        // Through our own type again: field rules (cleaning, limits) apply
        // to what the other window wrote too.
        let merged: Prefs = serde_json::from_value(merged).unwrap_or_else(|_| prefs.clone());
        let json = serde_json::to_string_pretty(&merged.cleaned()).map_err(|e| e.to_string())?;
        crate::private_file::write(path, json.as_bytes()).map_err(failed)?;
        *base = Some(ours);
        Ok(())
    }
}

fn to_value(prefs: &Prefs) -> Value {
    serde_json::to_value(prefs).unwrap_or(Value::Null)
}

/// The file's text; `None` if there is no file; `Err` with a reason if it
/// is not a regular file of ours (owned by the user, not writable by
/// others), too big, or not text.
fn read_state(path: &Path) -> Result<Option<String>, String> {
    match crate::input::read(path, crate::input::Expect::Kept, MAX_STATE_BYTES) {
        Ok(bytes) => crate::input::check_json_elements(&bytes, MAX_STATE_ELEMENTS)
            .and_then(|()| crate::input::utf8(bytes))
            .map(Some)
            .map_err(|refused| crate::text::refused(&refused)),
        Err(crate::input::Refused::Missing) => Ok(None),
        Err(refused) => Err(crate::text::refused(&refused)),
    }
}
