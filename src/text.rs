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

// ---- The adviser's own layer (issue 12, engineer E) ----

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
pub const WIZARD_KEYS: &str = "Entrée : suivant · ↑↓ ou chiffre : choisir · Échap : annuler";

/// What a message copy holds: the source's message or a local one.
pub fn what_message(local: bool) -> &'static str {
    if local { LOCAL_MESSAGE } else { WHAT_MESSAGE }
}
/// The badge of a locally evaluated tool in lists.
pub const LOCAL_BADGE: &str = "[évaluation locale]";

// ---- Provenance, territory and data rules (issue 10, engineer C) ----

use crate::catalog::provenance::SourceAge;
use crate::catalog::{Availability, Place, Scope, Territory};

/// "il y a 6 ans", "il y a 1 an", "il y a moins d'un an".
pub fn years_ago(years: u32) -> String {
    match years {
        0 => "il y a moins d'un an".to_owned(),
        1 => "il y a 1 an".to_owned(),
        n => format!("il y a {n} ans"),
    }
}

/// The age line at the top of a card: « Source : mars 2020, il y a 6 ans »,
/// or one entry per source, oldest first. `None` without dated sources.
pub fn age_line(ages: &[SourceAge]) -> Option<String> {
    match ages {
        [] => None,
        [one] => Some(format!("Source : {}, {}", one.date, years_ago(one.years))),
        many => {
            let parts: Vec<String> = many
                .iter()
                .map(|a| format!("{} ({}), {}", a.date, a.short, years_ago(a.years)))
                .collect();
            Some(format!("Sources : {}", parts.join(" ; ")))
        }
    }
}

/// Marker after a statement worded as time-bound.
pub const DATED_WORDING: &str = "formulation datée";
/// Heading of the statements of sources implying different levels.
pub const DISAGREEMENT_HEADING: &str = "Sources en désaccord";
/// Before the statement whose level was kept.
pub const DISAGREEMENT_KEPT: &str = "niveau retenu";
/// Before a statement implying another level.
pub const DISAGREEMENT_OTHER: &str = "autre lecture";
/// Heading of where a tool is available.
pub const TERRITORY_HEADING: &str = "Disponible";

/// Where one statement of availability places a tool.
pub fn territory_label(territory: &Territory) -> String {
    let code = territory.code.as_str();
    match territory.scope {
        Scope::National => "national (France)".to_owned(),
        Scope::Academie if code.is_empty() => "une académie (non nommée par la source)".to_owned(),
        Scope::Academie => format!("académie de {}", capitalised(code)),
        Scope::Departement => format!("département {code}"),
        Scope::Ent => format!("dans l'ENT {code}"),
        Scope::Open => "toute école (aucun territoire indiqué)".to_owned(),
        Scope::School => "sur le serveur de l'école".to_owned(),
        Scope::Fwb => "Fédération Wallonie-Bruxelles".to_owned(),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// "Disponible : académie de Grenoble ; département 74".
pub fn territory_line(territories: &[Territory]) -> Option<String> {
    let mut labels: Vec<String> = Vec::new();
    for label in territories.iter().map(territory_label) {
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    (!labels.is_empty()).then(|| format!("{TERRITORY_HEADING} : {}", labels.join(" ; ")))
}

/// The adviser's territory as named on screen.
pub fn place_label(place: &Place) -> String {
    match place {
        Place::Anywhere => "tous territoires".to_owned(),
        Place::Fwb => "Fédération Wallonie-Bruxelles".to_owned(),
        Place::France {
            academie,
            departement,
        } => match (departement, academie) {
            (Some(d), Some(a)) => format!("département {d}, académie de {}", capitalised(a)),
            (Some(d), None) => format!("département {d}"),
            (None, Some(a)) => format!("académie de {}", capitalised(a)),
            (None, None) => "France".to_owned(),
        },
    }
}

/// Whether a tool is available in the adviser's territory.
pub fn availability_label(availability: Availability, place: &Place) -> String {
    let place = place_label(place);
    match availability {
        Availability::Available => format!("disponible ({place})"),
        Availability::Unknown => format!("disponibilité non précisée ({place})"),
        Availability::Unavailable => format!("hors de votre territoire ({place})"),
    }
}

/// The `--territoire` value was not understood.
pub fn unknown_place(input: &str) -> String {
    format!(
        "Territoire « {input} » non reconnu : indiquez un numéro de département (74), une académie (grenoble), « france », « fwb » ou « tout »."
    )
}

/// Under a message built by the source's own instruction.
pub fn derived_message_note(instruction: &str, from: &str) -> String {
    format!(
        "Message construit selon la consigne de la source (« {instruction} ») à partir du message de {from}."
    )
}

/// `repere check`: levels resting on sources that disagree.
pub fn check_disagreements(count: usize) -> String {
    format!("Niveaux dont les sources sont en désaccord : {count}")
}

/// `repere check`: how tools' needs are justified.
pub fn check_needs(stated: usize, classified: usize) -> String {
    format!(
        "Besoins cités d'une source : {stated} ; besoins non énoncés par une source (classement de Repère, avec sa raison) : {classified}"
    )
}

/// `repere check`: statements worded as time-bound.
pub fn check_dated(count: usize) -> String {
    format!("Déclarations à formulation datée : {count}")
}

// --- Reliability (issue 11): terminal, arguments, saving. ---

/// The interface cannot run here: no terminal, or one that cannot draw.
pub const NO_TERMINAL: &str = "l'interface plein écran a besoin d'un terminal capable de l'afficher (ni TERM=dumb, ni sortie redirigée) : utilisez les commandes, voir repere --help.";

/// Help or version could not be written (`repere --help > /dev/full`).
pub fn output_failed(error: &std::io::Error) -> String {
    format!("écriture impossible sur la sortie ({error}).")
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
