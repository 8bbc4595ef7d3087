//! Strings about dated wording and levels the sources did not evaluate:
//! the warning before a dated message is copied or sent, what to change,
//! and the label that tells « non évalué » from « doutes exprimés ».

use crate::catalog::Risk;
use crate::catalog::provenance::{DatedKind, DatedMessage, LevelBasis};

/// After the level of a tool no source evaluates.
pub const NOT_EVALUATED: &str = "non évalué par les sources";

/// « Doutes / à étudier — non évalué par les sources » for a level the
/// project sets by default; the plain label otherwise.
pub fn level_label(risk: Risk, basis: LevelBasis) -> String {
    match basis {
        LevelBasis::NotEvaluated => format!("{} — {NOT_EVALUATED}", super::risk_label(risk)),
        LevelBasis::Stated => super::risk_label(risk).to_owned(),
    }
}

/// The badge (symbol and label) of [`level_label`].
pub fn level_badge(risk: Risk, basis: LevelBasis) -> String {
    format!("{} {}", super::risk_symbol(risk), level_label(risk, basis))
}

/// Label of the evidence of a source that describes a tool without
/// evaluating it, in a disagreement.
pub const DESCRIBED_ONLY: &str = "décrit sans évaluation";

/// What to change in a text dated by a marker of this kind.
pub fn dated_advice(kind: DatedKind) -> &'static str {
    match kind {
        DatedKind::Lockdown => {
            "remplacez la mention de la période de confinement par le cadre actuel de l'échange, ou supprimez-la"
        }
        DatedKind::Present => {
            "vérifiez auprès du service que ce qui est dit « aujourd'hui » l'est encore"
        }
        DatedKind::Period => "vérifiez que le texte cité est toujours en vigueur",
    }
}

/// « Ce message date de 2020 (« continuité pédagogique ») : relisez-le
/// avant l'envoi — … ».
pub fn dated_message_warning(dated: &DatedMessage) -> String {
    let year = dated
        .year
        .as_deref()
        .map_or_else(|| "d'une autre période".to_owned(), |y| format!("de {y}"));
    format!(
        "Ce message date {year} (« {} ») : relisez-le avant l'envoi — {}.",
        dated.marker.words,
        dated_advice(dated.marker.kind)
    )
}

/// After the warning: the same key again copies the message as it is.
pub fn dated_copy_again(key: &str) -> String {
    format!("{key} à nouveau pour le copier tel quel.")
}

/// `check`: one rule and its outcome.
pub fn check_rule(label: &str, checked: usize, failures: usize) -> String {
    if failures == 0 {
        format!("{label} : {checked} vérifiés, aucun écart")
    } else {
        format!("{label} : {checked} vérifiés, {failures} écart(s)")
    }
}

/// Heading of the rules' outcomes in `check`.
pub const CHECK_RULES_HEADING: &str = "Règles sur tout le catalogue :";

/// The French name of a rule of the catalogue.
pub fn rule_label(rule: crate::catalog::rules::Rule) -> &'static str {
    use crate::catalog::rules::Rule;
    match rule {
        Rule::LimitsOnTheirService => "Limites rattachées au service dont parle leur phrase",
        Rule::LevelsWeighEverySource => "Niveaux pesant chaque source (désaccords affichés)",
        Rule::NotEvaluatedApart => "« Non évalué » distingué des doutes exprimés",
        Rule::VendorClaimsArePresentation => {
            "Annonces d'éditeurs en présentation, jamais en précautions"
        }
        Rule::EntFeaturesInTheirEnt => "Fonctions d'ENT avec la portée ENT et leur ENT",
        Rule::NamesFitTheirTerritory => "Noms fidèles au territoire de leur source",
        Rule::InstitutionalOffered => "Outil institutionnel du besoin proposé en alternative",
        Rule::AlternativesRanked => "Alternatives rangées par besoin, niveau, territoire",
        Rule::DatedWordingMarked => "Formulations datées repérées",
        Rule::Metadata => "Métadonnées (énoncés non répétés)",
    }
}

/// One count printed under a rule.
pub fn rule_count(key: &str, count: usize) -> String {
    let what = match key {
        "disagreements" => "outils aux sources en désaccord",
        "doubts_stated" => "« doutes » exprimés par une source",
        "not_evaluated" => "« doutes » par défaut (non évalués par les sources)",
        "dated_statements" => "énoncés à formulation datée",
        "dated_messages" => "messages aux familles datés",
        "dated_guidance" => "repères datés",
        other => other,
    };
    format!("{what} : {count}")
}

/// A source without a title of its own, described instead.
pub fn untitled_source(description: &str) -> String {
    format!("{description} (document sans titre)")
}

/// Title of the printable guide.
pub const GUIDE_TITLE: &str = "Outils numériques pour échanger avec les élèves et les familles : niveaux de risque et précautions";
/// Columns of a need's table in the guide.
pub const GUIDE_COLUMN_TOOL: &str = "Outil et niveau";
pub const GUIDE_COLUMN_PROVENANCE: &str = "Sources, territoire, raison du niveau";
pub const GUIDE_COLUMN_PRECAUTIONS: &str = "Précautions et alternatives";
pub const GUIDE_COLUMN_FAMILIES: &str = "À transmettre aux familles";
/// The guide's table of contents and its repères.
pub const GUIDE_CONTENTS: &str = "Sommaire";
pub const GUIDE_GUIDANCE_HEADING: &str = "Repères généraux";
/// Legend of the guide's marks.
pub const GUIDE_LEGEND_DATED: &str =
    "écrit pour son moment (2020 pour la plupart) : à relire avant l'usage ;";
pub const GUIDE_LEGEND_BLANK: &str = "champ à compléter avant l'envoi ;";

/// « Édité le 12/03/2026 avec repere. »
pub fn guide_edited(date: &str) -> String {
    format!("Édité le {date} avec repere.")
}

/// What the local marks mean, and whether private notes are printed.
pub fn guide_legend_local(with_notes: bool) -> String {
    let notes = if with_notes {
        "notes privées incluses (--avec-notes)"
    } else {
        "notes privées non imprimées (--avec-notes pour les inclure)"
    };
    format!("trait violet : ajouts locaux signés de leur auteur, pas des sources ; {notes}.")
}

/// In a guide row citing a document that says it validates nothing.
pub fn guide_source_note(short: &str) -> String {
    format!("{short} : liste « purement informative » (voir Documents cités)")
}

/// Heading of the documents cited by the guide.
pub const GUIDE_SOURCES_HEADING: &str = "Documents cités";
/// Before the tools of a need printed under an earlier need.
pub const GUIDE_ALSO_HERE: &str = "Aussi pour ce besoin (fiche plus haut)";

/// `repere export --avec-notes`: print the adviser's private notes too.
pub const WITH_NOTES_FLAG: &str = "avec-notes";
