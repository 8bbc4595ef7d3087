//! What a drawn frame measured that the next key needs. The state cannot
//! measure text (a card's length depends on the width), so the draw
//! reports it and `update` keeps it, like any other action.

/// The last frame's measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameReport {
    /// How far the detail pane can scroll at this size.
    pub detail_max_scroll: usize,
    /// The card line each alternative starts on, so a click on it opens it.
    pub detail_links: Vec<usize>,
}

impl Default for FrameReport {
    /// Before the first frame nothing is measured: scrolling is unbounded
    /// until a frame says how long the card is.
    fn default() -> Self {
        Self {
            detail_max_scroll: usize::MAX,
            detail_links: Vec::new(),
        }
    }
}
