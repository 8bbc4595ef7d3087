//! The interface's reading of the prepared catalogue: every tool's head,
//! and each body read from the file when a card needs it, checked on its
//! own. A body read so is the body a fresh load gives; a damaged one is
//! never used.

use repere::cache::{Detail, Outcome, Prepared, Rejected, Tools};

use crate::cache::{Setup, assert_same_as_fresh, cache_file, load, load_detail, sections, setup};

fn load_lazy(setup: &Setup) -> (Prepared, Outcome) {
    load_detail(setup, Detail::Lazy)
}

fn fresh(setup: &Setup) -> Prepared {
    Prepared::build(std::slice::from_ref(&setup.sources), false).unwrap_or_else(|e| panic!("{e}"))
}

/// First start and later ones: the catalogue comes without its bodies,
/// and once they are read it is the catalogue a fresh load gives.
#[test]
fn bodies_read_one_by_one_make_the_fresh_catalogue() {
    let setup = setup();
    let fresh = fresh(&setup);
    for expected in [Outcome::Rebuilt(Rejected::Missing), Outcome::Hit] {
        let (prepared, outcome) = load_lazy(&setup);
        assert_eq!(outcome, expected);
        let mut parts = prepared.into_parts();
        // The index comes after the main screen, listed meanwhile by its
        // name order alone; both are the fresh ones.
        let Tools::Later(mut later_index) = parts.tools else {
            panic!("the index was read with the catalogue")
        };
        let order: Vec<usize> = later_index.take_name_order().iter().collect();
        assert_eq!(order, fresh.tool_index().name_order().collect::<Vec<_>>());
        let tools = later_index.read().unwrap_or_else(|| panic!("no index"));
        assert_eq!(
            rmp_serde::to_vec(&tools).ok(),
            rmp_serde::to_vec(fresh.tool_index()).ok()
        );
        // The prefilter comes after, and is the fresh one.
        assert!(tools.grams().is_none());
        let later = parts
            .later_grams
            .take()
            .unwrap_or_else(|| panic!("no prefilter"));
        assert!(later.fill(&tools));
        assert_eq!(
            rmp_serde::to_vec(&tools.grams()).ok(),
            rmp_serde::to_vec(&fresh.tool_index().grams()).ok()
        );
        let mut bodies = parts.bodies.take().unwrap_or_else(|| panic!("no bodies"));
        // Heads only: what lists and alternatives read is there.
        let padlet = parts
            .catalog
            .tool("padlet")
            .unwrap_or_else(|| panic!("padlet"));
        let fresh_padlet = fresh
            .catalog
            .tool("padlet")
            .unwrap_or_else(|| panic!("padlet"));
        assert!(padlet.statements.is_empty() && padlet.family_message.is_none());
        assert_eq!(padlet.alternatives, fresh_padlet.alternatives);
        assert_eq!(padlet.territory, fresh_padlet.territory);
        let at = parts.catalog.tools.iter().position(|t| t.id == "padlet");
        let at = at.unwrap_or_else(|| panic!("padlet"));
        assert!(!bodies.is_whole(at));
        // Statements read for a constraint are the tool's own.
        assert_eq!(
            bodies.statements(at, &parts.catalog.tools[at]).as_ref(),
            fresh_padlet.statements.as_slice()
        );
        bodies
            .complete(&mut parts.catalog.tools, at)
            .unwrap_or_else(|_| panic!("padlet's body"));
        assert!(bodies.is_whole(at));
        assert_eq!(&parts.catalog.tools[at], fresh_padlet);
        bodies
            .complete_all(&mut parts.catalog.tools)
            .unwrap_or_else(|_| panic!("every body"));
        assert_eq!(parts.catalog, fresh.catalog);
    }
}

/// A damaged body is not seen when the catalogue is read (the bodies'
/// section is not read whole), but reading that body fails, alone: the
/// others read, and a full load rebuilds. Any other damaged section is
/// caught at once.
#[test]
fn a_damaged_body_is_refused_alone_and_other_sections_at_once() {
    let setup = setup();
    load(&setup);
    let path = cache_file(&setup);
    let good = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let fresh = fresh(&setup);
    for (i, &(offset, len)) in sections(&good).iter().enumerate() {
        let mut bytes = good.clone();
        bytes[offset + len / 2] ^= 0x5a;
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let (prepared, outcome) = load_lazy(&setup);
        if i == 0 {
            // The index is read after the first screen: refused then (the
            // interface indexes the catalogue itself), and the next start
            // rebuilds.
            assert_eq!(outcome, Outcome::Hit, "the index's section");
            let Tools::Later(later) = prepared.into_parts().tools else {
                panic!("the index was read with the catalogue")
            };
            assert!(later.read().is_none());
            assert!(!path.exists());
            assert_eq!(load_lazy(&setup).1, Outcome::Rebuilt(Rejected::Missing));
            continue;
        }
        if i == 1 {
            // The prefilter is read after the index: refused then, the
            // searches go on without it, and the next start rebuilds.
            assert_eq!(outcome, Outcome::Hit, "the prefilter's section");
            let parts = prepared.into_parts();
            let tools = parts.tools.read_now().unwrap_or_else(|| panic!("no index"));
            let later = parts
                .later_grams
                .unwrap_or_else(|| panic!("no prefilter to read"));
            assert!(!later.fill(&tools));
            assert!(tools.grams().is_none());
            assert!(!path.exists());
            assert_eq!(load_lazy(&setup).1, Outcome::Rebuilt(Rejected::Missing));
            continue;
        }
        if i != 3 {
            assert_eq!(outcome, Outcome::Rebuilt(Rejected::Corrupt), "section {i}");
            continue;
        }
        assert_eq!(outcome, Outcome::Hit, "the bodies' section");
        let mut parts = prepared.into_parts();
        let mut bodies = parts.bodies.take().unwrap_or_else(|| panic!("no bodies"));
        assert!(bodies.complete_all(&mut parts.catalog.tools).is_err());
        let failed: Vec<usize> = (0..parts.catalog.tools.len())
            .filter(|&t| bodies.failed(t))
            .collect();
        assert_eq!(failed.len(), 1, "{failed:?}");
        // Removed: the next start rebuilds it, as the interface says.
        assert!(!path.exists());
        for (t, tool) in parts.catalog.tools.iter().enumerate() {
            if !failed.contains(&t) {
                assert_eq!(tool, &fresh.catalog.tools[t]);
            }
        }
        // A full load reads the section whole and rebuilds.
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let (prepared, outcome) = load(&setup);
        assert_eq!(outcome, Outcome::Rebuilt(Rejected::Corrupt));
        assert_same_as_fresh(&prepared, &setup);
    }
}
