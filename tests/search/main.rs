//! Search: relevance, names, need questions, the prefilters against the plain reference.
//! One test binary: each module was a test file of its own; grouping them
//! links the crate once for the group.

// A test fails by panicking: unwrap and expect are its assertions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../common/mod.rs"]
mod common;
mod coverage;
mod coverage_names;
mod intent_questions;
mod need_questions;
mod search;
