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
