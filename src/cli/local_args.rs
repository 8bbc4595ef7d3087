//! Arguments of the commands of the adviser's own layer, kept
//! out of `cli/mod.rs` so that file stays the list of commands.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

/// `repere note`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    /// Identifiant de l'outil, ou mots pour le trouver.
    #[arg(value_name = "OUTIL")]
    pub tool: String,
    /// Le texte de la note.
    #[arg(value_name = "TEXTE", conflicts_with_all = ["list", "delete"],
          required_unless_present_any = ["list", "delete", "citation"])]
    pub text: Option<String>,
    /// Lister les notes de l'outil, numérotées.
    #[arg(long)]
    pub list: bool,
    /// Supprimer la note numéro N (voir --list).
    #[arg(long, value_name = "N")]
    pub delete: Option<usize>,
    /// Auteur (sinon $REPERE_AUTEUR, sinon le nom de connexion).
    #[arg(long = "auteur", value_name = "NOM")]
    pub author: Option<String>,
    /// Citer mot pour mot un passage d'un document (avec --source) au lieu d'écrire une note.
    #[arg(long = "citation", value_name = "PASSAGE", requires = "source",
          conflicts_with_all = ["text", "list", "delete"])]
    pub citation: Option<String>,
    /// Identifiant du document cité (une source intégrée ou ajoutée avec repere source add).
    #[arg(long = "source", value_name = "ID", requires = "citation")]
    pub source: Option<String>,
    /// Où dans le document (page, partie).
    #[arg(long = "lieu", value_name = "LIEU", requires = "citation")]
    pub loc: Option<String>,
}

/// `repere evaluate`.
#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// Lire les réponses dans ce fichier JSON au lieu de poser les questions.
    #[arg(long = "reponses", value_name = "FICHIER")]
    pub answers: Option<PathBuf>,
    /// Afficher les questions, leurs sources et les réponses possibles.
    #[arg(long)]
    pub questions: bool,
    /// Auteur (sinon $REPERE_AUTEUR, sinon le nom de connexion).
    #[arg(long = "auteur", value_name = "NOM")]
    pub author: Option<String>,
}

/// `repere compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Premier outil (identifiant ou mots).
    #[arg(value_name = crate::text::VALUE_NAME_FIRST_TOOL)]
    pub first: String,
    /// Second outil (identifiant ou mots).
    #[arg(value_name = crate::text::VALUE_NAME_SECOND_TOOL)]
    pub second: String,
    /// Sortie JSON (les deux fiches comparées).
    #[arg(long)]
    pub json: bool,
}

/// `repere export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Écrire le fichier des ajouts locaux (notes, messages, évaluations), à ouvrir ailleurs avec --data.
    #[arg(long, conflicts_with_all = ["format", "needs"])]
    pub overlay: bool,
    /// Format du guide : html (page autonome imprimable, par défaut) ou md (Markdown).
    #[arg(long, value_enum, value_name = "FORMAT", hide_possible_values = true)]
    pub format: Option<Format>,
    /// Ne garder que ce besoin (identifiant ; répétable). Sans : tous.
    #[arg(long = "besoin", value_name = "ID")]
    pub needs: Vec<String>,
    /// Imprimer aussi vos notes privées dans le guide (sans : laissées de côté).
    #[arg(long = crate::text::WITH_NOTES_FLAG, conflicts_with = "overlay")]
    pub with_notes: bool,
    /// Écrire dans ce fichier au lieu de la sortie standard.
    #[arg(long = "sortie", short = 'o', value_name = "FICHIER")]
    pub output: Option<PathBuf>,
}

/// Formats of the printable guide.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// Page HTML autonome, imprimable.
    Html,
    /// Markdown (tableaux).
    Md,
}

/// `repere equipe`.
#[derive(Debug, Args)]
pub struct TeamArgs {
    /// Le dossier d'équipe à enregistrer ; sans : afficher celui en usage.
    #[arg(value_name = "DOSSIER", conflicts_with = "none")]
    pub folder: Option<PathBuf>,
    /// Oublier le dossier d'équipe enregistré.
    #[arg(long = "aucune")]
    pub none: bool,
}

/// `repere source`.
#[derive(Debug, Args)]
pub struct SourceArgs {
    #[command(subcommand)]
    pub action: SourceAction,
}

/// What `repere source` does.
#[derive(Debug, clap::Subcommand)]
pub enum SourceAction {
    /// Ajouter un document (texte brut, UTF-8) à vos sources locales.
    #[command(help_template = super::HELP_TEMPLATE)]
    Add {
        /// Le texte du document (.txt).
        #[arg(value_name = "FICHIER")]
        file: PathBuf,
        /// Titre du document.
        #[arg(long = "titre", value_name = "TITRE")]
        title: String,
        /// Éditeur (ministère, académie, DANE…).
        #[arg(long = "editeur", value_name = "EDITEUR")]
        publisher: String,
        /// Date de publication, AAAA-MM.
        #[arg(long = "date", value_name = "AAAA-MM")]
        date: String,
        /// Identifiant de la source (sinon tiré du titre et de la date).
        #[arg(long = "id", value_name = "ID")]
        id: Option<String>,
        /// Nom court affiché après les citations (sinon l'éditeur).
        #[arg(long = "court", value_name = "NOM")]
        short: Option<String>,
    },
}
