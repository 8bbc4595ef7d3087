//! The last guard before the standard output and error: every byte
//! printed by a command goes through [`Cleaned`], so a file name, a path,
//! an argument or a data text that slipped past the cleaning where it was
//! formatted still cannot drive the terminal (escape sequences, BEL, C1
//! controls, bidirectional overrides, invisible characters: the policy of
//! `sanitize`). Line breaks and tabs pass. JSON stays valid: its own
//! escapes (`\u001b`) are plain ASCII, and a removed character only
//! shortens a string.

use std::io::{self, Write};

use crate::sanitize::is_hidden;

/// A writer that drops what the cleaning policy removes. A character cut
/// between two writes is held until its last byte arrives; bytes that are
/// not UTF-8 are dropped.
#[derive(Debug)]
pub struct Cleaned<W> {
    inner: W,
    /// The first bytes of a character whose end has not been written yet.
    pending: Vec<u8>,
}

impl<W> Cleaned<W> {
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }
}

fn keep(c: char) -> bool {
    c == '\n' || c == '\t' || !is_hidden(c)
}

impl<W: Write> Write for Cleaned<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut input = std::mem::take(&mut self.pending);
        input.extend_from_slice(bytes);
        let mut kept = String::with_capacity(input.len());
        let mut rest = input.as_slice();
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    kept.extend(text.chars().filter(|&c| keep(c)));
                    break;
                }
                Err(error) => {
                    let (good, after) = rest.split_at(error.valid_up_to());
                    // The prefix was just checked to be UTF-8.
                    let good = std::str::from_utf8(good).unwrap_or_default();
                    kept.extend(good.chars().filter(|&c| keep(c)));
                    match error.error_len() {
                        Some(bad) => rest = &after[bad..],
                        None => {
                            self.pending = after.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        self.inner.write_all(kept.as_bytes())?;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// One line on the standard error, cleaned; never fails (the standard
/// error may be gone).
pub fn stderr_line(text: &str) {
    let mut err = Cleaned::new(io::stderr().lock());
    let _ = writeln!(err, "{text}");
    let _ = err.flush();
}

#[cfg(test)]
mod tests {
    // A test fails by panicking.
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn through(parts: &[&[u8]]) -> Vec<u8> {
        let mut out = Cleaned::new(Vec::new());
        for part in parts {
            assert_eq!(out.write(part).unwrap(), part.len());
        }
        out.inner
    }

    #[test]
    fn escapes_controls_and_bidi_are_dropped_line_breaks_kept() {
        let text = "a\u{1b}]0;titre\u{7}b\u{9b}31mc\u{202e}d\u{2066}e\r\n\tf";
        assert_eq!(
            through(&[text.as_bytes()]),
            b"a]0;titreb31mcde\n\tf".to_vec()
        );
    }

    #[test]
    fn a_character_cut_between_writes_is_kept_whole() {
        let text = "é\u{9b}ç".as_bytes();
        for cut in 0..=text.len() {
            let (a, b) = text.split_at(cut);
            assert_eq!(through(&[a, b]), "éç".as_bytes(), "cut at {cut}");
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_are_dropped() {
        assert_eq!(through(&[b"a\xff\xfeb"]), b"ab".to_vec());
    }
}
