//! How a cell is painted: its colours (a dark xterm-like palette, reverse
//! applied) and the attributes an SVG can show.

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

/// The terminal's own colours, for `Color::Reset`.
const DEFAULT_FG: &str = "#d0d0d0";
pub const DEFAULT_BG: &str = "#1c1c1c";

/// The colours and attributes a cell is painted with, reverse applied.
#[derive(Clone, PartialEq, Eq)]
pub struct Look {
    pub fg: String,
    pub bg: Option<String>,
    /// Bold, italic, dim, underlined, crossed out: what SVG can show.
    pub modifier: Modifier,
}

pub fn look(cell: &Cell) -> Look {
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
