//! The exported guide's words that the Markdown and HTML renderings share
//! or hold alone (the rest is in `dated`).

/// Before the levels' legend.
pub const GUIDE_LEVELS: &str = "Niveaux :";

/// The Markdown guide's legend line.
pub fn guide_markdown_legend(
    edited: &str,
    dated: &str,
    dated_legend: &str,
    local_heading: &str,
    local_legend: &str,
) -> String {
    format!(
        "{edited} [{dated}] {dated_legend} Les passages marqués « {local_heading} » sont des ajouts locaux, pas des sources ; {local_legend}\n"
    )
}

/// The Markdown guide's table header.
pub const GUIDE_MARKDOWN_TABLE_HEADER: &str = "| Outil | Adresse | Niveau | Précautions | À transmettre aux familles | Sources (date, âge) |\n|---|---|---|---|---|---|";

/// A need asked for that the catalogue does not have.
pub fn guide_unknown_need(need: &str, known: &str) -> String {
    format!("besoin inconnu « {need} » ; besoins : {known}")
}
