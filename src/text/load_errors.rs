//! A catalogue that cannot be loaded, said in French: where (file, entry,
//! field) and what is wrong, from the typed error of `catalog`.

use std::fmt;

use crate::catalog::Risk;
use crate::catalog::error::{Entry, FileRefusal, LoadError, LoadProblem, Location, Section};

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} : {}", self.location, self.problem)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File(file) => f.write_str(file),
            Location::Position { file, line, column } => write!(f, "{file}:{line}:{column}"),
            Location::Field { entry, field } => write!(f, "{entry}, champ `{field}`"),
            Location::Document(place) => write!(f, "{place}"),
            Location::Quote { file, place } => write!(f, "{file}, {place}"),
        }
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Catalogue { file, section, id } => {
                write!(f, "{file}, {} « {id} »", section_singular(*section))
            }
            Entry::LocalNote(id) => write!(f, "note locale « {id} »"),
            Entry::LocalMessage(tool) => write!(f, "message local de « {tool} »"),
            Entry::LocalEvaluation(tool) => write!(f, "évaluation de « {tool} »"),
        }
    }
}

/// One entry of a section, as named in an error.
fn section_singular(section: Section) -> &'static str {
    match section {
        Section::Source => "source",
        Section::Category => "catégorie",
        Section::Placeholder => "champ à compléter",
        Section::Guidance => "repère",
        Section::Tool => "outil",
    }
}

/// The entries of a section, as named in an error.
fn section_plural(section: Section) -> &'static str {
    match section {
        Section::Source => "sources",
        Section::Category => "catégories",
        Section::Placeholder => "champs à compléter",
        Section::Guidance => "repères généraux",
        Section::Tool => "outils",
    }
}

impl fmt::Display for FileRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileRefusal::NotRegular => f.write_str(
                "ce n'est pas un fichier ordinaire (tube, périphérique…) : il n'est pas lu",
            ),
            FileRefusal::TooBig { size, cap } => write!(
                f,
                "fichier trop gros ({} Mo, au plus {} Mo) : il n'est pas lu",
                size.div_ceil(1024 * 1024),
                cap / (1024 * 1024)
            ),
            FileRefusal::Io(reason) | FileRefusal::Other(reason) => {
                write!(f, "impossible de lire le fichier ({reason})")
            }
        }
    }
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match fixed_sentence(self) {
            Some(sentence) => f.write_str(sentence),
            None => write_with_data(self, f),
        }
    }
}

/// The sentence of a problem that carries no data.
fn fixed_sentence(problem: &LoadProblem) -> Option<&'static str> {
    use LoadProblem as P;
    Some(match problem {
        P::FileNameNotUtf8 => {
            "nom de fichier qui n'est pas en UTF-8 : renommez-le (lettres, chiffres, « - »)"
        }
        P::NoJsonFile => "ce dossier ne contient aucun fichier .json",
        P::ByteOrderMark => {
            "le fichier commence par une marque d'ordre des octets (BOM) : enregistrez-le en UTF-8 sans BOM"
        }
        P::BadPlaceholderKey => "la clé doit être en minuscules ASCII et « _ »",
        P::EmptyList => "la liste est vide",
        P::NoSizeBound => "il faut above_mb ou up_to_mb",
        P::BadSizes => "tailles négatives ou dans le désordre",
        P::NoCategory => "il faut au moins une catégorie",
        P::NoSource => "il faut citer au moins une source",
        P::BadId => {
            "l'identifiant doit contenir seulement des minuscules ASCII, des chiffres et « - »"
        }
        P::EmptyText => "le texte est vide",
        P::UrlScheme => {
            "l'adresse doit commencer par http:// ou https:// et ne pas contenir d'espace"
        }
        P::UrlCredentials => {
            "l'adresse ne doit pas contenir d'identifiants (« nom:mot de passe@ »)"
        }
        P::UrlNoHost => "l'adresse n'a pas de nom de site",
        P::BadPublishedDate => {
            "la date de publication doit s'écrire AAAA ou AAAA-MM (par exemple 2020-03)"
        }
        P::DepartementWithoutCode => "un département doit être nommé dans « code »",
        P::QuoteOrReason => {
            "un besoin cite soit une déclaration d'une source (« quote »), soit la raison du classement par Repère (« reason »), l'un ou l'autre"
        }
        P::NoReason => "le niveau retenu diffère du niveau proposé : il faut une raison",
        P::BadDate => "la date doit s'écrire AAAA-MM-JJ",
        _ => return None,
    })
}

/// The sentence of a problem that names what was found.
fn write_with_data(problem: &LoadProblem, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use LoadProblem as P;
    match problem {
        P::UnreadablePath(reason) => write!(f, "impossible de lire ce chemin ({reason})"),
        P::UnreadableFolder(reason) => write!(f, "impossible de lire le dossier ({reason})"),
        P::File(refusal) => write!(f, "{refusal}"),
        P::NotUtf8 { byte } => write!(
            f,
            "le fichier n'est pas en UTF-8 valide (octet 0x{byte:02X}) : enregistrez-le en UTF-8"
        ),
        P::Json(raw) => f.write_str(&json_problem(raw)),
        P::DuplicateId { id, section } => write!(
            f,
            "l'identifiant « {id} » apparaît deux fois parmi les {}",
            section_plural(*section)
        ),
        P::UnknownSource(id) => write!(f, "la source « {id} » n'existe pas"),
        P::UnknownTool(id) => write!(f, "l'outil « {id} » n'existe pas"),
        P::UnknownCategory(id) => write!(f, "la catégorie « {id} » n'existe pas"),
        P::MalformedBlank(fragment) => write!(
            f,
            "« {fragment} » n'est pas un champ à compléter : accolades réservées aux clés en minuscules ASCII et « _ », comme {{mot_de_passe}}"
        ),
        P::UnlabelledBlank(key) => write!(
            f,
            "le champ à compléter {{{key}}} n'a pas de libellé dans « placeholders »"
        ),
        P::ControlCharacter(c) => write!(
            f,
            "le texte contient un caractère de contrôle interdit (U+{:04X})",
            u32::from(*c)
        ),
        P::InvisibleInName(c) => write!(
            f,
            "le nom contient un caractère invisible ou de mise en forme (U+{:04X}), qui peut faire passer un nom pour un autre",
            u32::from(*c)
        ),
        P::UrlInvisible(c) => write!(
            f,
            "l'adresse contient un espace ou un caractère invisible (U+{:04X})",
            u32::from(*c)
        ),
        P::NeedNotInCategories(need) => write!(
            f,
            "le besoin « {need} » n'est pas dans les catégories de l'outil"
        ),
        P::NoMessageToDerive(id) => write!(
            f,
            "l'outil « {id} » n'existe pas ou n'a pas de message aux familles"
        ),
        P::RiskierAlternative {
            id,
            alternative,
            tool,
        } => write!(
            f,
            "l'alternative « {id} » ({}) est plus risquée que l'outil lui-même ({}) : une alternative ne peut pas être plus risquée que l'outil qu'elle remplace",
            level_in_error(*alternative),
            level_in_error(*tool)
        ),
        P::Document(problem) => write!(f, "{problem}"),
        P::Quote(problem) => write!(f, "{problem}"),
        // Written by `fixed_sentence`.
        _ => f.write_str(fixed_sentence(problem).unwrap_or_default()),
    }
}

/// The level as the catalogue's author reads it in an error.
fn level_in_error(level: Risk) -> &'static str {
    match level {
        Risk::Institutional => "institutionnel",
        Risk::Precautions => "avec précautions",
        Risk::Doubtful => "doutes",
        Risk::Forbidden => "proscrit",
    }
}

/// serde_json's message (without its position) in French.
fn json_problem(raw: &str) -> String {
    let pairs = [
        ("unknown field ", "champ inconnu "),
        ("missing field ", "champ obligatoire absent : "),
        ("duplicate field ", "champ en double : "),
        ("unknown variant ", "valeur inconnue "),
        ("invalid type: ", "type invalide : "),
        ("EOF while parsing", "fin de fichier inattendue"),
        ("expected ", "attendu "),
        ("` or `", "` ou `"),
        (
            "trailing characters",
            "caractères en trop après la fin du JSON",
        ),
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "caractère de contrôle brut dans une chaîne",
        ),
    ];
    let mut text = raw.to_owned();
    for (en, fr) in pairs {
        text = text.replace(en, fr);
    }
    text = text.replace(", attendu one of ", ", attendu l'un de ");
    text = text.replace(", attendu ", ", attendu : ");
    format!("JSON invalide — {text}")
}
