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
    let mut lines = Lines {
        width: usize::from(width),
        indent: indent.to_owned(),
        done: Vec::new(),
        current: vec![Span::raw(first.to_owned())],
        used: first.width(),
        pending: None,
    };
    for (text, style) in pieces {
        for (i, paragraph) in clean(text).split('\n').enumerate() {
            if i > 0 {
                lines.break_line();
            }
            for word in split_keep_spaces(paragraph) {
                if word.starts_with(' ') {
                    lines.pending = Some(Span::styled(word.to_owned(), *style));
                } else {
                    lines.place(word, *style);
                }
            }
        }
    }
    lines.done.push(Line::from(lines.current));
    lines.done
}

/// Wraps a text paragraph by paragraph, each continued under its own
/// text: after its leading spaces, and after a « - » bullet. A list laid
/// out as plain text (the comparison) keeps its shape at any width.
pub fn wrap_paragraphs(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for paragraph in clean(text).split('\n') {
        let body = paragraph.trim_start_matches(' ');
        let lead = &paragraph[..paragraph.len() - body.len()];
        let (first, body) = match body.strip_prefix("- ") {
            Some(rest) => (format!("{lead}- "), rest),
            None => (lead.to_owned(), body),
        };
        // A hanging indent wider than half the line would leave no room.
        let indent = if first.width() * 2 <= usize::from(width) {
            " ".repeat(first.width())
        } else {
            String::new()
        };
        lines.extend(wrap(&[(body.to_owned(), style)], width, &first, &indent));
    }
    lines
}

/// Lines being filled; spaces wait until a word follows them on the line.
struct Lines {
    width: usize,
    indent: String,
    done: Vec<Line<'static>>,
    current: Vec<Span<'static>>,
    used: usize,
    pending: Option<Span<'static>>,
}

impl Lines {
    fn break_line(&mut self) {
        self.done
            .push(Line::from(std::mem::take(&mut self.current)));
        self.current.push(Span::raw(self.indent.clone()));
        self.used = self.indent.width();
        self.pending = None;
    }

    fn place(&mut self, word: &str, style: Style) {
        let space = self.pending.as_ref().map_or(0, |s| s.content.width());
        if self.used + space + word.width() > self.width && self.used > self.indent.width() {
            self.break_line();
        }
        if let Some(span) = self.pending.take() {
            self.used += span.content.width();
            self.current.push(span);
        }
        // A word longer than the line is cut by display width.
        let mut piece = String::new();
        for c in word.chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            let room = self.width.max(self.indent.width() + 1);
            if self.used + piece.width() + w > room && !piece.is_empty() {
                self.current
                    .push(Span::styled(std::mem::take(&mut piece), style));
                self.break_line();
            }
            piece.push(c);
        }
        self.used += piece.width();
        self.current.push(Span::styled(piece, style));
    }
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
    fn paragraphs_continue_under_their_own_text() {
        let lines = wrap_paragraphs("Titre :\n    - un deux trois quatre", 14, Style::new());
        assert_eq!(
            plain(&lines),
            vec!["Titre :", "    - un deux", "      trois", "      quatre"]
        );
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
