//! Every quote credited to a document whose text is known is looked up in
//! it (see `quotes`): a quote that is not there is refused, with the file,
//! the place in it and the document's nearest passage.

use super::error::{LoadError, LoadProblem, Location, Origins, Section};
use super::model::Catalog;
use super::model::Field;
use super::model::Provenance;
use super::quote_problem::{QuoteNotFound, QuotePlace};

/// Where a quote is, borrowed (made owned only for an error): a folder of
/// 20,000 tools is looked through without copying their ids.
enum Place<'a> {
    SourceNote {
        source: &'a str,
    },
    GuidanceItem {
        guidance: &'a str,
        number: usize,
    },
    Statement {
        tool: &'a str,
        number: usize,
        field: Field,
    },
    Evidence {
        tool: &'a str,
        number: usize,
    },
    MessageOriginal {
        tool: &'a str,
    },
    Need {
        tool: &'a str,
        category: &'a str,
    },
    Territory {
        tool: &'a str,
        number: usize,
    },
    Citation {
        tool: &'a str,
        number: usize,
    },
    SizeLimit {
        category: &'a str,
    },
}

impl Place<'_> {
    fn owned(&self) -> QuotePlace {
        let own = |s: &str| s.to_owned();
        match *self {
            Place::SourceNote { source } => QuotePlace::SourceNote {
                source: own(source),
            },
            Place::GuidanceItem { guidance, number } => QuotePlace::GuidanceItem {
                guidance: own(guidance),
                number,
            },
            Place::Statement {
                tool,
                number,
                field,
            } => QuotePlace::Statement {
                tool: own(tool),
                number,
                field,
            },
            Place::Evidence { tool, number } => QuotePlace::Evidence {
                tool: own(tool),
                number,
            },
            Place::MessageOriginal { tool } => QuotePlace::MessageOriginal { tool: own(tool) },
            Place::Need { tool, category } => QuotePlace::Need {
                tool: own(tool),
                category: own(category),
            },
            Place::Territory { tool, number } => QuotePlace::Territory {
                tool: own(tool),
                number,
            },
            Place::Citation { tool, number } => QuotePlace::Citation {
                tool: own(tool),
                number,
            },
            Place::SizeLimit { category } => QuotePlace::SizeLimit {
                category: own(category),
            },
        }
    }
}
use super::quotes::Library;
use crate::sanitize::clean_line;

/// One quote to look up: where it is (for the message) and what it cites.
struct Cited<'a> {
    section: Section,
    entry: &'a str,
    place: Place<'a>,
    text: &'a str,
    source: &'a str,
    /// For a passage quoted locally: its key in the provenance.
    citation: Option<(String, String)>,
}

/// Which quotes are looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// Those of entries a layer gave: the bundled data is compiled in and
    /// checked once by a test and by `repere check`, so a start with no
    /// additions costs nothing here.
    Layers,
    /// Every quote.
    All,
}

/// Looks the quotes of `catalog` up in the documents of `library` (the
/// bundled ones and those added locally).
pub(super) fn validate_quotes(
    catalog: &Catalog,
    origins: &Origins,
    provenance: &Provenance,
    library: &Library,
    scope: Scope,
) -> Result<(), LoadError> {
    let from_layer = |cited: &Cited<'_>| {
        cited.citation.is_some()
            || match cited.section {
                Section::Tool => provenance.tools.contains_key(cited.entry),
                Section::Guidance => provenance.guidance.contains_key(cited.entry),
                Section::Source => provenance.sources.contains_key(cited.entry),
                Section::Category => provenance.categories.contains(cited.entry),
                Section::Placeholder => false,
            }
    };
    for cited in quotes(catalog) {
        if scope == Scope::Layers && !from_layer(&cited) {
            continue;
        }
        let Some(document) = library.get(cited.source) else {
            continue;
        };
        if document.contains(cited.text) {
            continue;
        }
        let file = match &cited.citation {
            Some(key) => provenance
                .citations
                .get(key)
                .and_then(|&i| provenance.layer(i))
                .map_or("catalogue", |l| l.file.as_str()),
            None => origins
                .get(&(cited.section, cited.entry.to_owned()))
                .map_or("catalogue", String::as_str),
        };
        let problem = QuoteNotFound {
            quote: clean_line(cited.text),
            source: clean_line(catalog.source_short(cited.source)),
            nearest: document.nearest(cited.text),
        };
        // The French words come from `text`'s Display impls.
        return Err(LoadError::new(
            Location::Quote {
                file: file.to_owned(),
                place: cited.place.owned(),
            },
            LoadProblem::Quote(problem),
        ));
    }
    Ok(())
}

/// Every quote of the catalogue with its place, in catalogue order.
fn quotes(catalog: &Catalog) -> Vec<Cited<'_>> {
    let mut out = Vec::new();
    for source in &catalog.sources {
        if let Some(note) = &source.note {
            out.push(Cited {
                section: Section::Source,
                entry: &source.id,
                place: Place::SourceNote { source: &source.id },
                text: &note.text,
                source: &source.id,
                citation: None,
            });
        }
    }
    for guidance in &catalog.guidance {
        for (n, item) in guidance.items.iter().enumerate() {
            out.push(Cited {
                section: Section::Guidance,
                entry: &guidance.id,
                place: Place::GuidanceItem {
                    guidance: &guidance.id,
                    number: n + 1,
                },
                text: &item.text,
                source: &item.source,
                citation: None,
            });
        }
    }
    for tool in &catalog.tools {
        tool_quotes(tool, &mut out);
    }
    for (n, citation) in catalog.local.citations.iter().enumerate() {
        out.push(Cited {
            section: Section::Tool,
            entry: &citation.tool,
            place: Place::Citation {
                tool: &citation.tool,
                number: n + 1,
            },
            text: &citation.text,
            source: &citation.source,
            citation: Some((citation.tool.clone(), citation.text.clone())),
        });
    }
    for category in &catalog.categories {
        for limit in &category.sizes {
            out.push(Cited {
                section: Section::Category,
                entry: &category.id,
                place: Place::SizeLimit {
                    category: &category.id,
                },
                text: &limit.quote,
                source: &limit.source,
                citation: None,
            });
        }
    }
    out
}

/// The quotes of one tool: statements, the quotes its level rests on,
/// its family message's original, where it is available, its needs'
/// quotes.
fn tool_quotes<'a>(tool: &'a super::model::Tool, out: &mut Vec<Cited<'a>>) {
    for (n, s) in tool.statements.iter().enumerate() {
        out.push(Cited {
            section: Section::Tool,
            entry: &tool.id,
            place: Place::Statement {
                tool: &tool.id,
                number: n + 1,
                field: s.field,
            },
            text: &s.text,
            source: &s.source,
            citation: None,
        });
    }
    for (n, e) in tool.risk.evidence.iter().enumerate() {
        out.push(Cited {
            section: Section::Tool,
            entry: &tool.id,
            place: Place::Evidence {
                tool: &tool.id,
                number: n + 1,
            },
            text: &e.text,
            source: &e.source,
            citation: None,
        });
    }
    if let Some(message) = &tool.family_message
        && message.derived.is_none()
    {
        out.push(Cited {
            section: Section::Tool,
            entry: &tool.id,
            place: Place::MessageOriginal { tool: &tool.id },
            text: &message.original,
            source: &message.source,
            citation: None,
        });
    }
    // Where the tool is available is a sentence of a source too.
    for (n, territory) in tool.territory.iter().enumerate() {
        out.push(Cited {
            section: Section::Tool,
            entry: &tool.id,
            place: Place::Territory {
                tool: &tool.id,
                number: n + 1,
            },
            text: &territory.text,
            source: &territory.source,
            citation: None,
        });
    }
    for need in &tool.needs {
        if let Some(quote) = &need.quote {
            out.push(Cited {
                section: Section::Tool,
                entry: &tool.id,
                place: Place::Need {
                    tool: &tool.id,
                    category: &need.category,
                },
                text: &quote.text,
                source: &quote.source,
                citation: None,
            });
        }
    }
}

/// Every quote of a loaded catalogue, bundled ones included, looked up in
/// the bundled documents (`repere check`).
pub fn verify_all(catalog: &Catalog) -> Result<(), LoadError> {
    validate_quotes(
        catalog,
        &Origins::new(),
        &catalog.provenance,
        &Library::default(),
        Scope::All,
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_bundled_quote_is_found_in_its_document() {
        let catalog = crate::catalog::embedded().unwrap_or_default();
        assert!(!catalog.tools.is_empty());
        assert_eq!(super::verify_all(&catalog), Ok(()));
    }

    #[test]
    fn a_bundled_quote_changed_by_one_word_is_refused() {
        let mut catalog = crate::catalog::embedded().unwrap_or_default();
        let item = catalog
            .guidance
            .iter_mut()
            .flat_map(|g| g.items.iter_mut())
            .find(|i| i.text.starts_with("Zoom"));
        if let Some(item) = item {
            item.text = item.text.replace("aucun", "un");
        }
        let refused = super::verify_all(&catalog);
        assert!(
            refused
                .as_ref()
                .is_err_and(|e| e.problem.to_string().contains("passage le plus proche")),
            "{refused:?}"
        );
    }
}
