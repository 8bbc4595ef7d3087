//! The sentences of the commands that read and write the adviser's
//! additions (`check`, `conflicts`, `export`, `note`, `message --rediger`,
//! `evaluate`), and the command line's help words.

// --- Help of the command line ---

/// Under the top-level help.
pub const TOP_AFTER_HELP: &str = "Sans commande : l'interface plein écran (F1 pour l'aide, F2 pour votre territoire ; taper un nom cherche).";
/// Placeholder of `--set`.
pub const VALUE_NAME_KEY_VALUE: &str = "CLÉ=VALEUR";
/// Placeholder of `--champ`.
pub const VALUE_NAME_KEY_LABEL: &str = "CLÉ=LIBELLÉ";
/// Placeholder of `guide`'s words.
pub const VALUE_NAME_GUIDANCE: &str = "REPÈRE";
/// Placeholders of `compare`'s two tools.
pub const VALUE_NAME_FIRST_TOOL: &str = "OUTIL_A";
pub const VALUE_NAME_SECOND_TOOL: &str = "OUTIL_B";

// --- check ---

/// `check` on a valid catalogue.
pub fn catalogue_valid(tools: usize, needs: usize, guidance: usize, sources: usize) -> String {
    format!(
        "Catalogue valide : {tools} outils, {needs} besoins, {guidance} repères généraux, {sources} sources."
    )
}

/// `check`: how many tools have a message for families.
pub fn family_message_count(messages: usize) -> String {
    format!("\nMessages aux familles : {messages}")
}

// --- conflicts ---

/// A local message hidden by the sources' own.
pub fn local_message_ignored(tool: &str) -> String {
    format!("« {tool} » : le message rédigé localement est ignoré, les sources en donnent un.")
}

/// The counts of the local additions.
pub fn local_additions_count(notes: usize, messages: usize, evaluations: usize) -> String {
    format!(
        "\nAjouts locaux : {notes} notes, {messages} messages rédigés localement, {evaluations} évaluations locales."
    )
}

pub const NO_CONFLICT: &str = "Aucun conflit avec le catalogue intégré.";
pub const CHANGES_HEADING: &str = "Changements par rapport au catalogue intégré :";

// --- export ---

/// `export --overlay` without local file.
pub fn nothing_to_share(path: &str) -> String {
    format!("Aucun ajout local à partager ({path} n'existe pas).")
}

/// An export written to a file.
pub fn written_to(path: &str) -> String {
    format!("Écrit : {path}")
}

// --- message ---

/// `message` on a tool without message: how to write one.
pub fn no_message_write_one(name: &str, no_message: &str, hint: &str, id: &str) -> String {
    format!("{name} : {no_message}{hint} Pour en rédiger un : repere message {id} --rediger")
}

/// Printed whenever a local message is used.
pub fn local_message_notice(local_message: &str, date: &str, author: &str) -> String {
    format!("{local_message} le {date} ({author}) — ce n'est pas un message des sources.")
}

/// `--rediger` on a tool the sources give a message for.
pub fn sources_have_message(name: &str, id: &str) -> String {
    format!("{name} a déjà un message des sources : repere message {id} l'affiche.")
}

pub const EMPTY_MESSAGE: &str = "Message vide : rien n'est enregistré.";

/// A local message saved.
pub fn local_message_saved(local_message: &str, name: &str, path: &str) -> String {
    format!("{local_message} enregistré pour {name} dans {path}.")
}

/// `--champ` without `=`.
pub fn blank_without_label(pair: &str) -> String {
    format!("--champ « {pair} » : la forme attendue est CLÉ=LIBELLÉ.")
}

/// The first lines of the editor's draft.
pub const DRAFT_HEADER: &str =
    "# Écrivez le message aux familles sous ces lignes (les lignes « # » sont ignorées).";
pub const DRAFT_BLANKS: &str = "# Champs à compléter possibles :";

/// The editor exited with an error.
pub fn editor_failed(editor: &str) -> String {
    format!("L'éditeur « {editor} » s'est terminé en erreur : rien n'est enregistré.")
}

// --- note ---

/// `note --list` on a tool without note.
pub fn no_local_note(name: &str) -> String {
    format!("Aucune note locale sur {name}.")
}

pub const EMPTY_NOTE: &str = "La note est vide : écrivez son texte entre guillemets.";

/// A note saved.
pub fn note_added(name: &str, date: &str, path: &str) -> String {
    format!("Note ajoutée sur {name} ({date}) dans {path}.")
}

/// `note --supprimer` with a number that is not there.
pub fn no_note_number(name: &str, number: usize, tool_id: &str) -> String {
    format!("{name} n'a pas de note numéro {number} (voir repere note {tool_id} --list).")
}

/// A note removed.
pub fn note_removed(number: usize, name: &str) -> String {
    format!("Note {number} supprimée de {name}.")
}

/// A note from another file than the adviser's own.
pub fn note_not_ours(path: &str) -> String {
    format!(
        "Cette note ne vient pas de votre fichier local ({path}) : supprimez-la du fichier qui la contient."
    )
}

// --- evaluate ---

/// An answers file that is not JSON.
pub fn answers_unreadable(shown: &str, reason: &str) -> String {
    format!("{shown} : réponses illisibles ({reason})")
}

/// An evaluation saved.
pub fn evaluation_saved(id: &str, badge: &str, local_badge: &str, path: &str) -> String {
    format!("Enregistré : {id} — {badge} {local_badge} dans {path}.")
}

/// A criterion's source, under its question.
pub fn criterion_quote(short: &str, loc: &str, quote: &str) -> String {
    format!("    {short}, {loc} : « {quote} »")
}

/// A criterion's possible answers.
pub fn criterion_answers(choices: &str) -> String {
    format!("    réponses : {choices}")
}

pub const EVALUATION_INTERRUPTED: &str =
    "Évaluation interrompue : entrée terminée avant la fin des questions.";
pub const ASK_TOOL_NAME: &str = "Nom de l'outil :";
pub const ASK_TOOL_ADDRESS: &str = "Adresse (Entrée si aucune) :";
pub const NEEDS_HEADING: &str = "Besoins :";
pub const ASK_NEED_NUMBERS: &str = "Numéros des besoins (séparés par des virgules) :";
pub const ANSWER_NOT_UNDERSTOOD: &str = "Réponse non comprise.";

/// Answers not understood, again and again (an input that never ends).
pub const TOO_MANY_MISSES: &str =
    "lecture arrêtée sur l'entrée standard : trop de réponses non comprises à la suite.";
pub const ASK_ANSWER: &str = "Réponse :";
pub const ASK_LEVEL: &str =
    "Entrée pour confirmer, ou un autre niveau (institutionnel, précautions, doutes, proscrit) :";
pub const ASK_REASON: &str = "Raison du changement :";
pub const LEVEL_NOT_UNDERSTOOD: &str = "Niveau non compris.";

/// A question, with the source it comes from.
pub fn question_with_source(ask: &str, short: &str, quote: &str) -> String {
    format!("\n{ask}\n  ({short} : « {quote} »)")
}

/// The level the criteria give, and the rule that gave it.
pub fn proposed_level(badge: &str, rule: &str) -> String {
    format!("\nNiveau proposé : {badge}\n  {rule}")
}
