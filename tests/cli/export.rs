//! The printable guide in real tools: HTML checked by `tidy`, rendered by a
//! headless Chromium (printed to PDF, read back with `pdftotext`), the
//! committed screenshot checked stale, and the Markdown's tables.
//!
//! Outside CI a missing tool skips its test with a message; under `CI=true`
//! it fails (`.ci/run` installs chromium, tidy and poppler-utils).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The needs printed in the committed screenshot.
const SCREENSHOT_NEEDS: [&str; 2] = ["texte-collaboratif", "mur-post-it"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A guide with the shared overlay fixture (a note, a local message, an
/// evaluation), on a fixed date so the output is reproducible.
fn export(args: &[&str]) -> String {
    let overlay = root().join("tests/fixtures/local/partage.json");
    let home = tempfile::tempdir().unwrap();
    let output = crate::common::program()
        .arg("--data")
        .arg(&overlay)
        .arg("export")
        .args(args)
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("REPERE_AUJOURDHUI", "2026-03-12")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn needs_args(needs: &[&str]) -> Vec<String> {
    needs
        .iter()
        .flat_map(|n| ["--besoin".to_owned(), (*n).to_owned()])
        .collect()
}

/// A tool on the PATH, or `None` outside CI (a failure under CI).
fn tool(names: &[&str]) -> Option<PathBuf> {
    for name in names {
        if let Ok(out) = Command::new("sh")
            .arg("-c")
            .arg(format!("command -v {name}"))
            .output()
            && out.status.success()
        {
            return Some(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
        }
    }
    assert!(
        std::env::var("CI").is_err(),
        "{names:?} missing under CI=true (apt-get install chromium tidy poppler-utils)"
    );
    eprintln!("skipped: {names:?} not installed");
    None
}

/// Chromium in a sandbox of its own: it writes crash settings and dconf
/// files under HOME even with `--user-data-dir`, and would read the
/// developer's display and desktop.
fn chromium(out_dir: &Path, extra: &[String], page: &Path) -> std::process::Output {
    let browser = tool(&["chromium", "chromium-browser"]).unwrap();
    let sandbox = crate::common::Sandbox::new();
    sandbox
        .apply(&mut Command::new(browser))
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!(
            "--user-data-dir={}",
            out_dir.join("profile").display()
        ))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap()
}

#[test]
fn html_is_self_contained_and_valid() {
    let html = export(&["--format", "html"]);
    for forbidden in [
        "<script", "<link", "<iframe", "<img", "src=", "@import", "url(",
    ] {
        assert!(!html.contains(forbidden), "{forbidden} in the page");
    }
    assert!(html.contains("@media print") && html.contains("break-before: page"));
    let Some(tidy) = tool(&["tidy"]) else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("guide.html");
    std::fs::write(&page, &html).unwrap();
    // Its own HOME: tidy reads the developer's ~/.tidyrc.
    let sandbox = crate::common::Sandbox::new();
    let checked = sandbox
        .apply(&mut Command::new(tidy))
        .args(["-q", "-e"])
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(
        checked.status.code(),
        Some(0),
        "tidy: {}",
        String::from_utf8_lossy(&checked.stderr)
    );
}

/// The whole guide printed by headless Chromium and read back with
/// `pdftotext`: page count, every tool and every repère, the card's
/// markers, blanks as fields to fill, and no web address split.
#[test]
fn chromium_prints_the_card_on_paper() {
    let html = export(&[]);
    if tool(&["chromium", "chromium-browser"]).is_none() || tool(&["pdftotext"]).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("guide.html");
    std::fs::write(&page, &html).unwrap();
    let pdf = dir.path().join("guide.pdf");
    let printed = chromium(
        dir.path(),
        &[
            "--no-pdf-header-footer".to_owned(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
        &page,
    );
    assert!(
        pdf.is_file(),
        "no PDF: {}",
        String::from_utf8_lossy(&printed.stderr)
    );
    let text = String::from_utf8(
        Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    // pdftotext ends each page with a form feed.
    let pages = text.matches('\u{c}').count();
    assert!((10..=32).contains(&pages), "{pages} pages");
    let squeeze = |t: &str| -> String {
        t.chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
            .collect()
    };
    let squeezed = squeeze(&text);
    let catalog =
        repere::catalog::load(&[root().join("tests/fixtures/local/partage.json")], true).unwrap();
    for t in &catalog.tools {
        assert!(squeezed.contains(&squeeze(&t.name)), "{} missing", t.name);
    }
    assert_eq!(catalog.guidance.len(), 30);
    for g in &catalog.guidance {
        assert!(
            squeezed.contains(&squeeze(&g.title)),
            "repère {} missing",
            g.id
        );
    }
    for marker in [
        "[formulation datée]",
        "Sources en désaccord",
        "non évalué par les sources",
        "purement informative",
        "Message construit selon la consigne de la source",
        "Ce message date de 2020",
        "[Nom de l'enseignant]",
        "[évaluation locale]",
        "Sommaire",
        "Documents cités",
    ] {
        assert!(
            squeezed.contains(&squeeze(marker)),
            "« {marker} » not printed"
        );
    }
    assert!(!text.contains("{enseignant}"), "a raw blank is printed");
    // Every address printed whole on one line.
    let urls: Vec<&str> = catalog
        .tools
        .iter()
        .filter_map(|t| t.url.as_deref())
        .collect();
    assert!(urls.len() > 40);
    for url in urls {
        assert!(text.contains(url), "{url} is split or missing");
    }
    // Private notes stay out unless asked for.
    assert!(!squeezed.contains(&squeeze("Note locale du 12/03/2026")));
}

#[test]
fn private_notes_are_printed_only_when_asked_and_signed() {
    // The fixture's note, by its words: whatever its heading says.
    let note = "etherpad.snopyta.org ne répond plus";
    let without = export(&["--format", "md"]);
    assert!(!without.contains(note), "a private note is printed");
    assert!(without.contains("--avec-notes"));
    let with = export(&["--format", "md", "--avec-notes"]);
    assert!(with.contains(note), "{with}");
    assert!(
        with.contains("Note du 12/03/2026 (Claire Dupont)"),
        "{with}"
    );
    // The locally written message and the evaluation are the adviser's
    // additions, printed with their author either way.
    assert!(without.contains("Message rédigé localement le 12/03/2026"));
    assert!(without.contains("Évaluation locale du 12/03/2026 (Claire Dupont)"));
}

/// `screenshots/guide.png` was rendered from `screenshots/guide.html`; the
/// page must still be what `repere export` writes today. Regenerate both
/// with `REPERE_UPDATE_SCREENSHOTS=1 cargo test --test export`.
#[test]
fn guide_screenshot_is_not_stale() {
    let args = needs_args(&SCREENSHOT_NEEDS);
    let html = export(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let committed_html = root().join("screenshots/guide.html");
    let png = root().join("screenshots/guide.png");
    if std::env::var("REPERE_UPDATE_SCREENSHOTS").is_ok() {
        std::fs::write(&committed_html, &html).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let shot = chromium(
            dir.path(),
            &[
                "--hide-scrollbars".to_owned(),
                "--window-size=1200,1500".to_owned(),
                format!("--screenshot={}", png.display()),
            ],
            &committed_html,
        );
        assert!(
            shot.status.success(),
            "{}",
            String::from_utf8_lossy(&shot.stderr)
        );
    }
    let saved = std::fs::read_to_string(&committed_html).unwrap_or_default();
    assert!(
        saved == html,
        "screenshots/guide.html is stale: REPERE_UPDATE_SCREENSHOTS=1 cargo test --test export"
    );
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 10_000);
}

#[test]
fn markdown_has_one_table_per_need_and_marks_local_additions() {
    let md = export(&[
        "--format",
        "md",
        "--besoin",
        "texte-collaboratif",
        "--besoin",
        "mur-post-it",
    ]);
    assert_eq!(md.matches("|---|---|---|---|---|---|").count(), 2);
    for line in md.lines().filter(|l| l.starts_with("| **")) {
        // Six cells: seven unescaped pipes.
        let pipes = line.replace("\\|", "").matches('|').count();
        assert_eq!(pipes, 7, "{line}");
    }
    assert!(md.contains("Message rédigé localement le 12/03/2026"));
    assert!(md.contains("## Repères généraux"));
    assert!(
        md.contains("**Digipad** \\[évaluation locale\\]")
            || md.contains("**Digipad** [évaluation locale]"),
        "{md}"
    );
    assert!(md.contains("### Règles générales de sécurité (ministère)"));
}

#[test]
fn territory_orders_and_labels_the_tools() {
    let md = export(&[
        "--format",
        "md",
        "--besoin",
        "visioconference",
        "--territoire",
        "fwb",
    ]);
    assert!(
        md.lines()
            .next()
            .unwrap()
            .ends_with("— Fédération Wallonie-Bruxelles")
    );
    // The tool's own availability, in its level cell (alternatives in
    // another cell may be outside too).
    let outside = "hors de votre territoire (Fédération Wallonie-Bruxelles)";
    let rows: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| **"))
        .map(|l| l.split(" | ").nth(2).unwrap())
        .collect();
    let first_outside = rows
        .iter()
        .position(|r| r.contains(outside))
        .expect("national French tools are outside FWB");
    assert!(
        rows[first_outside..].iter().all(|r| r.contains(outside)),
        "tools outside the territory come last"
    );
}
