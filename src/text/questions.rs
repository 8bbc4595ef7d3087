//! Texts of the answer to a question: the tool a question asks to replace,
//! the one-line verdict, the refused territory, the keys of a call.

/// After the tool a question asks to replace (« à la place de WhatsApp »).
pub const REPLACED_FLAG: &str = "  ← outil à remplacer";

/// After the tool a question asks to replace, in the list of results.
pub const REPLACED_MARK: &str = " · à remplacer";

/// Esc asked to leave from the start screen: the call does not drop on a
/// stray key.
pub const CONFIRM_QUIT: &str = "Quitter repere ? Entrée pour quitter, toute autre touche pour rester (Ctrl-Q quitte aussitôt).";
