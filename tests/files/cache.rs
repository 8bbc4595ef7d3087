//! The prepared-catalogue cache on real files: used when valid, rebuilt
//! when stale, corrupt or truncated, never written for a broken catalogue,
//! and readable by the user only.

use std::path::{Path, PathBuf};

use repere::cache::{Detail, Options, Outcome, Prepared, Rejected, load_in, load_with};

/// A copy of the bundled catalogue in its own folder (so it can be edited),
/// and an empty cache folder.
pub(crate) struct Setup {
    _root: tempfile::TempDir,
    pub(crate) sources: PathBuf,
    pub(crate) cache: PathBuf,
}

pub(crate) fn setup() -> Setup {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let sources = root.path().join("catalogue");
    std::fs::create_dir(&sources).unwrap_or_else(|e| panic!("{e}"));
    for name in ["sources", "categories", "guidance", "tools"] {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/{name}.json"));
        std::fs::copy(&from, sources.join(format!("{name}.json")))
            .unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    }
    let cache = root.path().join("cache");
    Setup {
        _root: root,
        sources,
        cache,
    }
}

pub(crate) fn load(setup: &Setup) -> (Prepared, Outcome) {
    load_in(
        Some(&setup.cache),
        std::slice::from_ref(&setup.sources),
        false,
        0,
    )
    .unwrap_or_else(|e| panic!("load: {e}"))
}

pub(crate) fn cache_file(setup: &Setup) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(&setup.cache)
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|e| e.unwrap_or_else(|e| panic!("{e}")).path())
        .collect();
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "bin"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

/// The catalogue and the answers of its index are those of a fresh load.
pub(crate) fn assert_same_as_fresh(prepared: &Prepared, setup: &Setup) {
    let fresh = Prepared::build(std::slice::from_ref(&setup.sources), false)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(prepared.catalog, fresh.catalog);
    for query in ["padlet", "mur collaboratif", "beneylou", "visio", "zqxjw"] {
        assert_eq!(
            prepared.tool_index().search(query),
            fresh.tool_index().search(query),
            "{query}"
        );
        assert_eq!(
            prepared.tool_index().name_positions(0, query),
            fresh.tool_index().name_positions(0, query)
        );
    }
    // The guidance sections' index is read back too, with the same answers.
    let guides = prepared.guidance_index();
    assert_eq!(guides.len(), fresh.catalog.guidance.len());
    assert!(!guides.is_empty());
    for query in ["mot de passe", "hebergement", "consentement", "zqxjw"] {
        assert_eq!(
            guides.search(query),
            fresh.guidance_index().search(query),
            "{query}"
        );
    }
    assert!(
        !guides.search("mot de passe").is_empty(),
        "a query that finds a repère"
    );
}

#[test]
fn a_valid_cache_is_used_and_gives_the_same_answers() {
    let setup = setup();
    let (first, outcome) = load(&setup);
    assert_eq!(outcome, Outcome::Rebuilt(Rejected::Missing));
    let (second, outcome) = load(&setup);
    assert_eq!(outcome, Outcome::Hit);
    assert_same_as_fresh(&first, &setup);
    assert_same_as_fresh(&second, &setup);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = |p: &Path| {
            std::fs::metadata(p)
                .unwrap_or_else(|e| panic!("{e}"))
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode(&cache_file(&setup)), 0o600);
        assert_eq!(mode(&setup.cache), 0o700);
    }
}

#[test]
fn a_changed_source_makes_the_cache_stale() {
    let setup = setup();
    load(&setup);
    let tools = setup.sources.join("tools.json");
    let text = std::fs::read_to_string(&tools).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains("\"name\": \"Padlet\""));
    std::fs::write(
        &tools,
        text.replacen("\"name\": \"Padlet\"", "\"name\": \"Padlet renommé\"", 1),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (prepared, outcome) = load(&setup);
    assert_eq!(outcome, Outcome::Rebuilt(Rejected::Stale));
    assert!(
        prepared
            .catalog
            .tools
            .iter()
            .any(|t| t.name == "Padlet renommé")
    );
    assert_same_as_fresh(&prepared, &setup);
    assert_eq!(load(&setup).1, Outcome::Hit);
    // A file added to the folder changes the sources too.
    std::fs::write(setup.sources.join("zz-empty.json"), "{}").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(load(&setup).1, Outcome::Rebuilt(Rejected::Stale));
}

#[test]
fn a_corrupt_or_truncated_cache_is_rebuilt_never_trusted() {
    let setup = setup();
    load(&setup);
    let path = cache_file(&setup);
    let good = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let damages: Vec<(&str, Vec<u8>)> = vec![
        ("one byte flipped in the middle", {
            let mut bytes = good.clone();
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0x5a;
            bytes
        }),
        ("one byte flipped in a string", {
            // The name of the first tool, stored in clear in the payload.
            let mut bytes = good.clone();
            let at = bytes
                .windows(6)
                .position(|w| w == b"Padlet")
                .unwrap_or_else(|| panic!("Padlet in the cache"));
            bytes[at] = b'Q';
            bytes
        }),
        ("cut in half", good[..good.len() / 2].to_vec()),
        ("empty", Vec::new()),
        ("not a cache file", b"{\"tools\": []}".to_vec()),
    ];
    for (damage, bytes) in damages {
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        let (prepared, outcome) = load(&setup);
        assert_eq!(outcome, Outcome::Rebuilt(Rejected::Corrupt), "{damage}");
        assert_same_as_fresh(&prepared, &setup);
        assert_eq!(load(&setup).1, Outcome::Hit, "rewritten after: {damage}");
    }
}

#[test]
fn a_broken_catalogue_is_reported_and_never_cached() {
    let setup = setup();
    std::fs::write(setup.sources.join("zz-broken.json"), "{\"tools\": [")
        .unwrap_or_else(|e| panic!("{e}"));
    let error = load_in(
        Some(&setup.cache),
        std::slice::from_ref(&setup.sources),
        false,
        0,
    )
    .err()
    .unwrap_or_else(|| panic!("a broken file must not load"));
    assert!(error.to_string().contains("zz-broken.json"), "{error}");
    assert!(!setup.cache.exists() || cache_files_count(&setup.cache) == 0);
}

fn cache_files_count(folder: &Path) -> usize {
    std::fs::read_dir(folder).map_or(0, Iterator::count)
}

#[test]
fn the_bundled_catalogue_alone_is_prepared_once_and_read_back() {
    let setup = setup();
    let load_bundled = || {
        load_in(
            Some(&setup.cache),
            &[],
            true,
            repere::cache::MIN_CACHED_BYTES,
        )
        .unwrap_or_else(|e| panic!("{e}"))
    };
    assert_eq!(load_bundled().1, Outcome::Rebuilt(Rejected::Missing));
    assert_eq!(cache_files_count(&setup.cache), 1);
    let (cached, outcome) = load_bundled();
    assert_eq!(outcome, Outcome::Hit);
    let fresh = Prepared::build(&[], true).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cached.catalog, fresh.catalog);
    for query in [
        "padlet",
        "mur collaboratif",
        "envoyer des fichiers volumineux",
        "zqxjw",
    ] {
        assert_eq!(
            cached.tool_index().search(query),
            fresh.tool_index().search(query),
            "{query}"
        );
    }
}

#[test]
fn caches_of_other_sources_are_removed_after_30_days_unused() {
    let setup = setup();
    std::fs::create_dir_all(&setup.cache).unwrap_or_else(|e| panic!("{e}"));
    let aged = |name: &str, days: u64| {
        let path = setup.cache.join(name);
        let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{e}"));
        let when = std::time::SystemTime::now() - std::time::Duration::from_secs(days * 24 * 3600);
        file.set_modified(when).unwrap_or_else(|e| panic!("{e}"));
        path
    };
    let old = aged("catalogue-0000000000000001.bin", 40);
    let recent = aged("catalogue-0000000000000002.bin", 3);
    let unrelated = aged("notes.txt", 40);
    assert_eq!(load(&setup).1, Outcome::Rebuilt(Rejected::Missing));
    assert!(!old.exists());
    assert!(recent.exists());
    assert!(unrelated.exists());
}

fn load_heads(setup: &Setup) -> (Prepared, Outcome) {
    load_detail(setup, Detail::Heads)
}

/// The catalogue through the cache, reading back only `detail`.
pub(crate) fn load_detail(setup: &Setup, detail: Detail) -> (Prepared, Outcome) {
    let options = Options {
        min_bytes: 0,
        detail,
    };
    load_with(
        Some(&setup.cache),
        std::slice::from_ref(&setup.sources),
        false,
        options,
    )
    .unwrap_or_else(|e| panic!("load: {e}"))
}

#[test]
fn a_search_reads_back_the_heads_only_and_answers_the_same() {
    let setup = setup();
    let (full, _) = load(&setup);
    let (heads, outcome) = load_heads(&setup);
    assert_eq!(outcome, Outcome::Hit);
    assert_eq!(heads.catalog.tools.len(), full.catalog.tools.len());
    for (head, tool) in heads.catalog.tools.iter().zip(&full.catalog.tools) {
        // What `repere search` prints, whole…
        assert_eq!(
            (&head.id, &head.name, &head.aliases, &head.categories),
            (&tool.id, &tool.name, &tool.aliases, &tool.categories)
        );
        assert_eq!(
            (&head.url, head.risk.level, &head.risk.rationale),
            (&tool.url, tool.risk.level, &tool.risk.rationale)
        );
        // …and what it does not, never read.
        assert!(head.statements.is_empty() && head.family_message.is_none());
    }
    assert_eq!(heads.catalog.guidance, full.catalog.guidance);
    assert_eq!(heads.catalog.categories, full.catalog.categories);
    for query in [
        "padlet",
        "mur collaboratif",
        "envoyer 200 Mo",
        "beneylou",
        "zqxjw",
    ] {
        assert_eq!(
            heads.tool_index().search(query),
            full.tool_index().search(query),
            "{query}"
        );
    }
}

/// Where each section of a cache file is: (offset, length), from the
/// table at its end (see `src/cache/file.rs`).
pub(crate) fn sections(bytes: &[u8]) -> Vec<(usize, usize)> {
    let word = |at: usize| {
        let mut b = [0_u8; 8];
        b.copy_from_slice(&bytes[at..at + 8]);
        usize::try_from(u64::from_le_bytes(b)).unwrap_or(usize::MAX)
    };
    let count = word(bytes.len() - 8);
    let table = bytes.len() - 8 - count * 24;
    let mut offset = 24;
    (0..count)
        .map(|i| {
            let len = word(table + i * 24);
            offset += len;
            (offset - len, len)
        })
        .collect()
}

#[test]
fn a_damaged_section_is_caught_by_every_load_that_reads_it() {
    let setup = setup();
    load(&setup);
    let path = cache_file(&setup);
    let good = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let sections = sections(&good);
    // Index, prefilter, heads, bodies, guidance index and its prefilter,
    // the bodies' table, the index's name order, the second half of the
    // heads: a search reads all but the second, fourth, seventh and
    // eighth; a full load all but the eighth. (The interface's reading:
    // see `cache_bodies`.)
    assert_eq!(sections.len(), 9);
    for (i, &(offset, len)) in sections.iter().enumerate() {
        let mut bytes = good.clone();
        bytes[offset + len / 2] ^= 0x5a;
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let read_by_search = ![1, 3, 6, 7].contains(&i);
        let expected = if read_by_search {
            Outcome::Rebuilt(Rejected::Corrupt)
        } else {
            Outcome::Hit
        };
        assert_eq!(load_heads(&setup).1, expected, "section {i}, search");
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let (prepared, outcome) = load(&setup);
        let expected = if i == 7 {
            Outcome::Hit
        } else {
            Outcome::Rebuilt(Rejected::Corrupt)
        };
        assert_eq!(outcome, expected, "section {i}");
        assert_same_as_fresh(&prepared, &setup);
    }
}

/// A catalogue large enough to be read back on several threads (2 MiB of
/// sources and more, see `cache::PARALLEL_FROM_BYTES`) gives the same
/// catalogue and answers as a fresh load, like a small one read on one.
#[test]
fn a_large_catalogue_read_back_in_parallel_is_the_same() {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let base = repere::catalog::embedded().unwrap_or_else(|e| panic!("{e}"));
    let file = root.path().join("synthetique.json");
    std::fs::write(&file, repere::synth::catalog_json(&base, 2_000, 5))
        .unwrap_or_else(|e| panic!("{e}"));
    let size = std::fs::metadata(&file).map_or(0, |m| m.len());
    assert!(
        size >= 2 << 20,
        "{size} bytes: below the parallel threshold"
    );
    let cache = root.path().join("cache");
    let sources = std::slice::from_ref(&file);
    let load = || load_in(Some(&cache), sources, true, 0).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(load().1, Outcome::Rebuilt(Rejected::Missing));
    let (prepared, outcome) = load();
    assert_eq!(outcome, Outcome::Hit);
    let fresh = Prepared::build(sources, true).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(prepared.catalog, fresh.catalog);
    for query in ["padlet", "mur collaboratif", "synthetique-17", "zqxjw"] {
        assert_eq!(
            prepared.tool_index().search(query),
            fresh.tool_index().search(query),
            "{query}"
        );
        assert_eq!(
            prepared.guidance_index().search(query),
            fresh.guidance_index().search(query),
            "{query}"
        );
    }
    let order: Vec<usize> = prepared.tool_index().name_order().collect();
    assert_eq!(order, fresh.tool_index().name_order().collect::<Vec<_>>());
    assert_eq!(order.len(), fresh.catalog.tools.len());
}
