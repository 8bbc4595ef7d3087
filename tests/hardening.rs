//! The command line against hostile arguments and files: parser errors,
//! output errors, invisible characters, placeholders, addresses, FIFOs,
//! devices, huge files, odd file names, large folders. Every case runs the
//! built binary and asserts a one-sentence French answer, never a hang.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Runs the binary with `args`, stdin empty, killed after 10 s (a hang
/// fails the test instead of blocking it).
fn repere(args: &[&std::ffi::OsStr]) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_repere"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(child.wait_with_output());
    });
    match receive.recv_timeout(Duration::from_secs(10)) {
        Ok(output) => output.unwrap(),
        Err(_) => {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            panic!("repere {args:?} did not finish within 10 s");
        }
    }
}

fn run(args: &[&str]) -> Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    repere(&args)
}

/// A control, bidi, invisible or format character (the test's own list,
/// independent of the program's).
fn hidden(c: char) -> bool {
    c.is_control()
        || INVISIBLE.contains(&c)
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
            | '\u{fe00}'..='\u{fe0f}' | '\u{e0000}'..='\u{e007f}' | '\u{e0100}'..='\u{e01ef}')
}

/// Any such character, or a line break before the final one.
fn has_hidden(text: &str) -> bool {
    text.trim_end_matches('\n').chars().any(hidden)
}

/// One line on stderr, in French, clean, nothing on stdout.
fn assert_one_sentence(output: &Output, code: i32, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "{what}: {stderr:?}");
    assert!(output.stdout.is_empty(), "{what}: stdout not empty");
    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr:?}");
    assert!(!has_hidden(&stderr), "{what}: {stderr:?}");
    for english in [
        "error:", "tip:", "Usage", "panicked", "Location", "For more",
    ] {
        assert!(!stderr.contains(english), "{what}: {stderr:?}");
    }
    assert!(stderr.starts_with("repere : "), "{what}: {stderr:?}");
    stderr
}

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
    for flag in ["--help", "--version", "-h", "-V"] {
        let full = std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_repere"))
            .arg(flag)
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert!(!output.status.success(), "{flag} > /dev/full exited 0");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{flag}: {stderr:?}");
        let output = run(&[flag]);
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

/// A valid tool using the bundled sources and categories.
fn tool(id: &str, name: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "summary": "Résumé",
        "categories": ["visioconference"],
        "url": "https://exemple.fr/",
        "statements": [
            { "field": "precautions", "text": "Précaution", "source": "dsden74-2020", "loc": "p. 1" }
        ],
        "family_message": {
            "text": "Bonjour, le code est {mot_de_passe}.",
            "original": "Bonjour, le code est ??????.",
            "source": "dsden74-2020"
        },
        "risk": { "level": "doubtful", "rationale": "Raison", "sources": ["dsden74-2020"] }
    })
}

fn write_catalogue(dir: &Path, name: &str, part: &Value) -> std::path::PathBuf {
    let file = dir.join(name);
    std::fs::write(&file, part.to_string()).unwrap();
    file
}

fn check(file: &Path) -> Output {
    repere(&["--data".as_ref(), file.as_os_str(), "check".as_ref()])
}

/// One character of each class the policy removes.
const INVISIBLE: &[char] = &[
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{200e}',
    '\u{200f}',
    '\u{202a}',
    '\u{2060}',
    '\u{2066}',
    '\u{2069}',
    '\u{061c}',
    '\u{2028}',
    '\u{2029}',
    '\u{feff}',
    '\u{ad}',
    '\u{e0041}',
    '\u{e007f}',
    '\u{fe0f}',
    '\u{e0100}',
    '\u{600}',
    '\u{1d173}',
    '\u{3164}',
    '\u{115f}',
];

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
            assert_eq!(output.status.code(), Some(1), "{what}: {stderr}");
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
    for command in [&["message", "cache"][..], &["show", "cache"][..]] {
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
            stdout.contains("Bonjour") || stdout.contains("Résumé"),
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
        assert_eq!(output.status.code(), Some(1), "{text:?}: {stderr}");
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
        assert_eq!(output.status.code(), Some(1), "{url:?}: {stderr}");
        assert!(stderr.contains("`url`"), "{url:?}: {stderr}");
        assert!(!has_hidden(&stderr), "{url:?}: {stderr:?}");
    }
}

#[cfg(unix)]
#[test]
fn only_regular_files_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("tuyau.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for path in [
        fifo.as_path(),
        Path::new("/dev/zero"),
        Path::new("/dev/null"),
    ] {
        let started = Instant::now();
        let output = check(path);
        assert!(started.elapsed() < Duration::from_secs(5), "{path:?}");
        let stderr = assert_one_sentence(&output, 1, &format!("{path:?}"));
        assert!(stderr.contains("fichier ordinaire"), "{stderr}");
    }
    // The same FIFO inside a folder: named, not skipped silently.
    write_catalogue(
        dir.path(),
        "01-outil.json",
        &json!({ "tools": [tool("a", "A")] }),
    );
    let output = check(dir.path());
    let stderr = assert_one_sentence(&output, 1, "folder with a FIFO");
    assert!(stderr.contains("tuyau.json"), "{stderr}");
}

#[test]
fn a_huge_catalogue_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("enorme.json");
    // Sparse: takes no room, but its size is over the cap.
    std::fs::File::create(&file)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap();
    let started = Instant::now();
    let output = check(&file);
    assert!(started.elapsed() < Duration::from_secs(3));
    let stderr = assert_one_sentence(&output, 1, "huge file");
    assert!(stderr.contains("trop gros"), "{stderr}");
}

#[test]
fn byte_order_marks_and_invalid_utf8_are_explained_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let good = json!({ "tools": [tool("bom", "Bom")] }).to_string();
    let bom = dir.path().join("bom.json");
    std::fs::write(&bom, format!("\u{feff}{good}")).unwrap();
    let stderr = assert_one_sentence(&check(&bom), 1, "BOM");
    assert!(stderr.contains("BOM"), "{stderr}");
    let latin = dir.path().join("latin1.json");
    let mut bytes = good.replace("Bom", "Caf\u{0}").into_bytes();
    let at = bytes.iter().position(|&b| b == 0).unwrap();
    bytes[at] = 0xE9; // é in Latin-1
    std::fs::write(&latin, bytes).unwrap();
    let stderr = assert_one_sentence(&check(&latin), 1, "Latin-1");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(stderr.contains("latin1.json:1:"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_named_not_skipped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    write_catalogue(
        dir.path(),
        "01-outil.json",
        &json!({ "tools": [tool("a", "A")] }),
    );
    let odd = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"caf\xe9\x1b[2J.json"));
    std::fs::write(&odd, json!({ "tools": [tool("b", "B")] }).to_string()).unwrap();
    let stderr = assert_one_sentence(&check(dir.path()), 1, "non-UTF-8 name");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(stderr.contains("caf"), "{stderr}");
}

#[test]
fn a_folder_of_20000_files_loads_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20_000 {
        let entry = tool(&format!("outil-{i}"), &format!("Outil {i}"));
        write_catalogue(
            dir.path(),
            &format!("{i:05}.json"),
            &json!({ "tools": [entry] }),
        );
    }
    // CPU time, not wall time: the machine may be busy with other tests.
    // bash's `times` prints the children's user and system time.
    let output = Command::new("bash")
        .arg("-c")
        .arg(r#""$0" --data "$1" check > /dev/null && times"#)
        .arg(env!("CARGO_BIN_EXE_repere"))
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    let seconds: f64 = stdout
        .lines()
        .nth(1)
        .expect("children's times")
        .split_whitespace()
        .map(|t| {
            let (minutes, secs) = t.trim_end_matches('s').split_once('m').unwrap();
            minutes.parse::<f64>().unwrap() * 60.0 + secs.parse::<f64>().unwrap()
        })
        .sum();
    assert!(seconds < 2.0, "{seconds} s of CPU for 20,000 files");
}
