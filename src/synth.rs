//! A deterministic generator of valid synthetic catalogues, for benchmarks
//! and stress tests: realistic French text, categories, placeholders and
//! sources, with the bundled sources and categories so entries validate.

use crate::catalog::{Catalog, FamilyMessage, Field, Risk, RiskAssessment, Statement, Tool};
use crate::text::synth as words;

/// A small xorshift generator: deterministic for a seed, no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next_u64() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIELDS: [Field; 8] = [
    Field::Description,
    Field::TeacherFeatures,
    Field::FamilyFeatures,
    Field::Availability,
    Field::AccountTime,
    Field::Cost,
    Field::Precautions,
    Field::Gdpr,
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(words::WORDS));
    }
    out.push('.');
    let mut chars = out.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `count` synthetic tools over the sources and categories of `base`.
pub fn tools(base: &Catalog, count: usize, seed: u64) -> Vec<Tool> {
    let mut rng = Rng::new(seed);
    // Made-up text never cites a real document: every quote credited to
    // one is looked up in it.
    let sources = [SOURCE_ID];
    let categories: Vec<&str> = base.categories.iter().map(|c| c.id.as_str()).collect();
    (0..count)
        .map(|i| {
            let source = rng.pick(&sources).to_owned();
            let name = format!(
                "{} {} {i}",
                rng.pick(words::PREFIXES),
                rng.pick(words::SUFFIXES)
            );
            let statements = (0..4)
                .map(|_| Statement {
                    field: FIELDS[rng.below(FIELDS.len())],
                    text: sentence(&mut rng, 12),
                    source: source.clone(),
                    loc: words::STATEMENT_LOCATION.to_owned(),
                })
                .collect();
            let family_message = (rng.below(3) == 0).then(|| FamilyMessage {
                text: words::family_message(&sentence(&mut rng, 15)),
                original: words::MESSAGE_ORIGINAL.to_owned(),
                source: source.clone(),
                loc: words::MESSAGE_LOCATION.to_owned(),
                derived: None,
            });
            Tool {
                id: format!("synthetique-{i}"),
                name,
                aliases: Vec::new(),
                summary: sentence(&mut rng, 8),
                categories: vec![rng.pick(&categories).to_owned()],
                url: Some(format!("https://exemple-{i}.fr/")),
                statements,
                family_message,
                risk: RiskAssessment {
                    level: Risk::ALL[rng.below(4)],
                    rationale: sentence(&mut rng, 14),
                    sources: vec![source],
                    evidence: Vec::new(),
                },
                alternatives: Vec::new(),
                territory: Vec::new(),
                needs: Vec::new(),
            }
        })
        .collect()
}

/// The id of the synthetic tools' source, declared by [`catalog_json`].
pub const SOURCE_ID: &str = "source-synthetique";

/// The source synthetic tools cite: a document whose text repere does not
/// have, so their made-up quotes are not looked up.
pub fn source() -> crate::catalog::Source {
    crate::catalog::Source {
        id: SOURCE_ID.to_owned(),
        title: "Synthetic".to_owned(),
        author: "repere::synth".to_owned(),
        date: "2026".to_owned(),
        jurisdiction: "-".to_owned(),
        short: "synth".to_owned(),
        published: None,
        note: None,
        untitled: false,
        document: None,
    }
}

/// A catalogue file (tools and their source) extending the bundled one,
/// as JSON.
pub fn catalog_json(base: &Catalog, count: usize, seed: u64) -> String {
    let part = Catalog {
        sources: vec![source()],
        tools: tools(base, count, seed),
        ..Catalog::default()
    };
    serde_json::to_string(&part).unwrap_or_default()
}
