//! The modes keys go to; which table each reads is in `tables.rs`, and
//! which table a popup reads is said by the popup
//! (`crate::app::popup::Overlay::kind`).

use crate::app::popup::Kind;

/// Where keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The cursor is in the search bar.
    Search,
    /// The panes: lists and card.
    Browse,
    /// A popup is open: its own table.
    Overlay(Kind),
}

impl Mode {
    pub const ALL: [Mode; 2 + Kind::ALL.len()] = {
        let mut all = [Mode::Search; 2 + Kind::ALL.len()];
        all[1] = Mode::Browse;
        let mut at = 0;
        while at < Kind::ALL.len() {
            all[2 + at] = Mode::Overlay(Kind::ALL[at]);
            at += 1;
        }
        all
    };
}
