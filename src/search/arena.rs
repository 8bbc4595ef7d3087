//! Many strings end to end in one buffer: a search over 100k documents
//! reads them in order instead of chasing one allocation per string, which
//! made memory, not matching, the cost.

use std::ops::Range;

use super::text::char_mask;

/// Strings stored end to end, each with its character classes.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Strings {
    text: String,
    spans: Vec<Span>,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Span {
    /// Character classes of the string (see [`char_mask`]).
    mask: u64,
    bytes: Range<usize>,
}

impl Strings {
    /// Stores a string; its id is the number of strings stored before it.
    pub(super) fn push(&mut self, text: &str) -> usize {
        let start = self.text.len();
        self.text.push_str(text);
        self.spans.push(Span {
            mask: char_mask(text),
            bytes: start..self.text.len(),
        });
        self.spans.len() - 1
    }

    /// The string with this id and its character classes ("" if none).
    pub(super) fn get(&self, id: usize) -> (&str, u64) {
        self.spans
            .get(id)
            .and_then(|span| Some((self.text.get(span.bytes.clone())?, span.mask)))
            .unwrap_or_default()
    }

    /// The character classes of the string with this id (0 if none),
    /// without reading the string.
    pub(super) fn mask(&self, id: usize) -> u64 {
        self.spans.get(id).map_or(0, |span| span.mask)
    }

    /// The strings with these ids and their character classes.
    pub(super) fn range(&self, ids: Range<usize>) -> impl Iterator<Item = (&str, u64)> {
        ids.map(|id| self.get(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back_whole() {
        let mut strings = Strings::default();
        let first = strings.push("écoles");
        let second = strings.push("");
        let third = strings.push("zoom");
        assert_eq!(strings.get(first).0, "écoles");
        assert_eq!(strings.get(second).0, "");
        assert_eq!(strings.get(third), ("zoom", char_mask("zoom")));
        assert_eq!(strings.get(9), ("", 0));
        assert_eq!(strings.mask(third), char_mask("zoom"));
        let all: Vec<&str> = strings.range(first..third + 1).map(|s| s.0).collect();
        assert_eq!(all, ["écoles", "", "zoom"]);
    }
}
