//! Why a copy to the clipboard failed (shown after « Copie impossible »).

/// The copy worker stopped.
pub const CLIPBOARD_SERVICE_STOPPED: &str = "le service de presse-papiers s'est arrêté";

/// The clipboard did not answer in time.
pub const CLIPBOARD_NOT_ANSWERING: &str = "le presse-papiers ne répond pas";

/// No clipboard on this display.
pub const CLIPBOARD_UNAVAILABLE: &str = "presse-papiers indisponible";

/// No clipboard, with the system's reason.
pub fn no_clipboard_because(reason: &str) -> String {
    format!("{CLIPBOARD_UNAVAILABLE} ({reason})")
}

/// The clipboard refused the text.
pub fn copy_refused(reason: &str) -> String {
    format!("copie refusée ({reason})")
}

/// The process that keeps the copy after exit could not start.
pub fn copy_service_not_started(reason: &str) -> String {
    format!("impossible de lancer le service de copie ({reason})")
}

/// The program's own path, needed to start the copy service, is unknown.
pub fn program_not_found(reason: &str) -> String {
    format!("programme introuvable ({reason})")
}

/// The copy service did not confirm it holds the text.
pub fn confirmation_failed(reason: &str) -> String {
    format!("confirmation impossible ({reason})")
}
