//! The tools' search index as the interface holds it: read, or still on
//! its way. A large catalogue's index is most of its prepared file, so
//! the interface shows its main screen first (listed by the name order
//! alone, see `cache::LaterIndex`) while another thread reads the index.
//! A search waits for it; an index that does not come (unreadable, or its
//! reader stopped) is built here from the catalogue instead.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use super::state::State;
use crate::search::{SearchIndex, tool_index};

/// The tool index, read or coming.
#[derive(Debug)]
pub enum ToolIndex {
    Ready(Arc<SearchIndex>),
    /// Sent once by the thread reading it: `None` if it could not be read.
    /// A reader that stops without sending counts as `None`.
    Coming(Receiver<Option<Arc<SearchIndex>>>),
}

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
