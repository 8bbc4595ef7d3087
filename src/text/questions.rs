//! Texts of the answer to a question: the tool a question asks to replace,
//! the one-line verdict, the refused territory, the keys of a call.

/// After the tool a question asks to replace (« à la place de WhatsApp »).
pub const REPLACED_FLAG: &str = "  ← outil à remplacer";

/// After the tool a question asks to replace, in the list of results.
pub const REPLACED_MARK: &str = " · à remplacer";

/// Esc asked to leave from the start screen: the call does not drop on a
/// stray key.
pub const CONFIRM_QUIT: &str = "Quitter repere ? Entrée pour quitter, toute autre touche pour rester (Ctrl-Q quitte aussitôt).";

/// A territory that is no place the sources name, no French département
/// and no académie: what is accepted, and the nearest names.
pub fn place_refused(input: &str) -> String {
    let shown = crate::sanitize::clean_line(input);
    let near = crate::catalog::places::nearest(input);
    let mut text = format!(
        "Territoire « {shown} » inconnu : indiquez un département (74 ou haute-savoie), une académie (grenoble), « france », « fwb » ou « tout »."
    );
    if !near.is_empty() {
        text.push_str(&format!(" Les plus proches : {}.", near.join(", ")));
    }
    text
}
