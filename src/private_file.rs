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
