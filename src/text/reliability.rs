//! Strings about the terminal, arguments and saving (reliability).

/// The interface cannot run here: no terminal, or one that cannot draw.
pub const NO_TERMINAL: &str = "l'interface plein écran a besoin d'un terminal capable de l'afficher (ni TERM=dumb, ni sortie redirigée) : utilisez les commandes, voir repere --help.";

/// Help or version could not be written (`repere --help > /dev/full`).
pub fn output_failed(error: &std::io::Error) -> String {
    format!(
        "écriture impossible sur la sortie ({}).",
        super::io_reason(error)
    )
}

/// The end of every argument error.
pub const SEE_HELP: &str = "voir repere --help.";

/// The search query was cut to its maximum length.
pub fn query_cut(max: usize) -> String {
    format!("Recherche limitée à {max} caractères : la suite a été ignorée.")
}

/// OSC 52 refused: the text is larger than terminals accept.
pub fn osc52_too_long(len: usize, max: usize) -> String {
    format!("texte trop long pour la copie par le terminal ({len} octets, au plus {max})")
}
