//! The command line: clap definitions and the non-interactive commands.

mod card_json;
mod check;
mod conflicts;
mod evaluate;
mod export;
mod fit;
use fit::truncate;
mod guidance;
mod help;
mod local_args;
pub use local_args::CompareArgs;
mod manpage;
mod message;
mod note;
mod origin_json;
mod schema;
mod search;
pub mod shell;
mod source;
mod team;
pub mod version;
mod write_message;

pub use card_json::card_json;

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use color_eyre::eyre::{Result, eyre};

use crate::cache::Prepared;
use crate::card::{self, plain};
use crate::catalog::provenance::YearMonth;
use crate::catalog::{Catalog, Place, Tool};
use crate::sanitize::clean_line;
use crate::search::fold_text;
pub use crate::search::{tool_doc, tool_index};
use crate::text;

/// Width of plain output: fits an 80-column terminal.
const WIDTH: usize = 78;

/// clap's help layout with French headings; [`command`] replaces it with
/// one naming each section (see `help`).
const HELP_TEMPLATE: &str = "{about}\n\nUtilisation : {usage}\n\n{all-args}{after-help}";

/// The top-level help ends with the exit statuses (see `text::EXIT_STATUSES`).
const TOP_HELP_TEMPLATE: &str =
    "{about}\n\nUtilisation : {usage}\n\n{all-args}{after-help}\n\n{exit-statuses}";

/// Where the options every command shares come in `--help`: after a
/// command's own options (clap would interleave them by declaration rank).
const GLOBAL_ORDER: usize = 1000;

/// Repère : les outils numériques école-familles, leurs précautions RGPD et
/// le message à envoyer aux familles.
#[derive(Debug, Parser)]
#[command(
    name = "repere",
    version,
    about,
    long_about = None,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    subcommand_help_heading = "Commandes",
    subcommand_value_name = "COMMANDE",
    help_template = TOP_HELP_TEMPLATE,
    after_help = text::TOP_AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub data: DataArgs,
    /// Afficher l'aide.
    #[arg(short, long, action = clap::ArgAction::Help, global = true, display_order = GLOBAL_ORDER + 10)]
    help: Option<bool>,
    /// Afficher la version et la date du catalogue intégré.
    #[arg(short = 'V', long, display_order = GLOBAL_ORDER + 11)]
    pub version: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where the catalogue comes from.
#[derive(Debug, Args)]
pub struct DataArgs {
    /// Fichier ou dossier JSON qui complète le catalogue intégré (un outil de
    /// même identifiant remplace l'intégré). Répétable.
    #[arg(long = "data", value_name = "CHEMIN", global = true, display_order = GLOBAL_ORDER)]
    pub paths: Vec<PathBuf>,
    /// N'utiliser que les fichiers de --data, sans le catalogue intégré.
    #[arg(long, global = true, display_order = GLOBAL_ORDER + 1)]
    pub no_builtin: bool,
    /// Votre territoire (74, grenoble, poitiers, france, fwb…) : les
    /// alternatives disponibles chez vous passent en premier. Dans
    /// l'interface, il l'emporte pour la session sur celui enregistré (F2).
    #[arg(
        long = "territoire",
        value_name = "TERRITOIRE",
        global = true,
        display_order = GLOBAL_ORDER + 2
    )]
    pub territory: Option<String>,
    /// Dossier d'équipe (déjà synchronisé : Nextcloud, partage, Syncthing,
    /// git) : vos ajouts y sont publiés sous <auteur>.json et ceux de vos
    /// collègues chargés, chacun signé. L'emporte sur le dossier enregistré
    /// (repere equipe).
    #[arg(long = "equipe", value_name = "DOSSIER", global = true, display_order = GLOBAL_ORDER + 3)]
    pub team: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Chercher un outil (nom, besoins, précautions, messages…).
    #[command(help_template = HELP_TEMPLATE)]
    Search {
        /// Les mots cherchés, fautes de frappe tolérées.
        #[arg(required = true, num_args = 1.., value_name = "MOTS")]
        query: Vec<String>,
        /// Sortie JSON (tableau, meilleur résultat d'abord).
        #[arg(long)]
        json: bool,
        /// Nombre maximal de résultats (10 par défaut).
        #[arg(long, default_value_t = 10, hide_default_value = true, value_name = "N",
              value_parser = clap::value_parser!(u16).range(1..))]
        limit: u16,
    },
    /// Afficher la fiche complète d'un outil.
    #[command(help_template = HELP_TEMPLATE)]
    Show {
        /// Identifiant de l'outil, ou mots pour le trouver.
        #[arg(required = true, num_args = 1.., value_name = "OUTIL")]
        tool: Vec<String>,
        /// Sortie JSON (la fiche entière).
        #[arg(long)]
        json: bool,
    },
    /// Le message à envoyer aux familles, champs complétés.
    #[command(help_template = HELP_TEMPLATE)]
    Message {
        /// Identifiant de l'outil, ou mots pour le trouver.
        #[arg(required = true, num_args = 1.., value_name = "OUTIL")]
        tool: Vec<String>,
        /// Compléter un champ : --set mot_de_passe=1234 (répétable).
        #[arg(long = "set", value_name = text::VALUE_NAME_KEY_VALUE)]
        set: Vec<String>,
        /// Copier aussi le message dans le presse-papiers.
        #[arg(long)]
        copy: bool,
        /// Ouvrir aussi le message dans votre messagerie, comme nouveau courriel
        /// (copié à la place s'il est trop long ou sans messagerie).
        #[arg(long = "courriel")]
        mail: bool,
        /// Afficher le texte original de la source, blancs compris.
        #[arg(long)]
        original: bool,
        /// Sortie JSON (outil, niveau, message, champs à compléter).
        #[arg(long)]
        json: bool,
        /// Rédiger le message d'un outil qui n'en a pas (entrée standard ou $EDITOR).
        #[arg(long = "rediger", conflicts_with_all = ["set", "copy", "mail", "original"])]
        write: bool,
        /// Auteur du message rédigé (sinon $REPERE_AUTEUR, sinon le nom de connexion).
        #[arg(long = "auteur", value_name = "NOM", requires = "write")]
        author: Option<String>,
        /// Déclarer un champ à compléter du message rédigé : --champ lien="Lien du pad" (répétable).
        #[arg(long = "champ", value_name = text::VALUE_NAME_KEY_LABEL, requires = "write")]
        blanks: Vec<String>,
    },
    /// Les repères généraux (services à proscrire, règles de sécurité…).
    #[command(help_template = HELP_TEMPLATE)]
    Guide {
        /// Identifiant ou mots d'un repère ; sans argument, la liste.
        #[arg(value_name = text::VALUE_NAME_GUIDANCE)]
        query: Vec<String>,
        /// Sortie JSON.
        #[arg(long)]
        json: bool,
    },
    /// Vérifier un catalogue et afficher ses effectifs par niveau et besoin.
    #[command(help_template = HELP_TEMPLATE)]
    Check {
        /// Fichier ou dossier à vérifier avec le catalogue intégré.
        #[arg(value_name = "CHEMIN")]
        path: Option<PathBuf>,
    },
    /// Ajouter, lister ou supprimer une note locale datée sur un outil.
    #[command(help_template = HELP_TEMPLATE)]
    Note(local_args::NoteArgs),
    /// Évaluer un outil absent du catalogue avec la grille des critères des sources.
    #[command(help_template = HELP_TEMPLATE)]
    Evaluate(local_args::EvaluateArgs),
    /// Comparer deux outils point par point.
    #[command(help_template = HELP_TEMPLATE)]
    Compare(local_args::CompareArgs),
    /// Exporter le guide imprimable (HTML, Markdown) ou les ajouts locaux à partager.
    #[command(help_template = HELP_TEMPLATE)]
    Export(local_args::ExportArgs),
    /// Choisir, afficher ou oublier le dossier d'équipe.
    #[command(name = "equipe", help_template = HELP_TEMPLATE)]
    Team(local_args::TeamArgs),
    /// Ajouter un document officiel plus récent, dont vos notes et évaluations pourront citer le texte.
    #[command(help_template = HELP_TEMPLATE)]
    Source(local_args::SourceArgs),
    /// Afficher le schéma JSON du format des données, ou d'une sortie --json
    /// (search, message, guide, guides).
    #[command(hide = true)]
    Schema {
        /// La sortie : search, message, guide ou guides ; sans : les données.
        #[arg(value_name = "SORTIE")]
        output: Option<String>,
    },
    /// Script de complétion pour un shell : bash, zsh, fish, powershell, elvish.
    #[command(help_template = HELP_TEMPLATE)]
    Completions {
        /// Le shell visé : bash, zsh, fish, powershell ou elvish.
        #[arg(
            value_name = "SHELL",
            value_parser = clap::builder::PossibleValuesParser::new(shell::SHELLS),
            hide_possible_values = true
        )]
        shell: String,
    },
    /// Page de manuel en français (roff) : repere man > repere.1
    #[command(help_template = HELP_TEMPLATE)]
    Man,
}

/// The command line as parsed and as `--help` and the man page show it:
/// the exit statuses written into the top-level help.
pub fn command() -> clap::Command {
    let statuses = text::exit_statuses_help();
    let command = <Cli as clap::CommandFactory>::command();
    help::with_french_headings(command, &statuses)
}

/// The adviser's territory from `--territoire` (none: anywhere).
pub fn place(territory: Option<&str>) -> Result<Place> {
    match territory {
        None => Ok(Place::Anywhere),
        Some(input) => {
            Place::parse(input).ok_or_else(|| eyre!(text::place_refused(&clean_line(input))))
        }
    }
}

/// Runs a non-interactive command over a loaded catalogue, for the
/// adviser's territory.
pub fn run_in(command: Command, prepared: &Prepared, place: &Place) -> Result<()> {
    let catalog = &prepared.catalog;
    let mut out = crate::exit::Stdout(crate::clean_output::Cleaned::new(std::io::stdout().lock()));
    match command {
        Command::Search { query, json, limit } => search::search(
            &mut out,
            catalog,
            (prepared.tool_index(), prepared.guidance_index()),
            &query.join(" "),
            json,
            limit,
            place,
        ),
        Command::Show { tool, json } => {
            let query = tool.join(" ");
            let tool = find_tool(prepared, &query)?;
            best_match_note(prepared, &query, tool);
            if json {
                let card = card_json(catalog, tool, place, YearMonth::today());
                writeln!(out, "{}", serde_json::to_string_pretty(&card)?)?;
            } else {
                let card = card::tool(
                    catalog,
                    tool,
                    &catalog.alternatives_in(tool, place),
                    &card::Context::now(place.clone()),
                );
                write!(out, "{}", plain::render(&card, plain::Target::Width(WIDTH)))?;
            }
            Ok(())
        }
        Command::Message {
            tool,
            set,
            copy,
            mail,
            original,
            json,
            write: false,
            ..
        } => message::message(
            &mut out,
            prepared,
            &tool.join(" "),
            &message::Options {
                set: &set,
                copy,
                mail,
                original,
                json,
            },
        ),
        Command::Message {
            tool,
            author,
            blanks,
            ..
        } => write_message::write_message(
            &mut out,
            prepared,
            &tool.join(" "),
            author.as_deref(),
            &blanks,
        ),
        Command::Guide { query, json } => {
            guidance::guide(&mut out, catalog, &query.join(" "), json)
        }
        Command::Check { .. } => check::check(&mut out, catalog),
        Command::Note(args) => note::run(&mut out, prepared, args),
        Command::Evaluate(args) => evaluate::run(&mut out, catalog, &args),
        Command::Compare(args) => {
            let tools = [
                find_tool(prepared, &args.first)?,
                find_tool(prepared, &args.second)?,
            ];
            crate::card::compare::write(&mut out, catalog, tools, args.json, place)
        }
        Command::Export(args) => export::run(&mut out, catalog, &args, place),
        Command::Team(args) => team::run(&mut out, &args),
        Command::Source(args) => source::run(&mut out, catalog, &args),
        Command::Completions { shell } => shell::write_registration(&mut out, &shell),
        Command::Man => {
            let mut command = crate::cli::command();
            command.build();
            manpage::write(&mut out, &command)?;
            Ok(())
        }
        Command::Schema { output } => schema::write(&mut out, output.as_deref()),
    }
}

/// A tool by exact id, or the best search hit in the prepared index (read
/// from the cache, or built once for the run).
pub(crate) fn find_tool<'a>(prepared: &'a Prepared, query: &str) -> Result<&'a Tool> {
    let catalog = &prepared.catalog;
    if let Some(tool) = catalog.tool(query.trim()) {
        return Ok(tool);
    }
    match prepared.tool_index().search(query).first() {
        Some(hit) => Ok(&catalog.tools[hit.index]),
        None => Err(eyre!(text::unknown_tool(
            &clean_line(query),
            &closest_names(catalog, query)
        ))),
    }
}

/// The three names nearest to `query` by edit similarity.
fn closest_names(catalog: &Catalog, query: &str) -> Vec<String> {
    let folded = fold_text(query);
    let mut scored: Vec<(f64, &Tool)> = catalog
        .tools
        .iter()
        .map(|t| (strsim::jaro_winkler(&folded, &fold_text(&t.name)), t))
        .filter(|(score, _)| *score > 0.6)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored
        .iter()
        .take(3)
        .map(|(_, t)| format!("{} ({})", clean_line(&t.name), t.id))
        .collect()
}

/// When `show` answers with a search hit rather than an exact id, it says
/// so on stderr and names the other candidates.
pub(super) fn best_match_note(prepared: &Prepared, query: &str, chosen: &Tool) {
    let catalog = &prepared.catalog;
    if catalog.tool(query.trim()).is_some() {
        return;
    }
    let others: Vec<String> = prepared
        .tool_index()
        .search(query)
        .iter()
        .map(|hit| &catalog.tools[hit.index])
        .filter(|t| t.id != chosen.id)
        .take(5)
        .map(|t| format!("{} ({})", clean_line(&t.name), t.id))
        .collect();
    crate::clean_output::stderr_line(&text::best_match(
        &clean_line(query),
        &clean_line(&chosen.name),
        &others,
    ));
}
