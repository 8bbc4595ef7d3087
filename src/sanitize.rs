//! One cleaning policy for every text that can reach the terminal or the
//! clipboard: catalogue data, arguments, argument-parser errors, the state
//! file, pasted or typed input.
//!
//! Removed (see [`is_hidden`]):
//! - control characters (C0, DEL, C1), except the line break kept by
//!   [`clean`]; a tab becomes a space;
//! - bidirectional controls: U+061C, U+200E–U+200F, U+202A–U+202E,
//!   U+2066–U+2069;
//! - invisible and format characters: every character of general category
//!   Cf (Unicode 16: U+00AD, U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891,
//!   U+08E2, U+180E, U+200B–U+200F, U+2060–U+2064, U+2066–U+206F, U+FEFF,
//!   U+FFF9–U+FFFB, U+110BD, U+110CD, U+13430–U+1343F, U+1BCA0–U+1BCA3,
//!   U+1D173–U+1D17A, U+E0001, U+E0020–U+E007F), plus U+2065 and the rest of
//!   the tag block U+E0000–U+E007F;
//! - line and paragraph separators U+2028, U+2029 (terminals treat them
//!   differently; a line break is `\n`);
//! - variation selectors U+FE00–U+FE0F, U+E0100–U+E01EF, U+180B–U+180F, and
//!   blank-looking letters and marks that make look-alike names: U+034F,
//!   U+115F, U+1160, U+17B4, U+17B5, U+3164, U+FFA0.
//!
//! Catalogue names and labels holding any of these are refused at load
//! (see `catalog::validate`); other texts are cleaned where they are shown.

/// Whether `c` is removed by the cleaning policy (the line break aside:
/// [`clean`] keeps it, [`clean_line`] turns it into a space).
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// Controls that drive the terminal, and bidirectional embeddings,
/// overrides and isolates: refused anywhere in catalogue text.
pub fn is_control_or_bidi(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Invisible and format characters (not controls): zero-width, bidi marks,
/// soft hyphen, byte-order mark, tags, variation selectors, separators.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Keeps line breaks, turns tabs into spaces, drops every other character
/// of the policy.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if is_hidden(c) => None,
            c => Some(c),
        })
        .collect()
}

/// A path as it may be printed: a file or folder name can hold escape
/// sequences and invisible characters like any untrusted text.
pub fn shown_path(path: &std::path::Path) -> String {
    clean_line(&path.display().to_string())
}

/// Like [`clean`], on one line: line breaks become spaces.
pub fn clean_line(text: &str) -> String {
    clean(text).replace('\n', " ")
}

/// Whether [`clean`] would change nothing (tabs aside).
pub fn is_clean(text: &str) -> bool {
    !text.chars().any(|c| c != '\n' && c != '\t' && is_hidden(c))
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

    /// Every character of every listed range, one by one, between letters.
    #[test]
    fn every_listed_range_is_removed() {
        let ranges: &[(u32, u32)] = &[
            (0x0000, 0x0009),
            (0x000B, 0x001F),
            (0x007F, 0x009F),
            (0x00AD, 0x00AD),
            (0x061C, 0x061C),
            (0x200B, 0x200F),
            (0x2028, 0x2029),
            (0x202A, 0x202E),
            (0x2060, 0x2069),
            (0xFEFF, 0xFEFF),
            (0xFE00, 0xFE0F),
            (0xE0000, 0xE007F),
            (0xE0100, 0xE01EF),
        ];
        let mut checked = 0;
        for &(first, last) in ranges {
            for code in first..=last {
                let Some(c) = char::from_u32(code) else {
                    continue;
                };
                let text = format!("a{c}b");
                let expected = if c == '\t' { "a b" } else { "ab" };
                assert_eq!(clean(&text), expected, "U+{code:04X}");
                assert_eq!(clean_line(&text), expected, "U+{code:04X}");
                assert!(is_hidden(c), "U+{code:04X}");
                checked += 1;
            }
        }
        assert_eq!(checked, 473);
    }

    /// General category Cf as listed by Unicode 16 (DerivedGeneralCategory).
    #[test]
    fn every_format_character_is_removed() {
        let cf: &[(u32, u32)] = &[
            (0x00AD, 0x00AD),
            (0x0600, 0x0605),
            (0x061C, 0x061C),
            (0x06DD, 0x06DD),
            (0x070F, 0x070F),
            (0x0890, 0x0891),
            (0x08E2, 0x08E2),
            (0x180E, 0x180E),
            (0x200B, 0x200F),
            (0x202A, 0x202E),
            (0x2060, 0x2064),
            (0x2066, 0x206F),
            (0xFEFF, 0xFEFF),
            (0xFFF9, 0xFFFB),
            (0x110BD, 0x110BD),
            (0x110CD, 0x110CD),
            (0x13430, 0x1343F),
            (0x1BCA0, 0x1BCA3),
            (0x1D173, 0x1D17A),
            (0xE0001, 0xE0001),
            (0xE0020, 0xE007F),
        ];
        for &(first, last) in cf {
            for code in first..=last {
                let c = char::from_u32(code).unwrap_or_default();
                assert!(is_hidden(c), "U+{code:04X}");
                assert_eq!(clean(&format!("x{c}y")), "xy", "U+{code:04X}");
            }
        }
    }

    /// What must stay: letters, accents, combining marks, wide characters,
    /// no-break spaces, right-to-left letters.
    #[test]
    fn ordinary_text_is_kept() {
        let text = "École e\u{301} 漢字 שלום مرحبا 🙂 a\u{a0}b c\u{202f}d « » — …";
        assert_eq!(clean(text), text);
        assert!(is_clean(text));
        for code in 0x20..0x7F_u32 {
            let c = char::from_u32(code).unwrap_or_default();
            assert!(!is_hidden(c), "U+{code:04X}");
        }
    }
}
