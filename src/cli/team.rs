//! `repere equipe [DOSSIER] [--aucune]`: the saved team folder, and what
//! it holds (where the adviser publishes, the colleagues loaded, what was
//! skipped).

use std::io::Write;

use color_eyre::eyre::Result;

use super::local_args::TeamArgs;
use crate::app::store::Store;
use crate::exit::Failed;
use crate::local::team;
use crate::sanitize::clean_line;
use crate::text;

pub(super) fn run(out: &mut impl Write, args: &TeamArgs) -> Result<()> {
    let mut store = Store::locate();
    let (mut prefs, said) = store.load();
    // A state file not used (another user's, set aside as corrupt) is
    // said, never silently taken for « no team folder ».
    if let Some(said) = said {
        crate::clean_output::stderr_line(&said);
    }
    // The state file could not be written: an output error (4).
    let saved = |store: &Store, prefs| store.save(prefs).map_err(Failed::output);
    if args.none {
        prefs.team_folder.clear();
        saved(&store, &prefs)?;
        writeln!(out, "{}", text::TEAM_FORGOTTEN)?;
        return Ok(());
    }
    let folder = match &args.folder {
        Some(folder) => {
            let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.clone());
            let prepared = team::prepare(&folder)?;
            prefs.team_folder = folder.display().to_string();
            saved(&store, &prefs)?;
            writeln!(out, "{}", text::team_saved(&clean_line(&prefs.team_folder)))?;
            Some(prepared)
        }
        None => match crate::catalog::origin::team_folder() {
            Some(folder) => Some(team::prepare(folder)?),
            None => None,
        },
    };
    let Some(team) = folder else {
        writeln!(out, "{}", text::TEAM_NONE)?;
        return Ok(());
    };
    writeln!(
        out,
        "{}",
        text::team_status(&clean_line(&team.folder.display().to_string()))
    )?;
    match &team.published {
        Some(path) => writeln!(
            out,
            "{}",
            text::team_published(&clean_line(&path.display().to_string()))
        )?,
        None => writeln!(out, "{}", text::TEAM_NOTHING_PUBLISHED)?,
    }
    for file in &team.members.files {
        writeln!(
            out,
            "{}",
            text::team_member(&clean_line(&file.display().to_string()))
        )?;
    }
    for line in team::skipped_lines(&team.members.skipped) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
