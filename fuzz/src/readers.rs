//! Checks of the readers of what comes from outside: an answers file
//! (`evaluate --reponses`), the adviser's overlay (`local.json`) and a
//! colleague's file of the team folder, both as parts and as the layers
//! the program reads them as, and the bounded line and stream readers
//! under them.

use repere::catalog::{Catalog, Loader};
use repere::local::evaluate::{EvaluationInput, build};

/// The cap the line reader is tried with: small, so inputs cross it.
const LINE_CAP: u64 = 64;

/// `answers`: the bytes as an answers file. Reading never panics nor
/// returns more than its cap; answers that parse build an evaluation or
/// a sentence, never a panic, and an evaluated tool has a non-empty id.
pub fn check_answers(data: &[u8]) {
    check_bounded(data);
    let Ok(input) = serde_json::from_slice::<EvaluationInput>(data) else {
        return;
    };
    if let Ok((tool, evaluation)) = build(super::embedded(), &input, "Fuzz", "2026-03-12") {
        assert!(!tool.id.is_empty(), "an evaluated tool without id");
        assert_eq!(tool.id, evaluation.tool);
    }
}

/// `overlay`: the bytes as the overlay file. Parsing and loading over the
/// embedded catalogue never panic; an overlay that loads keeps every note
/// with a distinct id exactly once (notes merge in one pass), and loads
/// again, equal, from its own serialisation.
pub fn check_overlay(data: &[u8]) {
    check_bounded(data);
    let Ok(text) = repere::input::utf8(data.to_vec()) else {
        return;
    };
    let Ok(part) = serde_json::from_str::<Catalog>(text.trim_start_matches('\u{feff}')) else {
        return;
    };
    let mut ids: Vec<&str> = part.local.notes.iter().map(|n| n.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut loader = Loader::new(true).expect("the embedded catalogue loads");
    if loader.add_text("local.json", &text).is_err() {
        return;
    }
    let Ok(catalog) = loader.finish() else {
        return;
    };
    assert_eq!(
        catalog.local.notes.len(),
        ids.len(),
        "notes lost or doubled"
    );
    let again = serde_json::to_string(&part).expect("an overlay serialises");
    let mut loader = Loader::new(true).expect("the embedded catalogue loads");
    loader
        .add_text("local.json", &again)
        .expect("a loaded overlay loads again");
    let reloaded = loader.finish().expect("a loaded overlay validates again");
    assert_eq!(reloaded.local, catalog.local);
    check_layers(&text, ids.len());
}

/// The same bytes read as the program reads them: the adviser's own file
/// and a colleague's file of the team folder are layers of their own
/// (`add_layer_text`, with their documents and provenance), not bundled
/// data. Never a panic; a layer that loads keeps every distinct note once.
fn check_layers(text: &str, notes: usize) {
    use repere::catalog::origin::LayerKind;
    for kind in [LayerKind::Own, LayerKind::Team] {
        let mut loader = Loader::new(true).expect("the embedded catalogue loads");
        if loader.add_layer_text("local.json", text, kind).is_err() {
            continue;
        }
        let Ok(catalog) = loader.finish() else {
            continue;
        };
        assert_eq!(
            catalog.local.notes.len(),
            notes,
            "notes lost or doubled in a {kind:?} layer"
        );
    }
}

/// The bounded readers on the same bytes: a line is at most its cap (or
/// refused), a stream over its cap is refused, never kept growing.
fn check_bounded(data: &[u8]) {
    let mut input = data;
    let mut lines = 0_usize;
    while let Ok(Some(line)) = repere::input::read_line(&mut input, LINE_CAP) {
        assert!(line.len() as u64 <= LINE_CAP + 1, "a line over its cap");
        lines += 1;
        assert!(lines <= data.len(), "the line reader does not advance");
    }
    let cap = (data.len() / 2) as u64;
    match repere::input::read_capped(data, cap) {
        Ok(bytes) => assert!(bytes.len() as u64 <= cap && data.len() as u64 <= cap),
        Err(repere::input::Refused::TooBig { size, cap: said }) => {
            assert!(size > said && said == cap);
        }
        Err(other) => panic!("reading bytes in memory failed: {other:?}"),
    }
}
