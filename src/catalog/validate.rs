//! Checks a merged catalogue: references exist, required text is present,
//! placeholders are labelled, no control characters hide in text.

use std::collections::HashSet;

use super::error::{Entry, LoadError, LoadProblem, Location, Origins, Section};
use super::model::{Catalog, Category, Tool};
use super::placeholder::{malformed_blank, placeholder_keys};
use crate::sanitize::{is_control_or_bidi, is_invisible};

/// Validates everything; the first problem found is returned.
pub fn validate(catalog: &Catalog, origins: &Origins) -> Result<(), LoadError> {
    let ctx = Context::new(catalog, origins);
    for source in &catalog.sources {
        let at = ctx.at(Section::Source, &source.id);
        check_id(&at, &source.id)?;
        for (field, text) in [
            ("title", &source.title),
            ("author", &source.author),
            ("date", &source.date),
            ("jurisdiction", &source.jurisdiction),
            ("short", &source.short),
        ] {
            check_text(&at, field, text, true)?;
        }
        super::validate_facts::check_source(source)
            .map_err(|(field, problem)| at.error(&field, problem))?;
        check_name(&at, "title", &source.title)?;
        check_name(&at, "short", &source.short)?;
    }
    for category in &catalog.categories {
        let at = ctx.at(Section::Category, &category.id);
        check_id(&at, &category.id)?;
        check_name(&at, "label", &category.label)?;
        check_text(&at, "description", &category.description, false)?;
        check_need_search(&ctx, &at, category)?;
    }
    for def in &catalog.placeholders {
        let at = ctx.at(Section::Placeholder, &def.key);
        if def.key.is_empty() || !def.key.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(at.error("key", LoadProblem::BadPlaceholderKey));
        }
        check_name(&at, "label", &def.label)?;
    }
    for guidance in &catalog.guidance {
        let at = ctx.at(Section::Guidance, &guidance.id);
        check_id(&at, &guidance.id)?;
        check_name(&at, "title", &guidance.title)?;
        if guidance.items.is_empty() {
            return Err(at.error("items", LoadProblem::EmptyList));
        }
        for (i, item) in guidance.items.iter().enumerate() {
            check_text(&at, &format!("items[{i}].text"), &item.text, true)?;
            check_text(&at, &format!("items[{i}].loc"), &item.loc, false)?;
            ctx.check_source(&at, &format!("items[{i}].source"), &item.source)?;
        }
    }
    for tool in &catalog.tools {
        validate_tool(&ctx, tool)?;
        super::validate_facts::check_tool(catalog, tool)
            .map_err(|(field, problem)| ctx.at(Section::Tool, &tool.id).error(&field, problem))?;
    }
    Ok(())
}

struct Context<'a> {
    origins: &'a Origins,
    sources: HashSet<&'a str>,
    categories: HashSet<&'a str>,
    placeholders: HashSet<&'a str>,
    tools: HashSet<&'a str>,
}

/// Where an entry is: its file and its id.
struct At {
    entry: Entry,
}

impl At {
    fn error(&self, field: &str, problem: LoadProblem) -> LoadError {
        LoadError::new(
            Location::Field {
                entry: self.entry.clone(),
                field: field.to_owned(),
            },
            problem,
        )
    }
}

impl<'a> Context<'a> {
    fn new(catalog: &'a Catalog, origins: &'a Origins) -> Self {
        Self {
            origins,
            sources: catalog.sources.iter().map(|s| s.id.as_str()).collect(),
            categories: catalog.categories.iter().map(|c| c.id.as_str()).collect(),
            placeholders: catalog
                .placeholders
                .iter()
                .map(|p| p.key.as_str())
                .collect(),
            tools: catalog.tools.iter().map(|t| t.id.as_str()).collect(),
        }
    }

    fn at(&self, section: Section, id: &str) -> At {
        let file = self
            .origins
            .get(&(section, id.to_owned()))
            .map_or("catalogue", String::as_str);
        At {
            entry: Entry::Catalogue {
                file: file.to_owned(),
                section,
                id: printable(id),
            },
        }
    }

    fn check_source(&self, at: &At, field: &str, id: &str) -> Result<(), LoadError> {
        if self.sources.contains(id) {
            Ok(())
        } else {
            Err(at.error(field, LoadProblem::UnknownSource(printable(id))))
        }
    }
}

/// A need's search words and file-size limits: words are
/// non-empty text; a limit has a bound, positive numbers in order, a quote,
/// a known source and known tools.
fn check_need_search(ctx: &Context<'_>, at: &At, need: &Category) -> Result<(), LoadError> {
    for (i, word) in need.keywords.iter().enumerate() {
        check_text(at, &format!("keywords[{i}]"), word, true)?;
    }
    for (i, word) in need.everyday_words.iter().enumerate() {
        check_text(at, &format!("everyday_words[{i}]"), word, true)?;
    }
    for (i, limit) in need.sizes.iter().enumerate() {
        let field = format!("sizes[{i}]");
        let bounds = [limit.above_mb, limit.up_to_mb];
        if bounds.iter().all(Option::is_none) {
            return Err(at.error(&field, LoadProblem::NoSizeBound));
        }
        if bounds
            .iter()
            .flatten()
            .any(|mb| !mb.is_finite() || *mb < 0.0)
            || matches!(bounds, [Some(low), Some(high)] if low >= high)
        {
            return Err(at.error(&field, LoadProblem::BadSizes));
        }
        check_text(at, &format!("{field}.quote"), &limit.quote, true)?;
        ctx.check_source(at, &format!("{field}.source"), &limit.source)?;
        if let Some(tool) = limit.tools.iter().find(|t| !ctx.tools.contains(t.as_str())) {
            return Err(at.error(
                &format!("{field}.tools"),
                LoadProblem::UnknownTool(printable(tool)),
            ));
        }
    }
    Ok(())
}

fn validate_tool(ctx: &Context<'_>, tool: &Tool) -> Result<(), LoadError> {
    let at = ctx.at(Section::Tool, &tool.id);
    check_id(&at, &tool.id)?;
    check_name(&at, "name", &tool.name)?;
    check_text(&at, "summary", &tool.summary, false)?;
    for (i, alias) in tool.aliases.iter().enumerate() {
        check_name(&at, &format!("aliases[{i}]"), alias)?;
    }
    if tool.categories.is_empty() {
        return Err(at.error("categories", LoadProblem::NoCategory));
    }
    for (i, category) in tool.categories.iter().enumerate() {
        if !ctx.categories.contains(category.as_str()) {
            return Err(at.error(
                &format!("categories[{i}]"),
                LoadProblem::UnknownCategory(printable(category)),
            ));
        }
    }
    if let Some(url) = &tool.url {
        check_text(&at, "url", url, true)?;
        check_url(&at, url)?;
    }
    for (i, statement) in tool.statements.iter().enumerate() {
        check_text(&at, &format!("statements[{i}].text"), &statement.text, true)?;
        check_text(&at, &format!("statements[{i}].loc"), &statement.loc, false)?;
        ctx.check_source(&at, &format!("statements[{i}].source"), &statement.source)?;
    }
    if let Some(message) = &tool.family_message {
        check_text(&at, "family_message.text", &message.text, true)?;
        if let Some(fragment) = malformed_blank(&message.text) {
            return Err(at.error(
                "family_message.text",
                LoadProblem::MalformedBlank(printable(&fragment)),
            ));
        }
        check_text(&at, "family_message.original", &message.original, true)?;
        check_text(&at, "family_message.loc", &message.loc, false)?;
        ctx.check_source(&at, "family_message.source", &message.source)?;
        for key in placeholder_keys(&message.text) {
            if !ctx.placeholders.contains(key) {
                return Err(at.error(
                    "family_message.text",
                    LoadProblem::UnlabelledBlank(key.to_owned()),
                ));
            }
        }
    }
    check_text(&at, "risk.rationale", &tool.risk.rationale, true)?;
    if tool.risk.sources.is_empty() {
        return Err(at.error("risk.sources", LoadProblem::NoSource));
    }
    for (i, source) in tool.risk.sources.iter().enumerate() {
        ctx.check_source(&at, &format!("risk.sources[{i}]"), source)?;
    }
    for (i, alternative) in tool.alternatives.iter().enumerate() {
        if alternative == &tool.id || !ctx.tools.contains(alternative.as_str()) {
            return Err(at.error(
                &format!("alternatives[{i}]"),
                LoadProblem::UnknownTool(printable(alternative)),
            ));
        }
    }
    Ok(())
}

fn check_id(at: &At, id: &str) -> Result<(), LoadError> {
    let valid = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if valid {
        Ok(())
    } else {
        Err(at.error("id", LoadProblem::BadId))
    }
}

fn check_text(at: &At, field: &str, text: &str, required: bool) -> Result<(), LoadError> {
    if required && text.trim().is_empty() {
        return Err(at.error(field, LoadProblem::EmptyText));
    }
    if let Some(bad) = text.chars().find(|&c| is_forbidden_char(c)) {
        return Err(at.error(field, LoadProblem::ControlCharacter(bad)));
    }
    Ok(())
}

/// Control characters (except line breaks) and bidirectional overrides,
/// which could drive the terminal or disguise text: refused in any text.
pub fn is_forbidden_char(c: char) -> bool {
    is_control_or_bidi(c)
}

/// Names and labels are what users tell tools apart by: an invisible or
/// format character there makes a look-alike ("Pad\u{200B}let").
fn check_name(at: &At, field: &str, text: &str) -> Result<(), LoadError> {
    check_text(at, field, text, true)?;
    if let Some(bad) = text.chars().find(|&c| is_invisible(c)) {
        return Err(at.error(field, LoadProblem::InvisibleInName(bad)));
    }
    Ok(())
}

/// An address opened in the browser: http(s), a host, no credentials, no
/// space, nothing invisible.
fn check_url(at: &At, url: &str) -> Result<(), LoadError> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else {
        return Err(at.error("url", LoadProblem::UrlScheme));
    };
    if let Some(bad) = url
        .chars()
        .find(|&c| c.is_whitespace() || is_invisible(c) || c.is_control())
    {
        return Err(at.error("url", LoadProblem::UrlInvisible(bad)));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.contains('@') {
        return Err(at.error("url", LoadProblem::UrlCredentials));
    }
    if host.is_empty() || host.starts_with(':') {
        return Err(at.error("url", LoadProblem::UrlNoHost));
    }
    Ok(())
}

/// An id or fragment shown in an error, with anything the cleaning policy
/// would remove replaced, so the reader sees something is there.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if crate::sanitize::is_hidden(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}
