//! A local evaluation with the sources' checklist: what its answers are
//! refused for, and the words of the tool and source it creates.

/// An answer to a question that does not exist.
pub fn unknown_question(id: &str, questions: &str) -> String {
    format!("Question inconnue « {id} » ; questions : {questions}.")
}

/// A question left without answer.
pub fn missing_answer(ask: &str, id: &str) -> String {
    format!("Il manque la réponse à « {ask} » ({id}).")
}

/// An answer that is not one of the question's choices.
pub fn invalid_answer(answer: &str, question: &str, choices: &str) -> String {
    format!("Réponse « {answer} » invalide pour « {question} » ; réponses possibles : {choices}.")
}

/// The source every evaluated tool cites.
pub const LOCAL_SOURCE_TITLE: &str = "Évaluation locale avec la grille des critères des sources";
pub const LOCAL_SOURCE_AUTHOR: &str =
    "le conseiller numérique qui l'a faite (voir chaque évaluation)";
pub const LOCAL_SOURCE_DATE: &str = "voir chaque évaluation";
pub const LOCAL_SOURCE_JURISDICTION: &str = "locale";
pub const LOCAL_SOURCE_SHORT: &str = "évaluation locale";

pub const EMPTY_TOOL_NAME: &str = "Le nom de l'outil est vide.";

/// An evaluated tool that the catalogue already has.
pub fn tool_already_in_catalogue(name: &str, id: &str) -> String {
    format!(
        "« {name} » ({id}) est déjà dans le catalogue : repere show {id} ; une note (repere note) peut le compléter."
    )
}

pub const NO_NEED_GIVEN: &str = "Indiquez au moins un besoin.";

/// A need id that is not a category.
pub fn unknown_need(need: &str) -> String {
    format!("Besoin inconnu « {need} ».")
}

/// A level word not understood.
pub fn unknown_level(word: &str) -> String {
    format!(
        "Niveau « {word} » inconnu ; niveaux : institutional, precautions, doubtful, forbidden."
    )
}

/// A level changed without reason.
pub fn level_changed_without_reason(chosen: &str, proposed: &str) -> String {
    format!(
        "Le niveau retenu ({chosen}) diffère du niveau proposé ({proposed}) : donnez une raison."
    )
}

/// The rationale of an evaluated tool's level.
pub fn evaluation_rationale(
    local_evaluation: &str,
    date: &str,
    author: &str,
    rule: &str,
) -> String {
    format!("{local_evaluation} du {date} ({author}) : {rule}")
}

/// The summary of an evaluated tool.
pub fn evaluated_tool_summary(author: &str, date: &str) -> String {
    format!("Outil absent des sources, évalué localement par {author} le {date}.")
}

/// Where an answer's criterion comes from.
pub fn criterion_of(short: &str, quote: &str) -> String {
    format!("critère de {short} : « {quote} »")
}

/// Why an evaluated tool has a need.
pub fn need_chosen_by(author: &str) -> String {
    format!("Besoin choisi par {author} lors de l'évaluation locale.")
}
