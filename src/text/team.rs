//! Sentences about the team folder's trust checks and limits, and the
//! team folder's popup in the interface.

/// A colleague's file refused by the trust checks (a link, a FIFO, a file
/// others may write, another user's, too big).
pub fn team_refused_file(path: &str, why: &str) -> String {
    format!("dossier d'équipe : fichier refusé : {path} ({why})")
}

/// A team folder anyone may write into without the sticky bit: anyone
/// could replace a colleague's file.
pub fn team_folder_open_to_all(folder: &str) -> String {
    format!(
        "dossier d'équipe refusé : {folder} est modifiable par tous les utilisateurs de cette machine (chmod o-w)"
    )
}

/// A team folder with more entries than a team has colleagues.
pub fn team_folder_too_many(folder: &str, cap: usize) -> String {
    format!(
        "dossier d'équipe refusé : {folder} contient plus de {cap} fichiers, ce n'est sans doute pas le bon dossier (« repere equipe --aucune » l'oublie)"
    )
}

/// The path given for the team folder is not a folder.
pub fn team_not_a_folder(folder: &str) -> String {
    format!("dossier d'équipe refusé : {folder} n'est pas un dossier")
}

/// The popup's title.
pub const TEAM_TITLE: &str = " Dossier d'équipe ";
/// At the top of the popup; `submit` and `close` name the keys.
pub fn team_prompt(submit: &str, close: &str) -> String {
    format!(
        "Un dossier déjà synchronisé (Nextcloud, partage réseau, Syncthing, dépôt git) : vos ajouts y sont publiés sous <auteur>.json et ceux de vos collègues chargés, chacun signé. {submit} : enregistrer (champ vide : aucun dossier), {close} : fermer."
    )
}
/// This session's folder.
pub fn team_session(folder: &str, loaded: &[String]) -> String {
    if loaded.is_empty() {
        format!("Cette session : {folder} — aucun fichier de collègue chargé.")
    } else {
        format!(
            "Cette session : {folder} — chargés : {}.",
            loaded.join(", ")
        )
    }
}
/// No folder this session.
pub const TEAM_SESSION_NONE: &str = "Cette session : aucun dossier d'équipe.";
/// A colleague's layer loaded this session.
pub fn team_loaded_layer(author: &str, file: &str) -> String {
    format!("{author} ({file})")
}
/// While the folder is read.
pub const TEAM_READING: &str = "Lecture du dossier…";
/// The heading of what a folder holds.
pub fn team_contents(folder: &str) -> String {
    format!("Dans {folder} :")
}
/// A colleague's file the folder holds.
pub fn team_file_line(name: &str) -> String {
    format!("  collègue : {name}")
}
/// A folder without colleagues' files.
pub const TEAM_NO_FILES: &str = "  aucun fichier de collègue pour l'instant";
/// Saved from the popup: loaded at the next start.
pub fn team_saved_next_start(folder: &str) -> String {
    format!(
        "Dossier d'équipe enregistré : {folder}. Les fichiers des collègues seront chargés et vos ajouts publiés à la prochaine ouverture de repere (quittez puis relancez)."
    )
}
/// Cleared from the popup.
pub const TEAM_FORGOTTEN_NEXT_START: &str = "Dossier d'équipe oublié : à la prochaine ouverture de repere, plus rien n'est publié ni chargé.";
/// Keys of the popup, in the help and the footer.
pub const TEAM_KEY_SUBMIT: &str = "enregistrer le dossier d'équipe (vide : aucun)";
pub const TEAM_HINT_SUBMIT: &str = "enregistrer";
pub const TEAM_KEY_CLOSE: &str = "fermer sans rien changer";
pub const TEAM_HINT_CLOSE: &str = "fermer";
pub const TEAM_KEY_DELETE_LETTER: &str = "effacer une lettre";
pub const TEAM_KEY_EMPTY: &str = "vider le champ";
pub const TEAM_HINT_EMPTY: &str = "vider";
/// The key that opens the popup, in the help.
pub const TEAM_KEY_OPEN: &str = "dossier d'équipe : le voir, le choisir ou l'oublier";
/// The help's section for the popup.
pub const TEAM_SECTION: &str = "Fenêtre du dossier d'équipe";
/// A copy of a published file under another name.
pub fn team_copy(path: &str, published: &str) -> String {
    format!(
        "dossier d'équipe : copie de {published} ignorée (fichier du même auteur sous un autre nom), à fusionner ou supprimer : {path}"
    )
}
/// A colleague's file that parses but does not load, left out.
pub fn team_member_not_loaded(why: &str) -> String {
    format!("dossier d'équipe : fichier d'un collègue ignoré, il ne peut pas être chargé : {why}")
}
