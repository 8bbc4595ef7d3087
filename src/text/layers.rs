//! Strings about layers of additions (the adviser's own file, a
//! colleague's file, a team folder), verified quotes and documents added
//! locally.

use std::fmt;

use crate::catalog::local::french_date;
use crate::catalog::origin::{Layer, LayerKind};
use crate::catalog::quote_problem::{DocumentPlace, DocumentProblem, QuoteNotFound, QuotePlace};
use crate::sanitize::clean_line;

/// « Alice (fichier partagé, 12/03/2026) », « vous (vos ajouts) ».
pub fn layer_label(layer: &Layer) -> String {
    let what = match layer.kind {
        LayerKind::Own => "vos ajouts",
        LayerKind::File => "fichier partagé",
        LayerKind::Team => "dossier d'équipe",
    };
    let date = if layer.date.is_empty() {
        String::new()
    } else {
        format!(", {}", clean_line(&french_date(&layer.date)))
    };
    format!("{} ({what}{date})", clean_line(&layer.author))
}

/// Heading of the changes layers make to a card.
pub const LAYERS_HEADING: &str = "Modifié hors des sources";
/// « Niveau modifié par Alice (fichier partagé, 12/03/2026) : ».
pub fn level_changed_by(layer: &str) -> String {
    format!("Niveau modifié par {layer} : ")
}
/// « Fiche modifiée par Alice (…) », level unchanged.
pub fn card_changed_by(layer: &str) -> String {
    format!("Fiche modifiée par {layer}")
}
/// A tool only a layer gives.
pub fn card_added_by(layer: &str) -> String {
    format!("Fiche ajoutée par {layer} : pas dans les sources")
}
/// Before the sourced version kept in view.
pub const BY_SOURCES: &str = " — selon les sources : ";
/// Before another layer's version.
pub fn by_layer(layer: &str) -> String {
    format!("selon {layer} : ")
}
/// A statement of the sources a layer removed.
pub const REMOVED_STATEMENT: &str = "retiré par la modification : ";
/// A statement a layer added.
pub fn added_by(layer: &str) -> String {
    format!(" — ajouté par {layer}")
}
/// Alternatives changed by a layer.
pub const ALTERNATIVES_BY_SOURCES: &str = "Alternatives selon les sources : ";
/// « Ministère, lecture de Fred (fichier partagé, 09/03/2026) »: a
/// layer's reading of a document, where the document alone is named
/// for the sources' readings.
pub fn reading_by(source: &str, layer: &str) -> String {
    format!("{source}, lecture de {layer}")
}
/// An item of a guidance section a layer removed.
pub const REMOVED_ITEM: &str = "point des sources retiré : ";
/// A guidance section changed by a layer.
pub fn guidance_changed_by(layer: &str) -> String {
    format!("Repère modifié par {layer}")
}

/// Signature of a note, a message or an evaluation from a layer.
pub fn signed(what: &str, date: &str, author: &str, layer: Option<&Layer>) -> String {
    let from = match layer {
        Some(layer) if layer.kind != LayerKind::Own => format!(" — {}", layer_source(layer)),
        _ => String::new(),
    };
    format!(
        "{what} du {} ({}){from}",
        french_date(date),
        clean_line(author)
    )
}

/// A document added locally, where sources are listed.
pub const LOCAL_DOCUMENT: &str = "document ajouté localement";

/// A quote not found in the document it is credited to.
pub fn quote_not_found(quote: &str, source: &str, nearest: &str) -> String {
    let shown: String = quote.chars().take(120).collect();
    let cut = if quote.chars().count() > 120 {
        "…"
    } else {
        ""
    };
    format!(
        "citation introuvable dans le document « {source} » : « {shown}{cut} » — {nearest}. Une citation doit reprendre le texte du document mot pour mot."
    )
}
/// The nearest passage of the document.
pub fn quote_nearest(passage: &str) -> String {
    format!("passage le plus proche : « {passage} »")
}
/// No passage shares enough of the quote.
pub const QUOTE_NO_NEAR: &str = "aucun passage proche dans ce document";

/// A document's file name that is not a plain name.
pub fn document_bad_name(name: &str) -> String {
    format!("nom de fichier de document refusé « {name} » : un simple nom de fichier est attendu")
}
/// A document's text that cannot be read.
pub fn document_unreadable(path: &str, why: &str) -> String {
    format!("texte du document introuvable ou illisible ({path}) : {why}")
}
/// A document's text that changed since it was added.
pub fn document_changed(path: &str) -> String {
    format!(
        "le texte du document {path} a changé depuis son ajout (somme de contrôle différente) : ses citations ne peuvent plus être vérifiées ; ajoutez-le de nouveau avec « repere source add »"
    )
}

/// A colleague's note.
pub const OTHER_NOTE: &str = "Note";
/// « Message rédigé localement le 12/03/2026 (Alice) ».
pub fn signed_message(date: &str, author: &str, layer: Option<&Layer>) -> String {
    let from = match layer {
        Some(layer) if layer.kind != LayerKind::Own => format!(" — {}", layer_source(layer)),
        _ => String::new(),
    };
    format!(
        "{} le {} ({}){from}",
        super::LOCAL_MESSAGE,
        french_date(date),
        clean_line(author)
    )
}
/// « fichier partagé alice.json », « dossier d'équipe (alice.json) ».
pub fn layer_source(layer: &Layer) -> String {
    let name = std::path::Path::new(&layer.file)
        .file_name()
        .map_or_else(|| layer.file.clone(), |n| n.to_string_lossy().into_owned());
    let name = clean_line(&name);
    match layer.kind {
        LayerKind::Own => "vos ajouts".to_owned(),
        LayerKind::File => format!("fichier partagé {name}"),
        LayerKind::Team => format!("dossier d'équipe, {name}"),
    }
}
/// Badge of a tool a colleague's file adds (not in the sources).
pub fn added_badge(author: &str) -> String {
    format!("[ajouté par {}]", clean_line(author))
}
/// Badge of a bundled tool a layer changed.
pub fn changed_badge(author: &str) -> String {
    format!("[modifié par {}]", clean_line(author))
}
/// The age line of a tool evaluated locally: its own date.
pub fn evaluation_age(date: &str, author: &str) -> String {
    format!(
        "Évaluation locale du {} ({}) : pas une source publiée",
        french_date(date),
        clean_line(author)
    )
}
/// Heading of the evaluation grid's answers.
pub const ANSWERS_HEADING: &str = "Réponses à la grille d'évaluation (évaluation locale)";

/// The bundled data, in `check`.
pub const BUNDLED: &str = "les sources";
/// Before each layer in `check`.
pub const LAYER_LINE: &str = "couche";
/// A tool changed by a layer, in `check`.
pub fn tool_change(
    name: &str,
    id: &str,
    by: &str,
    over: &str,
    before: crate::catalog::Risk,
    after: crate::catalog::Risk,
) -> String {
    if before == after {
        format!(
            "outil « {name} » ({id}) : fiche remplacée par {by} (au lieu de la version selon {over}), niveau inchangé ({}).",
            super::risk_label(after)
        )
    } else {
        format!(
            "outil « {name} » ({id}) : niveau changé par {by} : {} (selon {over}) → {}.",
            super::risk_label(before),
            super::risk_label(after)
        )
    }
}
/// Statements removed and added by the change.
pub fn statements_change(removed: usize, added: usize) -> String {
    format!("    affirmations : {removed} retirée(s), {added} ajoutée(s)")
}
/// Alternatives changed.
pub const ALTERNATIVES_CHANGED: &str = "    alternatives modifiées";
/// The level's reasons changed, the level kept, in `check`.
pub const RISK_REASONS_CHANGED: &str = "    justification du niveau modifiée";
/// Where the tool is available changed, in `check`.
pub const TERRITORY_CHANGED: &str = "    territoire modifié";
/// The family message changed, in `check`.
pub const FAMILY_MESSAGE_CHANGED: &str = "    message aux familles modifié";
/// A repère's title changed: the sources' title, in `check` and on it.
pub fn title_changed(sourced: &str) -> String {
    format!("    titre selon les sources : « {sourced} »")
}
/// A guidance section changed by a layer, in `check`.
pub fn guidance_change(
    title: &str,
    id: &str,
    by: &str,
    over: &str,
    removed: &[String],
    added: usize,
) -> String {
    let removed = if removed.is_empty() {
        "aucun point retiré".to_owned()
    } else {
        format!(
            "{} point(s) retiré(s) : {}",
            removed.len(),
            removed
                .iter()
                .map(|r| format!("« {r}… »"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    format!(
        "repère « {title} » ({id}) : modifié par {by} (au lieu de la version selon {over}) — {removed} ; {added} point(s) ajouté(s)."
    )
}
/// A source replaced by a layer.
pub fn source_change(id: &str, by: &str, over: &str) -> String {
    format!("source « {id} » : remplacée par {by} (au lieu de la version selon {over}).")
}
/// A source a layer adds.
pub fn source_added(id: &str, by: &str) -> String {
    format!("source « {id} » : ajoutée par {by}.")
}

/// A document's text that is not UTF-8.
pub fn document_not_utf8(path: &str) -> String {
    format!(
        "{path} n'est pas un texte en UTF-8 : enregistrez le document en texte brut UTF-8 (.txt)"
    )
}
/// An empty document.
pub fn document_empty(path: &str) -> String {
    format!("{path} est vide : rien à citer")
}
/// A date that is not AAAA-MM.
pub fn document_bad_date(date: &str) -> String {
    format!(
        "date « {date} » refusée : la date de publication du document s'écrit AAAA-MM (par exemple 2026-03)"
    )
}
/// Title or publisher missing.
pub const DOCUMENT_NEEDS_TITLE: &str =
    "le titre (--titre) et l'éditeur (--editeur) du document ne peuvent pas être vides";
/// The id belongs to a bundled source.
pub fn document_id_taken(id: &str) -> String {
    format!(
        "l'identifiant « {id} » est celui d'une source intégrée : choisissez-en un autre avec --id"
    )
}
/// The text could not be kept.
pub fn document_write_failed(path: &str, error: &std::io::Error) -> String {
    let reason = super::io_reason(error);
    format!("impossible d'enregistrer le texte du document dans {path} ({reason})")
}
/// After `source add`.
pub fn document_added(id: &str, path: &str) -> String {
    format!(
        "Document ajouté localement : « {id} » (texte conservé dans {path}). Vos notes et évaluations peuvent le citer : chaque citation y sera vérifiée."
    )
}
/// « mars 2026 ».
pub fn month_year(year: i32, month: u32) -> String {
    const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let index = usize::try_from(month.clamp(1, 12) - 1).unwrap_or(0);
    format!("{} {year}", MONTHS[index])
}
/// Where a file of the team folder stops being JSON.
pub fn team_json_error(line: usize, column: usize) -> String {
    format!("JSON incomplet ou invalide ligne {line}, colonne {column}")
}
/// A passage quoted by the adviser.
pub const LOCAL_CITATION: &str = "Citation relevée";
/// « « passage » (DANE, mars 2026 — document ajouté localement) ».
pub fn citation_body(passage: &str, document: &str, added: bool) -> String {
    let added = if added {
        format!(" — {LOCAL_DOCUMENT}")
    } else {
        String::new()
    };
    format!("« {passage} » ({}{added})", clean_line(document))
}
/// A document id not in the catalogue.
pub fn unknown_document(id: &str) -> String {
    format!("document « {id} » inconnu : voir les sources (repere source add en ajoute un)")
}
/// After a citation was added.
pub fn citation_added(name: &str) -> String {
    format!("Citation vérifiée dans le document et ajoutée sur {name}.")
}

impl fmt::Display for QuotePlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuotePlace::SourceNote { source } => write!(f, "source « {source} », note"),
            QuotePlace::GuidanceItem { guidance, number } => {
                write!(f, "repère « {guidance} », point {number}")
            }
            QuotePlace::Statement {
                tool,
                number,
                field,
            } => write!(
                f,
                "outil « {tool} », affirmation {number} ({})",
                super::field_label(*field)
            ),
            QuotePlace::Evidence { tool, number } => {
                write!(f, "outil « {tool} », justification du niveau {number}")
            }
            QuotePlace::MessageOriginal { tool } => {
                write!(f, "outil « {tool} », message aux familles (original)")
            }
            QuotePlace::Need { tool, category } => {
                write!(f, "outil « {tool} », besoin « {category} »")
            }
            QuotePlace::Territory { tool, number } => {
                write!(f, "outil « {tool} », territoire {number}")
            }
            QuotePlace::Citation { tool, number } => {
                write!(f, "citation locale {number} sur « {tool} »")
            }
            QuotePlace::SizeLimit { category } => write!(f, "besoin « {category} », taille"),
        }
    }
}

impl fmt::Display for QuoteNotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let nearest = self
            .nearest
            .as_deref()
            .map_or_else(|| QUOTE_NO_NEAR.to_owned(), quote_nearest);
        f.write_str(&quote_not_found(&self.quote, &self.source, &nearest))
    }
}

impl fmt::Display for DocumentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            DocumentProblem::BadName { name } => document_bad_name(name),
            DocumentProblem::Unreadable { path, why } => document_unreadable(path, why),
            DocumentProblem::Changed { path } => document_changed(path),
        })
    }
}

impl fmt::Display for DocumentPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, source « {} »", self.file, self.source)
    }
}

/// « « texte » ».
pub fn quoted(text: &str) -> String {
    format!("« {text} »")
}
/// « — « texte » » after a level.
pub fn dash_quoted(text: &str) -> String {
    format!(" — « {text} »")
}
/// After the first layers listed by `check`.
pub fn more_layers(count: usize) -> String {
    format!("… et {count} autres couches")
}
