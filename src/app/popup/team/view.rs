//! What a team folder holds, read at the edge (an effect) for the team
//! folder's popup. Apart from the popup's state so that actions and
//! effects can carry it.

use std::path::Path;

use crate::sanitize::clean_line;

/// What a team folder holds, read at the edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamView {
    /// The folder, cleaned for the screen.
    pub folder: String,
    /// The colleagues' files that would be loaded, by name.
    pub files: Vec<String>,
    /// One sentence per file left out (conflict copy, refused, unreadable).
    pub skipped: Vec<String>,
}

/// Reads what `folder` holds, with the trust checks of a session start;
/// `Err` is the French sentence saying why the folder is refused.
pub fn read_view(folder: &Path) -> Result<TeamView, String> {
    use crate::local::team;
    team::check_folder(folder).map_err(|e| clean_line(&e.to_string()))?;
    let own = team::published_name(&crate::local::author(None));
    let members = team::members(folder, &own).map_err(|e| clean_line(&e.to_string()))?;
    let files = members
        .files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap_or(path.as_os_str());
            clean_line(&name.to_string_lossy())
        })
        .collect();
    Ok(TeamView {
        folder: clean_line(&folder.display().to_string()),
        files,
        skipped: team::skipped_lines(&members.skipped),
    })
}
