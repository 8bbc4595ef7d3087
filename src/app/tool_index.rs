//! The tools' search index as the interface holds it: read, or still on
//! its way. A large catalogue's index is most of its prepared file, so
//! the interface shows its main screen first (listed by the name order
//! alone, see `cache::LaterIndex`) while another thread reads the index.
//! A search waits for it; an index that does not come (unreadable, or its
//! reader stopped) is built from the catalogue instead
//! (`tool_index_arrival`).

use std::sync::Arc;
use std::sync::mpsc::Receiver;

use crate::search::SearchIndex;

/// The tool index, read or coming.
#[derive(Debug)]
pub enum ToolIndex {
    Ready(Arc<SearchIndex>),
    /// Sent once by the thread reading it: `None` if it could not be read.
    /// A reader that stops without sending counts as `None`.
    Coming(Receiver<Option<Arc<SearchIndex>>>),
}
