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
use crate::text::arguments as words;

/// Width of plain output: fits an 80-column terminal.
const WIDTH: usize = 78;

/// Where the options every command shares come in `--help`: after a
/// command's own options (clap would interleave them by declaration rank).
const GLOBAL_ORDER: usize = 1000;

/// Repère: the school-family digital tools, their GDPR precautions and
/// the message to send to families.
#[derive(Debug, Parser)]
#[command(
    name = "repere",
    version,
    about,
    long_about = None,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    subcommand_help_heading = words::COMMANDS_HEADING,
    subcommand_value_name = words::VALUE_COMMAND,
    help_template = words::TOP_HELP_TEMPLATE,
    after_help = text::TOP_AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub data: DataArgs,
    #[arg(help = words::HELP_TOP_HELP, short, long, action = clap::ArgAction::Help, global = true, display_order = GLOBAL_ORDER + 10)]
    help: Option<bool>,
    #[arg(help = words::HELP_TOP_VERSION, short = 'V', long, display_order = GLOBAL_ORDER + 11)]
    pub version: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where the catalogue comes from.
#[derive(Debug, Args)]
pub struct DataArgs {
    #[arg(help = words::HELP_DATA_PATHS, long = "data", value_name = words::VALUE_PATH, global = true, display_order = GLOBAL_ORDER)]
    pub paths: Vec<PathBuf>,
    #[arg(help = words::HELP_DATA_NO_BUILTIN, long, global = true, display_order = GLOBAL_ORDER + 1)]
    pub no_builtin: bool,
    #[arg(help = words::HELP_DATA_TERRITORY, long = "territoire", value_name = words::VALUE_TERRITORY, global = true, display_order = GLOBAL_ORDER + 2)]
    pub territory: Option<String>,
    #[arg(help = words::HELP_DATA_TEAM, long = "equipe", value_name = words::VALUE_FOLDER, global = true, display_order = GLOBAL_ORDER + 3)]
    pub team: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = words::ABOUT_SEARCH, help_template = words::HELP_TEMPLATE)]
    Search {
        #[arg(help = words::HELP_SEARCH_QUERY, required = true, num_args = 1.., value_name = words::VALUE_WORDS)]
        query: Vec<String>,
        #[arg(help = words::HELP_SEARCH_JSON, long)]
        json: bool,
        #[arg(help = words::HELP_SEARCH_LIMIT, long, default_value_t = 10, hide_default_value = true, value_name = words::VALUE_NUMBER,
              value_parser = clap::value_parser!(u16).range(1..))]
        limit: u16,
    },
    #[command(about = words::ABOUT_SHOW, help_template = words::HELP_TEMPLATE)]
    Show {
        #[arg(help = words::HELP_TOOL, required = true, num_args = 1.., value_name = words::VALUE_TOOL)]
        tool: Vec<String>,
        #[arg(help = words::HELP_SHOW_JSON, long)]
        json: bool,
    },
    #[command(about = words::ABOUT_MESSAGE, help_template = words::HELP_TEMPLATE)]
    Message {
        #[arg(help = words::HELP_TOOL, required = true, num_args = 1.., value_name = words::VALUE_TOOL)]
        tool: Vec<String>,
        #[arg(help = words::HELP_MESSAGE_SET, long = "set", value_name = text::VALUE_NAME_KEY_VALUE)]
        set: Vec<String>,
        #[arg(help = words::HELP_MESSAGE_COPY, long)]
        copy: bool,
        #[arg(help = words::HELP_MESSAGE_MAIL, long = "courriel")]
        mail: bool,
        #[arg(help = words::HELP_MESSAGE_ORIGINAL, long)]
        original: bool,
        #[arg(help = words::HELP_MESSAGE_JSON, long)]
        json: bool,
        #[arg(help = words::HELP_MESSAGE_WRITE, long = "rediger", conflicts_with_all = ["set", "copy", "mail", "original"])]
        write: bool,
        #[arg(help = words::HELP_MESSAGE_AUTHOR, long = "auteur", value_name = words::VALUE_NAME, requires = "write")]
        author: Option<String>,
        #[arg(help = words::HELP_MESSAGE_BLANKS, long = "champ", value_name = text::VALUE_NAME_KEY_LABEL, requires = "write")]
        blanks: Vec<String>,
    },
    #[command(about = words::ABOUT_GUIDE, help_template = words::HELP_TEMPLATE)]
    Guide {
        #[arg(help = words::HELP_GUIDE_QUERY, value_name = text::VALUE_NAME_GUIDANCE)]
        query: Vec<String>,
        #[arg(help = words::HELP_GUIDE_JSON, long)]
        json: bool,
    },
    #[command(about = words::ABOUT_CHECK, help_template = words::HELP_TEMPLATE)]
    Check {
        #[arg(help = words::HELP_CHECK_PATH, value_name = words::VALUE_PATH)]
        path: Option<PathBuf>,
    },
    #[command(about = words::ABOUT_NOTE, help_template = words::HELP_TEMPLATE)]
    Note(local_args::NoteArgs),
    #[command(about = words::ABOUT_EVALUATE, help_template = words::HELP_TEMPLATE)]
    Evaluate(local_args::EvaluateArgs),
    #[command(about = words::ABOUT_COMPARE, help_template = words::HELP_TEMPLATE)]
    Compare(local_args::CompareArgs),
    #[command(about = words::ABOUT_EXPORT, help_template = words::HELP_TEMPLATE)]
    Export(local_args::ExportArgs),
    #[command(about = words::ABOUT_TEAM, name = "equipe", help_template = words::HELP_TEMPLATE)]
    Team(local_args::TeamArgs),
    #[command(about = words::ABOUT_SOURCE, help_template = words::HELP_TEMPLATE)]
    Source(local_args::SourceArgs),
    #[command(about = words::ABOUT_SCHEMA, hide = true)]
    Schema {
        #[arg(help = words::HELP_SCHEMA_OUTPUT, value_name = words::VALUE_OUTPUT)]
        output: Option<String>,
    },
    #[command(about = words::ABOUT_COMPLETIONS, help_template = words::HELP_TEMPLATE)]
    Completions {
        #[arg(
            help = words::HELP_COMPLETIONS_SHELL,
            value_name = words::VALUE_SHELL,
            value_parser = clap::builder::PossibleValuesParser::new(shell::SHELLS),
            hide_possible_values = true
        )]
        shell: String,
    },
    #[command(about = words::ABOUT_MAN, help_template = words::HELP_TEMPLATE)]
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
