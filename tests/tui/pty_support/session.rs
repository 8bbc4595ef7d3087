//! The program running in a pseudo-terminal: starting it, typing into it,
//! reading its screen and raw output, resizing it, and killing it if a
//! test ends while it still runs.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

use super::{Home, Options, plain};

/// What the reader thread has seen: the screen, the bytes, the end.
pub(super) struct Output {
    pub(super) parser: vt100::Parser,
    pub(super) raw: Vec<u8>,
    pub(super) eof: bool,
}

/// The program running in a pseudo-terminal.
pub struct Pty {
    pub(super) child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    output: Arc<Mutex<Output>>,
    pub(super) status: Option<ExitStatus>,
}

impl std::fmt::Debug for Pty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pty")
            .field("pid", &self.child.process_id())
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

fn size(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal size is not zero")
}

impl Pty {
    /// Starts the program at `cols`×`rows` with a clean environment.
    pub fn start(home: &Home, cols: u16, rows: u16) -> Self {
        Self::spawn(home, &Options::new(cols, rows))
    }

    /// Starts the program with options. The environment holds only PATH,
    /// HOME, XDG_CONFIG_HOME, TERM, LANG and what `options` adds: no
    /// DISPLAY, WAYLAND_DISPLAY or SSH_* unless a test sets them.
    pub fn spawn(home: &Home, options: &Options) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: options.rows,
                cols: options.cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(crate::common::binary());
        command.args(&options.args);
        command.env_clear();
        if let Some(path) = std::env::var_os("PATH") {
            command.env("PATH", path);
        }
        command.env("HOME", home.home());
        command.env("XDG_CONFIG_HOME", home.config_home());
        command.env("TERM", "xterm-256color");
        command.env("LANG", "C.UTF-8");
        for (key, value) in &options.env {
            command.env(key, value);
        }
        command.cwd(home.home());
        let child = pair
            .slave
            .spawn_command(command)
            .expect("start the repere binary in the pseudo-terminal");
        // Only the child holds the slave side: its exit gives EOF here.
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let output = Arc::new(Mutex::new(Output {
            parser: vt100::Parser::new(size(options.rows), size(options.cols), 0),
            raw: Vec::new(),
            eof: false,
        }));
        let shared = Arc::clone(&output);
        thread::spawn(move || {
            let mut buf = [0_u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut out = shared
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        out.parser.process(&buf[..n]);
                        out.raw.extend_from_slice(&buf[..n]);
                    }
                }
            }
            shared
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .eof = true;
        });
        Self {
            child,
            writer,
            master: pair.master,
            output,
            status: None,
        }
    }

    pub(super) fn lock(&self) -> MutexGuard<'_, Output> {
        self.output
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Types text (each character is a key; "\r" is Enter, "\x03" Ctrl-C).
    pub fn send_keys(&mut self, keys: &str) {
        self.send_bytes(keys.as_bytes());
    }

    /// Writes bytes to the program's terminal.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        self.writer
            .write_all(bytes)
            .and_then(|()| self.writer.flush())
            .unwrap_or_else(|e| panic!("cannot write to the pty ({e})\n{}", self.describe()));
    }

    /// Escape on its own: a lone ESC byte followed by a pause, so that the
    /// program does not read it as the start of a sequence with later keys.
    pub fn send_escape(&mut self) {
        thread::sleep(Duration::from_millis(60));
        self.send_bytes(b"\x1b");
        thread::sleep(Duration::from_millis(120));
    }

    /// The screen as text, rows joined by newlines, no-break spaces as
    /// plain spaces (see [`plain`]).
    pub fn screen_text(&self) -> String {
        plain(&self.lock().parser.screen().contents())
    }

    /// The screen's rows (trailing blanks trimmed), no-break spaces as
    /// plain spaces.
    pub fn screen_rows(&self) -> Vec<String> {
        let out = self.lock();
        let screen = out.parser.screen();
        let (_, cols) = screen.size();
        screen.rows(0, cols.get()).map(|row| plain(&row)).collect()
    }

    /// Runs `f` on the parsed screen.
    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.lock().parser.screen())
    }

    /// Everything the program wrote so far.
    pub fn raw_bytes(&self) -> Vec<u8> {
        self.lock().raw.clone()
    }

    /// How many bytes the program wrote so far (to look only at later ones).
    pub fn raw_len(&self) -> usize {
        self.lock().raw.len()
    }

    /// The screen and the process state, for failure messages.
    pub fn describe(&self) -> String {
        let out = self.lock();
        let screen = out.parser.screen();
        let (rows, cols) = screen.size();
        let mut text = format!(
            "--- screen {cols}x{rows} (pid {:?}, exit {:?}, {} raw bytes{}) ---\n",
            self.child.process_id(),
            self.status,
            out.raw.len(),
            if out.eof { ", EOF" } else { "" }
        );
        for row in screen.rows(0, cols.get()) {
            text.push('|');
            text.push_str(&plain(&row));
            text.push_str("|\n");
        }
        text.push_str("--- end of screen ---");
        text
    }

    /// Resizes the terminal (the program gets SIGWINCH) and the parser.
    /// Changes the pseudo-terminal's size as the program sees it, but not
    /// the emulated screen's (a size too large to emulate).
    pub fn resize_program_only(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.lock()
            .parser
            .screen_mut()
            .set_size(size(rows), size(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// The process id, to send it signals.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child has a pid")
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if self.status.is_none() && !matches!(self.child.try_wait(), Ok(Some(_))) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
