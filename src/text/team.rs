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

/// The team folder given does not exist.
pub fn team_missing(folder: &str) -> String {
    format!(
        "dossier d'équipe introuvable : {folder} (créez-le ou vérifiez le chemin ; « repere equipe --aucune » l'oublie)"
    )
}
/// The team folder cannot be listed.
pub fn team_unreadable(folder: &str) -> String {
    format!("impossible de lire le dossier d'équipe {folder}")
}
/// A change saved in the adviser's file but not published in the team
/// folder (a full disk there): the next start publishes it again.
pub fn saved_not_published(own: &str, reason: &str) -> String {
    format!(
        "enregistré dans {own}, mais pas publié dans le dossier d'équipe ({reason}) : ne le refaites pas, la publication sera retentée au prochain lancement"
    )
}

/// Publishing the own file failed.
pub fn team_write_failed(path: &str) -> String {
    format!("impossible de publier vos ajouts dans {path}")
}

/// The same, with the system's reason.
pub fn team_write_failed_because(path: &str, reason: &str) -> String {
    format!("{} : {reason}", team_write_failed(path))
}
/// A conflict copy left by a sync engine.
pub fn team_conflict(path: &str) -> String {
    format!("dossier d'équipe : copie en conflit ignorée, à fusionner ou supprimer : {path}")
}
/// A partial or lock file left by a sync engine.
pub fn team_unfinished(path: &str) -> String {
    format!("dossier d'équipe : fichier temporaire ou en cours de synchronisation ignoré : {path}")
}
/// A file of the team folder that does not parse.
pub fn team_unreadable_file(path: &str, why: &str) -> String {
    format!(
        "dossier d'équipe : fichier illisible ignoré (synchronisation inachevée ?) : {path} ({why})"
    )
}
/// `repere equipe` without a folder set.
pub const TEAM_NONE: &str = "Aucun dossier d'équipe : « repere equipe DOSSIER » en choisit un (un dossier déjà synchronisé : Nextcloud, partage réseau, Syncthing, dépôt git).";
/// The team folder in use.
pub fn team_status(folder: &str) -> String {
    format!("Dossier d'équipe : {folder}")
}
/// Where the own additions are published.
pub fn team_published(path: &str) -> String {
    format!("Vos ajouts y sont publiés : {path}")
}
/// No own additions yet.
pub const TEAM_NOTHING_PUBLISHED: &str = "Vous n'avez pas encore d'ajouts à publier.";
/// A colleague's file loaded.
pub fn team_member(path: &str) -> String {
    format!("  collègue : {path}")
}
/// The setting was saved.
pub fn team_saved(folder: &str) -> String {
    format!("Dossier d'équipe enregistré : {folder}")
}
/// The setting was removed.
pub const TEAM_FORGOTTEN: &str = "Dossier d'équipe oublié : vos ajouts ne sont plus publiés.";
