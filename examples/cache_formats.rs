//! The formats a prepared catalogue could be cached in, timed on the same
//! catalogue: `cargo run --release --example cache_formats -- DIR`
//! (serialised size, then the median of 5 loads back into the model).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::cast_precision_loss)]

use std::time::{Duration, Instant};

use repere::catalog::Catalog;

fn median(mut samples: Vec<Duration>) -> f64 {
    samples.sort();
    samples[samples.len() / 2].as_secs_f64() * 1e3
}

fn time<T>(f: impl Fn() -> T) -> f64 {
    median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                drop(std::hint::black_box(f()));
                t.elapsed()
            })
            .collect(),
    )
}

type Sections = (
    Vec<repere::catalog::Source>,
    Vec<repere::catalog::Category>,
    Vec<repere::catalog::PlaceholderDef>,
    Vec<repere::catalog::Guidance>,
    Vec<repere::catalog::Tool>,
);

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    let catalog = repere::catalog::load(&[dir.into()], false).unwrap();
    let Catalog {
        sources,
        categories,
        placeholders,
        guidance,
        tools,
        ..
    } = catalog;
    let sections: Sections = (sources, categories, placeholders, guidance, tools);
    let json = serde_json::to_vec(&sections).unwrap();
    let msgpack = rmp_serde::to_vec_named(&sections).unwrap();
    let post = postcard::to_stdvec(&sections).unwrap();
    println!("{:<22} {:>10} {:>10}", "format", "MB", "load ms");
    let mb = |b: &[u8]| b.len() as f64 / 1e6;
    println!(
        "{:<22} {:>10.1} {:>10.1}",
        "serde_json",
        mb(&json),
        time(|| serde_json::from_slice::<Sections>(&json).unwrap())
    );
    println!(
        "{:<22} {:>10.1} {:>10.1}",
        "rmp-serde (named)",
        mb(&msgpack),
        time(|| rmp_serde::from_slice::<Sections>(&msgpack).unwrap())
    );
    println!(
        "{:<22} {:>10.1} {:>10.1}",
        "postcard",
        mb(&post),
        time(|| postcard::from_bytes::<Sections>(&post).unwrap())
    );
    println!(
        "{:<22} {:>10} {:>10.1}",
        "xxh3 checksum of postcard",
        "",
        time(|| xxhash_rust::xxh3::xxh3_128(&post))
    );
}
