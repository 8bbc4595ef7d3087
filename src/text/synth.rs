//! The words of synthetic catalogues (benchmarks and stress tests):
//! realistic French names and sentences, so search and layout meet accents
//! and real word lengths.

/// The first word of a synthetic tool's name.
pub const PREFIXES: &[&str] = &[
    "Pad",
    "Mur",
    "Classe",
    "École",
    "Espace",
    "Carnet",
    "Cahier",
    "Blog",
    "Visio",
    "Quiz",
    "Réseau",
    "Plateforme",
    "Tableau",
    "Agenda",
    "Messagerie",
    "Dépôt",
];
/// The rest of a synthetic tool's name.
pub const SUFFIXES: &[&str] = &[
    "numérique",
    "collaboratif",
    "des familles",
    "partagé",
    "académique",
    "en ligne",
    "pédago",
    "connecté",
    "libre",
    "sécurisé",
    "Éveil",
    "Horizon",
    "Lumière",
    "Château",
    "Forêt",
];
/// The words synthetic sentences are drawn from.
pub const WORDS: &[&str] = &[
    "élèves",
    "parents",
    "enseignant",
    "données",
    "personnelles",
    "publication",
    "documents",
    "messagerie",
    "compte",
    "mot",
    "de",
    "passe",
    "photos",
    "autorisation",
    "responsables",
    "légaux",
    "hébergement",
    "serveurs",
    "confidentialité",
    "partage",
    "téléchargement",
    "continuité",
    "pédagogique",
    "école",
    "classe",
    "liens",
    "consignes",
    "ressources",
    "visioconférence",
    "sécurisé",
    "accès",
    "gratuit",
    "abonnement",
    "RGPD",
    "sous-traitant",
    "réunion",
    "carnet",
    "liaison",
    "exercices",
    "questionnaire",
    "tableur",
    "texte",
];

/// Where a synthetic statement says it was read.
pub const STATEMENT_LOCATION: &str = "Tableau synthétique";

/// Where a synthetic family message says it was read.
pub const MESSAGE_LOCATION: &str = "Colonne synthétique";

/// The stand-in for a family message's original wording.
pub const MESSAGE_ORIGINAL: &str = "Texte d'origine : ??????";

/// A synthetic family message: a sentence, then a blank to fill.
pub fn family_message(sentence: &str) -> String {
    format!("{sentence} Mot de passe : {{mot_de_passe}}.")
}
