//! Cards read their tools' bodies when they are needed (see
//! `catalog::bodies`): `update` completes the tools a card, a copy or a
//! comparison is about, before and after each action, so that neither an
//! action nor the draw sees a tool without its body. A body that cannot
//! be read is said, and nothing is copied or compared from that tool.

use super::state::State;
use crate::catalog::bodies::LazyBodies;
use crate::sanitize::clean_line;

impl State {
    /// The bodies still to read, from a catalogue read back without them.
    pub fn set_bodies(&mut self, bodies: Option<LazyBodies>) {
        self.bodies = bodies;
        self.complete_shown();
    }

    /// Whether the body of the tool at `index` could not be read: its
    /// card holds only its head.
    pub fn body_missing(&self, index: usize) -> bool {
        self.bodies.as_ref().is_some_and(|b| b.failed(index))
    }

    /// Completes the tool at `index`; says so once if its body cannot be
    /// read.
    pub(super) fn complete(&mut self, index: usize) {
        let Some(bodies) = self.bodies.as_mut() else {
            return;
        };
        if bodies.is_whole(index) || bodies.failed(index) {
            return;
        }
        if bodies.complete(&mut self.catalog.tools, index).is_err() {
            self.say_unreadable(index);
        }
    }

    /// Completes the selected tool and the one marked for comparison.
    pub(super) fn complete_shown(&mut self) {
        if self.bodies.is_none() {
            return;
        }
        if let Some(index) = super::copy::selected_tool_index(self) {
            self.complete(index);
        }
        let marked = self
            .compare_mark
            .as_deref()
            .and_then(|id| self.lookup.tool_position.get(id).copied());
        if let Some(index) = marked {
            self.complete(index);
        }
    }

    /// Completes every tool: before the whole catalogue is indexed again
    /// or copied into a new state.
    pub(super) fn complete_all(&mut self) {
        let Some(bodies) = self.bodies.as_mut() else {
            return;
        };
        if bodies.complete_all(&mut self.catalog.tools).is_err() {
            let first = (0..self.catalog.tools.len()).find(|&i| self.body_missing(i));
            if let Some(index) = first {
                self.say_unreadable(index);
            }
        }
    }

    /// Refuses an action on a tool whose body could not be read; says why.
    pub(super) fn refuse_if_missing(&mut self, index: usize) -> bool {
        if !self.body_missing(index) {
            return false;
        }
        self.say_unreadable(index);
        true
    }

    fn say_unreadable(&mut self, index: usize) {
        let name = self
            .catalog
            .tools
            .get(index)
            .map(|t| clean_line(&t.name))
            .unwrap_or_default();
        self.set_status(crate::text::card_unreadable(&name), true);
    }
}
