//! Documents added locally (`repere source add`): their texts sit in a
//! `sources/` folder beside the file of additions that declares them (the
//! data folder for the adviser's own, the team folder for a colleague's),
//! checked against the checksum the file records before their quotes are
//! looked up in them.

use std::path::Path;

use super::error::{LoadError, LoadProblem, Location};
use super::files::{read_regular_file, utf8_text};
use super::model::Catalog;
use super::origin::LayerKind;
use super::quote_problem::{DocumentPlace, DocumentProblem};
use super::quotes::Library;
use crate::sanitize::clean_line;

/// Folder of the documents' texts, beside the file of additions.
pub const FOLDER: &str = "sources";

/// The largest document text read.
pub const MAX_DOCUMENT_BYTES: u64 = 16 * 1024 * 1024;

/// XXH3-128 of a text, in hexadecimal.
pub fn checksum(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

/// Reads the texts of the documents a file declares into `library`.
pub(super) fn read_documents(
    name: &str,
    part: &Catalog,
    _kind: LayerKind,
    library: &mut Library,
) -> Result<(), LoadError> {
    let folder = Path::new(name).parent().unwrap_or(Path::new("."));
    for source in &part.sources {
        let Some(document) = &source.document else {
            continue;
        };
        let place = Location::Document(DocumentPlace {
            file: name.to_owned(),
            source: clean_line(&source.id),
        });
        let file_name = Path::new(&document.file);
        // Only a plain name: a file of additions never points elsewhere.
        if file_name.components().count() != 1 || file_name.file_name().is_none() {
            return Err(LoadError::new(
                place,
                LoadProblem::Document(DocumentProblem::BadName {
                    name: clean_line(&document.file),
                }),
            ));
        }
        let path = folder.join(FOLDER).join(file_name);
        let shown = path.display().to_string();
        let bytes = read_regular_file(&path, MAX_DOCUMENT_BYTES).map_err(|refusal| {
            let problem = DocumentProblem::Unreadable {
                path: shown.clone(),
                why: refusal.to_string(),
            };
            LoadError::new(place.clone(), LoadProblem::Document(problem))
        })?;
        if checksum(&bytes) != document.checksum {
            let problem = DocumentProblem::Changed { path: shown };
            return Err(LoadError::new(place, LoadProblem::Document(problem)));
        }
        let text = utf8_text(&shown, bytes)?;
        library.insert(&source.id, &text);
    }
    Ok(())
}
