//! Words and the terms they stand for, sorted: looked up by binary search,
//! and by prefix for a word being typed. Built from a map once every
//! document is in; stored as one text and two arrays (read back from the
//! cache as blocks, not as one allocation per word).

use std::collections::HashMap;

use super::arena::span;

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Dictionary {
    /// The words in byte order, end to end.
    text: String,
    /// Where each word ends in `text`.
    #[serde(with = "super::blob")]
    ends: Vec<u64>,
    /// The term of each word.
    #[serde(with = "super::blob")]
    terms: Vec<u32>,
}

impl Dictionary {
    /// The words of a map, sorted.
    pub(super) fn from_map(map: &HashMap<String, u32>) -> Self {
        let mut pairs: Vec<(&str, u32)> = map.iter().map(|(w, &t)| (w.as_str(), t)).collect();
        pairs.sort_unstable();
        let mut dictionary = Self::default();
        for (word, term) in pairs {
            dictionary.text.push_str(word);
            dictionary.ends.push(dictionary.text.len() as u64);
            dictionary.terms.push(term);
        }
        dictionary
    }

    fn word(&self, i: usize) -> &str {
        span(&self.ends, i)
            .and_then(|span| self.text.get(span))
            .unwrap_or("")
    }

    /// Index of the first word not below `word`.
    fn lower_bound(&self, word: &str) -> usize {
        let (mut low, mut high) = (0, self.terms.len());
        while low < high {
            let middle = low + (high - low) / 2;
            if self.word(middle) < word {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }

    /// The term of `word`, if it is in the dictionary.
    pub(super) fn get(&self, word: &str) -> Option<u32> {
        let at = self.lower_bound(word);
        (self.word(at) == word && at < self.terms.len())
            .then(|| self.terms.get(at).copied())
            .flatten()
    }

    /// The terms of the words that start with `prefix`, in word order.
    pub(super) fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = u32> + 'a {
        (self.lower_bound(prefix)..self.terms.len())
            .take_while(move |&i| self.word(i).starts_with(prefix))
            .filter_map(|i| self.terms.get(i).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_whole_and_by_prefix() {
        let map: HashMap<String, u32> =
            [("visio", 1), ("visioconference", 2), ("video", 3), ("", 4)]
                .into_iter()
                .map(|(w, t)| (w.to_owned(), t))
                .collect();
        let dictionary = Dictionary::from_map(&map);
        assert_eq!(dictionary.get("visio"), Some(1));
        assert_eq!(dictionary.get("video"), Some(3));
        assert_eq!(dictionary.get(""), Some(4));
        assert_eq!(dictionary.get("vis"), None);
        assert_eq!(dictionary.get("zzz"), None);
        assert_eq!(dictionary.starting_with("vis").collect::<Vec<_>>(), [1, 2]);
        assert_eq!(
            dictionary.starting_with("vi").collect::<Vec<_>>(),
            [3, 1, 2]
        );
        assert_eq!(dictionary.starting_with("x").count(), 0);
        assert_eq!(Dictionary::default().get("a"), None);
    }
}
