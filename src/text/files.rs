//! Sentences about the files, programs and disks repere reads and writes:
//! each names what failed.

use std::io::ErrorKind;

/// The system's reason, in French: the common kinds by name, the others
/// by the system's number (never the system's English words).
pub fn io_reason(error: &std::io::Error) -> String {
    let said = match error.kind() {
        ErrorKind::NotFound => "introuvable",
        ErrorKind::PermissionDenied => "permission refusée",
        ErrorKind::AlreadyExists => "existe déjà",
        ErrorKind::StorageFull => "disque plein",
        ErrorKind::QuotaExceeded => "quota du disque dépassé",
        ErrorKind::ReadOnlyFilesystem => "disque en lecture seule",
        ErrorKind::BrokenPipe => "le lecteur de la sortie est parti",
        ErrorKind::IsADirectory => "c'est un dossier",
        ErrorKind::NotADirectory => "un élément du chemin n'est pas un dossier",
        ErrorKind::DirectoryNotEmpty => "dossier non vide",
        ErrorKind::InvalidData => "contenu invalide",
        ErrorKind::InvalidFilename => "nom de fichier invalide ou trop long",
        ErrorKind::FileTooLarge => "fichier trop gros",
        ErrorKind::ResourceBusy => "fichier ou disque occupé",
        ErrorKind::ExecutableFileBusy => "programme en cours d'exécution",
        ErrorKind::CrossesDevices => "d'un disque à un autre",
        ErrorKind::TooManyLinks => "trop de liens",
        ErrorKind::StaleNetworkFileHandle => "partage réseau perdu",
        ErrorKind::TimedOut => "délai dépassé",
        ErrorKind::Interrupted => "interrompu",
        ErrorKind::WouldBlock => "occupé, réessayez",
        ErrorKind::UnexpectedEof => "fin de fichier inattendue",
        ErrorKind::WriteZero => "écriture interrompue",
        ErrorKind::OutOfMemory => "mémoire insuffisante",
        ErrorKind::Unsupported => "opération impossible sur ce système de fichiers",
        ErrorKind::InvalidInput => "demande refusée par le système",
        _ => return by_number(error),
    };
    said.to_owned()
}

/// The kinds Rust does not name, by the system's number.
#[cfg(unix)]
fn by_number(error: &std::io::Error) -> String {
    use rustix::io::Errno;
    // An error made by a program, not the system: its own words.
    let Some(code) = error.raw_os_error() else {
        return error.to_string();
    };
    let said = match Errno::from_raw_os_error(code) {
        Errno::LOOP => "trop de liens symboliques en boucle",
        Errno::NXIO => "tube sans lecteur ou périphérique absent",
        Errno::IO => "erreur matérielle de lecture ou d'écriture",
        Errno::MFILE | Errno::NFILE => "trop de fichiers ouverts",
        Errno::NODEV => "périphérique absent",
        _ => return format!("erreur du système n° {code}"),
    };
    said.to_owned()
}

/// The kinds Rust does not name, by the system's number.
#[cfg(not(unix))]
fn by_number(error: &std::io::Error) -> String {
    match error.raw_os_error() {
        Some(code) => format!("erreur du système n° {code}"),
        // An error made by a program, not the system: its own words.
        None => error.to_string(),
    }
}

/// Why an input was not read (without its name).
pub fn refused(refused: &crate::input::Refused) -> String {
    use crate::input::Refused;
    match refused {
        Refused::Missing => io_reason(&std::io::Error::from(ErrorKind::NotFound)),
        Refused::NotRegular => NOT_REGULAR.to_owned(),
        Refused::Link => A_LINK.to_owned(),
        Refused::NotOurs => NOT_OURS.to_owned(),
        Refused::WritableByOthers => WRITABLE_BY_OTHERS.to_owned(),
        Refused::TooBig { size, cap } if *cap >= 1024 * 1024 => {
            too_big(size.div_ceil(1024 * 1024), cap / (1024 * 1024))
        }
        Refused::TooBig { cap, .. } => too_big_kb(cap / 1024),
        Refused::NotText => NOT_UTF8.to_owned(),
        Refused::TooManyElements { count, cap } => too_many_elements(*count, *cap),
        Refused::Io(e) => io_reason(e),
    }
}

/// Why an input was not read, as the sentence of [`refused`]: modules
/// that must not depend on the texts (the catalogue) say it this way.
impl std::fmt::Display for crate::input::Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&refused(self))
    }
}

/// A file that could not be read, and why.
pub fn read_failed(what: &str, reason: &str) -> String {
    format!("lecture impossible de {what} ({reason}).")
}

/// A file that could not be written, and why.
pub fn write_failed(what: &str, reason: &str) -> String {
    format!("écriture impossible dans {what} ({reason}).")
}

/// Not a regular file where one is expected.
pub const NOT_REGULAR: &str =
    "ce n'est pas un fichier ordinaire (tube, périphérique, dossier…) : il n'est pas lu";

/// A file repere keeps that belongs to someone else.
pub const NOT_OURS: &str = "ce fichier appartient à un autre utilisateur : il n'est pas utilisé";

/// A file repere keeps that others may change.
pub const WRITABLE_BY_OTHERS: &str =
    "ce fichier est modifiable par d'autres utilisateurs : il n'est pas utilisé (chmod go-w)";

/// A file repere keeps that is a symbolic link where none is expected.
pub const A_LINK: &str = "c'est un lien symbolique : il n'est pas suivi";

/// An input larger than repere reads.
pub fn too_big(size_mb: u64, cap_mb: u64) -> String {
    format!("trop gros ({size_mb} Mo, au plus {cap_mb} Mo) : il n'est pas lu")
}

/// An input larger than repere reads, in kilobytes (answers, messages).
pub fn too_big_kb(cap_kb: u64) -> String {
    format!("trop long (au plus {cap_kb} Ko) : il n'est pas lu")
}

/// A JSON file with more elements than repere parses.
pub fn too_many_elements(count: usize, cap: usize) -> String {
    format!(
        "trop d'éléments pour un fichier de données ({count} textes, objets ou listes ; au plus {cap}) : il n'est pas lu"
    )
}

/// Not text.
pub const NOT_UTF8: &str = "ce n'est pas du texte UTF-8";

/// The editor's draft could not be read back.
pub fn draft_unreadable(reason: &str) -> String {
    format!("lecture impossible du brouillon de l'éditeur ({reason}).")
}

/// Standard input, named in sentences.
pub const STDIN: &str = "l'entrée standard";

/// The save waits for another program that holds the file.
pub fn lock_waiting(path: &str, seconds: u64) -> String {
    format!(
        "repere : {path} est en cours d'écriture par un autre programme : attente (au plus {seconds} s)…"
    )
}

/// The lock could not be had: nothing was written.
pub fn lock_not_taken(path: &str, seconds: u64) -> String {
    format!(
        "{path} est resté verrouillé par un autre programme pendant {seconds} s : rien n'a été enregistré"
    )
}

/// The lock file itself cannot be used.
pub fn lock_unusable(path: &str, reason: &str) -> String {
    format!("verrou {path} inutilisable ({reason}) : rien n'a été enregistré")
}

/// A note that could not be written: its text is given back.
pub fn note_not_saved(reason: &str, text: &str) -> String {
    let reason = reason.trim_end_matches('.');
    format!("Note NON enregistrée : {reason}. Votre texte : « {text} »")
}

/// A message that could not be written: its text, given back.
pub fn message_given_back(text: &str) -> String {
    format!("Message NON enregistré ; votre texte :\n{text}")
}

/// An evaluation typed at the prompts that could not be written: its
/// answers, as a file `evaluate --reponses` reads.
pub fn answers_given_back(json: &str) -> String {
    format!(
        "Évaluation NON enregistrée ; vos réponses, à enregistrer dans un fichier pour « repere evaluate --reponses FICHIER » :\n{json}"
    )
}

/// The editor could not be started.
pub fn editor_not_started(editor: &str, reason: &str) -> String {
    format!(
        "impossible de lancer l'éditeur « {editor} » ({reason}) : définissez EDITOR ou VISUAL, ou envoyez le message sur l'entrée standard."
    )
}

/// The editor's draft could not be prepared.
pub fn draft_failed(reason: &str) -> String {
    format!("brouillon de l'éditeur impossible à préparer ({reason}) : rien n'est enregistré.")
}

/// A tool's card could not be read back from the prepared catalogue (the
/// cache file changed or broke while the program ran).
pub fn card_unreadable(tool: &str) -> String {
    format!(
        "La fiche de « {tool} » n'a pas pu être relue du cache (fichier modifié ou abîmé) : \
         rien n'en est copié. Relancez Repère : le cache sera reconstruit."
    )
}
