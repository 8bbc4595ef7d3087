//! The bundled data: rules over the whole catalogue, quotes, schema, loader, card.
//! One test binary: each module was a test file of its own; grouping them
//! links the crate once for the group.

// A test fails by panicking: unwrap and expect are its assertions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod card;
#[path = "../common/mod.rs"]
mod common;
mod data_rules;
mod fuzz_regressions;
mod loader;
mod loader_support;
mod schema;
mod sources;
