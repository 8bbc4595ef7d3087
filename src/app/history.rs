//! Back and forth between answers, like a browser: where the user was,
//! and opening a tool from a link in a card.

use super::state::{Focus, Item, Location, State};

/// How many steps Back can go.
pub const HISTORY_MAX: usize = 50;

impl State {
    /// Where the user is now, to come back to.
    pub fn location(&self) -> Location {
        Location {
            query: self.query.clone(),
            row_sel: self.row_sel,
            item: self.entry().map(|e| e.item),
            focus: self.focus,
            detail_scroll: self.detail_scroll,
        }
    }

    /// Puts where the user is into the history (the oldest goes past
    /// its length).
    pub fn remember(&mut self) {
        let here = self.location();
        if self.history.last() != Some(&here) {
            self.history.push(here);
        }
        if self.history.len() > HISTORY_MAX {
            self.history.remove(0);
        }
    }

    /// Puts the user back where they were.
    pub fn restore(&mut self, location: Location) {
        self.query = location.query;
        self.row_sel = location.row_sel.min(self.rows.len().saturating_sub(1));
        self.refresh_search();
        if let Some(item) = location.item
            && let Some(position) = self.entries.iter().position(|e| e.item == item)
        {
            self.entry_sel = position;
        }
        self.focus = location.focus;
        self.detail_scroll = location.detail_scroll;
        self.alternative_sel = 0;
    }

    /// Opens a tool's card from a link (an alternative), remembering where
    /// the user was.
    pub fn open_tool(&mut self, index: usize) {
        self.remember();
        self.query.clear();
        self.row_sel = 0;
        self.refresh_search();
        let item = Item::Tool(index);
        self.entry_sel = self
            .entries
            .iter()
            .position(|e| e.item == item)
            .unwrap_or(0);
        self.focus = Focus::Detail;
        self.detail_scroll = 0;
        self.alternative_sel = 0;
    }

    /// The safer alternatives shown in the selected tool's card, by index.
    pub fn card_alternatives(&self) -> Vec<usize> {
        let Some(Item::Tool(index)) = self.entry().map(|e| e.item) else {
            return Vec::new();
        };
        if !self.catalog.tools[index].risk.level.offers_alternatives() {
            return Vec::new();
        }
        self.alternatives(index)
            .iter()
            .filter_map(|t| self.lookup.tool_position.get(&t.id).copied())
            .collect()
    }
}
