//! The interface in-process: keys through the keymap and update, drawn into a TestBackend.
//! One test binary: each module was a test file of its own; grouping them
//! links the crate once for the group.

// A test fails by panicking: unwrap and expect are its assertions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod background;
#[path = "../common/mod.rs"]
mod common;
mod monkey;
mod navigation;
mod ui;
mod ui_colours;
mod ui_layers;
mod ui_sizes;
mod ui_support;
mod ui_territory;
mod whole_lines;
