//! The real program in a pseudo-terminal (and under a real X server for the clipboard).
//! One test binary: each module was a test file of its own; grouping them
//! links the crate once for the group.

// A test fails by panicking: unwrap and expect are its assertions.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// Pseudo-terminals, signals, X11 and file modes: Unix only (on Windows
// this binary is empty, so the suite still compiles there).
#![cfg(unix)]

mod clipboard;
mod clipboard_hang;
mod clipboard_support;
#[path = "../common/mod.rs"]
mod common;
mod hostile;
mod local_tui;
mod paste_burst;
mod pty;
mod pty_app;
mod pty_copy;
mod pty_mail;
mod pty_support;
mod pty_team;
mod pty_territory;
mod state_file;
mod terminal;
mod trust;
mod type_to_search;
