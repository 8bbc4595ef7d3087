//! Many strings end to end in one buffer: a search over 100k documents
//! reads them in order instead of chasing one allocation per string, which
//! made memory, not matching, the cost.

use std::ops::Range;

use super::text::char_mask;

/// Strings stored end to end, each with its character classes.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Strings {
    text: String,
    /// Where each string ends in `text` (it starts where the one before
    /// it ends).
    #[serde(with = "super::blob")]
    ends: Vec<u64>,
    /// Character classes of each string (see [`char_mask`]).
    #[serde(with = "super::blob")]
    masks: Vec<u64>,
}

/// Item `i` of values stored end to end, from the array of where each
/// ends: `ends[i - 1]..ends[i]` (from 0 for the first); `None` past the end.
pub(super) fn span(ends: &[u64], i: usize) -> Option<Range<usize>> {
    let start = match i.checked_sub(1) {
        Some(before) => *ends.get(before)?,
        None => 0,
    };
    let end = *ends.get(i)?;
    Some(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
}

impl Strings {
    /// Stores a string; its id is the number of strings stored before it.
    pub(super) fn push(&mut self, text: &str) -> usize {
        self.text.push_str(text);
        self.ends.push(self.text.len() as u64);
        self.masks.push(char_mask(text));
        self.ends.len() - 1
    }

    /// The string with this id and its character classes ("" if none).
    pub(super) fn get(&self, id: usize) -> (&str, u64) {
        span(&self.ends, id)
            .and_then(|span| Some((self.text.get(span)?, self.mask(id))))
            .unwrap_or_default()
    }

    /// The character classes of the string with this id (0 if none),
    /// without reading the string.
    pub(super) fn mask(&self, id: usize) -> u64 {
        self.masks.get(id).copied().unwrap_or(0)
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
