//! What the state file (preferences, favourites, history) says when it
//! cannot be read, moved aside or written.

/// No configuration folder: nothing will be saved.
pub const NO_CONFIG_FOLDER: &str = "Pas de dossier de configuration : rien ne sera enregistré.";

/// The state file cannot be read: left alone, defaults used.
pub fn state_unreadable(path: &str, reason: &str) -> String {
    format!("{path} illisible ({reason}) : il ne sera pas modifié, valeurs par défaut.")
}

/// A corrupt state file moved aside.
pub fn state_moved_aside(reason: &str, aside: &str) -> String {
    format!("Fichier d'état corrompu ({reason}) : mis de côté sous {aside}, valeurs par défaut.")
}

/// A corrupt state file that could not be moved aside.
pub fn state_not_moved(reason: &str) -> String {
    format!("Fichier d'état corrompu et impossible à déplacer ({reason}) : il ne sera pas modifié.")
}

/// The state could not be saved.
pub fn state_not_saved(path: &str, reason: &str) -> String {
    format!("Enregistrement impossible dans {path} ({reason}).")
}
