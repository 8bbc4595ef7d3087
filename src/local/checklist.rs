//! The checklist for a tool the sources do not list. Every question is one
//! of the sources' own criteria, quoted, and the proposed level comes from a
//! rule that names the criterion it rests on. Nothing here is invented: the
//! quotes are checked against the seed documents by `tests/local_layer.rs`.

use crate::catalog::{Field, Risk};

/// One possible answer to a question.
#[derive(Debug, Clone, Copy)]
pub struct Choice {
    /// Stable id typed or written in the answers file.
    pub id: &'static str,
    /// French label.
    pub label: &'static str,
    /// What this answer does to the proposed level.
    pub effect: Effect,
}

/// What an answer implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The criterion is met.
    Met,
    /// The criterion is not met: the source's words become a precaution.
    Precaution,
    /// The criterion is not met or unknown: doubts remain, study needed.
    Doubt,
}

/// A question of the checklist.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    /// Stable id.
    pub id: &'static str,
    /// The question asked, in French.
    pub ask: &'static str,
    /// The source's own words the question comes from.
    pub quote: &'static str,
    /// Id of the source document.
    pub source: &'static str,
    /// Where in the document.
    pub loc: &'static str,
    /// Where the answer is shown on the tool's card.
    pub field: Field,
    /// The possible answers, the first being the one that meets the criterion.
    pub choices: &'static [Choice],
}

const YES_MET: [Choice; 2] = [
    Choice {
        id: "oui",
        label: "oui",
        effect: Effect::Met,
    },
    Choice {
        id: "non",
        label: "non",
        effect: Effect::Precaution,
    },
];

const YES_OR_DOUBT: [Choice; 3] = [
    Choice {
        id: "oui",
        label: "oui",
        effect: Effect::Met,
    },
    Choice {
        id: "non",
        label: "non",
        effect: Effect::Doubt,
    },
    Choice {
        id: "inconnu",
        label: "ne sait pas",
        effect: Effect::Doubt,
    },
];

/// The questions, in the order they are asked.
pub const QUESTIONS: [Question; 11] = [
    Question {
        id: "serveurs",
        ask: "Où sont situés les serveurs qui stockent les données ?",
        quote: "Où sont situés les serveurs de stockage des données confiées à l'entreprise ?",
        source: "fwb-2019",
        loc: "Cadre légal, questions à poser à un sous-traitant",
        field: Field::Hosting,
        choices: &[
            Choice {
                id: "ue",
                label: "dans l'Union européenne",
                effect: Effect::Met,
            },
            Choice {
                id: "hors-ue",
                label: "hors de l'Union européenne",
                effect: Effect::Doubt,
            },
            Choice {
                id: "inconnu",
                label: "on ne sait pas",
                effect: Effect::Doubt,
            },
        ],
    },
    Question {
        id: "gestion",
        ask: "Sait-on qui gère les données personnelles et dans quel but ?",
        quote: "Qui gère ces données à caractère personnel et dans quel but ?",
        source: "fwb-2019",
        loc: "Cadre légal, questions à poser à un sous-traitant",
        field: Field::Gdpr,
        choices: &YES_OR_DOUBT,
    },
    Question {
        id: "engagement",
        ask: "Le fournisseur et ses sous-traitants s'engagent-ils à respecter le cadre légal sur les données personnelles ?",
        quote: "Il faut s'assurer que la firme et ses sous-traitants s'engagent à respecter les cadres légaux présents et futurs concernant le traitement des données personnelles.",
        source: "fwb-2019",
        loc: "Fiches produits",
        field: Field::Gdpr,
        choices: &YES_OR_DOUBT,
    },
    Question {
        id: "information",
        ask: "Les personnes dont les données sont collectées en sont-elles averties ?",
        quote: "Les personnes dont les données à caractère personnel sont collectées doivent être averties du traitement de celles-ci par une entreprise externe",
        source: "fwb-2019",
        loc: "Cadre légal, questions à poser à un sous-traitant",
        field: Field::FamilyInfo,
        choices: &YES_MET,
    },
    Question {
        id: "identifiant",
        ask: "L'accès se fait-il par identifiant et mot de passe ?",
        quote: "Privilégier un accès aux applications via login et mot de passe.",
        source: "men-2020",
        loc: "Règles de sécurité",
        field: Field::Access,
        choices: &YES_MET,
    },
    Question {
        id: "double-authentification",
        ask: "L'application propose-t-elle une double authentification ?",
        quote: "Dans l'idéal, l'application doit pouvoir proposer une double authentification.",
        source: "men-2020",
        loc: "Règles de sécurité",
        field: Field::Access,
        choices: &YES_MET,
    },
    Question {
        id: "lien",
        ask: "Si l'accès se fait par un lien : est-il en HTTPS, partagé en cercle restreint et régénérable ?",
        quote: "Si l'application propose un accès à l'aide d'un lien (URL). Celui-ci doit être sécurisé via le protocole HTTPS. Il doit pouvoir être partagé en cercle restreint et régénéré en cas d'incident de sécurité.",
        source: "men-2020",
        loc: "Règles de sécurité",
        field: Field::Access,
        choices: &[
            Choice {
                id: "oui",
                label: "oui",
                effect: Effect::Met,
            },
            Choice {
                id: "sans-lien",
                label: "pas d'accès par lien",
                effect: Effect::Met,
            },
            Choice {
                id: "non",
                label: "non",
                effect: Effect::Doubt,
            },
        ],
    },
    Question {
        id: "donnees-publiees",
        ask: "L'usage prévu évite-t-il de publier des données personnelles (nom, téléphone, adresses, résultats d'élèves) ?",
        quote: "Ne pas publier de données à caractère personnel (nom, téléphone, adresse postal et mail, résultats d'élèves...)",
        source: "dsden74-2020",
        loc: "Précautions d'usage",
        field: Field::Precautions,
        choices: &[
            Choice {
                id: "oui",
                label: "oui, rien de personnel n'est publié",
                effect: Effect::Precaution,
            },
            Choice {
                id: "non",
                label: "non, des données personnelles seraient publiées",
                effect: Effect::Doubt,
            },
        ],
    },
    Question {
        id: "gratuite",
        ask: "L'outil est-il gratuit pour les familles ?",
        quote: "gratuité de l’école",
        source: "poitiers-2020",
        loc: "Principes qui président au choix des outils",
        field: Field::Cost,
        choices: &YES_OR_DOUBT,
    },
    Question {
        id: "neutralite",
        ask: "L'outil respecte-t-il la neutralité commerciale (pas de publicité, pas d'incitation à acheter) ?",
        quote: "neutralité commerciale",
        source: "poitiers-2020",
        loc: "Principes qui président au choix des outils",
        field: Field::Limits,
        choices: &YES_OR_DOUBT,
    },
    Question {
        id: "equipe",
        ask: "Le choix est-il simple d'utilisation et partagé au sein de l'équipe ?",
        quote: "partage du choix de la solution au sein de l’équipe",
        source: "poitiers-2020",
        loc: "Principes qui président au choix des outils",
        field: Field::Advantages,
        choices: &YES_MET,
    },
];

/// A question by id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// A choice of a question by id.
pub fn choice(question: &Question, id: &str) -> Option<&'static Choice> {
    question.choices.iter().find(|c| c.id == id)
}

/// The level the answers lead to, and the rule that produced it (French).
///
/// Any criterion not met or unknown that the sources treat as blocking
/// (servers, who handles the data, the link rules, published personal data,
/// the Poitiers principles) gives « Doutes / à étudier », as the Ministry
/// does for services « pour lesquelles subsistent des doutes ». Otherwise the
/// tool is usable with the precautions the answers bring. The checklist
/// never proposes « Institutionnel » (that depends on who carries the GDPR
/// formalities) nor « Proscrit »: the adviser may choose them, with a reason.
pub fn propose(answers: &[(&'static Question, &'static Choice)]) -> (Risk, String) {
    let doubts: Vec<String> = answers
        .iter()
        .filter(|(_, c)| c.effect == Effect::Doubt)
        .map(|(q, c)| format!("« {} » → {}", q.ask, c.label))
        .collect();
    if doubts.is_empty() {
        (
            Risk::Precautions,
            "Aucun critère des sources n'est manquant ou inconnu : utilisable avec les précautions indiquées.".to_owned(),
        )
    } else {
        (
            Risk::Doubtful,
            format!(
                "Critère manquant ou inconnu → Doutes / à étudier : {}.",
                doubts.join(" ; ")
            ),
        )
    }
}
