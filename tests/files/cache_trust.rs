//! The cache is used only when it is ours: a regular file of the user's
//! that no one else may write, reached without a link, whose key is
//! covered by the checksums. Any doubt, and it is rebuilt silently.

use std::path::Path;

use repere::cache::{Outcome, Rejected};

use crate::cache::{cache_file, load, setup};

fn rename_padlet(sources: &Path, to: &str) {
    let path = sources.join("tools.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains("\"Padlet\""));
    std::fs::write(&path, text.replace("\"Padlet\"", &format!("\"{to}\"")))
        .unwrap_or_else(|e| panic!("{e}"));
}

fn padlet_name(prepared: &repere::cache::Prepared) -> String {
    prepared
        .catalog
        .tool("padlet")
        .map(|t| t.name.clone())
        .unwrap_or_default()
}

/// A cache built from another catalogue with the key of this one patched
/// into its header: every section's checksum covers the key, so it is
/// refused and this catalogue is loaded (it was used as is, its content
/// shown, its validation skipped).
#[test]
fn a_cache_with_a_patched_key_is_rebuilt() {
    let setup = setup();
    load(&setup);
    let genuine = std::fs::read(cache_file(&setup)).unwrap_or_else(|e| panic!("{e}"));
    let original =
        std::fs::read(setup.sources.join("tools.json")).unwrap_or_else(|e| panic!("{e}"));
    rename_padlet(&setup.sources, "Padlet PIRATE");
    let (prepared, _) = load(&setup);
    assert_eq!(padlet_name(&prepared), "Padlet PIRATE");
    // Back to the real sources, with the other catalogue's cache whose
    // key says it was built from them.
    std::fs::write(setup.sources.join("tools.json"), original).unwrap_or_else(|e| panic!("{e}"));
    let mut forged = std::fs::read(cache_file(&setup)).unwrap_or_else(|e| panic!("{e}"));
    forged[8..24].copy_from_slice(&genuine[8..24]);
    std::fs::write(cache_file(&setup), forged).unwrap_or_else(|e| panic!("{e}"));
    let (prepared, outcome) = load(&setup);
    assert_eq!(outcome, Outcome::Rebuilt(Rejected::Corrupt));
    assert_eq!(padlet_name(&prepared), "Padlet");
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("{e}"));
}

/// A valid cache anyone may write is not trusted: rebuilt, 0600 again.
#[cfg(unix)]
#[test]
fn a_cache_writable_by_others_is_rebuilt_private() {
    use std::os::unix::fs::PermissionsExt;
    let setup = setup();
    load(&setup);
    set_mode(&cache_file(&setup), 0o666);
    let (_, outcome) = load(&setup);
    assert_eq!(outcome, Outcome::Rebuilt(Rejected::Untrusted));
    let mode = std::fs::metadata(cache_file(&setup))
        .unwrap_or_else(|e| panic!("{e}"))
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(load(&setup).1, Outcome::Hit);
}

/// A link at the cache's place, even to a valid cache, is not followed;
/// a FIFO is not waited on.
#[cfg(unix)]
#[test]
fn a_link_or_a_fifo_at_the_cache_place_is_rebuilt() {
    let setup = setup();
    load(&setup);
    let cache = cache_file(&setup);
    let elsewhere = setup.cache.with_file_name("ailleurs.bin");
    std::fs::rename(&cache, &elsewhere).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&elsewhere, &cache).unwrap_or_else(|e| panic!("{e}"));
    let (_, outcome) = load(&setup);
    assert_eq!(outcome, Outcome::Rebuilt(Rejected::Untrusted));
    std::fs::remove_file(&cache).unwrap_or_else(|e| panic!("{e}"));
    let made = std::process::Command::new("mkfifo")
        .arg(&cache)
        .status()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(made.success());
    let (_, outcome) = load(&setup);
    assert_eq!(outcome, Outcome::Rebuilt(Rejected::Untrusted));
}

/// A cache that belongs to another user (here `nobody`; only root can
/// give a file away, so the case runs as root).
#[cfg(target_os = "linux")]
#[test]
fn a_cache_of_another_user_is_rebuilt() {
    use std::os::unix::fs::MetadataExt;
    let setup = setup();
    load(&setup);
    let cache = cache_file(&setup);
    let given = std::process::Command::new("chown")
        .args(["nobody"])
        .arg(&cache)
        .output();
    let owner = std::fs::metadata(&cache).map_or(0, |m| m.uid());
    let mine = std::fs::metadata(&setup.sources).map_or(0, |m| m.uid());
    if !given.is_ok_and(|o| o.status.success()) || owner == mine {
        eprintln!("cannot give a file to nobody here: skipped");
        return;
    }
    let (_, outcome) = load(&setup);
    assert_eq!(outcome, Outcome::Rebuilt(Rejected::Untrusted));
}
