//! What a user of the installed program meets outside the answers: shell
//! completion run by bash itself, the French man page, `--version`, exit
//! statuses in the help, the JSON contract, Windows' user name variable.

use std::path::Path;
use std::process::Command;

use crate::common::script::{repere, stderr, stdout, success};
use crate::common::{Sandbox, binary, repere_in};

/// What bash's completion function offers for `words`, the last one being
/// completed: the script from `repere completions bash` is sourced and its
/// function called as bash calls it at Tab, with the program on PATH.
fn bash_completes(words: &[&str]) -> Vec<String> {
    let sandbox = Sandbox::new();
    let script = sandbox.root().join("repere.bash");
    let registration = repere_in(&sandbox, ["completions", "bash"])
        .output()
        .unwrap();
    assert!(registration.status.success());
    std::fs::write(&script, registration.stdout).unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let current = words.len() - 1;
    let previous = words.get(current.wrapping_sub(1)).copied().unwrap_or("");
    let call = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={current}; COMP_TYPE=9; \
         _clap_complete_repere repere '{}' '{previous}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words[current],
    );
    let folder = Path::new(binary()).parent().unwrap();
    let path = format!(
        "{}:{}",
        folder.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut bash = Command::new("bash");
    sandbox.apply(&mut bash);
    let output = bash.env("PATH", path).args(["-c", &call]).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_tool_ids_from_the_catalogue() {
    let pad = bash_completes(&["repere", "show", "pad"]);
    assert!(pad.contains(&"padlet".to_owned()), "{pad:?}");
    assert!(pad.iter().all(|id| id.starts_with("pad")), "{pad:?}");
    assert_eq!(bash_completes(&["repere", "show", "padl"]), ["padlet"]);
    assert_eq!(
        bash_completes(&["repere", "message", "whatsa"]),
        ["whatsapp"]
    );
}

#[test]
fn bash_completes_repere_ids_needs_and_territories() {
    let guide = bash_completes(&["repere", "guide", "regles-s"]);
    assert_eq!(guide, ["regles-securite"]);
    let needs = bash_completes(&["repere", "export", "--besoin", "mur-"]);
    assert_eq!(needs, ["mur-post-it"]);
    let places = bash_completes(&["repere", "--territoire", "greno"]);
    assert_eq!(places, ["grenoble"]);
}

#[test]
fn bash_never_offers_an_internal_command() {
    let commands = bash_completes(&["repere", "s"]);
    assert!(commands.contains(&"search".to_owned()), "{commands:?}");
    assert!(!commands.contains(&"schema".to_owned()), "{commands:?}");
    // Not even when it is the only command the word begins.
    let only_hidden = bash_completes(&["repere", "sc"]);
    assert!(only_hidden.is_empty(), "{only_hidden:?}");
    assert_eq!(bash_completes(&["repere", "se"]), ["search"]);
    // Nor does a mistyped command suggest it.
    let output = repere(&["s"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(!err.contains("schema"), "{err}");
}

#[test]
fn the_man_page_is_french_with_every_section() {
    let man = success(&["man"]);
    for section in [
        "NOM",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDES",
        "TOUCHES",
        "FICHIERS",
        "ENVIRONNEMENT",
        "\"CODES DE RETOUR\"",
        "EXEMPLES",
    ] {
        assert!(man.contains(&format!("\n.SH {section}\n")), "{section}");
    }
    // Keys come from the interface's tables, commands from --help's.
    assert!(man.contains("Ctrl\\-Y"), "no Ctrl-Y in TOUCHES");
    assert!(man.contains("\n.SS completions\n"));
    // A command's own subcommands, with their required options.
    assert!(man.contains("\n.SS \"source add\"\n"), "no source add");
    assert!(man.contains("\\-\\-titre"), "no --titre");
    assert!(
        !man.contains("\n.SS schema\n"),
        "an internal command in the page"
    );
    assert!(!man.contains(".SH NAME") && !man.contains("repere-search(1)"));
}

#[test]
fn help_lists_the_exit_statuses_and_the_man_command() {
    let help = success(&["--help"]);
    assert!(help.contains("Codes de retour :"), "{help}");
    assert!(help.contains("  2  Ligne de commande invalide"), "{help}");
    assert!(help.contains("\n  man "), "{help}");
    for english in ["Usage:", "Possible values", "[default:"] {
        for command in ["", "search", "export"] {
            let args: Vec<&str> = [command, "--help"]
                .into_iter()
                .filter(|a| !a.is_empty())
                .collect();
            let help = success(&args);
            assert!(!help.contains(english), "{english} in {command} --help");
        }
    }
}

#[test]
fn help_headings_follow_french_typography() {
    for args in [
        &["--help"][..],
        &["show", "--help"],
        &["source", "--help"],
        &["note", "--help"],
    ] {
        let help = success(args);
        assert!(help.contains("\nOptions :\n"), "{args:?}: {help}");
        for english in [
            "Options:",
            "Arguments:",
            "Commandes:",
            "Commands:",
            "COMMAND>",
        ] {
            assert!(!help.contains(english), "{english} in {args:?}: {help}");
        }
    }
    assert!(success(&["--help"]).contains("\nCommandes :\n  search "));
    assert!(success(&["show", "--help"]).contains("\nArguments :\n  <OUTIL>..."));
    let source = success(&["source", "--help"]);
    assert!(
        source.contains("repere source [OPTIONS] <COMMANDE>"),
        "{source}"
    );
    // A command line missing its command prints that help, French too.
    let missing = repere(&["source"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("\nOptions :\n"));
}

/// A refused command line points to the help of the command it names,
/// options before it or not; none named: the program's.
#[test]
fn a_refused_command_line_points_to_its_commands_help() {
    for (args, help) in [
        (&["show"][..], "repere show --help"),
        (
            &["--territoire", "74", "search", "x", "--lmit", "3"],
            "repere search --help",
        ),
        (&["source", "add", "doc.txt"], "repere source add --help"),
        (&["completions", "tcsh"], "repere completions --help"),
        (&["--inconnu"], "repere --help"),
        (&["sc"], "repere --help"),
    ] {
        let output = repere(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = stderr(&output);
        assert!(
            err.ends_with(&format!("— voir {help}.\n")),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn version_names_the_catalogue_date_and_counts() {
    let version = success(&["--version"]);
    let catalog = repere::catalog::embedded().unwrap();
    assert!(
        version.starts_with(concat!("repere ", env!("CARGO_PKG_VERSION"), "\n")),
        "{version}"
    );
    assert!(version.contains("jusqu'en 2021"), "{version}");
    assert!(
        version.contains(&format!("{} outils", catalog.tools.len())),
        "{version}"
    );
    assert!(
        version.contains(&format!("{} repères", catalog.guidance.len())),
        "{version}"
    );
}

#[test]
fn every_json_output_has_a_format_version_and_one_risk_shape() {
    let search: serde_json::Value =
        serde_json::from_str(&success(&["search", "padlet", "--json"])).unwrap();
    let show: serde_json::Value =
        serde_json::from_str(&success(&["show", "padlet", "--json"])).unwrap();
    // A message without dated wording: nothing on stderr.
    let message: serde_json::Value = serde_json::from_str(&success(&[
        "message",
        "toutemonannee",
        "--json",
        "--set",
        "mot_de_passe=1234",
    ]))
    .unwrap();
    let compare: serde_json::Value =
        serde_json::from_str(&success(&["compare", "padlet", "zoom", "--json"])).unwrap();
    let padlet = &search[0];
    for object in [padlet, &show, &message, &compare[0]] {
        assert_eq!(object["format_version"], 2, "{object}");
        let risk = object["risk"].as_object().expect("risk is an object");
        let keys: Vec<&str> = risk.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["evidence", "label", "level", "rationale", "sources"],
            "{object}"
        );
    }
    assert_eq!(padlet["risk"], show["risk"]);
    assert_eq!(padlet["risk"], compare[0]["risk"]);
    assert!(padlet.get("local_evaluation").is_some());
    assert!(padlet.get("evaluation_locale").is_none());
}

#[test]
fn a_piped_list_keeps_whole_names() {
    // On a terminal, search cuts names at 34 columns.
    let catalog = repere::catalog::embedded().unwrap();
    let long = catalog
        .tools
        .iter()
        .max_by_key(|t| t.name.chars().count())
        .unwrap();
    assert!(
        long.name.chars().count() > 34,
        "no name long enough to be cut"
    );
    let list = stdout(&repere(&["search", &long.id, "--limit", "1"]));
    assert!(list.contains(&long.name), "{list}");
    assert!(!list.contains('…'), "{list}");
}

#[test]
fn a_note_is_signed_with_windows_user_name_when_nothing_else_names_the_author() {
    let sandbox = Sandbox::new();
    let mut add = repere_in(&sandbox, ["note", "padlet", "Essai"]);
    add.env_remove("USER")
        .env_remove("LOGNAME")
        .env("USERNAME", "claire.dupont");
    assert!(add.output().unwrap().status.success());
    let show = repere_in(&sandbox, ["show", "padlet", "--json"])
        .output()
        .unwrap();
    let card: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(card["local_notes"][0]["author"], "claire.dupont");
}
