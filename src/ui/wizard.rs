//! The step-by-step popup of a note or an evaluation (issue 12): where the
//! question comes from, the question, then the field or the choices.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::layout;
use super::overlay::frame_popup;
use crate::app::wizard::{StepKind, Wizard};
use crate::sanitize::clean_line;
use crate::theme::Theme;

/// Draws the wizard over the screen.
pub fn render(frame: &mut Frame<'_>, screen: Rect, wizard: &Wizard, theme: Theme) {
    let Some(step) = wizard.step() else { return };
    let choices = match &step.kind {
        StepKind::Choice(choices) => choices.len(),
        StepKind::Text { .. } => 1,
    };
    let height = u16::try_from(choices + 12).unwrap_or(u16::MAX);
    let area = layout::popup(screen, 76, height);
    let title = format!(
        " {} — {}/{} ",
        wizard.title(),
        wizard.current + 1,
        wizard.steps.len()
    );
    let inner = frame_popup(frame, area, &title, theme);
    let mut lines = vec![Line::styled(crate::text::WIZARD_KEYS, theme.dim())];
    lines.push(Line::default());
    lines.push(Line::styled(clean_line(&step.prompt), theme.heading()));
    if let Some(cite) = &step.cite {
        lines.push(Line::styled(clean_line(cite), theme.dim()));
    }
    lines.push(Line::default());
    match &step.kind {
        StepKind::Text { .. } => {
            let room = usize::from(inner.width).saturating_sub(3);
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
    if let Some(error) = &wizard.error {
        lines.push(Line::default());
        lines.push(Line::styled(clean_line(error), theme.error()));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
