//! Start-up (issue 13): what the screen says while a large catalogue loads.

/// Shown while a large catalogue loads behind the first frame.
pub fn loading_catalogue(seconds: u64) -> String {
    format!("Repère\n\nChargement du catalogue… {seconds} s\n(Échap ou Ctrl-C pour quitter)")
}
