//! The vocabulary of dated wording: words that tie a text to the moment it
//! was written (« continuité pédagogique », « confinement », « à ce jour »,
//! « en version Beta »…), applied alike to statements, family messages,
//! territories and repère items. Each marker says what kind of moment it
//! is, so the warning can say what to change (wording in `text`).

use serde::Serialize;

use super::model::{Catalog, Field, Guidance, Tool};

/// What kind of moment a marker ties the text to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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

const fn marker(words: &'static str, kind: DatedKind) -> DatedMarker {
    DatedMarker { words, kind }
}

/// Every dated marker, the most telling first (the first found is shown).
pub const DATED_MARKERS: &[DatedMarker] = &[
    marker("continuité pédagogique", DatedKind::Lockdown),
    marker("continuité scolaire", DatedKind::Lockdown),
    marker("confinement", DatedKind::Lockdown),
    marker("crise du covid", DatedKind::Lockdown),
    marker("covid", DatedKind::Lockdown),
    marker("en version beta", DatedKind::Present),
    marker("à ce jour", DatedKind::Present),
    marker("a ce jour", DatedKind::Present),
    marker("actuellement", DatedKind::Present),
    marker("actuelles", DatedKind::Present),
    marker("pour l'instant", DatedKind::Present),
    marker("en ce moment", DatedKind::Present),
    marker("pour le moment", DatedKind::Present),
    marker("désormais", DatedKind::Present),
    marker("dorénavant", DatedKind::Present),
    marker("momentanément", DatedKind::Present),
    marker("à venir", DatedKind::Present),
    marker("en préparation", DatedKind::Present),
    marker("est attendu", DatedKind::Present),
    marker("en suspend", DatedKind::Present),
    // « un bouclier … dénommé PRIVACY SHIELD existe » (invalidated since):
    // a claim of what exists is only true of its date.
    marker("existe", DatedKind::Present),
    marker("pour l'année scolaire", DatedKind::Period),
    marker("08/12/1992", DatedKind::Period),
];

/// The first dated marker in `text`, if any.
pub fn dated_marker_of(text: &str) -> Option<DatedMarker> {
    let folded = text.to_lowercase().replace(['’', '‘'], "'");
    DATED_MARKERS
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
