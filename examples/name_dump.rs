//! Differential dump of name lookups: every prefix of every bundled name,
//! alias and id, and of the names misheard on the phone, with the name hits
//! (exact or with a typo) each query finds, in order.
//!
//! `cargo run --release --example name_dump > after.txt`, then compare with
//! a dump made before a change to the search: name lookups must not move.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fmt::Write as _;

use repere::search::HitKind;

const MISHEARD: &[&str] = &[
    "klasroom",
    "watsap",
    "beneylou",
    "zoum",
    "quizzinière",
    "padlett",
    "renavizio",
    "classdojot",
];

fn main() {
    let catalog = repere::catalog::embedded().unwrap();
    let index = repere::search::tool_index(&catalog);
    let mut queries = BTreeSet::new();
    let words = catalog
        .tools
        .iter()
        .flat_map(|t| {
            [t.name.clone(), t.id.clone()]
                .into_iter()
                .chain(t.aliases.iter().cloned())
        })
        .chain(MISHEARD.iter().map(|&s| s.to_owned()));
    for word in words {
        let chars: Vec<char> = word.chars().collect();
        for end in 1..=chars.len() {
            queries.insert(chars[..end].iter().collect::<String>());
        }
    }
    let mut out = String::new();
    for query in &queries {
        let hits: Vec<String> = index
            .search(query)
            .iter()
            .filter(|h| h.kind != HitKind::Text)
            .map(|h| format!("{}:{:?}", catalog.tools[h.index].id, h.kind))
            .collect();
        let _ = writeln!(out, "{query}\t{}", hits.join(" "));
    }
    print!("{out}");
    eprintln!("{} queries", queries.len());
}
