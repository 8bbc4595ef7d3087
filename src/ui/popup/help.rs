//! The help popup: every binding of every key table, its keys in a
//! column and its label wrapped beside them, never cut. On a narrow popup
//! the keys go on their own line, the label under them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::frame_popup;
use crate::app::keymap::names;
use crate::app::keymap::tables::{Binding, help_sections};
use crate::theme::Theme;
use crate::ui::layout;
use crate::ui::wrap::wrap;

/// Every key, from the keymap's own tables, wrapped to the popup.
pub fn render(frame: &mut Frame<'_>, screen: Rect, scroll: usize, theme: Theme) {
    let area = layout::popup(screen, 74, 34);
    // The long title names the keys; where it would be cut, the short one.
    let room = usize::from(area.width.saturating_sub(2));
    let title = if crate::text::HELP_TITLE.chars().count() <= room {
        crate::text::HELP_TITLE
    } else {
        crate::text::HELP_TITLE_SHORT
    };
    let inner = frame_popup(frame, area, title, theme);
    let lines = lines(inner.width, theme);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let visible: Vec<Line<'static>> = lines.into_iter().skip(scroll.min(max)).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

/// Room before the keys' column.
const MARGIN: &str = "  ";
/// Under this many columns left for the labels, keys and label are stacked.
const MIN_LABEL_WIDTH: usize = 24;
/// The label's indent when stacked under its keys.
const STACKED_INDENT: &str = "    ";

/// The help's lines at `width` columns, each at most that wide.
pub fn lines(width: u16, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = wrap(
        &[(crate::text::HELP_TYPING.to_owned(), theme.heading())],
        width,
        "",
        "",
    );
    lines.push(Line::default());
    let column = key_column();
    for (title, bindings) in help_sections() {
        lines.extend(wrap(&[(title.to_owned(), theme.heading())], width, "", ""));
        for binding in bindings {
            lines.extend(binding_lines(binding, column, width, theme));
        }
        lines.push(Line::default());
    }
    for text in [crate::text::HELP_MOUSE, crate::text::HELP_LEVELS] {
        lines.extend(wrap(&[(text.to_owned(), theme.dim())], width, "", ""));
    }
    lines
}

/// The widest keys' name of every table, so labels line up.
fn key_column() -> usize {
    help_sections()
        .into_iter()
        .flat_map(|(_, bindings)| bindings.iter())
        .map(|b| names(b.keys).width())
        .max()
        .unwrap_or(0)
}

/// One binding: keys then label on the same lines when there is room,
/// otherwise keys on one line (wrapped too) and the label under them.
fn binding_lines(binding: &Binding, column: usize, width: u16, theme: Theme) -> Vec<Line<'static>> {
    let keys = names(binding.keys);
    let label = (binding.label.to_owned(), ratatui::style::Style::new());
    let beside = MARGIN.width() + column + 1;
    if usize::from(width) >= beside + MIN_LABEL_WIDTH {
        let indent = " ".repeat(beside);
        let mut lines = wrap(&[label], width, &indent, &indent);
        if let Some(first) = lines.first_mut()
            && let Some(padding) = first.spans.first_mut()
        {
            let padded = format!("{MARGIN}{keys:<column$} ");
            *padding = Span::styled(padded, theme.key());
        }
        return lines;
    }
    let mut lines = wrap(&[(keys, theme.key())], width, MARGIN, MARGIN);
    lines.extend(wrap(&[label], width, STACKED_INDENT, STACKED_INDENT));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn no_line_is_wider_than_asked() {
        for width in [20, 30, 44, 60, 72, 118] {
            for line in lines(width, Theme { color: false }) {
                assert!(line.width() <= usize::from(width), "{width}: {line:?}");
            }
        }
    }

    #[test]
    fn a_long_label_continues_under_itself() {
        let all = text(&lines(60, Theme { color: false }));
        let at = all
            .iter()
            .position(|l| l.trim_start().starts_with("Ctrl-Y"))
            .unwrap_or_default();
        let column = all[at].find("copier").unwrap_or_default();
        assert!(column > 0, "{}", all[at]);
        assert!(all[at + 1].starts_with(&" ".repeat(column)), "{all:#?}");
        assert!(!all[at + 1].trim().is_empty());
    }
}
