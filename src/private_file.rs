//! The one way the user's files are written: atomically (temporary file,
//! fsync, rename), readable by the user only (0600), in folders only the
//! user can enter (0700 for the folders created here). Used for the
//! interface state, the adviser's local layer and the catalogue cache.

use std::io::{self, Write};
use std::path::Path;

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

/// Opens an atomic writer for `path` with mode 0600 (never the mode of a
/// file it replaces). Nothing is visible at `path` before `commit`.
pub fn open(path: &Path) -> io::Result<atomic_write_file::AtomicWriteFile> {
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

/// How long a save waits for another window's save to end.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// An exclusive lock on `NAME.lock` beside a file, held while its content
/// is read, merged and written: two windows saving at the same instant
/// take turns, and the second merges what the first wrote. Released when
/// dropped (and by the system if the process dies).
#[derive(Debug)]
pub struct Lock {
    /// Held for its release on drop; `None` when not taken.
    _file: Option<std::fs::File>,
}

/// Takes the lock of `path`. The lock only orders saves: when it cannot
/// be had (a lock file another user owns, a holder that does not let go
/// within two seconds, such as a stopped process), the save goes on
/// unlocked, as it did before locks, rather than being refused or lost.
pub fn lock(path: &Path) -> Lock {
    let unlocked = Lock { _file: None };
    let Some(name) = path.file_name() else {
        return unlocked;
    };
    let mut lock_name = name.to_os_string();
    lock_name.push(".lock");
    let lock_path = path.with_file_name(lock_name);
    if let Some(folder) = lock_path.parent()
        && create_dir(folder).is_err()
    {
        return unlocked;
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let Ok(file) = options.open(&lock_path) else {
        return unlocked;
    };
    let started = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Lock { _file: Some(file) },
            Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(_) => return unlocked,
        }
    }
}
