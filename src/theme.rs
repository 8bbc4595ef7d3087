//! Every style and risk colour in one place. Under `NO_COLOR` the theme uses
//! modifiers only: crossterm 0.29 would turn colour commands into a bare
//! reset that also wipes bold and reverse (the selection would vanish).

use ratatui::style::{Color, Modifier, Style};

use crate::catalog::Risk;

/// The styles of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to something non-empty.
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self { color: !no_color }
    }

    fn paint(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The colour of a risk level (text label and symbol always go with it).
    pub fn risk(self, risk: Risk) -> Style {
        let style = match risk {
            Risk::Institutional => self.paint(Color::Green),
            Risk::Precautions => self.paint(Color::Cyan),
            Risk::Doubtful => self.paint(Color::Yellow),
            Risk::Forbidden => self.paint(Color::Red),
        };
        if risk == Risk::Forbidden {
            style.add_modifier(Modifier::BOLD)
        } else {
            style
        }
    }

    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.paint(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.paint(Color::DarkGray)
        }
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn heading(self) -> Style {
        self.paint(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Matched characters of a search.
    pub fn matched(self) -> Style {
        self.paint(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// Who changed or added a fact outside the sources: never in the
    /// sources' plain look.
    pub fn origin(self) -> Style {
        self.paint(Color::Cyan)
            .add_modifier(Modifier::BOLD | Modifier::ITALIC)
    }

    /// A blank to fill in a family message.
    pub fn blank(self) -> Style {
        self.paint(Color::Yellow).add_modifier(Modifier::REVERSED)
    }

    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn key(self) -> Style {
        self.paint(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn error(self) -> Style {
        self.paint(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn info(self) -> Style {
        self.paint(Color::Green)
    }

    pub fn link(self) -> Style {
        self.paint(Color::Blue).add_modifier(Modifier::UNDERLINED)
    }
}
