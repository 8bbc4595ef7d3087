//! The step-by-step popup of a note, an own message or an evaluation
//!: where the question comes from, the question, then the field
//! (several lines for the message) or the choices.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::frame_popup;
use crate::app::action::Action;
use crate::app::keymap::Mode;
use crate::app::popup::Kind;
use crate::app::popup::wizard::{StepKind, Wizard};
use crate::sanitize::{clean, clean_line};
use crate::theme::Theme;
use crate::ui::layout;
use crate::ui::wrap::wrap;

/// Draws the wizard over the screen.
pub fn render(frame: &mut Frame<'_>, screen: Rect, wizard: &Wizard, theme: Theme) {
    let Some(step) = wizard.step() else { return };
    let rows = match &step.kind {
        StepKind::Choice(choices) => choices.len(),
        // Room for a few paragraphs; the popup shrinks on small screens.
        StepKind::Text {
            multiline: true, ..
        } => 10,
        StepKind::Text { .. } => 1,
    };
    let height = u16::try_from(rows + 12).unwrap_or(u16::MAX);
    let area = layout::popup(screen, 76, height);
    let title = format!(
        " {} — {}/{} ",
        wizard.title(),
        wizard.current + 1,
        wizard.step_count()
    );
    let inner = frame_popup(frame, area, &title, theme);
    let keys = if wizard.multiline() {
        crate::text::message_keys(
            &keys_or(Mode::Overlay(Kind::Wizard), &Action::FormNewLine),
            &keys_or(Mode::Overlay(Kind::Wizard), &Action::FormSubmit),
            &keys_or(Mode::Overlay(Kind::Wizard), &Action::CloseOverlay),
        )
    } else {
        crate::text::wizard_keys(
            &keys_or(Mode::Overlay(Kind::Wizard), &Action::FormSubmit),
            &keys_or(Mode::Overlay(Kind::Wizard), &Action::CloseOverlay),
        )
    };
    let width = inner.width;
    let mut lines = wrap(&[(keys, theme.dim())], width, "", "");
    lines.push(Line::default());
    lines.extend(wrap(
        &[(clean_line(&step.prompt), theme.heading())],
        width,
        "",
        "",
    ));
    if let Some(cite) = &step.cite {
        lines.extend(wrap(&[(clean_line(cite), theme.dim())], width, "", ""));
    }
    lines.push(Line::default());
    let mut error = Vec::new();
    if let Some(message) = &wizard.error {
        error.push(Line::default());
        error.extend(wrap(&[(clean_line(message), theme.error())], width, "", ""));
    }
    match &step.kind {
        StepKind::Text {
            multiline: true, ..
        } => {
            // Wrapped, the last lines kept in view: the end is where one types.
            let mut field = wrap(
                &[(clean(&step.value) + "█", theme.title())],
                width,
                "▶ ",
                "  ",
            );
            let room = usize::from(inner.height)
                .saturating_sub(lines.len() + error.len())
                .max(1);
            lines.extend(field.drain(field.len().saturating_sub(room)..));
        }
        StepKind::Text { .. } => {
            let room = usize::from(width).saturating_sub(3);
            let value = clean_line(&step.value);
            let count = value.chars().count();
            let shown: String = value.chars().skip(count.saturating_sub(room)).collect();
            lines.push(Line::from(vec![
                Span::styled("▶ ", theme.key()),
                Span::styled(shown, theme.title()),
                Span::raw("█"),
            ]));
        }
        StepKind::Choice(choices) => {
            for (i, (_, label)) in choices.iter().enumerate() {
                let chosen = i == step.choice;
                let marker = if chosen { "▶ " } else { "  " };
                lines.push(Line::from(vec![
                    Span::styled(marker, theme.key()),
                    Span::styled(
                        format!("{}. {}", i + 1, clean_line(label)),
                        if chosen {
                            theme.selected()
                        } else {
                            theme.title()
                        },
                    ),
                ]));
            }
        }
    }
    lines.extend(error);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The keys that do `action` in `mode`, as « Alt-Entrée ou Ctrl-J ».
pub(super) fn keys_or(mode: Mode, action: &Action) -> String {
    let keys: Vec<String> = crate::app::keymap::keys_doing(mode, action)
        .iter()
        .map(|key| key.name())
        .collect();
    keys.join(crate::text::OR)
}
