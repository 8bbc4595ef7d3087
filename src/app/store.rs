//! The user's saved state: placeholder defaults, favourites, recent tools.
//!
//! Written atomically (temporary file, fsync, rename). A file that cannot be
//! read as ours is moved aside, never overwritten, and the user is told.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::sanitize::clean_line;

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
        self
    }
}

/// Where the state file lives and whether we may write it.
#[derive(Debug, Clone)]
pub struct Store {
    path: Option<PathBuf>,
    writable: bool,
}

impl Store {
    /// The platform's config folder (XDG on Linux).
    pub fn locate() -> Self {
        let path = directories::ProjectDirs::from("fr", "repere", "repere")
            .map(|dirs| dirs.config_dir().join(FILE_NAME));
        Self {
            writable: path.is_some(),
            path,
        }
    }

    /// A store at an explicit path (tests, other tools).
    pub fn at(path: PathBuf) -> Self {
        Self {
            path: Some(path),
            writable: true,
        }
    }

    /// The file's path, if there is a config folder.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Reads the saved state; problems become a sentence for the status line.
    pub fn load(&mut self) -> (Prefs, Option<String>) {
        let Some(path) = self.path.clone() else {
            return (
                Prefs::default(),
                Some("Pas de dossier de configuration : rien ne sera enregistré.".to_owned()),
            );
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Prefs::default(), None),
            Err(e) => {
                self.writable = false;
                return (
                    Prefs::default(),
                    Some(format!(
                        "{} illisible ({e}) : il ne sera pas modifié, valeurs par défaut.",
                        path.display()
                    )),
                );
            }
        };
        match serde_json::from_str::<Prefs>(&text) {
            Ok(prefs) => (prefs.cleaned(), None),
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
            Ok(()) => format!(
                "Fichier d'état corrompu ({}) : mis de côté sous {}, valeurs par défaut.",
                clean_line(reason),
                aside.display()
            ),
            Err(e) => {
                self.writable = false;
                format!(
                    "Fichier d'état corrompu et impossible à déplacer ({e}) : il ne sera pas modifié."
                )
            }
        }
    }

    /// Writes the state atomically; `Err` is a sentence for the status line.
    pub fn save(&self, prefs: &Prefs) -> Result<(), String> {
        use std::io::Write;
        let Some(path) = self.path.as_ref().filter(|_| self.writable) else {
            return Ok(());
        };
        let failed =
            |e: std::io::Error| format!("Enregistrement impossible dans {} ({e}).", path.display());
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(failed)?;
        }
        let json = serde_json::to_string_pretty(prefs).map_err(|e| e.to_string())?;
        let mut file = atomic_write_file::AtomicWriteFile::open(path).map_err(failed)?;
        file.write_all(json.as_bytes()).map_err(failed)?;
        file.commit().map_err(failed)
    }
}
