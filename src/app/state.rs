//! Everything the interface shows, in one place, and the lists derived
//! from it. Changed only by `update::update`; drawing only reads.

use crate::catalog::{Catalog, Tool};
use std::sync::Arc;

use std::sync::mpsc::Receiver;

use super::tool_index::ToolIndex;
use crate::search::{Hit, NameOrder, SearchIndex};

use super::effect::{Effect, SearchRequest};

/// From this many tools a search runs off the interface thread: typing
/// stays at frame rate while the results follow.
pub const BACKGROUND_SEARCH_FROM: usize = 20_000;
use crate::search::{guidance_index, tool_index};

use super::lookup::Lookup;
pub use super::popup::Overlay;
use super::store::Prefs;

/// Which part of the screen receives keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Categories,
    Tools,
    Detail,
    Search,
}

impl From<Focus> for crate::layout::Pane {
    fn from(focus: Focus) -> Self {
        match focus {
            Focus::Categories => Self::Categories,
            Focus::Tools | Focus::Search => Self::Tools,
            Focus::Detail => Self::Detail,
        }
    }
}

/// Where the user was: what Back returns to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub query: String,
    pub row_sel: usize,
    pub item: Option<Item>,
    pub focus: Focus,
    pub detail_scroll: usize,
}

/// A row of the left pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Every tool, favourites first.
    All,
    /// Recently viewed tools, newest first.
    Recent,
    /// The tools of one category (index in the catalogue).
    Category(usize),
    /// The general guidance sections.
    Guidance,
}

/// What a row of the middle pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A tool, by index in the catalogue.
    Tool(usize),
    /// A guidance section, by index in the catalogue.
    Guidance(usize),
}

/// A row of the middle pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub item: Item,
    /// The tool the question asks to replace (shown flagged, not first).
    pub replaced: bool,
}

/// The line under the panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
    /// The card it is about (it goes when another is shown); `None` for
    /// the whole interface.
    pub about: Option<Item>,
}

/// The whole state of the interface.
#[derive(Debug)]
pub struct State {
    pub catalog: Catalog,
    /// The tools' bodies not read yet (a catalogue read back without
    /// them, see `catalog::bodies`); `None`: every tool is whole.
    pub(super) bodies: Option<crate::catalog::bodies::LazyBodies>,
    pub(super) tool_index: super::tool_index::ToolIndex,
    pub(super) guidance_index: Arc<SearchIndex>,
    /// What questions ask (`data/intents.json`).
    pub(super) intents: crate::catalog::intents::Intents,
    /// Tools and repères for the query, in the one ranking's order.
    pub(super) answers: Vec<crate::search::Answer>,
    /// Number of the latest search asked of the background worker.
    pub search_generation: u64,
    pub rows: Vec<Row>,
    /// Number of entries per row for the current search.
    pub row_counts: Vec<usize>,
    pub row_sel: usize,
    pub entries: Vec<Entry>,
    pub entry_sel: usize,
    pub detail_scroll: usize,
    pub focus: Focus,
    /// Where `Enter` or `Esc` in the search bar returns to.
    pub focus_before_search: Focus,
    pub query: String,
    pub(super) tool_hits: Vec<Hit>,
    pub(super) guidance_hits: Vec<Hit>,
    /// The keys the lists are ordered by, computed once (name order,
    /// favourites, territory).
    pub(super) order: super::order::ListOrder,
    /// Indexes that keep per-keystroke work small on large catalogues.
    pub(super) lookup: Lookup,
    pub overlay: Option<Overlay>,
    pub status: Option<Status>,
    pub prefs: Prefs,
    /// Terminal size, for layout-dependent moves (pages, clicks).
    pub size: (u16, u16),
    pub last_copy: Option<String>,
    pub should_quit: bool,
    /// Esc asked to quit; the next key typed starts a new question.
    pub call: super::call::Call,
    /// Labels of the blanks left empty in the message being copied, for
    /// the status line once the copy is done.
    pub pending_blanks: Vec<String>,
    /// The tool whose dated message was just warned about: the next copy
    /// of that message goes ahead.
    pub dated_warned: Option<usize>,
    /// Previous answers, newest last.
    pub history: Vec<Location>,
    /// The alternative chosen in the card (Enter opens it).
    pub alternative_sel: usize,
    /// What the last frame measured (scroll bound, alternatives' lines):
    /// the card's length depends on the width, which only drawing knows.
    pub drawn: super::frame::FrameReport,
    /// The adviser's territory and today's month, for the cards.
    pub card_context: crate::card::Context,
    /// The tool marked for comparison: the next tool compared with it.
    pub compare_mark: Option<String>,
    /// The territory came from `--territoire` (not saved).
    pub place_from_command_line: bool,
    /// Counts changes of the catalogue's text in place (a note added or
    /// deleted), so a card laid out before is not reused.
    text_generation: u64,
    /// Tells this state from any other in the process (tests draw many):
    /// a layout remembered for one is never shown for another.
    instance: u64,
}

fn next_instance() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl State {
    /// Rebuilds the search indexes after the catalogue's text changed (a
    /// local note is searchable at once).
    pub fn rebuild_indexes(&mut self) {
        self.complete_all();
        self.text_generation += 1;
        self.tool_index = ToolIndex::Ready(Arc::new(tool_index(&self.catalog)));
        self.guidance_index = Arc::new(guidance_index(&self.catalog));
    }

    /// A fresh state over a catalogue and the user's saved preferences.
    pub fn new(catalog: Catalog, prefs: Prefs, size: (u16, u16)) -> Self {
        let indexes = (tool_index(&catalog), guidance_index(&catalog));
        Self::with_index(catalog, indexes, prefs, size)
    }

    /// [`Self::new`] with the search indexes (tools, guidance) already
    /// built (or read back from the cache, see `crate::cache`).
    pub fn with_index(
        catalog: Catalog,
        (tool_index, guidance_index): (SearchIndex, SearchIndex),
        prefs: Prefs,
        size: (u16, u16),
    ) -> Self {
        let order = super::order::ListOrder::new(tool_index.name_order());
        let indexes = (ToolIndex::Ready(Arc::new(tool_index)), guidance_index);
        Self::assemble(catalog, indexes, order, prefs, size)
    }

    /// [`Self::with_index`] with the tool index still on its way: sent
    /// once on `coming` (`None` if it could not be read, and then built
    /// from the catalogue when a search needs it). The lists are in
    /// `name_order` meanwhile.
    pub fn with_coming_index(
        catalog: Catalog,
        (name_order, coming): (&NameOrder, Receiver<Option<Arc<SearchIndex>>>),
        guidance_index: SearchIndex,
        prefs: Prefs,
        size: (u16, u16),
    ) -> Self {
        let order = super::order::ListOrder::new(name_order.iter());
        let indexes = (ToolIndex::Coming(coming), guidance_index);
        Self::assemble(catalog, indexes, order, prefs, size)
    }

    fn assemble(
        catalog: Catalog,
        (tool_index, guidance_index): (ToolIndex, SearchIndex),
        order: super::order::ListOrder,
        mut prefs: Prefs,
        size: (u16, u16),
    ) -> Self {
        let guidance_index = Arc::new(guidance_index);
        let mut rows = vec![Row::All, Row::Recent];
        rows.extend((0..catalog.categories.len()).map(Row::Category));
        rows.push(Row::Guidance);
        let lookup = Lookup::new(&catalog);
        // Ids of tools this catalogue does not have are dropped (and
        // duplicates): lookups stay bounded by the catalogue's size.
        for ids in [&mut prefs.favourites, &mut prefs.recent] {
            let mut seen = std::collections::HashSet::new();
            ids.retain(|id| lookup.tool_position.contains_key(id) && seen.insert(id.clone()));
        }
        let mut state = Self {
            catalog,
            bodies: None,
            tool_index,
            guidance_index,
            // Checked at start-up (`main`): a broken vocabulary never gets here.
            intents: crate::catalog::intents::Intents::bundled().unwrap_or_default(),
            answers: Vec::new(),
            search_generation: 0,
            row_counts: vec![0; rows.len()],
            rows,
            row_sel: 0,
            entries: Vec::new(),
            entry_sel: 0,
            detail_scroll: 0,
            focus: Focus::Tools,
            focus_before_search: Focus::Tools,
            query: String::new(),
            tool_hits: Vec::new(),
            guidance_hits: Vec::new(),
            order,
            lookup,
            overlay: None,
            status: None,
            prefs,
            size,
            last_copy: None,
            should_quit: false,
            call: super::call::Call::default(),
            pending_blanks: Vec::new(),
            dated_warned: None,
            history: Vec::new(),
            alternative_sel: 0,
            drawn: super::frame::FrameReport::default(),
            card_context: crate::card::Context::now(crate::catalog::Place::Anywhere),
            compare_mark: None,
            place_from_command_line: false,
            text_generation: 0,
            instance: next_instance(),
        };
        let place = super::popup::territory::saved_place(&state.prefs.territory);
        state.place_lists(place);
        state.refresh_search();
        state
    }

    /// Changes so far to the catalogue's text in place (see
    /// [`Self::rebuild_indexes`]).
    pub fn text_generation(&self) -> u64 {
        self.text_generation
    }

    /// This state's identity among the states of the process.
    pub fn instance(&self) -> u64 {
        self.instance
    }

    /// Shows a sentence in the status line.
    pub fn set_status(&mut self, text: String, is_error: bool) {
        let about = self.entry().map(|e| e.item);
        self.status = Some(Status {
            text,
            is_error,
            about,
        });
    }

    /// The selected row of the left pane.
    pub fn row(&self) -> Row {
        self.rows.get(self.row_sel).copied().unwrap_or(Row::All)
    }

    /// The selected entry of the middle pane.
    pub fn entry(&self) -> Option<&Entry> {
        self.entries.get(self.entry_sel)
    }

    /// The selected tool, if the selection is a tool.
    pub fn tool(&self) -> Option<&Tool> {
        match self.entry()?.item {
            Item::Tool(i) => self.catalog.tools.get(i),
            Item::Guidance(_) => None,
        }
    }

    /// The characters of an item's name matched by the search, for the
    /// visible rows only.
    pub fn matched_positions(&self, item: Item) -> Vec<usize> {
        if !self.searching() {
            return Vec::new();
        }
        match item {
            Item::Tool(i) => self
                .ready_tool_index()
                .map(|index| index.name_positions(i, &self.query))
                .unwrap_or_default(),
            Item::Guidance(i) => self.guidance_index.name_positions(i, &self.query),
        }
    }

    /// Whether a tool is pinned.
    /// Safer alternatives to the tool at `index` (see [`Catalog::alternatives`]).
    /// Safer alternatives, what is available in the adviser's territory
    /// first.
    pub fn alternatives(&self, index: usize) -> Vec<&Tool> {
        self.lookup
            .alternatives(&self.catalog, index, &self.card_context.place)
    }

    pub fn is_favourite(&self, tool: &Tool) -> bool {
        self.lookup
            .tool_position
            .get(&tool.id)
            .is_some_and(|&i| self.order.is_favourite(i))
    }

    /// Re-runs the search for the current query, then rebuilds the lists.
    pub fn refresh_search(&mut self) {
        if self.query.trim().is_empty() {
            self.tool_hits.clear();
            self.guidance_hits.clear();
        } else {
            self.tool_hits = self.tool_index().search(&self.query);
            self.guidance_hits = self.guidance_index.search(&self.query);
        }
        let hits = (self.tool_hits.clone(), self.guidance_hits.clone());
        self.rank_answers(Some(hits));
        self.row_counts = self.count_rows();
        self.refresh_entries();
    }

    /// Searches for the current query: at once on small catalogues, or
    /// by asking the background worker (the effect) on large ones.
    pub fn request_search(&mut self) -> Option<Effect> {
        if self.catalog.tools.len() < BACKGROUND_SEARCH_FROM || !self.searching() {
            self.search_generation += 1;
            self.refresh_search();
            return None;
        }
        self.search_generation += 1;
        Some(Effect::Search(SearchRequest {
            generation: self.search_generation,
            query: self.query.clone(),
            tools: self.tool_index(),
            guidance: Arc::clone(&self.guidance_index),
        }))
    }

    /// Takes the results of a background search if they are for the latest
    /// query; an older search's results are dropped.
    pub fn accept_search(&mut self, generation: u64, tools: Vec<Hit>, guidance: Vec<Hit>) {
        if generation != self.search_generation {
            return;
        }
        self.rank_answers(Some((tools.clone(), guidance.clone())));
        self.tool_hits = tools;
        self.guidance_hits = guidance;
        self.row_counts = self.count_rows();
        self.refresh_entries();
    }

    /// Recounts the "recently viewed" row after a tool was viewed (only
    /// that row: recounting all needs would cost on long catalogues).
    pub fn refresh_recent_count(&mut self) {
        if let Some(i) = self.rows.iter().position(|r| *r == Row::Recent) {
            self.row_counts[i] = self.entries_for(Row::Recent).len();
        }
    }

    /// Rebuilds the middle pane for the selected row, keeping the selection
    /// on the same item when it is still there.
    pub fn refresh_entries(&mut self) {
        let favourites = self.prefs.favourites.iter();
        let favourites = favourites.filter_map(|id| self.lookup.tool_position.get(id).copied());
        self.order.set_favourites(favourites.collect::<Vec<_>>());
        let previous = self.entry().map(|e| e.item);
        self.entries = self.entries_for(self.row());
        self.entry_sel = previous
            .and_then(|item| self.entries.iter().position(|e| e.item == item))
            .filter(|_| self.query.is_empty())
            .unwrap_or(0);
        self.detail_scroll = 0;
    }

    /// Whether a search is typed.
    pub fn searching(&self) -> bool {
        !self.query.trim().is_empty()
    }
}
