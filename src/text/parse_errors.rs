//! A command line the parser refused, said in French: the binary reads
//! what clap found (kind, argument, value, suggestion) into a
//! [`ParseFailure`], and this module words it.

/// What was wrong with the command line, with what the parser named
/// (already cleaned and shortened by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseFailure {
    UnknownArgument {
        arg: Option<String>,
    },
    UnknownCommand {
        command: Option<String>,
    },
    InvalidValue {
        arg: Option<String>,
        value: Option<String>,
        valid: Option<String>,
    },
    Missing {
        arg: Option<String>,
    },
    MissingCommand,
    TooManyValues {
        value: Option<String>,
    },
    WrongNumberOfValues {
        arg: Option<String>,
    },
    NoEquals {
        arg: Option<String>,
    },
    GivenTwice {
        arg: Option<String>,
    },
    Conflict {
        arg: Option<String>,
        prior: Option<String>,
    },
    InvalidUtf8,
    Other,
}

/// « « x » » after a word, or nothing.
fn quoted(text: Option<&String>) -> String {
    text.map(|t| format!(" « {t} »")).unwrap_or_default()
}

/// The sentence for a refused command line, with the parser's suggestion
/// if any, and where to read the help: the help of `command` (« search »,
/// « source add »; empty: the program's).
pub fn parse_failure(failure: &ParseFailure, suggestion: Option<&str>, command: &str) -> String {
    let suggestion = suggestion
        .map(|s| format!(" (vouliez-vous dire « {s} » ?)"))
        .unwrap_or_default();
    let what = match failure {
        ParseFailure::UnknownArgument { arg } => {
            format!("argument inattendu{}{suggestion}", quoted(arg.as_ref()))
        }
        ParseFailure::UnknownCommand { command } => {
            format!("commande inconnue{}{suggestion}", quoted(command.as_ref()))
        }
        ParseFailure::InvalidValue { arg, value, valid } => {
            let valid = valid
                .as_ref()
                .filter(|v| !v.is_empty())
                .map(|v| format!(" ; valeurs possibles : {v}"))
                .unwrap_or_default();
            let value = value
                .as_ref()
                .filter(|v| !v.is_empty())
                .map_or_else(|| " vide ou invalide".to_owned(), |v| format!(" « {v} »"));
            format!(
                "valeur{value} refusée pour {}{valid}{suggestion}",
                arg.as_deref().unwrap_or("un argument")
            )
        }
        ParseFailure::Missing { arg } => format!("il manque{}", quoted(arg.as_ref())),
        ParseFailure::MissingCommand => "il manque la commande".to_owned(),
        ParseFailure::TooManyValues { value } => {
            format!("argument en trop{}", quoted(value.as_ref()))
        }
        ParseFailure::WrongNumberOfValues { arg } => {
            format!("nombre de valeurs incorrect pour{}", quoted(arg.as_ref()))
        }
        ParseFailure::NoEquals { arg } => format!("il faut « = » après{}", quoted(arg.as_ref())),
        ParseFailure::GivenTwice { arg } => {
            format!("option donnée deux fois{}", quoted(arg.as_ref()))
        }
        ParseFailure::Conflict { arg, prior } => format!(
            "options incompatibles{}{}",
            quoted(arg.as_ref()),
            quoted(prior.as_ref())
        ),
        ParseFailure::InvalidUtf8 => "un argument n'est pas en UTF-8".to_owned(),
        ParseFailure::Other => "ligne de commande invalide".to_owned(),
    };
    if command.is_empty() {
        format!("{what} — {}", super::SEE_HELP)
    } else {
        format!("{what} — voir repere {command} --help.")
    }
}
