//! Text from data files and users never reaches the terminal or the
//! clipboard with escape or control characters.

use crate::catalog::is_forbidden_char;

/// Keeps line breaks, turns tabs into spaces, drops other control
/// characters and bidirectional overrides.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\r' => None,
            c if is_forbidden_char(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Like [`clean`], on one line: line breaks become spaces.
pub fn clean_line(text: &str) -> String {
    clean(text).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escapes_and_controls() {
        let hostile = "a\u{1b}[2Jb\u{7}c\u{9b}d\u{202e}e\tf\ng\r";
        assert_eq!(clean(hostile), "a[2Jbcde f\ng");
        assert_eq!(clean_line("x\ny"), "x y");
    }
}
