//! The card model's email rendering: what the clipboard receives for a
//! card or a precautions notice, checked on real catalogue entries.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use repere::card::{self, plain};

/// Anywhere, in November 2026: the snapshot must not age with the calendar.
fn context() -> card::Context {
    card::Context {
        place: repere::catalog::Place::Anywhere,
        today: repere::catalog::provenance::YearMonth {
            year: 2026,
            month: 11,
        },
    }
}
use repere::catalog::Catalog;

fn catalog() -> Catalog {
    repere::catalog::embedded().expect("embedded catalogue")
}

/// Every address in a text: runs starting with http, up to a space or a
/// closing mark.
fn urls(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '»' | '«' | '"'))
        .filter_map(|word| word.find("http").map(|at| &word[at..]))
        .map(|url| url.trim_end_matches([')', '.', ',', ';']).to_owned())
        .collect()
}

#[test]
fn zoom_copied_card_keeps_urls_whole_has_no_id_and_no_broken_paragraph() {
    let catalog = catalog();
    let zoom = catalog.tool("zoom").unwrap();
    let alternatives = catalog.alternatives(zoom);
    let built = card::tool(&catalog, zoom, &alternatives, &context());
    let email = plain::render(&built, plain::Target::Email);
    insta::assert_snapshot!("zoom_copied_card", email);

    // Every address of the card's data is in the copy, whole.
    let mut expected: Vec<String> = zoom.url.iter().cloned().collect();
    for statement in &zoom.statements {
        expected.extend(urls(&statement.text));
    }
    assert!(!expected.is_empty());
    let copied = urls(&email);
    for url in &expected {
        assert!(copied.contains(url), "{url} missing or cut in:\n{email}");
    }
    // No internal id: neither the tool's nor an alternative's.
    for id in std::iter::once(&zoom.id).chain(alternatives.iter().map(|t| &t.id)) {
        assert!(!email.contains(&format!("({id})")), "id {id} in:\n{email}");
    }
    // Each statement is one line: no paragraph broken mid-sentence.
    for statement in &zoom.statements {
        let text = repere::sanitize::clean(&statement.text);
        if !text.contains('\n') {
            assert!(
                email.lines().any(|line| line.contains(text.trim())),
                "statement broken over lines: {text}\n{email}"
            );
        }
    }
    // Sources with their title and date.
    for source in &catalog.sources {
        if email.contains(&format!("({})", source.short)) {
            assert!(email.contains(&source.title), "{}", source.title);
            assert!(email.contains(&source.date), "{}", source.date);
        }
    }
}

#[test]
fn precautions_notice_of_a_forbidden_tool_gives_level_reason_and_alternatives() {
    let catalog = catalog();
    let zoom = catalog.tool("zoom").unwrap();
    let alternatives = catalog.alternatives(zoom);
    assert!(!alternatives.is_empty());
    let notice = plain::render(
        &card::precautions_notice(&catalog, zoom, &alternatives, &context()),
        plain::Target::Email,
    );
    assert!(notice.contains("Proscrit"), "{notice}");
    assert!(notice.contains(zoom.risk.rationale.trim()), "{notice}");
    for alt in &alternatives {
        assert!(
            notice.contains(&alt.name),
            "{} missing:\n{notice}",
            alt.name
        );
    }
    assert!(notice.contains("Sources :"), "{notice}");
}

#[test]
fn show_width_never_cuts_an_address() {
    let catalog = catalog();
    for tool in &catalog.tools {
        let built = card::tool(&catalog, tool, &catalog.alternatives(tool), &context());
        let shown = plain::render(&built, plain::Target::Width(78));
        let mut expected: Vec<String> = tool.url.iter().cloned().collect();
        for statement in &tool.statements {
            expected.extend(urls(&statement.text));
        }
        let found = urls(&shown);
        for url in expected {
            assert!(found.contains(&url), "{}: {url} cut", tool.id);
        }
    }
}
