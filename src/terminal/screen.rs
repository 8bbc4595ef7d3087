//! Taking the terminal and giving it back: raw mode, alternate screen,
//! mouse and paste reporting. Giving it back never fails and never panics:
//! after a hang-up every write errors, and an error printed to a dead
//! terminal inside a panic hook would abort the process.

use std::io::{IsTerminal, stdout};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::cursor::Show;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;

/// The interface's terminal.
pub type Screen = Terminal<super::capped::Capped>;

/// Set once the terminal is gone: nothing may be written to it any more.
static HUNG_UP: AtomicBool = AtomicBool::new(false);

/// Notes that the terminal is gone.
pub fn mark_hung_up() {
    HUNG_UP.store(true, Ordering::SeqCst);
}

/// Whether the terminal is gone.
pub fn hung_up() -> bool {
    HUNG_UP.load(Ordering::SeqCst)
}

/// Raw mode, alternate screen, mouse and bracketed paste.
pub fn enter() -> std::io::Result<()> {
    enable_raw_mode()?;
    crossterm::execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
}

/// Undoes [`enter`]; every error is ignored (the terminal may be gone).
pub fn leave() {
    if !hung_up() {
        let _ = crossterm::execute!(
            stdout(),
            DisableMouseCapture,
            DisableBracketedPaste,
            LeaveAlternateScreen,
            Show
        );
    }
    let _ = disable_raw_mode();
}

/// Gives the terminal back before a panic is reported, and reports
/// nothing to a terminal that is gone.
pub fn install_panic_cleanup() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The session needed a terminal on stdout: if it is not one any
        // more, it is gone, and printing the report there would abort.
        if !std::io::stdout().is_terminal() {
            mark_hung_up();
        }
        leave();
        if !hung_up() {
            previous(info);
        }
    }));
}

/// Ctrl-Z or SIGTSTP: give the terminal back, stop as the shell expects,
/// and take the terminal again once continued (the caller redraws).
#[cfg(unix)]
pub fn suspend(screen: &mut Screen) {
    leave();
    // SIGTSTP is handled by us, so its default action (stop) is emulated:
    // this returns when the shell sends SIGCONT (`fg`).
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
    resume(screen);
}

#[cfg(not(unix))]
pub fn suspend(_screen: &mut Screen) {}

/// After a stop, whoever stopped us: raw mode again, the whole screen
/// drawn again at the next frame.
pub fn resume(screen: &mut Screen) {
    if hung_up() {
        return;
    }
    let _ = enter();
    // `resize` clears the screen and forgets what was drawn, so the next
    // frame is drawn whole; `clear` would first ask the terminal where the
    // cursor is and wait for an answer that may never come.
    if let Ok(size) = screen.size() {
        let _ = screen.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height));
    }
}
