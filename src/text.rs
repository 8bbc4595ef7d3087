//! Every string the user reads, in French, in one place.

use crate::catalog::{Field, Risk};

/// The French label of a risk level.
pub fn risk_label(risk: Risk) -> &'static str {
    match risk {
        Risk::Institutional => "Institutionnel",
        Risk::Precautions => "Avec précautions",
        Risk::Doubtful => "Doutes / à étudier",
        Risk::Forbidden => "Proscrit",
    }
}

/// A symbol per level, distinct in shape so it reads without colour.
pub fn risk_symbol(risk: Risk) -> &'static str {
    match risk {
        Risk::Institutional => "✓",
        Risk::Precautions => "!",
        Risk::Doubtful => "?",
        Risk::Forbidden => "✗",
    }
}

/// Symbol and label together, e.g. "✗ Proscrit".
pub fn risk_badge(risk: Risk) -> String {
    format!("{} {}", risk_symbol(risk), risk_label(risk))
}

/// The French heading of a kind of statement.
pub fn field_label(field: Field) -> &'static str {
    match field {
        Field::Description => "Présentation",
        Field::Audience => "Public",
        Field::Access => "Mode d'accès",
        Field::TeacherFeatures => "Pour l'enseignant",
        Field::FamilyFeatures => "Pour les élèves et les familles",
        Field::Availability => "Disponibilité",
        Field::AccountTime => "Ouverture d'un compte",
        Field::Cost => "Coût",
        Field::Hosting => "Hébergement des données",
        Field::Platforms => "Plateformes",
        Field::Advantages => "Avantages",
        Field::Limits => "Limites",
        Field::Precautions => "Précautions (données personnelles)",
        Field::FamilyInfo => "Information aux familles",
        Field::Gdpr => "Démarches RGPD",
        Field::Contact => "Contact",
    }
}

pub const RISK_HEADING: &str = "Niveau de risque";
pub const ALTERNATIVES_HEADING: &str = "Alternatives plus sûres";
pub const CATEGORIES_HEADING: &str = "Besoins";
pub const MESSAGE_HEADING: &str = "Message aux familles";
pub const SOURCES_HEADING: &str = "Sources";
pub const NO_MESSAGE: &str = "Aucun message type pour les familles dans les sources.";
pub const NO_ALTERNATIVE: &str = "Aucune alternative plus sûre dans le même besoin.";
pub const ALL_TOOLS: &str = "Tous les outils";
pub const FAVOURITES: &str = "Favoris";
pub const RECENT: &str = "Récemment consultés";
pub const GUIDANCE_HEADING: &str = "Repères généraux";

/// "Aucun outil « x »", with the closest names if any.
pub fn unknown_tool(query: &str, closest: &[String]) -> String {
    if closest.is_empty() {
        format!("Aucun outil ne correspond à « {query} ».")
    } else {
        format!(
            "Aucun outil ne correspond à « {query} ». Noms proches : {}.",
            closest.join(", ")
        )
    }
}

/// What a copy holds, as named in the status line.
pub const WHAT_MESSAGE: &str = "Message";
pub const WHAT_INSTRUCTION: &str = "Consigne aux familles (pas de message type dans les sources)";
pub const WHAT_PRECAUTIONS: &str = "Précautions";
pub const WHAT_CARD: &str = "Fiche";
pub const WHAT_GUIDANCE: &str = "Repère";

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

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

pub const PRECAUTIONS_HEADING: &str = "Précautions à respecter";
pub const NO_PRECAUTION: &str = "Aucune précaution particulière n'est indiquée par les sources.";
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
pub const FORM_PROMPT: &str = "Complétez les champs, puis Entrée pour copier :";
pub const HELP_TYPING: &str = "Tapez pour chercher, partout : lettres, chiffres, espace… Une nouvelle question remplace l'ancienne.";
pub const HELP_MOUSE: &str = "Souris : clic pour choisir, molette pour défiler.";
pub const HELP_LEVELS: &str =
    "Niveaux : ✓ Institutionnel  ! Avec précautions  ? Doutes  ✗ Proscrit";

/// The form lists its empty fields before copying with blanks.
pub fn empty_fields_warning(labels: &[String]) -> String {
    format!(
        "Champ{} vide{} : {}. Entrée copie quand même (avec « [{}] » dans le texte) ; sinon complétez.",
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

/// `search --limit` cut the list.
pub fn more_results(shown: usize, more: usize) -> String {
    format!(
        "… et {more} autre{} résultat{} ({shown} affichés ; --limit N pour en voir plus).",
        plural(more),
        plural(more)
    )
}
