//! Cutting long names to fit 80 columns, on a terminal only: a script
//! reading from a pipe or a file gets every name whole.

use std::io::IsTerminal;

/// `text` cut to `width` characters with « … » when standard output is a
/// terminal; whole otherwise.
pub fn truncate(text: &str, width: usize) -> String {
    if std::io::stdout().is_terminal() {
        cut(text, width)
    } else {
        text.to_owned()
    }
}

fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn a_long_name_is_cut_with_an_ellipsis() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
    }
}
