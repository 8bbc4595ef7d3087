//! The command line's sentences.

/// `show` picked a search hit: say which, and what else matched.
pub fn best_match(query: &str, name: &str, others: &[String]) -> String {
    let found = format!("Meilleure correspondance pour « {query} » : {name}.");
    if others.is_empty() {
        return found;
    }
    format!("{found} Autres : {}.", others.join(", "))
}

/// `message` on a doubtful or forbidden tool.
pub fn message_level_warning(name: &str, badge: &str, rationale: &str) -> String {
    format!("Attention : {name} est classé « {badge} ». {rationale}")
}

/// What the source says to tell families, when it has no ready message.
pub fn source_instruction(info: &str) -> String {
    format!(" Consigne de la source : {info}")
}

/// Blanks left empty by `repere message`.
pub fn missing_fields(list: &str) -> String {
    format!("Champs à compléter : {list} — utilisez --set CLÉ=VALEUR.")
}

/// `--set` without `=`.
pub fn set_without_equals(pair: &str) -> String {
    format!("--set « {pair} » : la forme attendue est CLÉ=VALEUR.")
}

/// `--set` with a key the message does not have.
pub fn set_unknown_key(key: &str, keys: &str) -> String {
    format!("--set : ce message n'a pas de champ « {key} » ; champs possibles : {keys}.")
}

pub const NO_FIELD: &str = "aucun";
pub const CLI_NO_CLIPBOARD: &str = "Copie impossible : pas de presse-papiers (ni affichage, ni terminal pour OSC 52). Le message est affiché ci-dessus.";
pub const CLI_OSC52_SENT: &str =
    "Message envoyé au terminal (OSC 52) : la copie dépend de votre terminal.";
pub const CLI_COPIED: &str = "Message copié dans le presse-papiers.";

/// The copy failed; the message was printed anyway.
pub fn cli_copy_failed(reason: &str) -> String {
    format!("Copie impossible : {reason}. Le message est affiché ci-dessus.")
}

/// `repere guide` found nothing.
pub fn unknown_guidance(query: &str) -> String {
    format!("Aucun repère ne correspond à « {query} ».")
}
