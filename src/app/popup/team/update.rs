//! What the team folder's popup does: open on the saved folder, type,
//! submit (checked and read at the edge), show what was read.

use std::path::{Path, PathBuf};

use super::{MAX_INPUT_CHARS, TeamPopup, TeamView};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::popup::Overlay;
use crate::app::popup::shared::{close, first_line};
use crate::app::state::State;
use crate::catalog::origin::LayerKind;
use crate::sanitize::clean_line;
use crate::text;

/// The colleagues' layers this session loaded: « Alice (alice.json) ».
pub fn loaded_now(state: &State) -> Vec<String> {
    state
        .catalog
        .provenance
        .layers
        .iter()
        .filter(|layer| layer.kind == LayerKind::Team)
        .map(|layer| {
            let file = Path::new(&layer.file)
                .file_name()
                .map_or_else(|| layer.file.clone(), |n| n.to_string_lossy().into_owned());
            clean_line(&text::team_loaded_layer(&layer.author, &file))
        })
        .collect()
}

/// The folder this session loaded, if any.
pub fn session_folder() -> Option<&'static Path> {
    crate::catalog::origin::team_folder()
}

/// The folder this session loaded, for the screen: the run's team folder,
/// else the folder of the first colleague's layer loaded.
pub fn session_folder_shown(state: &State) -> Option<String> {
    let folder = session_folder().map(Path::to_path_buf).or_else(|| {
        state
            .catalog
            .provenance
            .layers
            .iter()
            .find(|layer| layer.kind == LayerKind::Team)
            .and_then(|layer| Path::new(&layer.file).parent().map(Path::to_path_buf))
    })?;
    Some(clean_line(&folder.display().to_string()))
}

/// F3: opens the popup on the saved folder and reads what the session's
/// folder (else the saved one) holds.
pub fn open(state: &mut State) -> Vec<Effect> {
    let input: String = state
        .prefs
        .team_folder
        .chars()
        .take(MAX_INPUT_CHARS)
        .collect();
    let shown = session_folder()
        .map(Path::to_path_buf)
        .or_else(|| (!input.trim().is_empty()).then(|| PathBuf::from(input.trim())));
    state.overlay = Some(Overlay::Team(TeamPopup {
        input,
        ..TeamPopup::default()
    }));
    shown
        .map(|folder| {
            vec![Effect::ListTeam {
                folder,
                save: false,
            }]
        })
        .unwrap_or_default()
}

/// Applies a key of the popup.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Overlay::Team(popup)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::FormInput(c) => popup.push(c),
        Action::Paste(pasted) => first_line(&pasted).chars().for_each(|c| popup.push(c)),
        Action::FormBackspace => {
            popup.error = None;
            popup.input.pop();
        }
        Action::FormClear => {
            popup.error = None;
            popup.input.clear();
        }
        Action::TeamSubmit => return submit(state),
        Action::CloseOverlay => return close(state),
        _ => {}
    }
    Vec::new()
}

/// Enter: an empty field forgets the saved folder; a folder is checked
/// (at the edge) before it is saved.
fn submit(state: &mut State) -> Vec<Effect> {
    let Some(Overlay::Team(popup)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    let typed = clean_line(popup.input.trim());
    if typed.is_empty() {
        state.overlay = None;
        state.prefs.team_folder.clear();
        state.set_status(text::TEAM_FORGOTTEN_NEXT_START.to_owned(), false);
        return vec![Effect::Save(state.prefs.clone())];
    }
    let folder = PathBuf::from(&typed);
    let folder = std::path::absolute(&folder).unwrap_or(folder);
    popup.view = None;
    popup.error = None;
    vec![Effect::ListTeam { folder, save: true }]
}

/// The folder was read: shown, and saved if Enter asked for it.
pub fn listed(
    state: &mut State,
    folder: &Path,
    save: bool,
    view: Result<TeamView, String>,
) -> Vec<Effect> {
    let Some(Overlay::Team(popup)) = state.overlay.as_mut() else {
        return Vec::new();
    };
    match view {
        Ok(view) => {
            let shown = view.folder.clone();
            popup.view = Some(view);
            if !save {
                return Vec::new();
            }
            popup.input = folder.display().to_string();
            popup.saved = Some(text::team_saved_next_start(&shown));
            state.prefs.team_folder = folder.display().to_string();
            state.set_status(text::team_saved_next_start(&shown), false);
            vec![Effect::Save(state.prefs.clone())]
        }
        Err(why) => {
            popup.error = Some(why);
            Vec::new()
        }
    }
}
