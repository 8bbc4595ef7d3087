//! How the interface takes its tool index when it comes (see
//! `tool_index`): a search waits for it, an index that does not come is
//! built from the catalogue.

use std::sync::Arc;
use std::sync::mpsc::TryRecvError;

use super::state::State;
use super::tool_index::ToolIndex;
use crate::search::{SearchIndex, tool_index};

impl State {
    /// The tool index if it is there (never waits): what the draw reads.
    pub(super) fn ready_tool_index(&self) -> Option<&Arc<SearchIndex>> {
        match &self.tool_index {
            ToolIndex::Ready(index) => Some(index),
            ToolIndex::Coming(_) => None,
        }
    }

    /// Takes the index if it has come, without waiting: called at each
    /// update so that the draw has it as soon as possible.
    pub(super) fn take_tool_index_if_come(&mut self) {
        if let ToolIndex::Coming(coming) = &self.tool_index {
            match coming.try_recv() {
                Ok(index) => drop(self.settle_tool_index_with(index)),
                Err(TryRecvError::Disconnected) => drop(self.settle_tool_index_with(None)),
                Err(TryRecvError::Empty) => {}
            }
        }
    }

    /// The tool index, waiting for it if it is still coming.
    pub(super) fn tool_index(&mut self) -> Arc<SearchIndex> {
        let index = match &self.tool_index {
            ToolIndex::Ready(index) => return Arc::clone(index),
            ToolIndex::Coming(coming) => coming.recv().ok().flatten(),
        };
        self.settle_tool_index_with(index)
    }

    fn settle_tool_index_with(&mut self, index: Option<Arc<SearchIndex>>) -> Arc<SearchIndex> {
        let index = index.unwrap_or_else(|| {
            // Every body first, as a note's rebuild does: the index must
            // know the whole catalogue.
            self.complete_all();
            Arc::new(tool_index(&self.catalog))
        });
        self.tool_index = ToolIndex::Ready(Arc::clone(&index));
        index
    }
}
