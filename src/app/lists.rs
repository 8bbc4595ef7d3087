//! The lists derived from the state: what the middle pane shows for a row
//! of the left pane, and how many entries each row has.

use super::state::{Entry, Item, Row, State};
use crate::search::Found;

impl State {
    /// The status line to show: a message about another card than the one
    /// shown is gone (it belongs to the card it was about).
    pub fn visible_status(&self) -> Option<&super::state::Status> {
        self.status
            .as_ref()
            .filter(|s| s.about.is_none() || s.about == self.entry().map(|e| e.item))
    }

    /// Entries per left-pane row, in one pass over the tools (or hits).
    pub(super) fn count_rows(&self) -> Vec<usize> {
        let mut counts = vec![0; self.rows.len()];
        let searching = self.searching();
        // Rows are: all tools, recent tools, one per category, guidance.
        let mut count = |tool: usize| {
            counts[0] += 1;
            for &category in &self.lookup.tool_categories[tool] {
                counts[2 + category] += 1;
            }
        };
        if searching {
            self.tool_hits.iter().for_each(|h| count(h.index));
            counts[0] = self.answers.len();
        } else {
            (0..self.catalog.tools.len()).for_each(count);
        }
        if let Some(recent) = self.rows.iter().position(|r| *r == Row::Recent) {
            counts[recent] = self.entries_for(Row::Recent).len();
        }
        if let Some(guidance) = self.rows.iter().position(|r| *r == Row::Guidance) {
            counts[guidance] = if searching {
                self.guidance_hits.len()
            } else {
                self.catalog.guidance.len()
            };
        }
        counts
    }

    pub(super) fn entries_for(&self, row: Row) -> Vec<Entry> {
        if let Row::Guidance = row {
            return if self.searching() {
                self.guidance_hits
                    .iter()
                    .map(|h| entry(Item::Guidance(h.index)))
                    .collect()
            } else {
                (0..self.catalog.guidance.len())
                    .map(|i| Entry {
                        item: Item::Guidance(i),
                        replaced: false,
                    })
                    .collect()
            };
        }
        let keep = |index: usize| self.row_contains(row, index);
        // Every result: tools and repères in the one ranking's order.
        if self.searching() && row == Row::All {
            return self
                .answers
                .iter()
                .map(|answer| Entry {
                    item: match &answer.found {
                        Found::Tool(hit) => Item::Tool(hit.index),
                        Found::Guide(hit) => Item::Guidance(hit.index),
                    },
                    replaced: answer.replaced,
                })
                .collect();
        }
        if self.searching() {
            let tools = self
                .tool_hits
                .iter()
                .filter(|h| keep(h.index))
                .map(|h| entry(Item::Tool(h.index)));
            return tools.collect();
        }
        let tools = &self.catalog.tools;
        let indices: Vec<usize> = match row {
            Row::Recent => self
                .prefs
                .recent
                .iter()
                .filter_map(|id| self.lookup.tool_position.get(id).copied())
                .collect(),
            // What the sources place outside the adviser's territory goes
            // after the rest (favourites still first: the adviser chose them).
            Row::All => self.order.all(keep),
            Row::Category(_) => self.order.by_level(keep, |i| tools[i].risk.level),
            Row::Guidance => Vec::new(),
        };
        indices
            .into_iter()
            .map(|i| Entry {
                item: Item::Tool(i),
                replaced: false,
            })
            .collect()
    }

    fn row_contains(&self, row: Row, tool_index: usize) -> bool {
        let tool = &self.catalog.tools[tool_index];
        match row {
            Row::All => true,
            Row::Recent => self.prefs.recent.contains(&tool.id),
            Row::Category(c) => self.lookup.tool_categories[tool_index].contains(&c),
            Row::Guidance => false,
        }
    }
}

fn entry(item: Item) -> Entry {
    Entry {
        item,
        replaced: false,
    }
}
