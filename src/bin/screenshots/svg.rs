//! The SVG writer: a buffer as a standalone picture of a dark terminal,
//! background rectangles then text runs on a fixed cell grid.

use std::fmt::Write as _;

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

use crate::palette::{DEFAULT_BG, Look, look};

/// Pixels per cell and font size: integers keep the output byte-stable.
const CELL_W: u32 = 9;
const CELL_H: u32 = 18;
const FONT_SIZE: u32 = 15;
const BASELINE: u32 = 14;
const FONT: &str = repere::text::screenshots::SVG_FONT_FAMILY;

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
pub fn to_svg(buffer: &Buffer) -> String {
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
