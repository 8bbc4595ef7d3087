//! What the interface's pseudo-terminal tests share: starting, selecting,
//! quitting, reading a pane, checking the terminal was restored.

#![allow(dead_code)]

use std::time::Duration;

use crate::pty_support::{Home, Options, Pty, ctrl, find, hint, rfind};
use repere::app::action::Action;
use repere::app::keymap::Mode;

pub const EXIT: Duration = Duration::from_secs(10);
pub const ADDRESS: &str = "https://tribu.example.org/ecole-jaures/ce2";

/// The text inside the pane whose top border starts with `┌ {title}`, one
/// string per inner row (right border excluded, trailing spaces trimmed).
/// The title of the list of every tool, with the bundled catalogue's count.
pub fn all_tools_title() -> String {
    let count = repere::catalog::embedded().map_or(0, |c| c.tools.len());
    format!("Tous les outils · {count}")
}

pub fn pane(pty: &Pty, title: &str) -> Vec<String> {
    let rows: Vec<Vec<char>> = pty
        .screen_rows()
        .iter()
        .map(|r| r.chars().collect())
        .collect();
    let top = format!("┌ {title}");
    let top: Vec<char> = top.chars().collect();
    for (r, row) in rows.iter().enumerate() {
        let Some(left) = (0..row.len()).find(|&c| row[c..].starts_with(&top)) else {
            continue;
        };
        let right = (left + 1..row.len())
            .find(|&c| row[c] == '┐')
            .unwrap_or(row.len());
        return rows[r + 1..]
            .iter()
            .take_while(|line| line.get(left) != Some(&'└'))
            .map(|line| {
                let inner: String = line
                    .iter()
                    .skip(left + 1)
                    .take(right.saturating_sub(left + 1))
                    .collect();
                inner.trim_end().to_owned()
            })
            .collect();
    }
    panic!("no pane titled {title:?}\n{}", pty.describe());
}

/// The selected line of the tools pane, without the selection marker.
pub fn selected_tool(pty: &Pty, title: &str) -> Option<String> {
    pane(pty, title)
        .into_iter()
        .find_map(|line| line.strip_prefix("▶ ").map(str::to_owned))
}

pub fn wait_selected(pty: &Pty, title: &str, expected: &str) {
    let deadline = std::time::Instant::now() + crate::pty_support::TIMEOUT;
    loop {
        if selected_tool(pty, title).as_deref() == Some(expected) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "expected {expected:?} selected in {title:?}, got {:?}\n{}",
            selected_tool(pty, title),
            pty.describe()
        );
        std::thread::sleep(crate::pty_support::POLL);
    }
}

/// Waits until the selection of the pane leaves `from`; returns the new one.
pub fn wait_moved(pty: &Pty, title: &str, from: &str) -> String {
    let deadline = std::time::Instant::now() + crate::pty_support::TIMEOUT;
    loop {
        match selected_tool(pty, title) {
            Some(now) if now != from => return now,
            _ => {}
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the selection stayed on {from:?}\n{}",
            pty.describe()
        );
        std::thread::sleep(crate::pty_support::POLL);
    }
}

/// Starts the interface at 120×40 and waits for the first screen.
pub fn start(home: &Home) -> Pty {
    start_with(home, &Options::new(120, 40))
}

pub fn start_with(home: &Home, options: &Options) -> Pty {
    let mut pty = Pty::spawn(home, options);
    pty.wait_for_text("Tous les outils");
    // The footer is the last row: once it is there, the whole first frame
    // has arrived (stdout reaches the terminal in pieces).
    pty.wait_for_text(&hint(Mode::Browse, &Action::Quit));
    pty
}

/// Searches for a tool and goes to the results with it selected.
pub fn select(pty: &mut Pty, query: &str, name: &str) {
    pty.send_keys(&format!("/{query}"));
    pty.wait_for_text(&format!("/ {query}"));
    pty.wait_for_text(&format!("{name}  ["));
    pty.send_keys("\r");
    pty.wait_for_text(&hint(Mode::Browse, &Action::CopyMessage));
}

/// Quits with Ctrl-Q: exit 0, terminal restored.
pub fn quit(pty: &mut Pty) {
    pty.send_keys(&ctrl('q'));
    let status = pty.wait_exit(EXIT);
    assert!(
        status.success(),
        "exit status {status:?}\n{}",
        pty.describe()
    );
    assert_restored(pty);
}

/// After the last frame, every mode the interface turned on is off again,
/// in the bytes and in the emulated terminal.
pub fn assert_restored(pty: &Pty) {
    let raw = pty.raw_bytes();
    let show = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let tail_from = raw.len().saturating_sub(600);
    let tail = show(&raw[tail_from..]);
    for (on, off, what) in [
        (&b"\x1b[?1049h"[..], &b"\x1b[?1049l"[..], "alternate screen"),
        (b"\x1b[?25l", b"\x1b[?25h", "hidden cursor"),
        (b"\x1b[?1000h", b"\x1b[?1000l", "mouse capture"),
        (b"\x1b[?1006h", b"\x1b[?1006l", "SGR mouse reports"),
        (b"\x1b[?2004h", b"\x1b[?2004l", "bracketed paste"),
    ] {
        let last_on = rfind(&raw, on).unwrap_or_else(|| panic!("{what} never turned on"));
        let last_off = rfind(&raw, off)
            .unwrap_or_else(|| panic!("{what} never turned off; output ends with {tail:?}"));
        assert!(
            last_off > last_on,
            "{what} left on at exit; output ends with {tail:?}"
        );
    }
    // The restore comes after the last frame: no cursor move follows it.
    let leave = rfind(&raw, b"\x1b[?1049l").expect("left the alternate screen");
    let last_move = last_cursor_move(&raw).expect("frames were drawn");
    assert!(
        last_move < leave,
        "drawing after leaving the alternate screen; output ends with {tail:?}"
    );
    pty.with_screen(|screen| {
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste still on");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture still on"
        );
    });
}

/// The position of the last `ESC [ row ; col H`.
pub fn last_cursor_move(raw: &[u8]) -> Option<usize> {
    let mut last = None;
    let mut from = 0;
    while let Some(at) = find(&raw[from..], b"\x1b[") {
        let start = from + at;
        let body = &raw[start + 2..];
        let len = body
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b';'))
            .unwrap_or(body.len());
        if body.get(len) == Some(&b'H') && body[..len].contains(&b';') {
            last = Some(start);
        }
        from = start + 2;
    }
    last
}

pub fn ids(value: &serde_json::Value, key: &str) -> Vec<String> {
    value[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is not a list in {value}"))
        .iter()
        .map(|v| v.as_str().expect("ids are strings").to_owned())
        .collect()
}
