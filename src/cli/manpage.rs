//! `repere man`: the French man page, written from the same clap command
//! as `--help` and the same key tables as the interface's help (clap_mangen
//! only writes English headings).

use std::io::Write;

use clap::{Arg, Command};
use roff::{Roff, bold, italic, roman};

use crate::app::keymap::keys::names;
use crate::app::keymap::tables::help_sections;
use crate::sanitize::clean_line;
use crate::text;

/// Writes the page in roff.
pub fn write(out: &mut impl Write, command: &Command) -> std::io::Result<()> {
    let mut page = Roff::new();
    let version = env!("CARGO_PKG_VERSION");
    page.control(
        "TH",
        [
            "REPERE",
            "1",
            // No date: the page is the same whenever it is built (roff's
            // control arguments are written as given, so this is `""`).
            "\"\"",
            &format!("repere {version}"),
            text::MAN_SECTION_TITLE,
        ],
    );
    page.control("SH", [text::MAN_NAME]);
    let about = command
        .get_about()
        .map(ToString::to_string)
        .unwrap_or_default();
    page.text([roman(format!("repere - {about}"))]);

    page.control("SH", [text::MAN_SYNOPSIS]);
    page.text([
        bold("repere"),
        roman(" ["),
        italic("OPTIONS"),
        roman("] ["),
        italic("COMMANDE"),
        roman("]"),
    ]);

    page.control("SH", [text::MAN_DESCRIPTION_HEADING]);
    page.text([roman(text::MAN_DESCRIPTION)]);

    page.control("SH", [text::MAN_OPTIONS]);
    for arg in visible_options(command) {
        option(&mut page, arg);
    }

    page.control("SH", [text::MAN_COMMANDS]);
    for sub in command.get_subcommands().filter(|c| !c.is_hide_set()) {
        command_section(&mut page, sub.get_name(), sub);
    }

    page.control("SH", [text::MAN_KEYS]);
    page.text([roman(text::MAN_KEYS_INTRO)]);
    for (title, bindings) in help_sections() {
        page.control("SS", [title]);
        for binding in bindings {
            page.control("TP", []);
            page.text([bold(names(binding.keys))]);
            page.text([roman(binding.label)]);
        }
    }

    page.control("SH", [text::MAN_FILES]);
    tagged(&mut page, text::MAN_FILE_LIST);
    page.control("SH", [text::MAN_ENVIRONMENT]);
    tagged(&mut page, text::MAN_ENVIRONMENT_LIST);
    page.control("SH", [text::MAN_EXIT]);
    tagged(&mut page, text::EXIT_STATUSES);
    page.control("SH", [text::MAN_EXAMPLES]);
    for (example, what) in text::MAN_EXAMPLE_LIST {
        page.control("TP", []);
        page.text([bold(*example)]);
        page.text([roman(*what)]);
    }
    page.to_writer(out)
}

/// A command's subsection: usage, what it does, its own options; a
/// command with subcommands (`source add`) gets one per subcommand.
fn command_section(page: &mut Roff, path: &str, command: &Command) {
    let subs: Vec<&Command> = command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .collect();
    if !subs.is_empty() {
        for sub in subs {
            command_section(page, &format!("{path} {}", sub.get_name()), sub);
        }
        return;
    }
    page.control("SS", [path]);
    page.text([
        bold(format!("repere {path}")),
        roman(" "),
        italic(positionals(command)),
    ]);
    page.control("PP", []);
    let about = command
        .get_about()
        .map(ToString::to_string)
        .unwrap_or_default();
    page.text([roman(about)]);
    for arg in visible_options(command).filter(|a| !a.is_global_set()) {
        option(page, arg);
    }
}

fn tagged(page: &mut Roff, items: &[(&str, &str)]) {
    for (tag, what) in items {
        page.control("TP", []);
        page.text([bold(*tag)]);
        page.text([roman(*what)]);
    }
}

/// Options and flags shown by `--help` (not positionals, not hidden).
fn visible_options(command: &Command) -> impl Iterator<Item = &Arg> {
    command
        .get_arguments()
        .filter(|a| !a.is_positional() && !a.is_hide_set())
}

/// The required options then the positionals, as `--help`'s usage
/// writes them: `--titre <TITRE> <FICHIER>`, `<OUTIL>...`.
fn positionals(command: &Command) -> String {
    let required = command
        .get_arguments()
        .filter(|a| !a.is_positional() && a.is_required_set() && !a.is_hide_set())
        .filter_map(|a| {
            let long = a.get_long()?;
            let name = a.get_value_names().and_then(|v| v.first())?;
            Some(format!("--{long} <{name}>"))
        });
    let positionals = command
        .get_positionals()
        .filter(|a| !a.is_hide_set())
        .map(|a| {
            let name = a
                .get_value_names()
                .and_then(|v| v.first())
                .map_or_else(|| a.get_id().to_string(), ToString::to_string);
            let many = a.get_num_args().is_some_and(|n| n.max_values() > 1);
            let dots = if many { "..." } else { "" };
            if a.is_required_set() {
                format!("<{name}>{dots}")
            } else {
                format!("[{name}]{dots}")
            }
        });
    required.chain(positionals).collect::<Vec<_>>().join(" ")
}

fn option(page: &mut Roff, arg: &Arg) {
    let mut flags = Vec::new();
    if let Some(short) = arg.get_short() {
        flags.push(format!("-{short}"));
    }
    if let Some(long) = arg.get_long() {
        flags.push(format!("--{long}"));
    }
    let mut tag = flags.join(", ");
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    if let Some(name) = arg
        .get_value_names()
        .and_then(|v| v.first())
        .filter(|_| takes_value)
    {
        tag.push(' ');
        tag.push_str(name);
    }
    page.control("TP", []);
    page.text([bold(tag)]);
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    page.text([roman(clean_line(&help))]);
}
