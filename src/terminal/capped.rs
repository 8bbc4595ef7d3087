//! The terminal's size comes from outside (a terminal, or a program that
//! sets any size it likes on a pseudo-terminal): ratatui allocates a cell
//! per column and row of it, twice. A size of 65535×65535 would ask for
//! hundreds of gigabytes, and an allocation failure aborts without any
//! hook giving the terminal back. The backend reports at most
//! [`MAX_COLUMNS`]×[`MAX_ROWS`]; the interface draws in that corner.

use std::io::{self, Stdout};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

pub use crate::app::update::{MAX_COLUMNS, MAX_ROWS};

/// A size as the interface uses it: never more than the caps.
pub fn capped(width: u16, height: u16) -> (u16, u16) {
    (width.min(MAX_COLUMNS), height.min(MAX_ROWS))
}

/// Crossterm's backend, reporting a capped size.
#[derive(Debug)]
pub struct Capped(pub CrosstermBackend<Stdout>);

impl Backend for Capped {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.0.draw(content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.0.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.0.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        let size = self.0.size()?;
        let (width, height) = capped(size.width, size.height);
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let mut window = self.0.window_size()?;
        let (width, height) = capped(window.columns_rows.width, window.columns_rows.height);
        window.columns_rows = Size { width, height };
        Ok(window)
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.0)
    }
}
