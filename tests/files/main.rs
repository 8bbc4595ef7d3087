//! The user's files and the files repere is given: cache, local layer, state, hostile catalogues.
//! One test binary: each module was a test file of its own; grouping them
//! links the crate once for the group.

// A test fails by panicking: unwrap and expect are its assertions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cache;
mod cache_bodies;
mod cache_trust;
#[path = "../common/mod.rs"]
mod common;
mod files;
mod hardening;
mod local_layer;
mod store;
mod trust;
