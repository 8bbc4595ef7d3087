//! The popup that deletes one of the adviser's notes: the
//! tool's notes to choose from, then the chosen one in full with the only
//! keys that confirm or cancel.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::frame_popup;
use super::wizard::keys_or;
use crate::app::action::Action;
use crate::app::keymap::Mode;
use crate::app::popup::Kind;
use crate::app::popup::note_delete::NotePicker;
use crate::catalog::local::{LocalNote, french_date};
use crate::sanitize::{clean, clean_line};
use crate::text;
use crate::theme::Theme;
use crate::ui::layout;
use crate::ui::wrap::wrap;

/// « Note locale du 12/03/2026 (Claire Dupont) ».
fn heading(note: &LocalNote) -> String {
    format!(
        "{} du {} ({})",
        text::LOCAL_NOTE,
        french_date(&note.date),
        clean_line(&note.author)
    )
}

/// Draws the popup over the screen.
pub fn render(frame: &mut Frame<'_>, screen: Rect, picker: &NotePicker, theme: Theme) {
    let height = u16::try_from(picker.notes.len().max(4) + 12).unwrap_or(u16::MAX);
    let area = layout::popup(screen, 76, height);
    let title = format!(
        " {} — {} ",
        text::NOTE_DELETE_TITLE,
        clean_line(&picker.name)
    );
    let inner = frame_popup(frame, area, &title, theme);
    let width = inner.width;
    let key = |action: &Action| keys_or(Mode::Overlay(Kind::NoteDelete), action);
    let (confirm, cancel) = (key(&Action::DeleteNoteSubmit), key(&Action::CloseOverlay));
    let keys = if picker.confirming {
        text::note_delete_confirm_keys(&confirm, &cancel)
    } else {
        let choose = key(&Action::Up) + &key(&Action::Down);
        text::note_delete_pick_keys(&choose, &confirm, &cancel)
    };
    let mut lines = wrap(&[(keys, theme.dim())], width, "", "");
    lines.push(Line::default());
    if picker.confirming {
        lines.push(Line::styled(text::NOTE_DELETE_CONFIRM, theme.heading()));
        if let Some(note) = picker.chosen_note() {
            lines.extend(wrap(
                &[(format!("{} :", heading(note)), theme.dim())],
                width,
                "",
                "",
            ));
            lines.extend(wrap(
                &[(clean(&note.text), theme.title())],
                width,
                "│ ",
                "│ ",
            ));
        }
        lines.push(Line::default());
        lines.extend(wrap(
            &[(text::NOTE_DELETE_SCOPE.to_owned(), theme.dim())],
            width,
            "",
            "",
        ));
    } else {
        lines.push(Line::styled(text::NOTE_DELETE_PICK, theme.heading()));
        for (i, note) in picker.notes.iter().enumerate() {
            let chosen = i == picker.chosen;
            let row = format!("{}. {} : {}", i + 1, heading(note), clean_line(&note.text));
            let shown = crate::ui::lists::fit(&row, usize::from(width).saturating_sub(2));
            let marker = if chosen { "▶ " } else { "  " };
            let style = if chosen {
                theme.selected()
            } else {
                theme.title()
            };
            lines.push(Line::from(vec![
                Span::styled(marker, theme.key()),
                Span::styled(shown, style),
            ]));
        }
    }
    if picker.reminder {
        lines.push(Line::default());
        lines.extend(wrap(
            &[(text::note_delete_reminder(&confirm, &cancel), theme.error())],
            width,
            "",
            "",
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
