//! The rules of the code, read from the source: module graph, where
//! strings live, who writes the state. Run by `cargo test` like any test.

// A test fails by panicking: unwrap and expect are its assertions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod drawing;
mod imports;
mod module_graph;
mod rooms;
mod source;
mod strings;
