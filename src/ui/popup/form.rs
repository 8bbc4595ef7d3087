//! The message form: one field per blank, with its French label.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::frame_popup;
use crate::app::action::Action;
use crate::app::keymap::{Mode, keys_for};
use crate::app::popup::Kind;
use crate::app::popup::form::{Delivery, Form};
use crate::app::state::State;
use crate::sanitize::clean_line;
use crate::theme::Theme;
use crate::ui::layout;
use crate::ui::wrap::wrap;

/// One field per blank, with its French label.
pub fn render(frame: &mut Frame<'_>, screen: Rect, state: &State, form: &Form, theme: Theme) {
    let empty = form.empty_labels();
    let warning = form.confirm_empty && !empty.is_empty();
    let extra = if warning { 4 } else { 0 };
    let height = u16::try_from(form.fields.len() * 3 + 4 + extra).unwrap_or(u16::MAX);
    let area = layout::popup(screen, 70, height);
    let name = state
        .catalog
        .tools
        .get(form.tool)
        .map_or_else(String::new, |t| clean_line(&t.name));
    let inner = frame_popup(frame, area, &crate::text::form_title(&name), theme);
    let submit = keys_for(Mode::Overlay(Kind::Form), &Action::FormSubmit);
    let mail = form.delivery == Delivery::MailClient;
    let prompt = if mail {
        crate::text::mail_form_prompt(&submit)
    } else {
        crate::text::form_prompt(&submit)
    };
    let mut lines = vec![Line::styled(prompt, theme.dim())];
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focused;
        lines.push(Line::default());
        lines.push(Line::styled(
            clean_line(&field.label),
            if focused {
                theme.heading()
            } else {
                Style::new()
            },
        ));
        let marker = if focused { "▶ " } else { "  " };
        let cursor = if focused { "█" } else { "" };
        // Long values show their end, where the cursor is.
        let value = clean_line(&field.value);
        let room = usize::from(inner.width).saturating_sub(3);
        let count = value.chars().count();
        let shown: String = value.chars().skip(count.saturating_sub(room)).collect();
        lines.push(Line::from(vec![
            Span::styled(marker, theme.key()),
            Span::styled(shown, theme.title()),
            Span::raw(cursor),
        ]));
    }
    if warning {
        lines.push(Line::default());
        lines.extend(wrap(
            &[(
                if mail {
                    crate::text::mail_empty_fields_warning(&empty, &submit)
                } else {
                    crate::text::empty_fields_warning(&empty, &submit)
                },
                theme.error(),
            )],
            inner.width,
            "",
            "",
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
