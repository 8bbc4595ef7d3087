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
    use crate::catalog::places::{Near, nearest};
    let shown = crate::sanitize::clean_line(input);
    let near: Vec<String> = nearest(input)
        .into_iter()
        .map(|near| match near {
            Near::Departement(name, code) => format!("{name} ({code})"),
            Near::Academie(name) => academie_name(name),
        })
        .collect();
    let mut text = format!(
        "Territoire « {shown} » inconnu : indiquez un département (74 ou haute-savoie), une académie (grenoble), « france », « fwb » ou « tout »."
    );
    if !near.is_empty() {
        text.push_str(" Les plus proches : ");
        text.push_str(&near.join(", "));
        text.push('.');
    }
    text
}

/// The verdict on an institutional tool.
pub fn verdict_yes(source: Option<&str>) -> String {
    match source {
        Some(source) => format!("Oui : service institutionnel ({source})."),
        None => "Oui : service institutionnel.".to_owned(),
    }
}

/// The verdict on a tool usable with precautions: the first one.
pub fn verdict_precautions(first: Option<&str>, source: Option<&str>) -> String {
    match (first, source) {
        (Some(first), Some(source)) => format!("Oui, avec précautions : {first} ({source})."),
        (Some(first), None) => format!("Oui, avec précautions : {first}."),
        _ => "Oui, avec précautions (voir la fiche).".to_owned(),
    }
}

/// The verdict on a doubtful tool: the doubt, and what to use instead.
pub fn verdict_study(doubt: Option<&str>, source: Option<&str>, instead: Option<&str>) -> String {
    let mut text = match (doubt, source) {
        (Some(doubt), Some(source)) => format!("À étudier : {doubt} ({source})"),
        (Some(doubt), None) => format!("À étudier : {doubt}"),
        _ => "À étudier avant toute utilisation".to_owned(),
    };
    if let Some(instead) = instead {
        text.push_str(" ; à la place : ");
        text.push_str(instead);
    }
    text.push('.');
    text
}

/// The verdict on a tool whose level a layer gives: « Oui : service
/// institutionnel selon Dan (fichier partagé, 10/03/2026), pas selon les
/// sources. », the quote shown (with its own document) and what instead.
pub fn verdict_by_layer(
    level: crate::catalog::Risk,
    by: &str,
    quote: Option<(&str, &str)>,
    instead: Option<&str>,
) -> String {
    use crate::catalog::Risk;
    let said = match level {
        Risk::Institutional => "Oui : service institutionnel",
        Risk::Precautions => "Oui, avec précautions",
        Risk::Doubtful => "À étudier",
        Risk::Forbidden => "Non : proscrit",
    };
    let mut text = match quote {
        Some((quote, source)) => {
            format!("{said} selon {by}, pas selon les sources : {quote} ({source})")
        }
        None => format!("{said} selon {by}, pas selon les sources"),
    };
    if let Some(instead) = instead {
        text.push_str(" ; à la place : ");
        text.push_str(instead);
    }
    text.push('.');
    text
}

/// « l'évaluation locale du 12/03/2026 (Claire) », in a verdict.
pub fn evaluation_by(date: &str, author: &str) -> String {
    format!(
        "l'évaluation locale du {} ({})",
        crate::catalog::local::french_date(date),
        crate::sanitize::clean_line(author)
    )
}

/// The verdict on a forbidden tool: who proscribes it, what instead.
pub fn verdict_no(source: Option<&str>, instead: Option<&str>) -> String {
    let mut text = match source {
        Some(source) => format!("Non : proscrit par la {source}"),
        None => "Non : proscrit".to_owned(),
    };
    if let Some(instead) = instead {
        text.push_str(" ; à la place : ");
        text.push_str(instead);
    }
    text.push('.');
    text
}

/// Ctrl-Y on a tool whose sources give no message for families: said, and
/// what exists offered.
pub fn no_family_message(tool: &str, instruction_key: Option<&str>, own_key: &str) -> String {
    match instruction_key {
        Some(key) => format!(
            "Les sources ne donnent pas de message aux familles pour {tool} : {key} copie la consigne pour l'enseignant, {own_key} écrit votre propre message."
        ),
        None => format!(
            "Les sources ne donnent pas de message aux familles pour {tool} : {own_key} écrit votre propre message."
        ),
    }
}

/// An académie as suggested: « académie de Grenoble ».
pub fn academie_name(name: &str) -> String {
    format!("académie de {name}")
}

impl std::fmt::Display for crate::catalog::intents::IntentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::catalog::intents::IntentProblem;
        let problem = match &self.problem {
            IntentProblem::Unreadable(reason) => {
                format!("vocabulaire des questions illisible ({reason})")
            }
            IntentProblem::NoWords => "aucun mot : chaque intention a au moins un mot".to_owned(),
            IntentProblem::BadWord(word) => {
                format!("mot vide ou avec un caractère de contrôle : {word:?}")
            }
            IntentProblem::NoGuidance => {
                "aucun repère : chaque situation renvoie à au moins un repère".to_owned()
            }
            IntentProblem::NoOpposite => {
                "aucun mot contraire : la contrainte ne peut rien écarter".to_owned()
            }
            IntentProblem::UnknownGuidance(id) => format!("repère inconnu : {id}"),
        };
        write!(f, "{} : {problem}", self.location)
    }
}

/// Ctrl-R on a tool the sources proscribe or doubt: a warning before
/// writing a message that would invite families to it.
pub fn message_for_unsafe_tool(tool: &str, forbidden: bool, instead: Option<&str>) -> String {
    let level = if forbidden {
        "est proscrit par les sources"
    } else {
        "fait l'objet de doutes dans les sources"
    };
    match instead {
        Some(instead) => format!(
            "Attention : {tool} {level} ; un message aux familles les y inviterait. À la place : {instead}."
        ),
        None => format!("Attention : {tool} {level} ; un message aux familles les y inviterait."),
    }
}

/// The words before a file size that mean « more than », as a folded query
/// reads them (lowercase, without accents).
pub const SIZE_ABOVE_LEADS: &[&str] = &[
    "plus de",
    "plus d",
    "au-dela de",
    "superieur a",
    "depasse",
    ">",
];

/// The words before a file size that mean « less than », folded.
pub const SIZE_BELOW_LEADS: &[&str] = &["moins de", "inferieur a", "<"];
