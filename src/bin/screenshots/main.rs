//! Renders the main screens of the interface, through the same path as real
//! key presses (keymap → update → draw), into SVG files with their colours.
//!
//! `cargo run --features dev-tools --bin screenshots` writes `screenshots/*.svg`;
//! `cargo run --features dev-tools --bin screenshots -- --check` writes nothing and exits with 1
//! when a committed file differs from what the interface draws now.
//! An extra argument names another folder.

mod palette;
mod shots;
mod svg;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use shots::{SHOTS, render};
use svg::to_svg;

fn main() -> ExitCode {
    let mut check = false;
    let mut dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/screenshots"));
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check" => check = true,
            "-h" | "--help" => {
                println!("usage: screenshots [--check] [FOLDER]");
                return ExitCode::SUCCESS;
            }
            _ => dir = PathBuf::from(arg),
        }
    }
    match run(&dir, check) {
        Ok(stale) if stale.is_empty() => ExitCode::SUCCESS,
        Ok(stale) => {
            eprintln!("{}", repere::text::screenshots::stale_screenshots(&stale));
            ExitCode::FAILURE
        }
        Err(message) => {
            eprintln!("screenshots: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Renders every shot; returns the files that differ (check) or were
/// rewritten (write).
fn run(dir: &Path, check: bool) -> Result<Vec<String>, String> {
    let catalog = repere::catalog::embedded().map_err(|e| e.to_string())?;
    if !check {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let with_colleague = shots::with_colleague(&catalog)?;
    let mut stale = Vec::new();
    for shot in SHOTS {
        let drawn_from = match shot.catalogue {
            shots::Catalogue::Bundled => catalog.clone(),
            shots::Catalogue::WithColleague => with_colleague.clone(),
        };
        let svg = to_svg(&render(shot, drawn_from));
        let path = dir.join(shot.file);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(svg.as_str()) {
            continue;
        }
        if check {
            stale.push(path.display().to_string());
        } else {
            std::fs::write(&path, svg).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("{}", path.display());
        }
    }
    if check { Ok(stale) } else { Ok(Vec::new()) }
}
