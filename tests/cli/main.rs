//! The command line, run as a script would: output, exit status, messages.
//! One test binary: each module was a test file of its own; grouping them
//! links the crate once for the group.

// A test fails by panicking: unwrap and expect are its assertions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cli;
mod cli_message;
#[path = "../common/mod.rs"]
mod common;
mod export;
mod mail;
mod provenance_cli;
mod schemas;
mod shells;
mod shipping;
