//! Shell completion: the shell asks the program itself at Tab time
//! (`REPERE_COMPLETE=bash repere -- repere show pad`), so tool ids, needs,
//! repère ids and territories come from the catalogue the adviser has,
//! own additions included. `repere completions SHELL` prints the small
//! script that registers this with the shell.

use std::io::Write;

use clap_complete::engine::ArgValueCandidates;
use clap_complete::env::Shells;
use clap_complete::{CompleteEnv, CompletionCandidate};
use color_eyre::eyre::Result;

use crate::catalog::Catalog;
use crate::catalog::territory::known_places;
use crate::text;

/// The environment variable that turns a run into a completion request.
/// Not clap's default `COMPLETE`: a variable that generic could be set by
/// something else and turn every run into a completion.
pub const COMPLETE_VAR: &str = "REPERE_COMPLETE";

/// The name the registration scripts call: the installed program on PATH.
const PROGRAM: &str = "repere";

/// Shells `repere completions` knows.
pub const SHELLS: &[&str] = &["bash", "zsh", "fish", "powershell", "elvish"];

/// Answers a completion request and exits when `REPERE_COMPLETE` is set;
/// returns at once otherwise.
pub fn answer_if_asked() {
    CompleteEnv::with_factory(command)
        .var(COMPLETE_VAR)
        .bin(PROGRAM)
        .completer(PROGRAM)
        .complete();
}

/// `repere completions SHELL`: the registration script for that shell.
pub fn write_registration(out: &mut impl Write, shell: &str) -> Result<()> {
    let shells = Shells::builtins();
    let Some(completer) = shells.completer(shell) else {
        // A word of the command line that is not one of the choices: a
        // usage error (2), as clap says for the others.
        return Err(crate::exit::Failed {
            status: crate::exit::Status::Usage,
            message: text::unknown_shell(shell, &SHELLS.join(", ")),
        }
        .into());
    };
    let mut script = Vec::new();
    completer.write_registration(COMPLETE_VAR, PROGRAM, PROGRAM, PROGRAM, &mut script)?;
    out.write_all(&script)?;
    if shell == "zsh" {
        out.write_all(ZSH_AUTOLOAD_BRIDGE.as_bytes())?;
    }
    Ok(())
}

/// clap's zsh script is made to be sourced. Installed as `_repere` in a
/// folder of `fpath` (the .deb's vendor-completions), zsh runs the file
/// as the completion function at the first Tab, where it only registers
/// the real one: that first Tab completed nothing. Run as `_repere`, it
/// now also completes; sourced, this does nothing.
const ZSH_AUTOLOAD_BRIDGE: &str = "\nif [[ \"${funcstack[1]}\" == \"_repere\" ]]; then\n    _clap_dynamic_completer_repere \"$@\"\nfi\n";

/// The command line with its value completers attached.
pub fn command() -> clap::Command {
    let tools = || ArgValueCandidates::new(tool_ids);
    let mut command = super::command();
    command = with_completer(command, "territory", ArgValueCandidates::new(places));
    for (sub, arg) in [
        ("show", "tool"),
        ("message", "tool"),
        ("note", "tool"),
        ("compare", "first"),
        ("compare", "second"),
    ] {
        command = command.mut_subcommand(sub, |c| with_completer(c, arg, tools()));
    }
    command = command.mut_subcommand("guide", |c| {
        with_completer(c, "query", ArgValueCandidates::new(guidance_ids))
    });
    command = command.mut_subcommand("export", |c| {
        with_completer(c, "needs", ArgValueCandidates::new(need_ids))
    });
    out_of_reach_when_hidden(command)
}

/// clap_complete offers a hidden command when it is the only match
/// (`repere sc<Tab>` would give `schema`). For completion only, hidden
/// commands get a name no typed word starts with, so they are never
/// offered; parsing uses the real names.
fn out_of_reach_when_hidden(mut command: clap::Command) -> clap::Command {
    let names: Vec<(String, bool)> = command
        .get_subcommands()
        .map(|c| (c.get_name().to_owned(), c.is_hide_set()))
        .collect();
    for (name, hidden) in names {
        command = command.mut_subcommand(&name, |sub| {
            let sub = out_of_reach_when_hidden(sub);
            if hidden {
                // clap keeps `&'static str` names; a completion run
                // answers once and exits.
                sub.name(format!("{UNTYPABLE}{name}").leak() as &'static str)
            } else {
                sub
            }
        });
    }
    command
}

/// A prefix no word typed at a prompt begins with.
const UNTYPABLE: char = '\u{0}';

/// Attaches `candidates` to the argument `id` when the command has it (a
/// renamed argument loses its completion, not the program).
fn with_completer(
    command: clap::Command,
    id: &str,
    candidates: ArgValueCandidates,
) -> clap::Command {
    if !command.get_arguments().any(|a| a.get_id() == id) {
        return command;
    }
    // `mut_arg` moves the argument to the end: the positionals keep their
    // order only with their indices written down first.
    let mut command = pin_positionals(command);
    command = command.mut_arg(id, |a| a.add(candidates));
    command
}

fn pin_positionals(mut command: clap::Command) -> clap::Command {
    let ids: Vec<String> = command
        .get_positionals()
        .map(|a| a.get_id().to_string())
        .collect();
    for (index, id) in ids.iter().enumerate() {
        command = command.mut_arg(id, |a| a.index(index + 1));
    }
    command
}

/// The bundled catalogue with the adviser's own additions; nothing when it
/// does not load (a completion never prints an error).
fn catalog() -> Catalog {
    let overlay: Vec<_> = crate::local::existing_overlay()
        .ok()
        .flatten()
        .into_iter()
        .collect();
    crate::catalog::load(&overlay, true).unwrap_or_default()
}

fn candidate(id: &str, help: &str) -> CompletionCandidate {
    let help = crate::sanitize::clean_line(help);
    CompletionCandidate::new(id).help(Some(help.into()))
}

fn tool_ids() -> Vec<CompletionCandidate> {
    catalog()
        .tools
        .iter()
        .map(|t| candidate(&t.id, &t.name))
        .collect()
}

fn guidance_ids() -> Vec<CompletionCandidate> {
    catalog()
        .guidance
        .iter()
        .map(|g| candidate(&g.id, &g.title))
        .collect()
}

fn need_ids() -> Vec<CompletionCandidate> {
    catalog()
        .categories
        .iter()
        .map(|c| candidate(&c.id, &c.label))
        .collect()
}

fn places() -> Vec<CompletionCandidate> {
    known_places()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}
