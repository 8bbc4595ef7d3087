//! repere: parse the command line, load the catalogue, run the interface or
//! a command. Errors are one sentence on stderr and a non-zero exit.

use std::process::ExitCode;

use clap::Parser;
use repere::catalog;
use repere::cli::{self, Cli, Command};
use repere::clipboard;

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() == Some(clipboard::SERVE_ARG) {
        return match clipboard::serve_stdin() {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        };
    }
    if let Err(report) = color_eyre::install() {
        eprintln!("repere : {report}");
        return ExitCode::FAILURE;
    }
    let args = Cli::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        // `repere check | head -1`: the reader left, nothing to report.
        Err(report)
            if report
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(report) => {
            eprintln!("repere : {}", repere::sanitize::clean(&report.to_string()));
            ExitCode::FAILURE
        }
    }
}

fn run(args: Cli) -> color_eyre::Result<()> {
    // The adviser's overlay comes right after the bundled data, so a
    // colleague's file given with --data can still override it.
    let mut paths: Vec<_> = repere::local::existing_overlay()
        .filter(|_| !args.data.no_builtin)
        .into_iter()
        .chain(args.data.paths)
        .collect();
    if let Some(Command::Check { path: Some(path) }) = &args.command {
        paths.push(path.clone());
    }
    let catalog = catalog::load(&paths, !args.data.no_builtin)?;
    match args.command {
        Some(command) => cli::run(command, &catalog),
        None => repere::app::run(catalog),
    }
}
