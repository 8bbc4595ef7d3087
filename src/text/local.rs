//! The adviser's own layer: notes, locally written messages,
//! evaluations of tools the sources do not list, comparison.

use super::WHAT_MESSAGE;

/// Heading of the local part of a card, apart from the sources.
pub const LOCAL_HEADING: &str = "Ajouts locaux (pas dans les sources)";
/// « Note locale du 12/03/2026 (auteur) ».
pub const LOCAL_NOTE: &str = "Note locale";
/// A family message written by the adviser.
pub const LOCAL_MESSAGE: &str = "Message rédigé localement";
/// A tool evaluated by the adviser.
pub const LOCAL_EVALUATION: &str = "Évaluation locale";
/// The level the checklist proposed.
pub const LOCAL_PROPOSED: &str = "Niveau proposé par la grille :";
/// The level the adviser chose instead.
pub const LOCAL_CHOSEN: &str = "Niveau retenu par le conseiller :";
/// Title of the evaluation popup.
pub const EVALUATION_TITLE: &str = "Évaluer un outil absent des sources";
/// The note popup's field.
pub const NOTE_PROMPT: &str = "Texte de la note (datée et signée, à part des sources)";
/// Entrée on an empty required field.
pub const STEP_REQUIRED: &str = "Réponse obligatoire.";
/// Why the level differs from the proposed one.
pub const REASON_PROMPT: &str =
    "Raison du changement de niveau (Entrée si le niveau proposé est confirmé)";
/// Status after a note.
pub const NOTE_SAVED: &str = "Note locale enregistrée.";

/// A note is being written (the file may be locked by another program).
pub const NOTE_SAVING: &str = "Enregistrement de la note…";
/// « Évaluation locale enregistrée ».
pub const LOCAL_SAVED: &str = "enregistrée";
/// No data folder for the overlay.
pub const NO_DATA_DIR: &str =
    "Impossible de trouver le dossier de données (définissez HOME ou XDG_DATA_HOME).";
/// The overlay file could not be written.
pub const LOCAL_SAVE_FAILED: &str = "Ajout local non enregistré :";
/// The message popup's field.
pub const MESSAGE_PROMPT: &str =
    "Message aux familles (marqué « Message rédigé localement », jamais comme celui d'une source)";
/// The blanks the message may use.
pub const MESSAGE_BLANKS: &str = "Blancs possibles :";
/// Status after a local message.
pub const MESSAGE_SAVED: &str = "Message rédigé localement enregistré : Ctrl-Y le copie.";
/// The tool already has a source message.
pub const HAS_SOURCE_MESSAGE: &str = "Cet outil a déjà un message des sources (Ctrl-Y le copie).";
/// A blank not declared in the catalogue.
pub fn unknown_blank(key: &str) -> String {
    format!("Le blanc {{{key}}} n'est pas déclaré : utilisez un des blancs possibles.")
}
/// Title of the comparison popup.
pub const COMPARE_TITLE: &str = "Comparaison";
/// After the first Ctrl-K.
pub fn compare_marked(name: &str) -> String {
    format!("{name} marqué pour comparaison : ouvrez un autre outil et refaites Ctrl-K.")
}
/// The popup's key reminder.
pub fn wizard_keys(next: &str, cancel: &str) -> String {
    format!("{next} : suivant · ↑↓ ou chiffre : choisir · {cancel} : annuler")
}

/// What a message copy holds: the source's message or a local one.
pub fn what_message(local: bool) -> &'static str {
    if local { LOCAL_MESSAGE } else { WHAT_MESSAGE }
}
/// A family message a layer changed, copied: « Message de Eve (fichier
/// partagé, 11/03/2026), pas celui des sources ».
pub fn what_message_by(layer: &str) -> String {
    format!("Message de {layer}, pas celui des sources,")
}
/// Said before a family message a layer changed or gave.
pub fn message_changed_by(layer: &str) -> String {
    format!(
        "Message aux familles modifié par {layer} : ce n'est pas le texte des sources, relisez-le avant de l'envoyer."
    )
}
/// The badge of a locally evaluated tool in lists.
pub const LOCAL_BADGE: &str = "[évaluation locale]";

/// Title of the popup that deletes a note.
pub const NOTE_DELETE_TITLE: &str = "Supprimer une note locale";
/// The list step of that popup.
pub const NOTE_DELETE_PICK: &str = "Quelle note supprimer ?";
/// The confirmation step.
pub const NOTE_DELETE_CONFIRM: &str = "Supprimer cette note ?";
/// What the deletion does and does not touch.
pub const NOTE_DELETE_SCOPE: &str =
    "Seule cette note est retirée de votre fichier local ; les autres ajouts restent.";
/// The keys of the list step.
pub fn note_delete_pick_keys(choose: &str, take: &str, cancel: &str) -> String {
    format!(
        "{choose} : choisir · {take} : prendre cette note (confirmation ensuite) · {cancel} : annuler"
    )
}
/// The keys of the confirmation step.
pub fn note_delete_confirm_keys(confirm: &str, cancel: &str) -> String {
    format!("{confirm} : supprimer · {cancel} : annuler (aucune autre touche ne supprime)")
}
/// After a key that neither confirms nor cancels.
pub fn note_delete_reminder(confirm: &str, cancel: &str) -> String {
    format!("Rien n'est supprimé : {confirm} pour valider, {cancel} pour annuler.")
}
/// Status after a deletion.
pub const NOTE_DELETED: &str = "Note locale supprimée.";
/// Ctrl-D on a tool without notes.
pub fn no_note_to_delete(name: &str) -> String {
    format!("Aucune note locale sur {name} : rien à supprimer.")
}
/// The note is not in the adviser's own file.
pub const NOTE_NOT_IN_FILE: &str = "Cette note n'est pas (ou plus) dans votre fichier local : elle vient d'un autre fichier (--data) ou a été supprimée ailleurs. Rien n'est supprimé.";
/// The overlay file could not be rewritten.
pub const NOTE_DELETE_FAILED: &str = "Note non supprimée :";
/// Beside the heading of the local part of a card.
pub fn local_hint(add: &str, delete: &str) -> String {
    format!(" — {add} ajoute une note, {delete} en supprime une")
}
/// The keys of the own message's field, which takes several lines.
pub fn message_keys(new_line: &str, save: &str, cancel: &str) -> String {
    format!("{new_line} : à la ligne · {save} : enregistrer · {cancel} : annuler")
}
/// Between two keys that do the same (« Alt-Entrée ou Ctrl-J »).
pub const OR: &str = " ou ";
