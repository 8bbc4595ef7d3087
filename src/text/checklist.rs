//! The rule the checklist's proposed level comes with (the questions
//! themselves, quoted from the sources, live in `data/checklist.json`).

/// No criterion missing or unknown.
pub const NOTHING_MISSING: &str = "Aucun critère des sources n'est manquant ou inconnu : utilisable avec les précautions indiquées.";

/// One criterion not met or unknown: the question and the answer given.
pub fn doubt(ask: &str, answer: &str) -> String {
    format!("« {ask} » → {answer}")
}

/// The rule when some criteria are missing or unknown, each one named.
pub fn doubtful(doubts: &[String]) -> String {
    format!(
        "Critère manquant ou inconnu → Doutes / à étudier : {}.",
        doubts.join(" ; ")
    )
}
