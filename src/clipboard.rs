//! The system clipboard (arboard), with OSC 52 as the fallback.
//!
//! On X11 and Wayland the copied text lives only as long as its owner: the
//! interface keeps one clipboard on a worker thread for the whole session,
//! and the one-shot command line hands the text to a small detached child.
//! Clipboard calls can hang (dead X socket), so callers wait with a timeout.

use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Duration;

use crate::sanitize::clean;

/// The text as the system clipboard gets it: cleaned, and with Windows
/// line ends on Windows, where Notepad and many mail forms show a bare LF
/// as one long line.
pub fn for_system(text: &str) -> String {
    let text = clean(text);
    if cfg!(windows) {
        with_crlf(&text)
    } else {
        text
    }
}

/// Every line end as CRLF (an existing CRLF is kept as is).
pub fn with_crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// How long a copy may take before we give up on the system clipboard.
pub const COPY_TIMEOUT: Duration = Duration::from_secs(2);

/// The hidden argument that turns the binary into a clipboard server.
pub const SERVE_ARG: &str = "__serve-clipboard";

/// How a copy ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopyOutcome {
    /// In the system clipboard, confirmed.
    System,
    /// Sent to the terminal as OSC 52; the terminal may or may not honour it.
    Osc52,
    /// Not copied, with the reason.
    Failed(String),
}

/// Whether the system clipboard would be the wrong one or absent: over SSH
/// it would fill the remote machine's clipboard; without a display there is
/// none at all.
pub fn prefer_osc52() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("SSH_CONNECTION") || set("SSH_TTY") {
        return true;
    }
    cfg!(all(unix, not(target_os = "macos"))) && !set("DISPLAY") && !set("WAYLAND_DISPLAY")
}

/// The most text sent as OSC 52: terminals cap the sequence (xterm and
/// tmux around 100 kB) and drop or truncate larger ones silently.
pub const OSC52_MAX_BYTES: usize = 74_000;

/// Why `text` cannot be sent as OSC 52, if it cannot.
pub fn osc52_refusal(text: &str) -> Option<String> {
    let len = clean(text).len();
    (len > OSC52_MAX_BYTES).then(|| crate::text::osc52_too_long(len, OSC52_MAX_BYTES))
}

/// Writes the OSC 52 sequence that asks the terminal to copy `text`;
/// refused (an error with a French sentence) beyond [`OSC52_MAX_BYTES`].
pub fn write_osc52(out: &mut impl Write, text: &str) -> std::io::Result<()> {
    if let Some(reason) = osc52_refusal(text) {
        return Err(std::io::Error::other(reason));
    }
    let text = clean(text);
    crossterm::execute!(
        out,
        crossterm::clipboard::CopyToClipboard::to_clipboard_from(text.as_bytes())
    )
}

enum Request {
    Copy(String),
    Quit,
}

/// One clipboard owned by a worker thread for the whole session.
#[derive(Debug)]
pub struct ClipboardWorker {
    requests: Sender<Request>,
    replies: Receiver<Result<(), String>>,
    /// A call never came back: the worker is stuck on the display, so
    /// quitting does not wait for it.
    stuck: std::cell::Cell<bool>,
}

impl ClipboardWorker {
    /// Starts the worker; the clipboard itself is opened on first use.
    pub fn start() -> Self {
        let (requests, inbox) = mpsc::channel::<Request>();
        let (outbox, replies) = mpsc::channel();
        thread::spawn(move || serve_requests(&inbox, &outbox));
        Self {
            requests,
            replies,
            stuck: std::cell::Cell::new(false),
        }
    }

    /// Copies `text`, waiting at most [`COPY_TIMEOUT`].
    pub fn copy(&self, text: &str) -> Result<(), String> {
        // A late answer to an earlier timed-out copy must not be taken for this one.
        while self.replies.try_recv().is_ok() {}
        self.requests
            .send(Request::Copy(for_system(text)))
            .map_err(|_| crate::text::CLIPBOARD_SERVICE_STOPPED.to_owned())?;
        match self.replies.recv_timeout(COPY_TIMEOUT) {
            Ok(result) => {
                self.stuck.set(false);
                result
            }
            Err(RecvTimeoutError::Timeout) => {
                self.stuck.set(true);
                Err(crate::text::CLIPBOARD_NOT_ANSWERING.to_owned())
            }
            Err(RecvTimeoutError::Disconnected) => {
                Err(crate::text::CLIPBOARD_SERVICE_STOPPED.to_owned())
            }
        }
    }
}

impl Drop for ClipboardWorker {
    fn drop(&mut self) {
        // Hands the last text over so that it outlives us (bounded: the
        // hand-over has its own timeout).
        let _ = self.requests.send(Request::Quit);
        if !self.stuck.get() {
            let _ = self
                .replies
                .recv_timeout(COPY_TIMEOUT + Duration::from_secs(1));
        }
    }
}

fn serve_requests(inbox: &Receiver<Request>, outbox: &Sender<Result<(), String>>) {
    let mut clipboard: Option<arboard::Clipboard> = None;
    let mut last: Option<String> = None;
    while let Ok(request) = inbox.recv() {
        match request {
            Request::Copy(text) => {
                let result = open(&mut clipboard).and_then(|c| {
                    c.set_text(text.clone())
                        .map_err(|e| crate::text::copy_refused(&e.to_string()))
                });
                if result.is_ok() {
                    last = Some(text);
                }
                let _ = outbox.send(result);
            }
            Request::Quit => {
                if let (Some(c), Some(text)) = (clipboard.as_mut(), last) {
                    hand_over(c, text);
                }
                let _ = outbox.send(Ok(()));
                return;
            }
        }
    }
}

fn open(slot: &mut Option<arboard::Clipboard>) -> Result<&mut arboard::Clipboard, String> {
    if slot.is_none() {
        let clipboard = arboard::Clipboard::new()
            .map_err(|e| crate::text::no_clipboard_because(&e.to_string()))?;
        *slot = Some(clipboard);
    }
    slot.as_mut()
        .ok_or_else(|| crate::text::CLIPBOARD_UNAVAILABLE.to_owned())
}

/// At quit, if we still own the clipboard, a detached server takes the
/// text (X11 and Wayland lose it with its owner); failing that, a clipboard
/// manager gets half a second to take it.
#[cfg(all(unix, not(target_os = "macos")))]
fn hand_over(clipboard: &mut arboard::Clipboard, text: String) {
    use arboard::SetExtLinux;
    if clipboard.get_text().ok().as_deref() != Some(text.as_str()) {
        // Something else was copied since: not ours to keep alive.
        return;
    }
    if copy_detached(&text).is_ok() {
        return;
    }
    let deadline = std::time::Instant::now() + Duration::from_millis(500);
    let _ = clipboard.set().wait_until(deadline).text(text);
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn hand_over(_clipboard: &mut arboard::Clipboard, _text: String) {}

/// What the server writes once it owns the clipboard.
const SERVING: &str = "ok";

/// For the one-shot command line and the hand-over at quit: copies through
/// a detached child that serves the text until something else is copied.
/// Bounded by [`COPY_TIMEOUT`]: a child that does not confirm in time is
/// stopped, so no server outlives a failed copy.
pub fn copy_detached(text: &str) -> Result<(), String> {
    use std::io::BufRead;
    use std::process::Stdio;
    let text = for_system(text);
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return ClipboardWorker::start().copy(&text);
    }
    let exe =
        std::env::current_exe().map_err(|e| crate::text::program_not_found(&e.to_string()))?;
    let mut command = std::process::Command::new(exe);
    command
        .arg(SERVE_ARG)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        // Its own process group: the hang-up sent to the terminal's group
        // when the interface leaves must not take the text with it.
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let mut child = command
        .spawn()
        .map_err(|e| crate::text::copy_service_not_started(&e.to_string()))?;
    let sent = child
        .stdin
        .take()
        .map(|mut stdin| stdin.write_all(text.as_bytes()));
    let (answer, answered) = mpsc::channel();
    if let Some(stdout) = child.stdout.take() {
        thread::spawn(move || {
            let mut line = String::new();
            let _ = std::io::BufReader::new(stdout).read_line(&mut line);
            let _ = answer.send(line);
        });
    }
    let confirmed = matches!(sent, Some(Ok(())))
        && answered
            .recv_timeout(COPY_TIMEOUT)
            .is_ok_and(|line| line.trim() == SERVING);
    if confirmed {
        return Ok(());
    }
    let _ = child.kill();
    let _ = child.wait();
    Err(crate::text::CLIPBOARD_NOT_ANSWERING.to_owned())
}

/// The most the clipboard helper reads from its parent.
const MAX_SERVED_BYTES: u64 = 16 * 1024 * 1024;

/// The child side of [`copy_detached`]: reads the text on stdin, takes
/// the clipboard, says so on stdout, and serves the text until another
/// program takes the clipboard.
pub fn serve_stdin() -> Result<(), String> {
    let text = crate::input::read_stdin(MAX_SERVED_BYTES).map_err(|refused| {
        crate::text::read_failed(crate::text::STDIN, &crate::text::refused(&refused))
    })?;
    let mut clipboard =
        arboard::Clipboard::new().map_err(|e| crate::text::no_clipboard_because(&e.to_string()))?;
    clipboard
        .set_text(text.clone())
        .map_err(|e| crate::text::copy_refused(&e.to_string()))?;
    let mut out = std::io::stdout();
    writeln!(out, "{SERVING}")
        .and_then(|()| out.flush())
        .map_err(|e| crate::text::confirmation_failed(&e.to_string()))?;
    serve_until_replaced(&mut clipboard, text)
}

/// The longest a detached clipboard server lives, whatever happens.
#[cfg(all(unix, not(target_os = "macos")))]
const SERVE_AT_MOST: Duration = Duration::from_secs(24 * 3600);

#[cfg(all(unix, not(target_os = "macos")))]
fn serve_until_replaced(clipboard: &mut arboard::Clipboard, text: String) -> Result<(), String> {
    use arboard::SetExtLinux;
    // When the display goes away (session closed), nobody can take the
    // text any more and the wait would last forever: leave instead.
    thread::spawn(|| {
        loop {
            thread::sleep(Duration::from_secs(2));
            if arboard::Clipboard::new().is_err() {
                std::process::exit(0);
            }
        }
    });
    clipboard
        .set()
        .wait_until(std::time::Instant::now() + SERVE_AT_MOST)
        .text(text)
        .map_err(|e| crate::text::copy_refused(&e.to_string()))
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn serve_until_replaced(clipboard: &mut arboard::Clipboard, text: String) -> Result<(), String> {
    clipboard
        .set_text(text)
        .map_err(|e| crate::text::copy_refused(&e.to_string()))
}

#[cfg(test)]
mod line_end_tests {
    use super::with_crlf;

    #[test]
    fn every_line_end_becomes_crlf_once() {
        assert_eq!(with_crlf("a\nb\r\nc\n"), "a\r\nb\r\nc\r\n");
        assert_eq!(with_crlf("sans fin de ligne"), "sans fin de ligne");
    }
}
