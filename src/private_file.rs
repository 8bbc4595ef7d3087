//! The one way the user's files are written: atomically (temporary file,
//! fsync, rename), readable by the user only (0600), in folders only the
//! user can enter (0700 for the folders created here). Used for the
//! interface state, the adviser's local layer and the catalogue cache.

use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Creates `folder` and its missing parents, private to the user.
pub fn create_dir(folder: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(folder)
}

/// Refuses a folder at `path` before anything is written: the atomic
/// writer's final rename would fail, and its temporary file (the whole
/// content) would be left beside, one more at every run (in a team
/// folder, synchronised to every colleague).
pub fn refuse_folder(path: &Path) -> io::Result<()> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(io::Error::from(io::ErrorKind::IsADirectory));
    }
    Ok(())
}

/// Opens an atomic writer for `path` with mode 0600 (never the mode of a
/// file it replaces). Nothing is visible at `path` before `commit`.
pub fn open(path: &Path) -> io::Result<atomic_write_file::AtomicWriteFile> {
    refuse_folder(path)?;
    if let Some(folder) = path.parent() {
        create_dir(folder)?;
    }
    // Only Unix has modes to set.
    #[cfg_attr(not(unix), allow(unused_mut))]
    let mut options = atomic_write_file::OpenOptions::new();
    #[cfg(unix)]
    {
        use atomic_write_file::unix::OpenOptionsExt as _;
        use std::os::unix::fs::OpenOptionsExt as _;
        options.preserve_mode(false);
        // Never the owner of a file planted at the path: run as root,
        // the rewritten file would be given to that other user.
        options.preserve_owner(false);
        options.mode(0o600);
    }
    options.open(path)
}

/// Writes `bytes` to `path` atomically, readable by the user only. A
/// symbolic link is followed and its target replaced (never given the
/// link's own 0777 mode); a dangling link is replaced by a private file.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let target = if is_link {
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.to_path_buf()
    };
    if is_link && target == path {
        std::fs::remove_file(path)?;
    }
    let mut file = open(&target)?;
    #[cfg(unix)]
    {
        // The mode asked at creation is lowered by the umask; this is not.
        use std::os::unix::fs::PermissionsExt as _;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(bytes)?;
    file.commit()
}

/// How long a save waits for another program's save by default; the
/// environment variable [`LOCK_WAIT_VAR`] changes it (in seconds).
const LOCK_WAIT: Duration = Duration::from_secs(30);

/// The longest wait the environment may ask for.
const LOCK_WAIT_MAX: Duration = Duration::from_secs(600);

/// Environment variable: how many seconds a save waits for the lock.
pub const LOCK_WAIT_VAR: &str = "REPERE_ATTENTE_VERROU";

/// After this long the command line says it is waiting.
const LOCK_NOTICE_AFTER: Duration = Duration::from_secs(1);

/// Whether waiting for a lock may be said on stderr: not while the
/// full-screen interface owns the terminal (it says so in its status
/// line instead, and writes off its own thread).
static WAIT_NOTICE_ON_STDERR: AtomicBool = AtomicBool::new(true);

/// Whether the interface owns the terminal: then waiting is not written
/// on stderr.
pub fn quiet_lock_waits(quiet: bool) {
    WAIT_NOTICE_ON_STDERR.store(!quiet, Ordering::Relaxed);
}

/// An exclusive lock on `NAME.lock` beside a file, held while its content
/// is read, merged and written: two windows or commands saving at the
/// same instant take turns, and the second merges what the first wrote.
/// Released when dropped (and by the system if the process dies).
#[derive(Debug)]
pub struct Lock {
    /// Held for its release on drop.
    _file: std::fs::File,
}

fn lock_wait() -> Duration {
    std::env::var(LOCK_WAIT_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(LOCK_WAIT, |s| Duration::from_secs(s).min(LOCK_WAIT_MAX))
}

/// Takes the lock of `path`, waiting for another program's save (saying
/// so on stderr after a second, from the command line). A lock that
/// cannot be had is an error, a French sentence naming the file: a save
/// never goes on unlocked, so it never loses what another wrote, and
/// never reports success for a write that did not happen.
pub fn lock(path: &Path) -> Result<Lock, String> {
    let mut lock_name = path.file_name().unwrap_or_default().to_os_string();
    lock_name.push(".lock");
    let lock_path = path.with_file_name(lock_name);
    let shown = crate::sanitize::clean_line(&lock_path.display().to_string());
    let unusable = |reason: String| crate::text::lock_unusable(&shown, &reason);
    if let Some(folder) = lock_path.parent() {
        create_dir(folder).map_err(|e| unusable(crate::text::io_reason(&e)))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
        // Never through a link planted at the lock's place.
        let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
        options.custom_flags(i32::try_from(flags.bits()).unwrap_or(0));
    }
    let file = options.open(&lock_path).map_err(|e| {
        if crate::input::is_link_refusal(&e) {
            unusable(crate::text::A_LINK.to_owned())
        } else {
            unusable(crate::text::io_reason(&e))
        }
    })?;
    let meta = file
        .metadata()
        .map_err(|e| unusable(crate::text::io_reason(&e)))?;
    crate::input::check(&meta, crate::input::Expect::Private)
        .map_err(|r| unusable(crate::text::refused(&r)))?;
    let wait = lock_wait();
    let started = Instant::now();
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < wait => {
                if !told
                    && started.elapsed() >= LOCK_NOTICE_AFTER
                    && WAIT_NOTICE_ON_STDERR.load(Ordering::Relaxed)
                {
                    told = true;
                    crate::clean_output::stderr_line(&crate::text::lock_waiting(
                        &shown,
                        wait.as_secs(),
                    ));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(crate::text::lock_not_taken(&shown, wait.as_secs()));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(unusable(crate::text::io_reason(&e)));
            }
        }
    }
}
