//! Start-up: what the screen says while a large catalogue loads.

/// Shown while a large catalogue loads behind the first frame.
pub fn loading_catalogue(seconds: u64) -> String {
    format!("Repère\n\nChargement du catalogue… {seconds} s\n(Échap ou Ctrl-C pour quitter)")
}

/// Under the loading frame: the question typed meanwhile, searched as
/// soon as the catalogue is there.
pub fn typed_while_loading(question: &str) -> String {
    format!("\n\nRecherche dès le chargement : {question}")
}
