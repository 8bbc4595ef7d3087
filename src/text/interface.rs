//! The interface's sentences: status line, popups, help, card hints.

use super::plural;

/// How `what` agrees in French: (past-participle ending, object pronoun).
fn agreement(what: &str) -> (&'static str, &'static str) {
    match what.split_whitespace().next().unwrap_or("") {
        "Précautions" => ("es", "les"),
        "Fiche" | "Consigne" => ("e", "la"),
        _ => ("", "le"),
    }
}

/// "Message copié dans le presse-papiers."
pub fn copied_status(what: &str) -> String {
    format!("{what} copié{} dans le presse-papiers.", agreement(what).0)
}

/// Sent with OSC 52: the terminal may or may not honour it, so say so and
/// name the key that shows the text.
pub fn osc52_status(what: &str, show_key: &str) -> String {
    let (ending, pronoun) = agreement(what);
    format!(
        "{what} envoyé{ending} au terminal (OSC 52) : collez-{pronoun} ; si rien ne vient, {show_key} {pronoun} affiche."
    )
}

/// Said after copying a message whose blanks were left empty.
pub fn copied_with_blanks(status: &str, blanks: &[String]) -> String {
    format!(
        "{status} Attention, champ{} laissé{} vide{} : {}.",
        plural(blanks.len()),
        plural(blanks.len()),
        plural(blanks.len()),
        blanks.join(", ")
    )
}

pub const NO_HISTORY: &str = "Rien avant : c'est la première fiche consultée.";
pub const LAST_COPY_TITLE: &str = "Dernier texte copié";
pub const NOTHING_COPIED: &str = "Rien n'a encore été copié.";
pub const NO_URL: &str = "Aucune adresse web dans les sources pour cet outil.";
pub const SELECT_TOOL_FIRST: &str = "Sélectionnez d'abord un outil.";
pub const NO_RESULT: &str = "Aucun résultat.";

/// After opening an address.
pub fn opened_status(url: &str) -> String {
    format!("Ouvert dans le navigateur : {url}")
}

/// When the address could not be opened (no desktop, SSH): show it.
pub fn address_status(url: &str) -> String {
    format!("Adresse : {url}")
}

pub fn pinned_status(name: &str) -> String {
    format!("{name} ajouté aux favoris.")
}

pub fn unpinned_status(name: &str) -> String {
    format!("{name} retiré des favoris.")
}

pub const SEARCH_PROMPT: &str = "tapez pour chercher un outil, une précaution, un message…";
/// At the top of the message form; `submit` names the key that copies.
pub fn form_prompt(submit: &str) -> String {
    format!("Complétez les champs, puis {submit} pour copier :")
}
pub const HELP_TYPING: &str = "Tapez pour chercher, partout (lettres, chiffres, espace) : une nouvelle question remplace l'ancienne.";
pub const HELP_MOUSE: &str =
    "Souris : clic pour choisir (sur une alternative : l'ouvrir), molette pour défiler.";
pub const HELP_LEVELS: &str =
    "Niveaux : ✓ Institutionnel  ! Avec précautions  ? Doutes  ✗ Proscrit";

/// The form lists its empty fields before copying with blanks.
pub fn empty_fields_warning(labels: &[String], submit: &str) -> String {
    format!(
        "Champ{} vide{} : {}. {submit} copie quand même (avec « [{}] » dans le texte) ; sinon complétez.",
        plural(labels.len()),
        plural(labels.len()),
        labels.join(", "),
        labels.first().map_or("", String::as_str)
    )
}

/// Shown instead of the panes when the terminal is too small.
pub fn too_small(min: (u16, u16), size: (u16, u16), quit_keys: &str) -> String {
    format!(
        "Agrandissez le terminal (au moins {}×{}, actuellement {}×{}). {quit_keys} pour quitter.",
        min.0, min.1, size.0, size.1
    )
}

/// Why the system clipboard was skipped, before what was done instead.
pub fn clipboard_unavailable(reason: &str) -> String {
    format!("Presse-papiers système indisponible ({reason}). ")
}

/// Nothing could copy: the text is shown to select by hand.
pub fn copy_failed(prefix: &str, reason: &str) -> String {
    format!("{prefix}Copie impossible ({reason}) : sélectionnez le texte à la souris.")
}

/// Title of the popup holding a text to select by hand.
pub fn select_by_hand_title(what: &str) -> String {
    format!("{what} — à sélectionner à la souris")
}

/// Writing the OSC 52 sequence failed.
pub fn terminal_write_failed(reason: &str) -> String {
    format!("écriture vers le terminal impossible ({reason})")
}

pub const NO_OSC52: &str = "ce terminal ne gère pas la copie OSC 52";

/// The status line when there is nothing to say.
pub fn catalogue_counts(tools: usize, needs: usize, sources: &str) -> String {
    format!(" {tools} outils · {needs} besoins · sources : {sources}")
}

pub const DETAIL_TITLE: &str = " Détail ";
pub const NEEDS_TITLE: &str = " Besoins ";
pub const HELP_TITLE: &str = " Aide — ↑↓ défiler, Échap fermer ";
/// The help's title where the long one does not fit.
pub const HELP_TITLE_SHORT: &str = " Aide ";

/// A field too long for the pane, cut.
pub fn truncated(shown: &str, chars: usize) -> String {
    format!("{shown}… [texte tronqué : {chars} caractères, voir « repere show »]")
}

/// Beside a card's heading: the key that copies that part.
pub fn copy_hint(keys: &str) -> String {
    format!(" — {keys} pour copier")
}

/// Beside the alternatives when the card has the focus.
pub fn open_alternative_hint(keys: &str) -> String {
    format!(" — {keys} ouvre ▶")
}

/// Under a guidance section.
pub fn copy_guidance_hint(keys: &str) -> String {
    format!("{keys} copie ce repère")
}

/// Title of the message form.
pub fn form_title(tool: &str) -> String {
    format!(" Message aux familles — {tool} ")
}
