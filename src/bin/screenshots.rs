//! Renders the main screens of the interface, through the same path as real
//! key presses (keymap → update → draw), into SVG files with their colours.
//!
//! `cargo run --bin screenshots` writes `screenshots/*.svg`;
//! `cargo run --bin screenshots -- --check` writes nothing and exits with 1
//! when a committed file differs from what the interface draws now.
//! An extra argument names another folder.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

use repere::app::keymap::action_for;
use repere::app::state::State;
use repere::app::store::Prefs;
use repere::app::update::update;
use repere::theme::Theme;

/// One screen to capture: a size and the keys typed from a fresh start.
struct Shot {
    file: &'static str,
    width: u16,
    height: u16,
    keys: &'static [Key],
}

/// A key press, written as in the keymap.
#[derive(Clone, Copy)]
enum Key {
    Text(&'static str),
    Enter,
    /// A key of the key tables (Ctrl-Y, F1…).
    Table(repere::app::keymap::Key),
}

const SHOTS: &[Shot] = &[
    Shot {
        file: "main-120x40.svg",
        width: 120,
        height: 40,
        keys: &[],
    },
    Shot {
        file: "main-80x24.svg",
        width: 80,
        height: 24,
        keys: &[],
    },
    Shot {
        file: "search-padlet-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Text("/padlet")],
    },
    Shot {
        file: "forbidden-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Text("/zoom"), Key::Enter],
    },
    Shot {
        file: "form-80x24.svg",
        width: 80,
        height: 24,
        keys: &[
            Key::Text("/tribu"),
            Key::Enter,
            Key::Table(repere::app::keymap::keys::ctrl('y')),
        ],
    },
    Shot {
        file: "territory-120x40.svg",
        width: 120,
        height: 40,
        keys: &[
            Key::Table(repere::app::keymap::keys::plain(KeyCode::F(2))),
            Key::Text("86"),
            Key::Enter,
            Key::Text("/messagerie"),
        ],
    },
    Shot {
        file: "help-120x40.svg",
        width: 120,
        height: 40,
        keys: &[Key::Table(repere::app::keymap::keys::plain(KeyCode::F(1)))],
    },
];

/// Pixels per cell and font size: integers keep the output byte-stable.
const CELL_W: u32 = 9;
const CELL_H: u32 = 18;
const FONT_SIZE: u32 = 15;
const BASELINE: u32 = 14;
const FONT: &str = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";
/// The terminal's own colours, for `Color::Reset`.
const DEFAULT_FG: &str = "#d0d0d0";
const DEFAULT_BG: &str = "#1c1c1c";

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
            eprintln!(
                "Captures d'écran périmées : {}.\nRégénérez-les avec : cargo run --bin screenshots",
                stale.join(", ")
            );
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
    let mut stale = Vec::new();
    for shot in SHOTS {
        let svg = to_svg(&render(shot, catalog.clone()));
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

/// Types the shot's keys into a fresh state and draws it.
fn render(shot: &Shot, catalog: repere::catalog::Catalog) -> Buffer {
    let mut state = State::new(catalog, Prefs::default(), (shot.width, shot.height));
    // A fixed month: the age of sources must not make screenshots stale.
    state.card_context.today = repere::catalog::provenance::YearMonth {
        year: 2026,
        month: 11,
    };
    for key in shot.keys {
        let events: Vec<KeyEvent> = match key {
            Key::Text(text) => text
                .chars()
                .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
                .collect(),
            Key::Enter => vec![KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)],
            Key::Table(key) => vec![key.event()],
        };
        for event in events {
            let event = Event::Key(event);
            if let Some(action) = action_for(&event, &state) {
                // Effects (clipboard, files) are not run: only the screen matters.
                let _ = update(&mut state, action);
            }
        }
    }
    let mut terminal = match Terminal::new(TestBackend::new(shot.width, shot.height)) {
        Ok(terminal) => terminal,
        Err(never) => match never {},
    };
    let drawn = terminal.draw(|frame| repere::ui::draw(frame, &state, Theme { color: true }));
    if let Err(never) = drawn {
        match never {}
    }
    terminal.backend().buffer().clone()
}

/// The colours and attributes a cell is painted with, reverse applied.
#[derive(Clone, PartialEq, Eq)]
struct Look {
    fg: String,
    bg: Option<String>,
    /// Bold, italic, dim, underlined, crossed out: what SVG can show.
    modifier: Modifier,
}

fn look(cell: &Cell) -> Look {
    let m = cell.modifier;
    let fg = colour(cell.fg);
    let bg = colour(cell.bg);
    let (fg, bg) = if m.contains(Modifier::REVERSED) {
        (
            bg.unwrap_or_else(|| DEFAULT_BG.to_owned()),
            Some(fg.unwrap_or_else(|| DEFAULT_FG.to_owned())),
        )
    } else {
        (fg.unwrap_or_else(|| DEFAULT_FG.to_owned()), bg)
    };
    let shown = Modifier::BOLD
        | Modifier::ITALIC
        | Modifier::DIM
        | Modifier::UNDERLINED
        | Modifier::CROSSED_OUT;
    Look {
        fg,
        bg,
        modifier: m & shown,
    }
}

/// A dark terminal palette (xterm-like); `None` is the terminal's default.
fn colour(color: Color) -> Option<String> {
    let hex = match color {
        Color::Reset => return None,
        Color::Black => "#000000",
        Color::Red => "#e05252",
        Color::Green => "#5fbf5f",
        Color::Yellow => "#d7b740",
        Color::Blue => "#5c8fe6",
        Color::Magenta => "#c678dd",
        Color::Cyan => "#44c0c8",
        Color::Gray => "#b0b0b0",
        Color::DarkGray => "#7a7a7a",
        Color::LightRed => "#ff7b7b",
        Color::LightGreen => "#8ae28a",
        Color::LightYellow => "#f0e07a",
        Color::LightBlue => "#8ab4ff",
        Color::LightMagenta => "#e0a0f0",
        Color::LightCyan => "#8ae8f0",
        Color::White => "#ffffff",
        Color::Rgb(r, g, b) => return Some(format!("#{r:02x}{g:02x}{b:02x}")),
        Color::Indexed(i) => return Some(indexed(i)),
    };
    Some(hex.to_owned())
}

/// The xterm 256-colour palette beyond the first sixteen.
fn indexed(i: u8) -> String {
    const BASE: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match i {
        0..=15 => colour(BASE[usize::from(i)]).unwrap_or_else(|| DEFAULT_FG.to_owned()),
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let n = i - 16;
            format!(
                "#{:02x}{:02x}{:02x}",
                level(n / 36),
                level(n / 6 % 6),
                level(n % 6)
            )
        }
        _ => {
            let v = 8 + (i - 232) * 10;
            format!("#{v:02x}{v:02x}{v:02x}")
        }
    }
}

/// A run of cells on one row drawn with one look.
struct Run {
    x: u16,
    cells: u16,
    text: String,
    look: Look,
}

/// One row's text runs: cells of one look, cut at plain spaces so each run
/// starts on its own cell even if the font's advance is slightly off.
fn runs(buffer: &Buffer, y: u16) -> Vec<Run> {
    let area = buffer.area;
    let mut out: Vec<Run> = Vec::new();
    let mut x = area.x;
    while x < area.right() {
        let cell = &buffer[(x, y)];
        let symbol = cell.symbol();
        let width = u16::try_from(symbol.width().max(1)).unwrap_or(1);
        let look = look(cell);
        let lined = look
            .modifier
            .intersects(Modifier::UNDERLINED | Modifier::CROSSED_OUT);
        let blank = symbol.trim().is_empty() && !lined;
        if !blank {
            match out.last_mut() {
                Some(run) if run.look == look && run.x + run.cells == x => {
                    run.text.push_str(symbol);
                    run.cells += width;
                }
                _ => out.push(Run {
                    x,
                    cells: width,
                    text: symbol.to_owned(),
                    look,
                }),
            }
        }
        x = x.saturating_add(width);
    }
    out
}

/// Background rectangles of one row, adjacent cells of a colour merged.
fn backgrounds(buffer: &Buffer, y: u16) -> Vec<(u16, u16, String)> {
    let area = buffer.area;
    let mut out: Vec<(u16, u16, String)> = Vec::new();
    for x in area.x..area.right() {
        let Some(bg) = look(&buffer[(x, y)]).bg else {
            continue;
        };
        match out.last_mut() {
            Some((start, len, colour)) if *colour == bg && *start + *len == x => *len += 1,
            _ => out.push((x, 1, bg)),
        }
    }
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The buffer as a standalone SVG: a dark terminal with its cells.
fn to_svg(buffer: &Buffer) -> String {
    let area = buffer.area;
    let width = u32::from(area.width) * CELL_W;
    let height = u32::from(area.height) * CELL_H;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"{FONT}\" font-size=\"{FONT_SIZE}\">"
    );
    let _ = writeln!(
        svg,
        "<rect width=\"{width}\" height=\"{height}\" fill=\"{DEFAULT_BG}\"/>"
    );
    for y in area.y..area.bottom() {
        let top = u32::from(y - area.y) * CELL_H;
        for (x, len, bg) in backgrounds(buffer, y) {
            let _ = writeln!(
                svg,
                "<rect x=\"{}\" y=\"{top}\" width=\"{}\" height=\"{CELL_H}\" fill=\"{bg}\"/>",
                u32::from(x - area.x) * CELL_W,
                u32::from(len) * CELL_W
            );
        }
    }
    for y in area.y..area.bottom() {
        let row = runs(buffer, y);
        if row.is_empty() {
            continue;
        }
        let baseline = u32::from(y - area.y) * CELL_H + BASELINE;
        let _ = write!(svg, "<text y=\"{baseline}\" xml:space=\"preserve\">");
        for run in row {
            let mut attrs = format!(" x=\"{}\"", u32::from(run.x - area.x) * CELL_W);
            let _ = write!(attrs, " fill=\"{}\"", run.look.fg);
            let m = run.look.modifier;
            if m.contains(Modifier::BOLD) {
                attrs.push_str(" font-weight=\"bold\"");
            }
            if m.contains(Modifier::ITALIC) {
                attrs.push_str(" font-style=\"italic\"");
            }
            if m.contains(Modifier::DIM) {
                attrs.push_str(" fill-opacity=\"0.6\"");
            }
            match (
                m.contains(Modifier::UNDERLINED),
                m.contains(Modifier::CROSSED_OUT),
            ) {
                (true, true) => attrs.push_str(" text-decoration=\"underline line-through\""),
                (true, false) => attrs.push_str(" text-decoration=\"underline\""),
                (false, true) => attrs.push_str(" text-decoration=\"line-through\""),
                (false, false) => {}
            }
            // The run's width in cells, so the font cannot stretch the row.
            let _ = write!(
                attrs,
                " textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"",
                u32::from(run.cells) * CELL_W
            );
            let _ = write!(svg, "<tspan{attrs}>{}</tspan>", escape(&run.text));
        }
        svg.push_str("</text>\n");
    }
    svg.push_str("</svg>\n");
    svg
}
