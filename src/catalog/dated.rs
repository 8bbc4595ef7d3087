//! The vocabulary of dated wording: words that tie a text to the moment it
//! was written (« continuité pédagogique », « confinement », « à ce jour »,
//! « en version Beta »…), applied alike to statements, family messages,
//! territories and repère items. Each marker says what kind of moment it
//! is, so the warning can say what to change (wording in `text`).

use schemars::JsonSchema;
use serde::Serialize;

use super::model::{Catalog, Field, Guidance, Tool};

/// What kind of moment a marker ties the text to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DatedKind {
    /// The spring 2020 school closures (« continuité pédagogique »,
    /// « confinement », « crise du COVID »).
    Lockdown,
    /// A state of things at the time of writing (« à ce jour »,
    /// « actuellement », « en version Beta »).
    Present,
    /// A named school year or a law the document itself says was followed
    /// by the GDPR.
    Period,
}

/// One marker: the words (lower case, straight apostrophes) and their kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DatedMarker {
    /// The words, as searched.
    pub words: &'static str,
    /// What kind of moment they tie the text to.
    pub kind: DatedKind,
}

/// The vocabulary file: `kind<TAB>words` a line (see its header).
const WORDING: &str = include_str!("../../data/wording.txt");

/// The entries of one kind of the vocabulary, in file order.
pub fn wording(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    WORDING
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(move |(k, _)| *k == kind)
        .map(|(_, words)| words.trim())
}

/// [`wording`] with the words untrimmed (« ENT » and its space).
pub fn wording_raw(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    WORDING
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(move |(k, _)| *k == kind)
        .map(|(_, words)| words)
}

/// Every dated marker, the most telling first (the first found is shown).
pub fn dated_markers() -> &'static [DatedMarker] {
    static MARKERS: std::sync::OnceLock<Vec<DatedMarker>> = std::sync::OnceLock::new();
    MARKERS.get_or_init(|| {
        let kinds = [
            ("lockdown", DatedKind::Lockdown),
            ("present", DatedKind::Present),
            ("period", DatedKind::Period),
        ];
        kinds
            .iter()
            .flat_map(|(name, kind)| wording(name).map(|words| DatedMarker { words, kind: *kind }))
            .collect()
    })
}

/// The first dated marker in `text`, if any.
pub fn dated_marker_of(text: &str) -> Option<DatedMarker> {
    let folded = text.to_lowercase().replace(['’', '‘'], "'");
    dated_markers()
        .iter()
        .copied()
        .find(|marker| folded.contains(marker.words))
}

/// The words of the first dated marker in `text`, if any.
pub fn dated_marker(text: &str) -> Option<&'static str> {
    dated_marker_of(text).map(|m| m.words)
}

/// A statement worded as time-bound.
#[derive(Debug, Clone, Serialize)]
pub struct DatedStatement {
    /// What the statement is about; `None` for a statement the level rests
    /// on (« A ce jour, quelques services en ligne sont à proscrire »).
    pub field: Option<Field>,
    /// The statement.
    pub text: String,
    /// Id of its source.
    pub source: String,
    /// The wording that dates it.
    pub marker: &'static str,
}

/// Every statement of a tool worded as time-bound: its facts in catalogue
/// order, then the quotes its level rests on, then the statements its
/// territory rests on (each text once).
pub fn dated_statements(tool: &Tool) -> Vec<DatedStatement> {
    let facts = tool
        .statements
        .iter()
        .map(|s| (Some(s.field), &s.text, &s.source));
    let evidence = tool
        .risk
        .evidence
        .iter()
        .map(|e| (None, &e.text, &e.source));
    let territory = tool.territory.iter().map(|t| (None, &t.text, &t.source));
    let mut out: Vec<DatedStatement> = Vec::new();
    for (field, text, source) in facts.chain(evidence).chain(territory) {
        if out.iter().any(|d| &d.text == text) {
            continue;
        }
        if let Some(marker) = dated_marker(text) {
            out.push(DatedStatement {
                field,
                text: text.clone(),
                source: source.clone(),
                marker,
            });
        }
    }
    out
}

/// A family message worded for its moment.
#[derive(Debug, Clone, Serialize)]
pub struct DatedMessage {
    /// The marker found.
    pub marker: DatedMarker,
    /// The year of the message's source (« 2020 »), when it has one.
    pub year: Option<String>,
}

/// Whether a tool's family message (sourced or derived) is dated.
pub fn dated_message(catalog: &Catalog, tool: &Tool) -> Option<DatedMessage> {
    let message = tool.family_message.as_ref()?;
    dated_text(catalog, &message.text, &message.source)
}

/// Whether a message's text is dated, with the year of its source.
pub fn dated_text(catalog: &Catalog, text: &str, source: &str) -> Option<DatedMessage> {
    let marker = dated_marker_of(text)?;
    let year = catalog
        .source(source)
        .and_then(|s| s.published.as_deref())
        .map(|p| p.split('-').next().unwrap_or(p).to_owned());
    Some(DatedMessage { marker, year })
}

/// The dated marker of a repère: in its title or in one of its items.
pub fn dated_guidance(guidance: &Guidance) -> Option<&'static str> {
    std::iter::once(guidance.title.as_str())
        .chain(guidance.items.iter().map(|i| i.text.as_str()))
        .find_map(dated_marker)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_bound_wording_is_found() {
        assert_eq!(
            dated_marker("Actuellement en version Beta."),
            Some("en version beta")
        );
        assert_eq!(
            dated_marker("Pour l’instant, les remontées restent rares"),
            Some("pour l'instant")
        );
        assert_eq!(
            dated_marker("dans le cadre de la continuité pédagogique mise en place"),
            Some("continuité pédagogique")
        );
        assert_eq!(dated_marker("Envoi de fichiers volumineux."), None);
    }
}
