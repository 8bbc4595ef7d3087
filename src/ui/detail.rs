//! The detail pane: a tool's card or a guidance section, wrapped to width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::layout;
use super::wrap::wrap;
use crate::app::state::{Focus, Item, State};
use crate::catalog::{Catalog, Field, Guidance, Segment, Tool, segments};
use crate::report::sources_of;
use crate::sanitize::clean_line;
use crate::text;
use crate::theme::Theme;

/// Draws the detail pane.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, theme: Theme) {
    let inner = layout::inner(area);
    let lines = lines_with(state, inner.width, theme);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let scroll = state.detail_scroll.min(max);
    let more = if max > 0 {
        format!(" {}/{} ", scroll + 1, max + 1)
    } else {
        String::new()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(state.focus == Focus::Detail))
        .title(" Détail ")
        .title_bottom(Line::from(more).right_aligned());
    let visible: Vec<Line<'static>> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(visible).block(block), area);
}

/// The content lines at a width, in the default theme (for line counts).
pub fn lines(state: &State, width: u16) -> Vec<Line<'static>> {
    lines_with(state, width, Theme { color: false })
}

fn lines_with(state: &State, width: u16, theme: Theme) -> Vec<Line<'static>> {
    match state.entry().map(|e| e.item) {
        Some(Item::Tool(i)) => state
            .catalog
            .tools
            .get(i)
            .map(|t| tool_lines(state, i, t, width, theme))
            .unwrap_or_default(),
        Some(Item::Guidance(i)) => state
            .catalog
            .guidance
            .get(i)
            .map(|g| guidance_lines(&state.catalog, g, width, theme))
            .unwrap_or_default(),
        None => vec![Line::styled("Aucun résultat.", theme.dim())],
    }
}

/// A risk badge that never breaks across lines.
fn badge(level: crate::catalog::Risk) -> String {
    text::risk_badge(level).replace(' ', "\u{a0}")
}

fn para(text: &str, style: Style, width: u16, first: &str, indent: &str) -> Vec<Line<'static>> {
    wrap(&[(capped(text), style)], width, first, indent)
}

/// Longest text shown in the pane; the command line prints everything.
const MAX_SHOWN_CHARS: usize = 20_000;

/// A text cut to [`MAX_SHOWN_CHARS`], saying so: a pathological field must
/// not make every frame re-wrap a megabyte.
fn capped(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN_CHARS) {
        None => text.to_owned(),
        Some((cut, _)) => format!(
            "{}… [texte tronqué : {} caractères, voir « repere show »]",
            &text[..cut],
            text.chars().count()
        ),
    }
}

fn heading(out: &mut Vec<Line<'static>>, title: &str, width: u16, theme: Theme) {
    out.push(Line::default());
    out.extend(para(title, theme.heading(), width, "", ""));
}

/// The card of `tool`, the tool at `index`.
fn tool_lines(
    state: &State,
    index: usize,
    tool: &Tool,
    width: u16,
    theme: Theme,
) -> Vec<Line<'static>> {
    let catalog = &state.catalog;
    let level = tool.risk.level;
    let star = if state.is_favourite(tool) { "★ " } else { "" };
    let mut out = wrap(
        &[
            (
                format!("{star}{}", clean_line(&capped(&tool.name))),
                theme.title(),
            ),
            (format!("  [{}]", badge(level)), theme.risk(level)),
        ],
        width,
        "",
        "",
    );
    heading(
        &mut out,
        &format!("{} : {}", text::RISK_HEADING, text::risk_badge(level)),
        width,
        theme,
    );
    out.extend(para(&tool.risk.rationale, theme.risk(level), width, "", ""));
    if level.needs_alternatives() {
        heading(&mut out, text::ALTERNATIVES_HEADING, width, theme);
        let alternatives = state.alternatives(index);
        if alternatives.is_empty() {
            out.extend(para(text::NO_ALTERNATIVE, theme.dim(), width, "", ""));
        }
        for alt in alternatives {
            out.extend(wrap(
                &[
                    (clean_line(&alt.name), Style::new()),
                    (
                        format!(" [{}]", badge(alt.risk.level)),
                        theme.risk(alt.risk.level),
                    ),
                ],
                width,
                "• ",
                "  ",
            ));
        }
    }
    out.push(Line::default());
    if let Some(url) = &tool.url {
        out.extend(para(url, theme.link(), width, "", ""));
    }
    if !summary_repeated(tool) {
        out.extend(para(&tool.summary, Style::new(), width, "", ""));
    }
    let labels: Vec<&str> = tool
        .categories
        .iter()
        .map(|c| catalog.category_label(c))
        .collect();
    out.extend(wrap(
        &[
            (format!("{} : ", text::CATEGORIES_HEADING), theme.dim()),
            (labels.join(", "), Style::new()),
        ],
        width,
        "",
        "  ",
    ));
    // What the adviser is asked first: the precautions, then the rest.
    field_lines(&mut out, catalog, tool, Field::Precautions, width, theme);
    for field in Field::ALL.into_iter().filter(|f| *f != Field::Precautions) {
        field_lines(&mut out, catalog, tool, field, width, theme);
    }
    message_lines(&mut out, catalog, tool, width, theme);
    sources_lines(&mut out, catalog, tool, width, theme);
    out
}

/// Whether the summary is empty or already said by a description statement.
pub fn summary_repeated(tool: &Tool) -> bool {
    tool.summary.trim().is_empty()
        || tool
            .statements_of(Field::Description)
            .any(|s| s.text.contains(tool.summary.trim()))
}

fn short<'a>(catalog: &'a Catalog, id: &'a str) -> &'a str {
    catalog.source(id).map_or(id, |s| s.short.as_str())
}

fn field_lines(
    out: &mut Vec<Line<'static>>,
    catalog: &Catalog,
    tool: &Tool,
    field: Field,
    width: u16,
    theme: Theme,
) {
    let mut statements = tool.statements_of(field).peekable();
    if statements.peek().is_none() {
        return;
    }
    heading(out, text::field_label(field), width, theme);
    for s in statements {
        out.extend(wrap(
            &[
                (capped(&s.text), Style::new()),
                (format!(" ({})", short(catalog, &s.source)), theme.dim()),
            ],
            width,
            "• ",
            "  ",
        ));
    }
}

fn message_lines(
    out: &mut Vec<Line<'static>>,
    catalog: &Catalog,
    tool: &Tool,
    width: u16,
    theme: Theme,
) {
    let Some(message) = &tool.family_message else {
        heading(out, text::MESSAGE_HEADING, width, theme);
        out.extend(para(text::NO_MESSAGE, theme.dim(), width, "", ""));
        return;
    };
    let title = format!(
        "{} ({}) — c pour copier",
        text::MESSAGE_HEADING,
        short(catalog, &message.source)
    );
    heading(out, &title, width, theme);
    let pieces: Vec<(String, Style)> = segments(&message.text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => (capped(t), Style::new()),
            Segment::Blank(key) => (
                format!("[{}]", catalog.placeholder_label(key)),
                theme.blank(),
            ),
        })
        .collect();
    out.extend(wrap(&pieces, width, "│ ", "│ "));
}

fn sources_lines(
    out: &mut Vec<Line<'static>>,
    catalog: &Catalog,
    tool: &Tool,
    width: u16,
    theme: Theme,
) {
    heading(out, text::SOURCES_HEADING, width, theme);
    for id in sources_of(tool) {
        if let Some(s) = catalog.source(&id) {
            let line = format!(
                "{} — « {} », {}, {} ({})",
                s.short, s.title, s.author, s.date, s.jurisdiction
            );
            out.extend(para(&line, theme.dim(), width, "• ", "  "));
        }
    }
}

fn guidance_lines(
    catalog: &Catalog,
    guidance: &Guidance,
    width: u16,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut out = para(&guidance.title, theme.title(), width, "", "");
    out.push(Line::default());
    for item in &guidance.items {
        out.extend(wrap(
            &[
                (capped(&item.text), Style::new()),
                (format!(" ({})", short(catalog, &item.source)), theme.dim()),
            ],
            width,
            "• ",
            "  ",
        ));
    }
    out.push(Line::default());
    out.push(Line::from(vec![
        Span::styled("c", theme.key()),
        Span::styled(" copie ce repère", theme.dim()),
    ]));
    out
}
