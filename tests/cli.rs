//! The command line end to end, with the built binary, no colour and no
//! display.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output};

use repere::catalog::{self, Catalog, Risk, Tool};

fn repere(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_repere"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("SSH_CONNECTION")
        .env_remove("SSH_TTY")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .output()
        .expect("the repere binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Exit 0, nothing on stderr; returns stdout.
fn success(args: &[&str]) -> String {
    let output = repere(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "repere {args:?} failed: {}",
        stderr(&output)
    );
    assert!(
        output.stderr.is_empty(),
        "repere {args:?} wrote on stderr: {}",
        stderr(&output)
    );
    stdout(&output)
}

/// Exit 1, nothing on stdout, one line `repere : …` on stderr; returns it.
fn failure(args: &[&str]) -> String {
    let output = repere(args);
    assert_eq!(output.status.code(), Some(1), "repere {args:?}");
    assert!(
        output.stdout.is_empty(),
        "repere {args:?} wrote on stdout: {}",
        stdout(&output)
    );
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "repere {args:?}: {err:?}");
    assert!(err.starts_with("repere : "), "{err:?}");
    assert!(
        !err.contains("panicked") && !err.contains("Backtrace"),
        "{err}"
    );
    err
}

fn embedded() -> Catalog {
    catalog::embedded().unwrap()
}

/// Text with every whitespace removed, to find a sentence across wrapping.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn assert_fits(text: &str, width: usize, what: &str) {
    let long: Vec<(usize, &str)> = text
        .lines()
        .map(|l| (l.chars().count(), l))
        .filter(|(n, _)| *n > width)
        .collect();
    assert!(
        long.is_empty(),
        "{what}: lines wider than {width} columns: {long:#?}"
    );
}

#[test]
fn search_json_is_an_array_best_first() {
    let out = success(&["search", "whatsapp", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = value.as_array().expect("a JSON array");
    assert!(!items.is_empty());
    let first = items[0].as_object().expect("an object");
    for field in ["id", "name", "categories", "risk", "score"] {
        assert!(
            first.contains_key(field),
            "field {field} missing: {first:?}"
        );
    }
    assert_eq!(first["id"], "whatsapp");
    assert_eq!(first["name"], "WhatsApp");
    assert_eq!(first["risk"], "forbidden");
    assert_eq!(first["categories"][0], "messagerie-instantanee");
    assert!(first["score"].as_i64().unwrap() > 0);
}

#[test]
fn search_json_respects_the_limit_and_matches_the_library() {
    let catalog = embedded();
    let hits = repere::cli::tool_index(&catalog).search("pad");
    assert!(hits.len() > 3);
    let out = success(&["search", "pad", "--json", "--limit", "3"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = hits[..3]
        .iter()
        .map(|h| catalog.tools[h.index].id.as_str())
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn search_plain_lists_name_level_and_id() {
    let out = success(&["search", "zoom"]);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("Zoom "), "{first}");
    assert!(first.contains("✗ Proscrit"), "{first}");
    assert!(first.trim_end().ends_with(" zoom"), "{first}");

    let none = success(&["search", "xyzzyq"]);
    assert!(
        none.starts_with("Aucun outil ne correspond à « xyzzyq »"),
        "{none}"
    );
    let none = success(&["search", "xyzzyq", "--json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&none).unwrap();
    assert!(items.is_empty());
}

#[test]
fn show_zoom_explains_the_level_and_offers_safer_tools() {
    let catalog = embedded();
    let zoom = catalog.tool("zoom").unwrap();
    let out = success(&["show", "zoom"]);
    assert!(out.starts_with("Zoom — ✗ Proscrit\n"), "{out}");
    assert!(out.contains("Niveau de risque : ✗ Proscrit"));
    assert!(
        squeeze(&out).contains(&squeeze(&zoom.risk.rationale)),
        "rationale missing from:\n{out}"
    );

    let (_, after) = out
        .split_once("Alternatives plus sûres :\n")
        .expect("an alternatives section");
    let alternatives: Vec<&str> = after.lines().take_while(|l| l.starts_with("- ")).collect();
    assert!(!alternatives.is_empty(), "{out}");
    // The explicit alternative comes first, then derived ones.
    assert!(
        alternatives[0].contains("(cned-classe-virtuelle)"),
        "{alternatives:?}"
    );
    let institutional: Vec<&&str> = alternatives
        .iter()
        .filter(|l| l.ends_with("[✓ Institutionnel]"))
        .collect();
    assert!(!institutional.is_empty(), "{alternatives:?}");
    for line in &alternatives {
        let id = line
            .rsplit_once(" (")
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(id, _)| id)
            .unwrap();
        let tool = catalog.tool(id).unwrap_or_else(|| panic!("{line}"));
        assert!(tool.risk.level < Risk::Forbidden, "{line}");
        assert!(
            tool.categories.iter().any(|c| c == "visioconference"),
            "{line}"
        );
    }
    assert!(out.contains("Sources :"));
    assert!(out.contains("DSDEN 74"));
}

#[test]
fn show_zoom_fits_80_columns() {
    let out = success(&["show", "zoom"]);
    assert_fits(&out, 80, "repere show zoom");
}

/// `repere show ID` for every tool of the catalogue.
fn all_cards() -> Vec<(String, String)> {
    embedded()
        .tools
        .iter()
        .map(|tool| (tool.id.clone(), success(&["show", &tool.id])))
        .collect()
}

/// Every card fits 80 columns, except a line that is one unbreakable word
/// (a long web address).
#[test]
fn every_card_fits_80_columns() {
    let mut failures = Vec::new();
    for (id, card) in all_cards() {
        for line in card.lines() {
            let unbreakable = !line.trim().trim_start_matches("- ").contains(' ');
            if line.chars().count() > 80 && !unbreakable {
                failures.push(format!("{id}: {line}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// With NO_COLOR and a pipe, cards are plain text: no escape sequence.
#[test]
fn every_card_is_plain_text() {
    let catalog = embedded();
    for (id, card) in all_cards() {
        assert!(
            !card.chars().any(|c| c.is_control() && c != '\n'),
            "{id}: control character in the card"
        );
        let name = &catalog.tool(&id).unwrap().name;
        assert!(card.starts_with(&format!("{name} — ")), "{id}");
        assert!(card.contains("\nSources :\n"), "{id}");
    }
}

#[test]
fn show_json_round_trips_to_the_tool() {
    let catalog = embedded();
    let out = success(&["show", "zoom", "--json"]);
    let mut card: serde_json::Value = serde_json::from_str(&out).unwrap();
    let zoom = catalog.tool("zoom").unwrap();
    // What is computed at lookup (issue 10) comes on top of the stored tool;
    // the alternatives are the computed ones, the stored ones first.
    let computed = card.as_object_mut().unwrap();
    for key in ["age", "dated", "disagreement"] {
        assert!(computed.remove(key).is_some(), "{key}");
    }
    let alternatives = computed.remove("alternatives").unwrap();
    let alternatives: Vec<String> = serde_json::from_value(alternatives).unwrap();
    assert!(
        alternatives.starts_with(&zoom.alternatives),
        "{alternatives:?}"
    );
    computed.insert("alternatives".into(), serde_json::json!(zoom.alternatives));
    let tool: Tool = serde_json::from_value(card).unwrap();
    assert_eq!(&tool, zoom);
}

#[test]
fn show_finds_a_misspelt_name_and_says_it_picked_the_best_match() {
    let output = repere(&["show", "zooom"]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("Zoom — ✗ Proscrit\n"));
    assert_eq!(
        stderr(&output),
        "Meilleure correspondance pour « zooom » : Zoom.\n"
    );
    let output = repere(&["show", "ent"]);
    let note = stderr(&output);
    assert!(
        note.starts_with("Meilleure correspondance pour « ent » : "),
        "{note}"
    );
    assert!(note.contains(" Autres : "), "{note}");
    let output = repere(&["show", "toute", "mon", "année"]);
    assert!(stdout(&output).starts_with("TouteMonAnnée — "));
    // An exact id is no guess: nothing on stderr.
    success(&["show", "zoom"]);
}

#[test]
fn message_of_a_forbidden_tool_warns_and_json_outputs() {
    // No message for WhatsApp in the sources: the one error line gives
    // the level. (With a message, it goes first on stderr: « Attention… ».)
    let err = failure(&["message", "whatsapp"]);
    assert!(err.contains("WhatsApp (✗ Proscrit)"), "{err}");
    let out = success(&[
        "message",
        "tribu",
        "--json",
        "--set",
        "adresse_espace=https://x.example",
    ]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["id"], "tribu");
    assert!(
        value["message"]
            .as_str()
            .unwrap()
            .contains("https://x.example")
    );
    assert_eq!(value["missing"], serde_json::json!([]));
    let out = success(&["guide", "--json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(items.len(), embedded().guidance.len());
    let out = success(&["guide", "regles-securite", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["id"], "regles-securite");
}

#[test]
fn search_limit_says_how_many_more() {
    let output = repere(&["search", "visio", "--limit", "2"]);
    assert!(output.status.success());
    assert_eq!(stdout(&output).lines().count(), 2);
    let note = stderr(&output);
    assert!(note.starts_with("… et "), "{note}");
    assert!(note.contains("--limit N"), "{note}");
}

#[test]
fn show_an_unknown_tool_fails_in_one_line() {
    let err = failure(&["show", "xyzzyq"]);
    assert!(err.contains("Aucun outil"), "{err}");
    assert!(err.contains("« xyzzyq »"), "{err}");
}

#[test]
fn message_fills_the_blanks_given() {
    let out = success(&[
        "message",
        "tribu",
        "--set",
        "adresse_espace=https://example.org",
    ]);
    assert!(out.contains("https://example.org"), "{out}");
    assert!(!out.contains("{adresse_espace}"), "{out}");
    assert!(!out.contains("[Adresse de l'espace de partage]"), "{out}");
    assert!(
        out.starts_with("Afin de vous communiquer des documents"),
        "{out}"
    );
    let catalog = embedded();
    let tribu = catalog.tool("tribu").unwrap();
    let template = &tribu.family_message.as_ref().unwrap().text;
    assert_eq!(
        out,
        format!(
            "{}\n",
            template.replace("{adresse_espace}", "https://example.org")
        )
    );
}

#[test]
fn message_without_values_shows_labels_and_a_hint() {
    let output = repere(&["message", "tribu"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(out.contains("[Adresse de l'espace de partage]"), "{out}");
    assert!(!out.contains("{adresse_espace}"), "{out}");
    let hint = stderr(&output);
    assert_eq!(hint.lines().count(), 1, "{hint}");
    assert!(hint.contains("adresse_espace"), "{hint}");
    assert!(hint.contains("--set"), "{hint}");
}

#[test]
fn message_with_an_unknown_blank_fails() {
    let err = failure(&["message", "tribu", "--set", "nope=1"]);
    assert!(err.contains("« nope »"), "{err}");
    assert!(err.contains("adresse_espace"), "{err}");
    let err = failure(&["message", "tribu", "--set", "sans-egal"]);
    assert!(err.contains("CLÉ=VALEUR"), "{err}");
}

#[test]
fn message_original_is_the_verbatim_source_text() {
    let catalog = embedded();
    let original = &catalog
        .tool("tribu")
        .unwrap()
        .family_message
        .as_ref()
        .unwrap()
        .original;
    let out = success(&["message", "tribu", "--original"]);
    assert!(out.contains("[adresse de l'espace TRIBU]"), "{out}");
    assert_eq!(out, format!("{original}\n"));
}

/// Without a display and with stderr a pipe, there is no clipboard: the
/// message is still printed, then one line says the copy failed.
#[test]
fn message_copy_without_a_clipboard_prints_then_fails() {
    let output = repere(&[
        "message",
        "tribu",
        "--copy",
        "--set",
        "adresse_espace=https://example.org",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("https://example.org"), "{out}");
    assert!(
        !out.contains('\u{1b}'),
        "escape sequence on stdout: {out:?}"
    );
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("repere : Copie impossible"), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "escape sequence on stderr: {err:?}"
    );
}

#[test]
fn message_for_a_tool_without_one_fails_and_says_so() {
    let err = failure(&["message", "zoom"]);
    assert!(
        err.contains("Aucun message type pour les familles"),
        "{err}"
    );
}

#[test]
fn check_prints_counts_for_the_four_levels() {
    let catalog = embedded();
    let counts = catalog.count_by_risk();
    let out = success(&["check"]);
    assert!(
        out.starts_with(&format!(
            "Catalogue valide : {} outils, {} besoins, {} repères généraux, {} sources.",
            catalog.tools.len(),
            catalog.categories.len(),
            catalog.guidance.len(),
            catalog.sources.len()
        )),
        "{out}"
    );
    let (_, levels) = out
        .split_once("Par niveau de risque :\n")
        .expect("a section per level");
    let levels: Vec<&str> = levels.lines().take_while(|l| !l.is_empty()).collect();
    assert_eq!(levels.len(), 4, "{levels:?}");
    let mut total = 0;
    for (risk, label) in [
        (Risk::Institutional, "Institutionnel"),
        (Risk::Precautions, "Avec précautions"),
        (Risk::Doubtful, "Doutes / à étudier"),
        (Risk::Forbidden, "Proscrit"),
    ] {
        let line = levels
            .iter()
            .find(|l| {
                l.trim_start()
                    .split_once(' ')
                    .is_some_and(|(_, rest)| rest.starts_with(&format!("{label} ")))
            })
            .unwrap_or_else(|| panic!("no line for {label} in:\n{out}"));
        assert!(
            line.trim_start()
                .starts_with(&repere::text::risk_badge(risk)),
            "{line}"
        );
        let shown: usize = line.split_whitespace().last().unwrap().parse().unwrap();
        let expected = counts.get(&risk).copied().unwrap_or(0);
        assert_eq!(shown, expected, "{label}");
        assert!(expected > 0, "no tool is {label}");
        total += shown;
    }
    assert_eq!(total, catalog.tools.len());
}

#[test]
fn help_and_version_succeed() {
    let help = success(&["--help"]);
    for command in ["search", "show", "message", "guide", "check"] {
        assert!(help.contains(command), "{command} missing from help");
    }
    assert!(help.contains("--data"));
    // The schema command is hidden.
    assert!(!help.contains("schema"), "{help}");
    let version = success(&["--version"]);
    assert_eq!(
        version.trim(),
        format!("repere {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(success(&["search", "--help"]).contains("--json"));
}

#[test]
fn bad_arguments_fail_without_a_backtrace() {
    let output = repere(&["show"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(!stderr(&output).contains("panicked"));
    let output = repere(&["nonexistent-command"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn guide_lists_every_section() {
    let catalog = embedded();
    let out = success(&["guide"]);
    assert_eq!(out.lines().count(), catalog.guidance.len());
    for (line, guidance) in out.lines().zip(&catalog.guidance) {
        assert!(line.starts_with(&format!("{} ", guidance.id)), "{line}");
        // Titles are cut with "…" to fit 80 columns.
        let shown = line[guidance.id.len()..].trim().trim_end_matches('…');
        assert!(guidance.title.starts_with(shown), "{line}");
        assert!(line.chars().count() <= 80, "{line}");
    }
    assert!(catalog.guidance.iter().any(|g| g.id == "regles-securite"));
}

#[test]
fn guide_prints_the_security_rules() {
    let catalog = embedded();
    let rules = catalog
        .guidance
        .iter()
        .find(|g| g.id == "regles-securite")
        .unwrap();
    let out = success(&["guide", "regles-securite"]);
    assert_eq!(out.lines().next(), Some(rules.title.as_str()));
    let flat = squeeze(&out);
    for item in &rules.items {
        assert!(
            flat.contains(&squeeze(&item.text)),
            "missing: {}",
            item.text
        );
    }
    for phrase in ["login et mot de passe", "double authentification", "HTTPS"] {
        assert!(flat.contains(&squeeze(phrase)), "{phrase}");
    }
    assert!(out.contains("(Ministère)"));
    // Found by words too.
    assert_eq!(success(&["guide", "double", "authentification"]), out);
}

#[test]
fn guide_unknown_section_fails() {
    let err = failure(&["guide", "xyzzyq"]);
    assert!(err.contains("Aucun repère"), "{err}");
}

#[test]
fn completions_and_man_page_are_generated() {
    let bash = success(&["completions", "bash"]);
    assert!(bash.contains("_repere()"), "{bash}");
    for command in ["search", "show", "message", "guide", "check"] {
        assert!(bash.contains(command), "{command} missing");
    }
    let zsh = success(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef repere"), "{zsh}");
    let man = success(&["man"]);
    assert!(man.contains(".TH repere 1"), "{man}");
    assert!(man.contains("Chercher un outil"), "{man}");
    // An unknown shell is an argument error (its wording is main.rs's).
    assert!(!repere(&["completions", "inconnu"]).status.success());
}
