//! Arguments of the commands of the adviser's own layer, kept
//! out of `cli/mod.rs` so that file stays the list of commands.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::text::arguments as words;

/// `repere note`.
#[derive(Debug, Args)]
pub struct NoteArgs {
    #[arg(help = words::HELP_TOOL, value_name = words::VALUE_TOOL)]
    pub tool: String,
    #[arg(help = words::HELP_NOTE_TEXT, value_name = words::VALUE_TEXT, conflicts_with_all = ["list", "delete"],
          required_unless_present_any = ["list", "delete", "citation"])]
    pub text: Option<String>,
    #[arg(help = words::HELP_NOTE_LIST, long)]
    pub list: bool,
    #[arg(help = words::HELP_NOTE_DELETE, long, value_name = words::VALUE_NUMBER)]
    pub delete: Option<usize>,
    #[arg(help = words::HELP_AUTHOR, long = "auteur", value_name = words::VALUE_NAME)]
    pub author: Option<String>,
    #[arg(help = words::HELP_NOTE_CITATION, long = "citation", value_name = words::VALUE_PASSAGE, requires = "source",
          conflicts_with_all = ["text", "list", "delete"])]
    pub citation: Option<String>,
    #[arg(help = words::HELP_NOTE_SOURCE, long = "source", value_name = words::VALUE_ID, requires = "citation")]
    pub source: Option<String>,
    #[arg(help = words::HELP_NOTE_LOC, long = "lieu", value_name = words::VALUE_PLACE, requires = "citation")]
    pub loc: Option<String>,
}

/// `repere evaluate`.
#[derive(Debug, Args)]
pub struct EvaluateArgs {
    #[arg(help = words::HELP_EVALUATE_ANSWERS, long = "reponses", value_name = words::VALUE_FILE)]
    pub answers: Option<PathBuf>,
    #[arg(help = words::HELP_EVALUATE_QUESTIONS, long)]
    pub questions: bool,
    #[arg(help = words::HELP_AUTHOR, long = "auteur", value_name = words::VALUE_NAME)]
    pub author: Option<String>,
}

/// `repere compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    #[arg(help = words::HELP_COMPARE_FIRST, value_name = crate::text::VALUE_NAME_FIRST_TOOL)]
    pub first: String,
    #[arg(help = words::HELP_COMPARE_SECOND, value_name = crate::text::VALUE_NAME_SECOND_TOOL)]
    pub second: String,
    #[arg(help = words::HELP_COMPARE_JSON, long)]
    pub json: bool,
}

/// `repere export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(help = words::HELP_EXPORT_OVERLAY, long, conflicts_with_all = ["format", "needs"])]
    pub overlay: bool,
    #[arg(help = words::HELP_EXPORT_FORMAT, long, value_enum, value_name = words::VALUE_FORMAT, hide_possible_values = true)]
    pub format: Option<Format>,
    #[arg(help = words::HELP_EXPORT_NEEDS, long = "besoin", value_name = words::VALUE_ID)]
    pub needs: Vec<String>,
    #[arg(help = words::HELP_EXPORT_WITH_NOTES, long = crate::text::WITH_NOTES_FLAG, conflicts_with = "overlay")]
    pub with_notes: bool,
    #[arg(help = words::HELP_EXPORT_OUTPUT, long = "sortie", short = 'o', value_name = words::VALUE_FILE)]
    pub output: Option<PathBuf>,
}

/// Formats of the printable guide.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    #[value(help = words::HELP_FORMAT_HTML)]
    Html,
    #[value(help = words::HELP_FORMAT_MD)]
    Md,
}

/// `repere equipe`.
#[derive(Debug, Args)]
pub struct TeamArgs {
    #[arg(help = words::HELP_TEAM_FOLDER, value_name = words::VALUE_FOLDER, conflicts_with = "none")]
    pub folder: Option<PathBuf>,
    #[arg(help = words::HELP_TEAM_NONE, long = "aucune")]
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
    #[command(about = words::ABOUT_SOURCE_ADD, help_template = words::HELP_TEMPLATE)]
    Add {
        #[arg(help = words::HELP_SOURCE_ADD_FILE, value_name = words::VALUE_FILE)]
        file: PathBuf,
        #[arg(help = words::HELP_SOURCE_ADD_TITLE, long = "titre", value_name = words::VALUE_TITLE)]
        title: String,
        #[arg(help = words::HELP_SOURCE_ADD_PUBLISHER, long = "editeur", value_name = words::VALUE_PUBLISHER)]
        publisher: String,
        #[arg(help = words::HELP_SOURCE_ADD_DATE, long = "date", value_name = words::VALUE_MONTH)]
        date: String,
        #[arg(help = words::HELP_SOURCE_ADD_ID, long = "id", value_name = words::VALUE_ID)]
        id: Option<String>,
        #[arg(help = words::HELP_SOURCE_ADD_SHORT, long = "court", value_name = words::VALUE_NAME)]
        short: Option<String>,
    },
}
