//! The screenshots tool's words (a developer tool, `--features dev-tools`).

/// The fonts the SVG screenshots ask for, in order of preference. Kept here
/// because "Sans" reads as French prose to the rule that checks literals.
pub const SVG_FONT_FAMILY: &str =
    "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";

/// `--check` found screenshots that differ from what the interface draws.
pub fn stale_screenshots(names: &[String]) -> String {
    format!(
        "Captures d'écran périmées : {}.\nRégénérez-les avec : cargo run --features dev-tools --bin screenshots",
        names.join(", ")
    )
}

/// The rationale of the colleague's changed level in the provenance
/// screenshot.
pub const COLLEAGUE_RATIONALE: &str = "Retenu par notre équipe pour les réunions de parents.";
