//! repere: parse the command line, load the catalogue, run the interface or
//! a command. Errors are one cleaned French sentence on stderr and a
//! non-zero exit: 2 for a wrong command line or no terminal, 3 for an
//! input that could not be read, 4 for an output that could not be
//! written, 1 otherwise (see `repere::exit`).

use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use repere::cli::{self, Cli, Command};
use repere::clipboard;
use repere::exit::{self, Status};
use repere::sanitize::clean_line;
use repere::terminal::SessionError;
use repere::text;

fn main() -> ExitCode {
    if std::env::args_os().nth(1).as_deref() == Some(clipboard::SERVE_ARG.as_ref()) {
        return match clipboard::serve_stdin() {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        };
    }
    // `REPERE_COMPLETE=bash repere -- …`: the shell asks at Tab time.
    cli::shell::answer_if_asked();
    if let Err(report) = color_eyre::install() {
        say(&report.to_string());
        return ExitCode::FAILURE;
    }
    let args = match cli::command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(args) => args,
        Err(error) => return parse_failure(&error),
    };
    // An unknown territory is a wrong command line: said, exit 2.
    if let Some(input) = args.data.territory.as_deref()
        && repere::catalog::Place::parse(input).is_none()
    {
        say(&text::place_refused(input));
        return ExitCode::from(2);
    }
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) => failure(&report),
    }
}

/// The sentence and exit status of an error (see `repere::exit`).
fn failure(report: &color_eyre::Report) -> ExitCode {
    let stdout_error = report
        .chain()
        .filter_map(|cause| cause.downcast_ref::<std::io::Error>())
        .find(|e| exit::is_stdout_error(e));
    if let Some(error) = stdout_error {
        // `repere check | head -1`: the reader left, nothing to report.
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
        // `repere show padlet > /dev/full`: the output, in a French sentence.
        say(&text::output_failed(error));
        return ExitCode::from(Status::Output.code());
    }
    say(&exit::sentence(report));
    let session = report
        .chain()
        .find_map(|cause| cause.downcast_ref::<SessionError>())
        .map(|session| session.exit_code);
    let status = session.or_else(|| exit::status_of(report));
    ExitCode::from(status.unwrap_or(Status::Failure.code()))
}

/// One cleaned line on stderr. Never panics: stderr may be a terminal
/// that is gone.
fn say(message: &str) {
    repere::clean_output::stderr_line(&format!("repere : {}", clean_line(message)));
}

fn run(args: Cli) -> color_eyre::Result<()> {
    if args.version {
        let catalog = repere::catalog::embedded()?;
        return cli::version::write(
            &mut exit::Stdout(repere::clean_output::Cleaned::new(std::io::stdout().lock())),
            &catalog,
        );
    }
    // The adviser's overlay comes right after the bundled data, so a
    // colleague's file given with --data can still override it.
    // Then the team folder's colleagues, each its own signed layer.
    let team = team_folder(&args)?;
    if let Some(team) = &team
        && args.command.is_some()
        && !matches!(args.command, Some(Command::Team(_)))
    {
        for line in repere::local::team::skipped_lines(&repere::local::team::reported(
            &team.members.skipped,
        )) {
            say(&line);
        }
    }
    let members = team.map(|t| t.members.files).unwrap_or_default();
    let team_files = members.clone();
    let overlay = if args.data.no_builtin {
        None
    } else {
        repere::local::existing_overlay()?
    };
    let mut paths: Vec<_> = overlay
        .into_iter()
        .chain(members)
        .chain(args.data.paths)
        .collect();
    if let Some(Command::Check { path: Some(path) }) = &args.command {
        paths.push(path.clone());
    }
    let place = cli::place(args.data.territory.as_deref())?;
    // The vocabulary of questions is checked once, before anything runs.
    let intents = repere::catalog::intents::Intents::bundled()?;
    let with_builtin = !args.data.no_builtin;
    // Through the cache: a large catalogue is read back prepared. The
    // interface loads it behind its first frame.
    match args.command {
        Some(command) => {
            // A search prints names and levels: the tools' statements
            // are not read back from the cache.
            // Unless the question asks for more (alternatives, statements)
            // or a territory orders the tools.
            let names_only = match &command {
                Command::Search { query, .. } => {
                    !place.is_set()
                        && !repere::search::reads_tool_bodies(&intents, &query.join(" "))
                }
                _ => false,
            };
            let detail = if names_only {
                repere::cache::Detail::Heads
            } else {
                repere::cache::Detail::Full
            };
            // `check` validates, nothing more: a folder checked once is
            // not worth indexing and writing a cache for.
            let check = matches!(command, Command::Check { .. });
            let prepared = repere::local::team::load_without_broken(
                paths,
                &team_files,
                |paths| {
                    if check {
                        repere::cache::Prepared::build(paths, with_builtin)
                    } else {
                        repere::cache::load_detail(paths, with_builtin, detail)
                    }
                },
                |line| say(&line),
            )?;
            let result = cli::run_in(command, &prepared, &place);
            // Freeing millions of small texts one by one takes longer than
            // the search at 100k tools; the process ends now anyway.
            std::mem::forget(prepared);
            result
        }
        // Given on the command line, it wins over the saved territory.
        None => {
            let session_place = args.data.territory.is_some().then_some(place);
            Ok(repere::terminal::run(
                // A colleague's file that does not load is left out (the
                // team popup, F3, lists the folder).
                move || {
                    repere::local::team::load_without_broken(
                        paths,
                        &team_files,
                        |paths| {
                            repere::cache::load_detail(
                                paths,
                                with_builtin,
                                repere::cache::Detail::Lazy,
                            )
                        },
                        |_| {},
                    )
                },
                session_place,
            )?)
        }
    }
}

/// The team folder of this run: `--equipe`, else the saved one (`repere
/// equipe`); `repere equipe DOSSIER` sets it up itself.
fn team_folder(args: &Cli) -> color_eyre::Result<Option<repere::local::team::Team>> {
    if let Some(Command::Team(team)) = &args.command
        && (team.folder.is_some() || team.none)
    {
        return Ok(None);
    }
    let folder = match &args.data.team {
        Some(folder) => folder.clone(),
        None => {
            // Read only: a broken state file is reported (and moved
            // aside) by the session that loads it, not lost here.
            let prefs = repere::app::store::Store::locate()
                .peek()
                .unwrap_or_default();
            if prefs.team_folder.trim().is_empty() {
                return Ok(None);
            }
            std::path::PathBuf::from(prefs.team_folder)
        }
    };
    repere::local::team::prepare(&folder).map(Some)
}

/// Help and version are printed (their write errors reported); every other
/// parser error becomes one French sentence, cleaned like any untrusted
/// text (clap would echo the argument, escape sequences included), exit 2.
fn parse_failure(error: &clap::Error) -> ExitCode {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let printed = error.print().and_then(|()| std::io::stdout().flush());
        return match printed {
            Ok(()) if error.kind() != ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                ExitCode::SUCCESS
            }
            Ok(()) => ExitCode::from(Status::Usage.code()),
            Err(e) => {
                say(&text::output_failed(&e));
                ExitCode::from(Status::Output.code())
            }
        };
    }
    say(&french_parse_error(error));
    ExitCode::from(Status::Usage.code())
}

/// The parser's context value, cleaned and shortened.
fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    let text = match error.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        _ => return None,
    };
    let text = clean_line(&text);
    Some(if text.chars().count() > 60 {
        let cut: String = text.chars().take(59).collect();
        format!("{cut}…")
    } else {
        text
    })
}

/// The commands clap suggests, internal ones left out (`repere s` must
/// not advertise `schema`).
fn visible_suggested_commands(error: &clap::Error) -> Option<String> {
    let Some(ContextValue::Strings(names)) = error.get(ContextKind::SuggestedSubcommand) else {
        return None;
    };
    let command = cli::command();
    let visible: Vec<String> = names
        .iter()
        .filter(|name| {
            command
                .find_subcommand(name.as_str())
                .is_some_and(|c| !c.is_hide_set())
        })
        .map(|name| clean_line(name))
        .collect();
    (!visible.is_empty()).then(|| visible.join(", "))
}

fn french_parse_error(error: &clap::Error) -> String {
    use text::ParseFailure as Failure;
    let arg = context(error, ContextKind::InvalidArg);
    let value = context(error, ContextKind::InvalidValue);
    let suggestion = context(error, ContextKind::SuggestedArg)
        .or_else(|| visible_suggested_commands(error))
        .or_else(|| context(error, ContextKind::SuggestedValue));
    let mut suggested = suggestion.as_deref();
    let failure = match error.kind() {
        ErrorKind::UnknownArgument => Failure::UnknownArgument { arg },
        ErrorKind::InvalidSubcommand => Failure::UnknownCommand {
            command: context(error, ContextKind::InvalidSubcommand),
        },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => Failure::InvalidValue {
            arg,
            value,
            valid: context(error, ContextKind::ValidValue),
        },
        ErrorKind::MissingRequiredArgument => Failure::Missing { arg },
        ErrorKind::MissingSubcommand => Failure::MissingCommand,
        ErrorKind::TooManyValues => Failure::TooManyValues { value },
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            Failure::WrongNumberOfValues { arg }
        }
        ErrorKind::NoEquals => Failure::NoEquals { arg },
        ErrorKind::ArgumentConflict => {
            let prior = context(error, ContextKind::PriorArg);
            if prior.is_some() && prior == arg {
                Failure::GivenTwice { arg }
            } else {
                Failure::Conflict { arg, prior }
            }
        }
        ErrorKind::InvalidUtf8 => Failure::InvalidUtf8,
        _ => Failure::Other,
    };
    // Only these sentences ever carried the parser's suggestion.
    if !matches!(
        failure,
        Failure::UnknownArgument { .. }
            | Failure::UnknownCommand { .. }
            | Failure::InvalidValue { .. }
    ) {
        suggested = None;
    }
    text::parse_failure(&failure, suggested, &command_path())
}

/// The (visible) command the command line names, `source add` for a
/// subcommand's: where the refused line's help is. Empty when none.
fn command_path() -> String {
    let mut command = cli::command();
    let mut path: Vec<String> = Vec::new();
    for arg in std::env::args_os().skip(1) {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        let Some(sub) = command
            .find_subcommand(arg)
            .filter(|c| !c.is_hide_set())
            .cloned()
        else {
            continue;
        };
        path.push(sub.get_name().to_owned());
        command = sub;
    }
    path.join(" ")
}
