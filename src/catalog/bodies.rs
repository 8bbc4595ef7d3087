//! Tools whose bodies are read when they are needed.
//!
//! At 100,000 tools the statements, messages and evidence of every tool
//! (the bodies) are most of what reading a catalogue back allocates, and
//! the interface shows one card at a time. A catalogue read back without
//! them keeps, for each tool, what lists, searches and alternatives need
//! (the head: names, needs, level, alternatives, territory); a body is
//! read from its [`Bodies`] when a card, a copy, a comparison or a
//! constraint of a question needs it. [`LazyBodies`] remembers which tools
//! are whole.

use std::borrow::Cow;
use std::sync::Arc;

use super::{Evidence, FamilyMessage, NeedBasis, Statement, Tool};

/// What a tool's head does not hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ToolBody {
    pub summary: String,
    pub statements: Vec<Statement>,
    pub family_message: Option<FamilyMessage>,
    pub evidence: Vec<Evidence>,
    pub needs: Vec<NeedBasis>,
}

impl ToolBody {
    /// Puts the body into its tool (whose body fields were empty).
    pub fn fill(self, tool: &mut Tool) {
        let Self {
            summary,
            statements,
            family_message,
            evidence,
            needs,
        } = self;
        tool.summary = summary;
        tool.statements = statements;
        tool.family_message = family_message;
        tool.risk.evidence = evidence;
        tool.needs = needs;
    }
}

/// Where the bodies of a catalogue read without them are (the prepared
/// catalogue's file).
pub trait Bodies: Send + Sync + std::fmt::Debug {
    /// The body of the tool at `index`, read now; `None` if it cannot be
    /// read whole and intact.
    fn body(&self, index: usize) -> Option<ToolBody>;
}

/// The bodies of a catalogue's tools, and which are in the catalogue.
#[derive(Debug, Clone)]
pub struct LazyBodies {
    source: Arc<dyn Bodies>,
    /// By tool index: the body is in the catalogue. A tool past the end
    /// (added since, as a local evaluation) was built whole.
    whole: Vec<bool>,
    /// A body that could not be read: said once, never read again.
    failed: Vec<bool>,
}

/// A body could not be read (the prepared catalogue changed or broke
/// under the program).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

impl LazyBodies {
    /// `tools` tools, none whole yet.
    pub fn new(source: Arc<dyn Bodies>, tools: usize) -> Self {
        Self {
            source,
            whole: vec![false; tools],
            failed: vec![false; tools],
        }
    }

    /// Whether the tool at `index` has its body in the catalogue.
    pub fn is_whole(&self, index: usize) -> bool {
        self.whole.get(index).is_none_or(|&whole| whole)
    }

    /// Whether the tool at `index` lacks a body that could not be read.
    pub fn failed(&self, index: usize) -> bool {
        self.failed.get(index).is_some_and(|&failed| failed)
    }

    /// Reads the body of `tools[index]` into it if it is not there yet.
    pub fn complete(&mut self, tools: &mut [Tool], index: usize) -> Result<(), Unreadable> {
        if self.is_whole(index) {
            return Ok(());
        }
        if self.failed(index) {
            return Err(Unreadable);
        }
        let (Some(tool), Some(body)) = (tools.get_mut(index), self.source.body(index)) else {
            if let Some(failed) = self.failed.get_mut(index) {
                *failed = true;
            }
            return Err(Unreadable);
        };
        body.fill(tool);
        if let Some(whole) = self.whole.get_mut(index) {
            *whole = true;
        }
        Ok(())
    }

    /// Reads every missing body (before the whole catalogue is indexed
    /// again or copied); says whether one could not be read.
    pub fn complete_all(&mut self, tools: &mut [Tool]) -> Result<(), Unreadable> {
        let mut result = Ok(());
        for index in 0..tools.len() {
            if self.complete(tools, index).is_err() {
                result = Err(Unreadable);
            }
        }
        result
    }

    /// The statements of `tool` (at `index`), read for the occasion if its
    /// body is not in the catalogue: a question's constraints are checked
    /// against them without keeping hundreds of bodies.
    pub fn statements<'t>(&self, index: usize, tool: &'t Tool) -> Cow<'t, [Statement]> {
        if self.is_whole(index) || self.failed(index) {
            return Cow::Borrowed(&tool.statements);
        }
        match self.source.body(index) {
            Some(body) => Cow::Owned(body.statements),
            None => Cow::Borrowed(&tool.statements),
        }
    }
}
