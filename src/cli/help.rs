//! `--help` with French headings: clap writes « Options: » itself in
//! `{all-args}`, so each command gets a template of its own that names
//! its sections (« Options : ») around clap's heading-less lists.

use clap::Command;

use crate::text;

/// `command` and all its subcommands with French section headings;
/// `trailer` ends the top-level help (the exit statuses).
pub fn with_french_headings(command: Command, trailer: &str) -> Command {
    let template = template(&command, trailer);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    let mut command = command.help_template(template);
    if !names.is_empty() {
        // clap's default placeholder is « COMMAND ».
        command = command.subcommand_value_name(text::HELP_COMMAND_PLACEHOLDER);
    }
    for name in names {
        command = command.mut_subcommand(name, |sub| with_french_headings(sub, ""));
    }
    command
}

/// About, usage, then the sections this command has: commands,
/// arguments, options (every command has `--help`).
fn template(command: &Command, trailer: &str) -> String {
    let mut sections = Vec::new();
    if command.get_subcommands().any(|c| !c.is_hide_set()) {
        sections.push(format!("{}\n{{subcommands}}", text::HELP_COMMANDS_HEADING));
    }
    if command.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!("{}\n{{positionals}}", text::HELP_ARGUMENTS_HEADING));
    }
    sections.push(format!("{}\n{{options}}", text::HELP_OPTIONS_HEADING));
    let mut template = format!(
        "{{about}}\n\n{} {{usage}}\n\n{}{{after-help}}",
        text::HELP_USAGE_HEADING,
        sections.join("\n\n")
    );
    if !trailer.is_empty() {
        template.push_str("\n\n");
        template.push_str(trailer);
    }
    template
}
