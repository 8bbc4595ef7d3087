//! The team folder: any folder a synchronisation engine already keeps in
//! step (Nextcloud, an SMB share, Syncthing, a git clone). Each adviser's
//! additions are published there as `<auteur>.json` (written to a
//! temporary file in the same folder, then renamed: a colleague's engine
//! never copies half a file), and every colleague's file is loaded as its
//! own signed layer. repere runs no server.
//!
//! What sync engines leave beside the files (partial downloads, lock
//! files, conflict copies) is never loaded: skipped, and conflict copies
//! reported so someone resolves them.

use std::io::Write;
use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, WrapErr};

use crate::catalog::Catalog;
use crate::catalog::origin::LayerHeader;
use crate::exit::Failed;
use crate::text;

/// Why a file of the team folder is not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// A copy a sync engine made when two edits met: someone must merge it.
    Conflict(PathBuf),
    /// A file being written or a lock (partial download, `.~lock`, temp).
    Unfinished(PathBuf),
    /// Not a catalogue file that parses (a half-synchronised file, or
    /// another kind of JSON).
    Unreadable(PathBuf, String),
    /// Refused by the trust checks: a link, not a regular file, writable
    /// by others, another user's, too big.
    Refused(PathBuf, String),
    /// A colleague's file that parsed but did not load this run (a quote
    /// refused, a document not synchronised yet): the sentence says why.
    NotLoaded(PathBuf, String),
    /// A copy of a colleague's published file under another name (« alice
    /// (1).json », « alice-PC.json », « alice.json.BASE.json »), the
    /// published one (named second) being there, or the adviser's own.
    Copy(PathBuf, String),
}

/// The most entries a team folder may hold (colleagues' files, their
/// documents' folder, what sync engines leave): a team is a few dozen
/// advisers; a folder of many thousands is the wrong folder, refused
/// before anything is read.
pub const MAX_TEAM_ENTRIES: usize = 2_000;

/// The largest colleague's file read: the size of an adviser's own file.
pub const MAX_TEAM_FILE_BYTES: u64 = crate::local::MAX_OVERLAY_BYTES;

/// The files of a team folder: the colleagues' layers to load (in name
/// order, the adviser's own published file left out) and what was skipped.
#[derive(Debug, Default)]
pub struct Members {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
}

/// A name a sync engine gives a conflict copy.
fn is_conflict_copy(name: &str) -> bool {
    let lower = name.to_lowercase();
    [
        "conflicted copy",
        "copie en conflit",
        "conflict",
        "conflit",
        ".sync-conflict-",
    ]
    .iter()
    .any(|mark| lower.contains(mark))
}

/// A name of a file still being written, or a lock or temporary file.
fn is_unfinished(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.starts_with('.')
        || lower.starts_with("~$")
        || lower.starts_with('~')
        || [
            ".part",
            ".partial",
            ".tmp",
            ".temp",
            ".crdownload",
            ".download",
            "~",
            ".swp",
            ".bak",
        ]
        .iter()
        .any(|end| lower.ends_with(end))
}

/// The longest name an author publishes under, before `.json`: far below
/// any file system's limit of 255 bytes (a longer name failed every
/// publication, and so every command).
const MAX_PUBLISHED_NAME: usize = 64;

/// The name under which `author` publishes: letters, digits and `-`.
pub fn published_name(author: &str) -> String {
    let slug: String = crate::local::evaluate::slug(author)
        .chars()
        .take(MAX_PUBLISHED_NAME)
        .collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "conseiller.json".to_owned()
    } else {
        format!("{slug}.json")
    }
}

/// The colleagues' files of `folder`, `own` (the adviser's published
/// name) left out. Every `.json` entry goes through the trust checks of
/// `input::Expect::Shared`; links and FIFOs included, they are refused
/// and said, never followed nor waited on.
pub fn members(folder: &Path, own: &str) -> Result<Members> {
    let shown = || crate::sanitize::clean_line(&folder.display().to_string());
    let entries = std::fs::read_dir(folder).wrap_err_with(|| text::team_unreadable(&shown()))?;
    let mut found = Members::default();
    let mut parsed = Vec::new();
    for (count, entry) in entries.flatten().enumerate() {
        if count >= MAX_TEAM_ENTRIES {
            return Err(
                Failed::input(text::team_folder_too_many(&shown(), MAX_TEAM_ENTRIES)).into(),
            );
        }
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            found.skipped.push(Skipped::Unfinished(path));
            continue;
        };
        // The entry itself, a link not followed: a folder (the added
        // documents) is not a layer.
        if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
            continue;
        }
        if is_conflict_copy(&name) {
            found.skipped.push(Skipped::Conflict(path));
            continue;
        }
        if is_unfinished(&name) {
            found.skipped.push(Skipped::Unfinished(path));
            continue;
        }
        let is_json = Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if !is_json || name == own {
            continue;
        }
        // A file a sync engine has not finished is not JSON yet: it is
        // skipped and said, never loaded half-written.
        match check_parses(&path) {
            Ok(author) => parsed.push((path, name, author)),
            Err(skipped) => found.skipped.push(skipped),
        }
    }
    // A file whose header names an author published under another name
    // is a copy (sync engines and people name them in many ways): left
    // out when that author's own file is there, or when it is the
    // adviser's own, so a stale copy never replaces the current file.
    let names: std::collections::HashSet<String> = parsed
        .iter()
        .map(|(_, name, _)| name.to_lowercase())
        .collect();
    for (path, name, author) in parsed {
        let published = author.as_deref().map(published_name);
        match published {
            Some(published)
                if !published.eq_ignore_ascii_case(&name)
                    && (published == own || names.contains(&published)) =>
            {
                found.skipped.push(Skipped::Copy(path, published));
            }
            _ => found.files.push(path),
        }
    }
    // Files this run left out when loading (see `load_without_broken`).
    if let Ok(left_out) = LEFT_OUT.lock() {
        for (path, why) in left_out.iter() {
            if let Some(at) = found.files.iter().position(|f| f == path) {
                found.files.remove(at);
                found
                    .skipped
                    .push(Skipped::NotLoaded(path.clone(), why.clone()));
            }
        }
    }
    found.files.sort();
    found
        .skipped
        .sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    Ok(found)
}

/// Reads a colleague's file: the author its header names, if any.
fn check_parses(path: &Path) -> std::result::Result<Option<String>, Skipped> {
    let bytes = crate::catalog::read_shared_file(path, MAX_TEAM_FILE_BYTES)
        .map_err(|refusal| Skipped::Refused(path.to_path_buf(), refusal.to_string()))?;
    crate::input::check_json_elements(&bytes, crate::input::MAX_JSON_ELEMENTS)
        .map_err(|refused| Skipped::Refused(path.to_path_buf(), refused.to_string()))?;
    serde_json::from_slice::<Catalog>(&bytes)
        .map(|part| part.layer.map(|header| header.author))
        .map_err(|e| {
            Skipped::Unreadable(
                path.to_path_buf(),
                text::team_json_error(e.line(), e.column()),
            )
        })
}

/// A folder that anyone may write into without the sticky bit is
/// refused: anyone could replace a colleague's file between two runs.
pub fn check_folder(folder: &Path) -> Result<()> {
    let shown = crate::sanitize::clean_line(&folder.display().to_string());
    let Ok(meta) = std::fs::metadata(folder) else {
        return Err(Failed::input(text::team_missing(&shown)).into());
    };
    if !meta.is_dir() {
        return Err(Failed::input(text::team_not_a_folder(&shown)).into());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        const WORLD_WRITABLE: u32 = 0o002;
        const STICKY: u32 = 0o1000;
        if meta.mode() & WORLD_WRITABLE != 0 && meta.mode() & STICKY == 0 {
            return Err(Failed::input(text::team_folder_open_to_all(&shown)).into());
        }
    }
    Ok(())
}

/// Publishes the adviser's own file to the team folder as
/// `<auteur>.json`, with a header naming them, if it changed.
pub fn publish(folder: &Path, own_overlay: &Path, author: &str, date: &str) -> Result<PathBuf> {
    let mut overlay = crate::local::read_overlay(own_overlay)?;
    let target = folder.join(published_name(author));
    let keep_date = read_published(&target).filter(|old| {
        let mut compared = overlay.clone();
        compared.layer.clone_from(&old.layer);
        compared == *old
    });
    if keep_date.is_some() {
        // Unchanged: not rewritten, so sync engines have nothing to carry.
        return Ok(target);
    }
    overlay.layer = Some(LayerHeader {
        author: author.to_owned(),
        date: date.to_owned(),
    });
    copy_documents(folder, own_overlay, &overlay)?;
    let text = serde_json::to_string_pretty(&overlay)? + "\n";
    write_in_place(&target, text.as_bytes()).map_err(|e| written_failed(&target, &e))?;
    Ok(target)
}

/// The texts of the documents the adviser added go beside their file in
/// the team folder, so colleagues' copies check the same quotes.
fn copy_documents(folder: &Path, own_overlay: &Path, overlay: &Catalog) -> Result<()> {
    use crate::catalog::documents::{FOLDER, MAX_DOCUMENT_BYTES};
    let from = own_overlay.parent().unwrap_or(Path::new(".")).join(FOLDER);
    let to = folder.join(FOLDER);
    for document in overlay.sources.iter().filter_map(|s| s.document.as_ref()) {
        let name = Path::new(&document.file);
        if name.components().count() != 1 {
            continue;
        }
        let bytes = crate::catalog::read_kept_file(&from.join(name), MAX_DOCUMENT_BYTES).map_err(
            |why| {
                color_eyre::eyre::eyre!(text::document_unreadable(&document.file, &why.to_string()))
            },
        )?;
        std::fs::create_dir_all(&to).map_err(|e| written_failed(&to, &e))?;
        write_in_place(&to.join(name), &bytes).map_err(|e| written_failed(&to, &e))?;
    }
    Ok(())
}

/// A file of the team folder that could not be written: an output error
/// (status 4), naming it and the system's reason.
fn written_failed(path: &Path, error: &std::io::Error) -> Failed {
    Failed::output(text::team_write_failed_because(
        &crate::sanitize::clean_line(&path.display().to_string()),
        &text::io_reason(error),
    ))
}

fn read_published(path: &Path) -> Option<Catalog> {
    let bytes = crate::catalog::read_regular_file(path, crate::catalog::MAX_FILE_BYTES).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Writes `bytes` to a temporary file of the same folder, syncs it and
/// renames it over `path`: the folder never holds half the file. The file
/// is the user's, 0644 whatever the umask or the file it replaces (a
/// planted 0666 file, another user's): colleagues refuse a file that is
/// not its owner's alone to write.
fn write_in_place(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::private_file::refuse_folder(path)?;
    // Only Unix has modes and owners to set.
    #[cfg_attr(not(unix), allow(unused_mut))]
    let mut options = atomic_write_file::OpenOptions::new();
    #[cfg(unix)]
    {
        use atomic_write_file::unix::OpenOptionsExt as _;
        options.preserve_mode(false);
        options.preserve_owner(false);
    }
    let mut file = options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    file.write_all(bytes)?;
    file.commit()
}

/// What the commands say at each run: conflict copies and unreadable
/// files (a partial file or a lock is skipped silently: it is the sync
/// engine at work).
pub fn reported(skipped: &[Skipped]) -> Vec<Skipped> {
    skipped
        .iter()
        .filter(|s| !matches!(s, Skipped::Unfinished(_)))
        .cloned()
        .collect()
}

/// One line per skipped file, for the command line and `repere equipe`.
pub fn skipped_lines(skipped: &[Skipped]) -> Vec<String> {
    skipped
        .iter()
        .map(|s| match s {
            Skipped::Conflict(p) => text::team_conflict(&p.display().to_string()),
            Skipped::Unfinished(p) => text::team_unfinished(&p.display().to_string()),
            Skipped::Unreadable(p, why) => {
                text::team_unreadable_file(&p.display().to_string(), why)
            }
            Skipped::Refused(p, why) => text::team_refused_file(&p.display().to_string(), why),
            Skipped::Copy(p, published) => text::team_copy(&p.display().to_string(), published),
            Skipped::NotLoaded(_, why) => text::team_member_not_loaded(why),
        })
        .map(|line| crate::sanitize::clean_line(&line))
        .collect()
}

/// A team folder in use for this run.
#[derive(Debug)]
pub struct Team {
    pub folder: PathBuf,
    pub members: Members,
    /// Where the adviser's own additions were published, if they have any.
    pub published: Option<PathBuf>,
}

/// Uses `folder` as this run's team folder: publishes the adviser's own
/// additions there (if any) and lists the colleagues' files to load.
pub fn prepare(folder: &Path) -> Result<Team> {
    check_folder(folder)?;
    crate::catalog::origin::set_team_folder(folder);
    let author = crate::local::author(None);
    let published = match crate::local::existing_overlay()? {
        Some(own) => Some(publish(
            folder,
            &own,
            &author,
            &crate::local::date::today(),
        )?),
        None => None,
    };
    let members = members(folder, &published_name(&author))?;
    Ok(Team {
        folder: folder.to_path_buf(),
        members,
        published,
    })
}

/// After the adviser's own file changed: publish it again, if a team
/// folder is in use.
pub fn republish(own_overlay: &Path) -> Result<()> {
    let Some(folder) = crate::catalog::origin::team_folder() else {
        return Ok(());
    };
    let author = crate::local::author(None);
    publish(folder, own_overlay, &author, &crate::local::date::today()).map(|_| ())
}

/// The colleagues' files this run left out when loading, and why: the
/// team popup (F3) lists them as not loaded.
static LEFT_OUT: std::sync::Mutex<Vec<(PathBuf, String)>> = std::sync::Mutex::new(Vec::new());

/// Loads `paths` with `load`. A colleague's file of the team folder
/// (one of `members`) that parses but does not load (a quote refused, a
/// document of theirs not synchronised yet) is left out and said through
/// `said`, and the rest loaded again: one colleague's file never stops
/// the adviser's work. Any other failure is returned as it is.
pub fn load_without_broken<T>(
    mut paths: Vec<PathBuf>,
    members: &[PathBuf],
    mut load: impl FnMut(&[PathBuf]) -> std::result::Result<T, crate::catalog::LoadError>,
    mut said: impl FnMut(String),
) -> std::result::Result<T, crate::catalog::LoadError> {
    loop {
        let error = match load(&paths) {
            Err(error) => error,
            loaded => return loaded,
        };
        let broken = error.file().and_then(|file| {
            members
                .iter()
                .find(|m| paths.contains(m) && m.display().to_string() == file)
        });
        let Some(broken) = broken else {
            return Err(error);
        };
        let why = error.to_string();
        said(crate::sanitize::clean_line(&text::team_member_not_loaded(
            &why,
        )));
        if let Ok(mut left_out) = LEFT_OUT.lock() {
            left_out.push((broken.clone(), why));
        }
        paths.retain(|p| p != broken);
    }
}
