//! The team folder's popup: the prompt, the field, this session's folder
//! and layers, and what the folder holds (loaded or skipped, and why).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::frame_popup;
use crate::app::action::Action;
use crate::app::keymap::{Mode, keys_for};
use crate::app::popup::Kind;
use crate::app::popup::team::{TeamPopup, loaded_now, session_folder_shown};
use crate::app::state::State;
use crate::sanitize::clean_line;
use crate::text;
use crate::theme::Theme;
use crate::ui::layout;
use crate::ui::wrap::wrap;

/// Draws the popup over the panes.
pub fn render(frame: &mut Frame<'_>, screen: Rect, state: &State, popup: &TeamPopup, theme: Theme) {
    let area = layout::popup(screen, 84, screen.height.saturating_sub(4).max(12));
    let inner = frame_popup(frame, area, text::TEAM_TITLE, theme);
    let prompt = text::team_prompt(
        &keys_for(Mode::Overlay(Kind::Team), &Action::TeamSubmit),
        &keys_for(Mode::Overlay(Kind::Team), &Action::CloseOverlay),
    );
    let width = inner.width;
    let mut lines = wrap(&[(prompt, theme.dim())], width, "", "");
    lines.push(Line::default());
    // Long paths show their end, where the cursor is.
    let value = clean_line(&popup.input);
    let room = usize::from(width).saturating_sub(3);
    let count = value.chars().count();
    let shown: String = value.chars().skip(count.saturating_sub(room)).collect();
    lines.push(Line::from(vec![
        Span::styled("▶ ", theme.key()),
        Span::styled(shown, theme.title()),
        Span::raw("█"),
    ]));
    lines.push(Line::default());
    if let Some(error) = &popup.error {
        lines.extend(wrap(&[(error.clone(), theme.error())], width, "", ""));
        lines.push(Line::default());
    }
    if let Some(saved) = &popup.saved {
        lines.extend(wrap(&[(saved.clone(), theme.heading())], width, "", ""));
        lines.push(Line::default());
    }
    let session = match session_folder_shown(state) {
        Some(folder) => text::team_session(&folder, &loaded_now(state)),
        None => text::TEAM_SESSION_NONE.to_owned(),
    };
    lines.extend(wrap(&[(session, Style::new())], width, "", ""));
    match &popup.view {
        Some(view) => {
            lines.push(Line::default());
            lines.push(Line::styled(
                text::team_contents(&view.folder),
                theme.heading(),
            ));
            if view.files.is_empty() {
                lines.push(Line::styled(text::TEAM_NO_FILES, theme.dim()));
            }
            for file in &view.files {
                lines.push(Line::raw(text::team_file_line(file)));
            }
            for skipped in &view.skipped {
                lines.extend(wrap(
                    &[(skipped.clone(), theme.error())],
                    width,
                    "  ",
                    "    ",
                ));
            }
        }
        None if popup.error.is_none() && !popup.input.trim().is_empty() => {
            lines.push(Line::styled(text::TEAM_READING, theme.dim()));
        }
        None => {}
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
