//! Word wrapping of styled text to a width, counting display columns so
//! wide characters (CJK, emoji) take their real room.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::sanitize::clean;

/// Wraps styled pieces into lines of at most `width` columns; every line
/// starts with `indent` (the first with `first` instead).
pub fn wrap(
    pieces: &[(String, Style)],
    width: u16,
    first: &str,
    indent: &str,
) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut lines = Vec::new();
    let mut current: Vec<Span<'static>> = vec![Span::raw(first.to_owned())];
    let mut used = first.width();
    for (text, style) in pieces {
        for (i, paragraph) in clean(text).split('\n').enumerate() {
            if i > 0 {
                lines.push(Line::from(std::mem::take(&mut current)));
                current.push(Span::raw(indent.to_owned()));
                used = indent.width();
            }
            for word in split_keep_spaces(paragraph) {
                place_word(
                    word,
                    *style,
                    width,
                    indent,
                    &mut lines,
                    &mut current,
                    &mut used,
                );
            }
        }
    }
    lines.push(Line::from(current));
    lines
}

fn place_word(
    word: &str,
    style: Style,
    width: usize,
    indent: &str,
    lines: &mut Vec<Line<'static>>,
    current: &mut Vec<Span<'static>>,
    used: &mut usize,
) {
    let word_width = word.width();
    let is_space = word.trim().is_empty();
    if *used + word_width > width && *used > indent.width() {
        lines.push(Line::from(std::mem::take(current)));
        current.push(Span::raw(indent.to_owned()));
        *used = indent.width();
        if is_space {
            return;
        }
    }
    if *used + word_width <= width || width <= indent.width() {
        current.push(Span::styled(word.to_owned(), style));
        *used += word_width;
        return;
    }
    // A word longer than the line is cut by display width.
    let mut piece = String::new();
    for c in word.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if *used + piece.width() + w > width && !piece.is_empty() {
            current.push(Span::styled(std::mem::take(&mut piece), style));
            lines.push(Line::from(std::mem::take(current)));
            current.push(Span::raw(indent.to_owned()));
            *used = indent.width();
        }
        piece.push(c);
    }
    *used += piece.width();
    current.push(Span::styled(piece, style));
}

/// Splits into words and runs of spaces, keeping both.
fn split_keep_spaces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in text.char_indices() {
        let space = c == ' ';
        if in_space.is_some_and(|s| s != space) {
            out.push(&text[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn wraps_on_words_with_indent() {
        let lines = wrap(
            &[("un deux trois quatre".to_owned(), Style::new())],
            10,
            "- ",
            "  ",
        );
        assert_eq!(plain(&lines), vec!["- un deux", "  trois", "  quatre"]);
    }

    #[test]
    fn wide_characters_take_two_columns_and_long_words_are_cut() {
        let lines = wrap(&[("漢字漢字漢字".to_owned(), Style::new())], 5, "", "");
        assert_eq!(plain(&lines), vec!["漢字", "漢字", "漢字"]);
        for line in &lines {
            assert!(line.width() <= 5);
        }
    }
}
