//! The command line against hostile arguments and data: parser errors,
//! output errors, no terminal, invisible characters, placeholders,
//! addresses. Every case runs the built binary and asserts a one-sentence
//! French answer.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::checked as cli_support;

// Used by the Unix-only tests below.
#[cfg(unix)]
use std::process::Stdio;

use cli_support::{
    INVISIBLE, assert_one_sentence, check, has_hidden, hidden, repere, run, tool, write_catalogue,
};
use serde_json::json;

#[test]
fn parser_errors_are_one_clean_french_sentence_with_exit_2() {
    let cases: &[&[&str]] = &[
        &[
            "search",
            "x",
            "--limit",
            "\u{1b}]52;c;SGVsbG8=\u{7}\u{1b}[2J",
        ],
        &["\u{1b}]0;PWNED\u{7}"],
        &["--inconnu\u{202e}\u{200b}"],
        &["show"],
        &["search", "x", "--limit", "0"],
        &["search", "x", "--limit"],
        &["check", "a", "b"],
        &["message", "padlet", "--copy=oui"],
    ];
    for args in cases {
        let output = run(args);
        assert_one_sentence(&output, 2, &format!("{args:?}"));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn help_and_version_report_write_errors() {
    for args in [
        &["--help"][..],
        &["--version"][..],
        &["-h"][..],
        &["-V"][..],
        &["search", "--help"][..],
        &["show", "padlet"][..],
        &["check"][..],
    ] {
        let flag = args.join(" ");
        let full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = crate::common::program()
            .args(args)
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert!(!output.status.success(), "{flag} > /dev/full exited 0");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{flag}: {stderr:?}");
        assert!(
            stderr.starts_with("repere : écriture impossible"),
            "{flag}: {stderr:?}"
        );
        let output = run(args);
        assert!(output.status.success(), "{flag}");
        assert!(!output.stdout.is_empty());
    }
    let help = String::from_utf8(run(&["--help"]).stdout).unwrap();
    assert!(help.contains("Utilisation"), "{help}");
}

#[test]
fn no_terminal_gives_one_sentence_pointing_to_the_commands() {
    let output = run(&[]);
    let stderr = assert_one_sentence(&output, 2, "no terminal");
    assert!(stderr.contains("terminal"), "{stderr}");
    assert!(stderr.contains("repere --help"), "{stderr}");
}

#[test]
fn invisible_characters_in_names_are_refused_at_load() {
    let dir = tempfile::tempdir().unwrap();
    for &c in INVISIBLE {
        for place in ["name", "alias", "category"] {
            let mut entry = tool("sosie", "Sosie");
            let mut part = json!({});
            match place {
                "name" => entry["name"] = json!(format!("Pad{c}let")),
                "alias" => entry["aliases"] = json!([format!("pad{c}let")]),
                _ => {
                    part["categories"] =
                        json!([{ "id": "besoin-x", "label": format!("Be{c}soin") }]);
                }
            }
            part["tools"] = json!([entry]);
            let file = write_catalogue(dir.path(), "sosie.json", &part);
            let what = format!("U+{:04X} in {place}", u32::from(c));
            let output = check(&file);
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(3), "{what}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
            assert!(stderr.contains("sosie.json"), "{what}: {stderr}");
            assert!(
                stderr.contains("invisible") || stderr.contains("contrôle"),
                "{what}: {stderr}"
            );
            assert!(!has_hidden(&stderr), "{what}: {stderr:?}");
        }
    }
}

#[test]
fn invisible_characters_in_texts_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    // Bidirectional overrides are refused in any text (tests/hostile.rs);
    // the other invisible characters are accepted and cleaned on output.
    let smuggled: String = INVISIBLE
        .iter()
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let mut entry = tool("cache", "Caché");
    entry["summary"] = json!(format!("Ré{smuggled}sumé"));
    entry["family_message"]["text"] = json!(format!("Bon{smuggled}jour {{mot_de_passe}}."));
    entry["statements"][0]["text"] = json!(format!("Pré{smuggled}caution"));
    let file = write_catalogue(dir.path(), "cache.json", &json!({ "tools": [entry] }));
    for command in [
        &["message", "cache"][..],
        &["show", "cache"][..],
        &["show", "cache", "--json"][..],
        &["search", "Résumé", "--json"][..],
    ] {
        let mut args: Vec<&std::ffi::OsStr> = vec!["--data".as_ref(), file.as_os_str()];
        args.extend(command.iter().map(std::ffi::OsStr::new));
        let output = repere(&args);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{command:?}: {stderr}");
        assert!(
            !stdout.chars().any(|c| c != '\n' && hidden(c)),
            "{command:?}: {stdout:?}"
        );
        assert!(
            stdout.contains("Bonjour") || stdout.contains("Résumé") || stdout.contains("Caché"),
            "{stdout}"
        );
    }
}

#[test]
fn placeholders_other_than_lowercase_keys_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for text in [
        "Code : {Mot}.",
        "Code : {mot de passe}.",
        "Code : {mot-de-passe}.",
        "Code : { mot_de_passe }.",
        "Code : {mot_de_passe.",
        "Code : mot_de_passe}.",
        "Code : {}.",
        "Code : {mot\u{200b}_de_passe}.",
        "Code : {{mot_de_passe}}.",
    ] {
        let mut entry = tool("blanc", "Blanc");
        entry["family_message"]["text"] = json!(text);
        let file = write_catalogue(dir.path(), "blanc.json", &json!({ "tools": [entry] }));
        let output = check(&file);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(3), "{text:?}: {stderr}");
        assert!(stderr.contains("family_message.text"), "{text:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{text:?}: {stderr}");
    }
}

#[test]
fn addresses_with_credentials_or_invisible_characters_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for url in [
        "https://user:pass@exemple.fr/",
        "https://user@exemple.fr/",
        "https://exemple.fr@evil.example/",
        "https://exem\u{200b}ple.fr/",
        "https://exemple.fr/\u{202e}gpj.exe",
        "https://exemple.fr/a\u{ad}b",
        "https://",
        "javascript:alert(1)",
    ] {
        let mut entry = tool("lien", "Lien");
        entry["url"] = json!(url);
        let file = write_catalogue(dir.path(), "lien.json", &json!({ "tools": [entry] }));
        let output = check(&file);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(3), "{url:?}: {stderr}");
        assert!(stderr.contains("`url`"), "{url:?}: {stderr}");
        assert!(!has_hidden(&stderr), "{url:?}: {stderr:?}");
    }
}
