//! What a failed load says, and where each entry came from: shared by
//! loading, file reading and validation, so none of them imports another.
//! The failure is data (what and where); `text` says it in French through
//! the `Display` impls, so the catalogue never depends on the strings.

use std::collections::HashMap;

use super::quote_problem::{DocumentPlace, DocumentProblem, QuoteNotFound, QuotePlace};
use super::risk::Risk;

/// A catalogue that cannot be loaded: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    // Boxed: the error travels in every `Result` of loading, kept small.
    pub location: Box<Location>,
    pub problem: Box<LoadProblem>,
}

impl std::error::Error for LoadError {}

impl LoadError {
    pub(crate) fn new(location: Location, problem: LoadProblem) -> Self {
        Self {
            location: Box::new(location),
            problem: Box::new(problem),
        }
    }

    /// The file the failure is in, as shown, when it names one.
    pub fn file(&self) -> Option<&str> {
        match &*self.location {
            Location::File(file)
            | Location::Position { file, .. }
            | Location::Quote { file, .. }
            | Location::Document(DocumentPlace { file, .. })
            | Location::Field {
                entry: Entry::Catalogue { file, .. },
                ..
            } => Some(file),
            Location::Field { .. } => None,
        }
    }

    /// A problem with a whole file or folder.
    pub(crate) fn in_file(file: impl Into<String>, problem: LoadProblem) -> Self {
        Self::new(Location::File(file.into()), problem)
    }
}

/// Where a load failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A file or folder, as shown to the user.
    File(String),
    /// A line and column of a file.
    Position {
        file: String,
        line: usize,
        column: usize,
    },
    /// A field of an entry.
    Field { entry: Entry, field: String },
    /// A document declared by a source.
    Document(DocumentPlace),
    /// A quote of the catalogue, in the file it came from.
    Quote { file: String, place: QuotePlace },
}

/// An entry of the catalogue or of the adviser's local layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// An entry of a catalogue file, by section and id (made printable).
    Catalogue {
        file: String,
        section: Section,
        id: String,
    },
    /// A local note, by its id.
    LocalNote(String),
    /// A message written locally, by its tool.
    LocalMessage(String),
    /// A local evaluation, by its tool.
    LocalEvaluation(String),
}

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRefusal {
    /// A FIFO, a device, a folder.
    NotRegular,
    /// Larger than the cap, in bytes.
    TooBig { size: u64, cap: u64 },
    /// The system's reason.
    Io(String),
    /// Any other refusal, as debugged.
    Other(String),
}

/// What is wrong, with the data the sentence needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// A path whose metadata cannot be read (the system's reason).
    UnreadablePath(String),
    /// A folder that cannot be listed (the system's reason).
    UnreadableFolder(String),
    /// A file refused before reading.
    File(FileRefusal),
    /// A file name that is not UTF-8.
    FileNameNotUtf8,
    /// A folder without a `.json` file.
    NoJsonFile,
    /// A byte-order mark at the start of the file.
    ByteOrderMark,
    /// Bytes that are not UTF-8.
    NotUtf8 { byte: u8 },
    /// serde_json's message, without its position.
    Json(String),
    /// An id twice in one section of one file.
    DuplicateId { id: String, section: Section },
    /// A placeholder key with other characters than `a-z` and `_`.
    BadPlaceholderKey,
    /// A list that must not be empty.
    EmptyList,
    /// An unknown source id.
    UnknownSource(String),
    /// A size limit without bound.
    NoSizeBound,
    /// Negative sizes, or bounds in the wrong order.
    BadSizes,
    /// An unknown tool id.
    UnknownTool(String),
    /// A tool without category.
    NoCategory,
    /// An unknown category id.
    UnknownCategory(String),
    /// Braces that are not a blank.
    MalformedBlank(String),
    /// A blank without label.
    UnlabelledBlank(String),
    /// A level without source.
    NoSource,
    /// An id with other characters than `a-z`, `0-9` and `-`.
    BadId,
    /// An empty text.
    EmptyText,
    /// A control character in a text.
    ControlCharacter(char),
    /// An invisible or format character in a name.
    InvisibleInName(char),
    /// An address that is not http(s).
    UrlScheme,
    /// A space or invisible character in an address.
    UrlInvisible(char),
    /// Credentials in an address.
    UrlCredentials,
    /// An address without host.
    UrlNoHost,
    /// A publication date that is neither `YYYY` nor `YYYY-MM`.
    BadPublishedDate,
    /// A departement without code.
    DepartementWithoutCode,
    /// A need that is not one of the tool's categories.
    NeedNotInCategories(String),
    /// A need with both or neither quote and reason.
    QuoteOrReason,
    /// A derived message from a tool without message.
    NoMessageToDerive(String),
    /// An alternative riskier than the tool.
    RiskierAlternative {
        id: String,
        alternative: Risk,
        tool: Risk,
    },
    /// A level changed without reason.
    NoReason,
    /// A date that is not `YYYY-MM-DD`.
    BadDate,
    /// A document that cannot be used.
    Document(DocumentProblem),
    /// A quote not found in its document.
    Quote(QuoteNotFound),
}

/// Which file each entry came from, so validation errors can name it.
pub type Origins = HashMap<(Section, String), String>;

/// The sections of a catalogue whose entries have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Source,
    Category,
    Placeholder,
    Guidance,
    Tool,
}
