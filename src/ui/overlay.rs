//! Popups: help, the message form, text to select, and "too small".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::wrap::wrap;
use crate::app::action::Action;
use crate::app::form::Form;
use crate::app::keymap::{Mode, keys_for};
use crate::app::state::State;
use crate::app::territory::TerritoryForm;
use crate::sanitize::clean_line;
use crate::theme::Theme;

pub(super) fn frame_popup(frame: &mut Frame<'_>, area: Rect, title: &str, theme: Theme) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(super::lists::fit(
            title,
            usize::from(area.width.saturating_sub(2)),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// Every key, from the keymap's own tables, wrapped to the popup.
pub fn render_help(frame: &mut Frame<'_>, screen: Rect, scroll: usize, theme: Theme) {
    let area = layout::popup(screen, 74, 34);
    // The long title names the keys; where it would be cut, the short one.
    let room = usize::from(area.width.saturating_sub(2));
    let title = if crate::text::HELP_TITLE.chars().count() <= room {
        crate::text::HELP_TITLE
    } else {
        crate::text::HELP_TITLE_SHORT
    };
    let inner = frame_popup(frame, area, title, theme);
    let lines = super::help::lines(inner.width, theme);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let visible: Vec<Line<'static>> = lines.into_iter().skip(scroll.min(max)).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

/// One field per blank, with its French label.
pub fn render_form(frame: &mut Frame<'_>, screen: Rect, state: &State, form: &Form, theme: Theme) {
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
    let submit = keys_for(Mode::Form, &Action::FormSubmit);
    let mut lines = vec![Line::styled(crate::text::form_prompt(&submit), theme.dim())];
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
                crate::text::empty_fields_warning(&empty, &submit),
                theme.error(),
            )],
            inner.width,
            "",
            "",
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The territory popup: what to type, the field, what is set now, and
/// the sentence when the last value was not understood.
pub fn render_territory(
    frame: &mut Frame<'_>,
    screen: Rect,
    state: &State,
    form: &TerritoryForm,
    theme: Theme,
) {
    let area = layout::popup(screen, 66, 12);
    let inner = frame_popup(frame, area, crate::text::TERRITORY_TITLE, theme);
    let prompt = crate::text::territory_prompt(
        &keys_for(Mode::Territory, &Action::TerritorySubmit),
        &keys_for(Mode::Territory, &Action::CloseOverlay),
    );
    let mut lines = wrap(&[(prompt, theme.dim())], inner.width, "", "");
    lines.push(Line::default());
    let value = clean_line(&form.input);
    let room = usize::from(inner.width).saturating_sub(3);
    let count = value.chars().count();
    let shown: String = value.chars().skip(count.saturating_sub(room)).collect();
    lines.push(Line::from(vec![
        Span::styled("▶ ", theme.key()),
        Span::styled(shown, theme.title()),
        Span::raw("█"),
    ]));
    lines.push(Line::default());
    let (sentence, style) = match &form.error {
        Some(error) => (error.clone(), theme.error()),
        None => (
            crate::text::territory_current(state.place(), state.place_from_command_line),
            Style::new(),
        ),
    };
    lines.extend(wrap(&[(sentence, style)], inner.width, "", ""));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Text to read, or to select with the mouse when copying failed.
pub fn render_text(
    frame: &mut Frame<'_>,
    screen: Rect,
    title: &str,
    body: &str,
    scroll: usize,
    theme: Theme,
) {
    let area = layout::popup(screen, 78, screen.height.saturating_sub(3));
    let inner = frame_popup(frame, area, &format!(" {title} "), theme);
    let lines = super::wrap::wrap_paragraphs(body, inner.width, Style::new());
    let scroll = scroll.min(lines.len().saturating_sub(1));
    let visible: Vec<Line<'static>> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}

/// Shown instead of the panes when there is no room.
pub fn render_too_small(frame: &mut Frame<'_>, area: Rect, theme: Theme) {
    let text = crate::text::too_small(
        (MIN_WIDTH, MIN_HEIGHT),
        (area.width, area.height),
        &super::bars::key_hint(&crate::app::action::Action::Quit),
    );
    let lines = wrap(&[(text, theme.error())], area.width, "", "");
    frame.render_widget(Paragraph::new(lines), area);
}
