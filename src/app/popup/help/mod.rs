//! The list of every key, read from the key tables. Its keys are the
//! reading popups' (`super::text::KEYS`); what they do is in `update.rs`,
//! the drawing in `crate::ui::popup::help`.

pub mod update;

use crate::app::keymap::keys::Binding;

/// The help popup, scrolled by `scroll` lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Help {
    pub scroll: usize,
}

/// The keys of the help: those of every reading popup.
pub const KEYS: &[Binding] = super::text::KEYS;
