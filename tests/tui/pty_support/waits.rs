//! Waiting on the program: polling its screen and output until a condition
//! holds, waiting for it to exit; each fails with the screen printed.

use std::thread;
use std::time::{Duration, Instant};

use portable_pty::ExitStatus;

use super::{POLL, Pty, TIMEOUT, find, plain};

impl Pty {
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
