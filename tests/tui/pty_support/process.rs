//! The program as a process: its terminal's modes, its run state, and a
//! way to prove it drew again (suspend and resume tests).

use super::Pty;

impl Pty {
    /// Blanks the local copy of the screen (not the program's), so that a
    /// later wait proves the program drew again.
    pub fn forget_screen(&self) {
        self.lock().parser.process(b"\x1b[2J\x1b[H");
    }

    /// The terminal modes of the program's terminal (`stty -a`), to tell
    /// raw mode (`-icanon`) from cooked mode (`icanon`).
    #[cfg(target_os = "linux")]
    pub fn tty_modes(&self) -> String {
        let tty = std::fs::read_link(format!("/proc/{}/fd/0", self.pid()))
            .expect("the program's terminal");
        let output = std::process::Command::new("stty")
            .arg("-a")
            .arg("-F")
            .arg(&tty)
            .output()
            .expect("stty runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The one-letter state of the process (`R`, `S`, `T` for stopped…).
    #[cfg(target_os = "linux")]
    pub fn process_state(&self) -> char {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap_or_default();
        stat.rsplit(')')
            .next()
            .and_then(|rest| rest.trim_start().chars().next())
            .unwrap_or('?')
    }
}
