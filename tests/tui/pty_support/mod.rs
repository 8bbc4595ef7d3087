//! Shared harness: the real `repere` binary in a pseudo-terminal.
//!
//! A reader thread feeds everything the program writes into a `vt100`
//! parser (what a user would see) and also keeps the raw bytes (to check
//! escape sequences the screen does not show: OSC 52, mode resets). Waits
//! poll every 20 ms and fail with the screen printed.

// Each test binary uses its own part of the harness: what one leaves
// unused (items, and the re-exports below) is not dead for another.
#![allow(dead_code, unused_imports, clippy::unwrap_used, clippy::expect_used)]

mod environment;
mod expected;
mod process;
mod raw_output;
mod session;
mod waits;

use std::time::Duration;

pub use environment::{Home, Options, on_path};
pub use expected::{ctrl, filled_message, hint, plain};
pub use raw_output::{base64_decode, base64_encode, colour_sgrs, find, osc52_texts, rfind};
pub use session::Pty;

/// How often waits look at the screen.
pub const POLL: Duration = Duration::from_millis(20);
/// How long a wait lasts before failing.
pub const TIMEOUT: Duration = Duration::from_secs(10);
