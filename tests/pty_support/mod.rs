//! Shared harness: the real `repere` binary in a pseudo-terminal.
//!
//! A reader thread feeds everything the program writes into a `vt100`
//! parser (what a user would see) and also keeps the raw bytes (to check
//! escape sequences the screen does not show: OSC 52, mode resets). Waits
//! poll every 20 ms and fail with the screen printed.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

mod process;

/// How often waits look at the screen.
pub const POLL: Duration = Duration::from_millis(20);
/// How long a wait lasts before failing.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// A fresh home and config folder, kept across runs of the program so that
/// saved state can be checked between them.
#[derive(Debug)]
pub struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::create_dir_all(dir.path().join("home")).expect("home folder");
        std::fs::create_dir_all(dir.path().join("config")).expect("config folder");
        Self { dir }
    }

    /// `$HOME` of the program.
    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// `$XDG_CONFIG_HOME` of the program.
    pub fn config_home(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// The folder holding the state file.
    pub fn state_dir(&self) -> PathBuf {
        self.config_home().join("repere")
    }

    /// Where the program saves its state.
    pub fn state_file(&self) -> PathBuf {
        self.state_dir().join("etat.json")
    }

    /// The saved state, parsed.
    pub fn state_json(&self) -> serde_json::Value {
        let path = self.state_file();
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not JSON ({e}):\n{text}", path.display()))
    }
}

/// How to start the program.
#[derive(Debug, Clone)]
pub struct Options {
    pub cols: u16,
    pub rows: u16,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

impl Options {
    pub fn new(cols: u16, rows: u16) -> Self {
        Self {
            cols,
            rows,
            args: Vec::new(),
            env: Vec::new(),
        }
    }

    /// Adds an environment variable (DISPLAY, NO_COLOR…).
    #[must_use]
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Adds a command-line argument.
    #[must_use]
    pub fn arg(mut self, arg: &str) -> Self {
        self.args.push(arg.to_owned());
        self
    }
}

struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
    eof: bool,
}

/// The program running in a pseudo-terminal.
pub struct Pty {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    output: Arc<Mutex<Output>>,
    status: Option<ExitStatus>,
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
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_repere"));
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

    fn lock(&self) -> MutexGuard<'_, Output> {
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

    /// Polls the screen until `condition` holds; fails after `timeout`.
    pub fn wait_until(
        &mut self,
        what: &str,
        timeout: Duration,
        mut condition: impl FnMut(&vt100::Screen, &[u8]) -> bool,
    ) {
        let deadline = Instant::now() + timeout;
        loop {
            {
                let out = self.lock();
                if condition(out.parser.screen(), &out.raw) {
                    return;
                }
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                self.status.get_or_insert(status.clone());
                // Let the last bytes arrive, then look one more time.
                self.wait_eof(Duration::from_secs(2));
                let out = self.lock();
                if condition(out.parser.screen(), &out.raw) {
                    return;
                }
                drop(out);
                panic!(
                    "the program exited ({status:?}) while waiting for {what}\n{}",
                    self.describe()
                );
            }
            assert!(
                Instant::now() < deadline,
                "timed out after {timeout:?} waiting for {what}\n{}",
                self.describe()
            );
            thread::sleep(POLL);
        }
    }

    /// The exit status if the program has ended, without waiting.
    pub fn try_status(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// Waits until the screen shows `needle`.
    pub fn wait_for_text(&mut self, needle: &str) {
        self.wait_for_text_within(needle, TIMEOUT);
    }

    /// Waits until the screen shows `needle`, at most `timeout`. No-break
    /// spaces count as spaces on both sides.
    pub fn wait_for_text_within(&mut self, needle: &str, timeout: Duration) {
        let needle = plain(needle);
        self.wait_until(&format!("{needle:?} on screen"), timeout, |screen, _| {
            plain(&screen.contents()).contains(&needle)
        });
    }

    /// Waits until the screen no longer shows `needle`.
    pub fn wait_for_no_text(&mut self, needle: &str) {
        let needle = plain(needle);
        self.wait_until(&format!("{needle:?} to go away"), TIMEOUT, |screen, _| {
            !plain(&screen.contents()).contains(&needle)
        });
    }

    /// Waits until the bytes written after `from` contain `needle`.
    pub fn wait_for_raw(&mut self, needle: &[u8], from: usize) {
        let what = format!("{:?} in the output", String::from_utf8_lossy(needle));
        self.wait_until(&what, TIMEOUT, |_, raw| {
            raw.get(from..)
                .is_some_and(|tail| find(tail, needle).is_some())
        });
    }

    /// Resizes the terminal (the program gets SIGWINCH) and the parser.
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

    /// Waits for the program to exit and for its last output; fails (and
    /// kills it) after `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        if let Some(status) = &self.status {
            return status.clone();
        }
        let deadline = Instant::now() + timeout;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => {
                    self.status = Some(status.clone());
                    self.wait_eof(Duration::from_secs(3));
                    return status;
                }
                Ok(None) => {}
                Err(e) => panic!("cannot wait for the program ({e})\n{}", self.describe()),
            }
            if Instant::now() >= deadline {
                let screen = self.describe();
                let _ = self.child.kill();
                panic!("the program did not exit within {timeout:?}\n{screen}");
            }
            thread::sleep(POLL);
        }
    }

    /// Waits for the reader to see the end of the output.
    fn wait_eof(&self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while !self.lock().eof && Instant::now() < deadline {
            thread::sleep(POLL);
        }
    }

    /// Asserts that the screen shows `needle` now.
    pub fn assert_text(&self, needle: &str) {
        let text = self.screen_text();
        assert!(
            text.contains(&plain(needle)),
            "expected {needle:?} on screen\n{}",
            self.describe()
        );
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

/// Text with no-break spaces (U+00A0, U+202F, U+2007) as plain spaces:
/// the interface uses them to keep badges and French punctuation together,
/// and tests should not depend on which space is drawn.
pub fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}', '\u{2007}'], " ")
}

/// The position of `needle` in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The position of the last `needle` in `haystack`.
pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(haystack.len());
    }
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// Decodes standard base64 (with or without padding); `None` on a bad
/// character.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    fn value(c: u8) -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    }
    let digits = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    let (mut acc, mut bits) = (0_u32, 0_u32);
    for &c in digits {
        acc = (acc << 6) | value(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xff).ok()?);
        }
    }
    Some(out)
}

/// Encodes standard base64 with padding (to check the decoder).
pub fn base64_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The texts of every OSC 52 clipboard sequence (`ESC ] 52 ; c ; <base64>`
/// ended by ST or BEL) in `raw`, decoded.
pub fn osc52_texts(raw: &[u8]) -> Vec<String> {
    const START: &[u8] = b"\x1b]52;c;";
    let mut texts = Vec::new();
    let mut rest = raw;
    while let Some(at) = find(rest, START) {
        let body = &rest[at + START.len()..];
        let end = body
            .iter()
            .position(|&b| b == 0x1b || b == 0x07)
            .unwrap_or(body.len());
        let encoded = std::str::from_utf8(&body[..end]).expect("base64 is ASCII");
        let decoded = base64_decode(encoded)
            .unwrap_or_else(|| panic!("OSC 52 payload is not base64: {encoded:?}"));
        texts.push(String::from_utf8(decoded).expect("OSC 52 payload is UTF-8"));
        rest = &body[end..];
    }
    texts
}

/// The SGR sequences (`ESC [ … m`) of `raw` that set a colour: foreground,
/// background or underline, basic, bright, 256 or RGB. Resets to the
/// default colour (39, 49, 59) are not colours.
pub fn colour_sgrs(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = find(&raw[i..], b"\x1b[") {
        let start = i + at + 2;
        let end = raw[start..]
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b';' || *b == b':'))
            .map_or(raw.len(), |p| start + p);
        if raw.get(end) == Some(&b'm') {
            let params = String::from_utf8_lossy(&raw[start..end]).into_owned();
            let colour = first_params(&params)
                .into_iter()
                .filter_map(|p| p.split(':').next()?.parse::<u16>().ok())
                .any(|p| matches!(p, 30..=38 | 40..=48 | 58 | 90..=97 | 100..=107));
            if colour {
                found.push(format!("ESC[{params}m"));
            }
        }
        i = end.max(start);
    }
    found
}

/// The parameters that start a new attribute: after a `38;5;n` or
/// `38;2;r;g;b` the colour numbers are arguments, not attributes.
fn first_params(params: &str) -> Vec<&str> {
    let parts: Vec<&str> = params.split(';').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let p = parts[i];
        out.push(p);
        i += match (p, parts.get(i + 1).copied()) {
            ("38" | "48" | "58", Some("5")) => 3,
            ("38" | "48" | "58", Some("2")) => 5,
            _ => 1,
        };
    }
    out
}

/// The footer's hint for an action in a mode ("Ctrl-C Ctrl-Q quitter"),
/// from the interface's own key tables, so wording changes do not break
/// tests.
pub fn hint(mode: repere::app::keymap::Mode, action: &repere::app::action::Action) -> String {
    let binding = mode
        .bindings()
        .find(|b| b.actions.contains(action))
        .unwrap_or_else(|| panic!("no binding for {action:?} in {mode:?}"));
    assert!(!binding.hint.is_empty(), "{action:?} is not in the footer");
    format!(
        "{} {}",
        repere::app::keymap::names(binding.keys),
        binding.hint
    )
}

/// The bytes a terminal sends for Ctrl and a letter.
pub fn ctrl(letter: char) -> String {
    char::from(u8::try_from(letter).unwrap_or(b'@') & 0x1f).to_string()
}

/// Whether a program is on PATH.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| is_executable(&dir.join(program)))
    })
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The family message of a tool as the program fills it.
pub fn filled_message(tool: &str, values: &[(&str, &str)]) -> String {
    let catalog = repere::catalog::load(&[], true).expect("the built-in catalogue loads");
    let tool = catalog.tool(tool).expect("the tool exists");
    let values = values
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let text = catalog
        .filled_message(tool, &values)
        .expect("the tool has a family message");
    repere::sanitize::clean(&text)
}
