//! Typo tolerance for names heard on the phone ("beneylou", "zoum"): a
//! small edit distance to a word of the name, or to its start while typing.

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) len: usize,
    pub(super) mask: u64,
}

/// What a name hit with a typo is worth, before the distance is taken off.
const TYPO_SCORE: i64 = 400;

pub(super) fn typo_score(
    words: &[Word],
    name_mask: u64,
    term: &str,
    len: usize,
    mask: u64,
) -> Option<i64> {
    let allowed = match len {
        0..=3 => return None,
        4..=5 => 1,
        _ => 2,
    };
    // Each character class missing from every word costs at least one edit.
    let missing_everywhere =
        usize::try_from((mask & !name_mask).count_ones()).unwrap_or(usize::MAX);
    if missing_everywhere > allowed {
        return None;
    }
    let mut best = usize::MAX;
    for word in words {
        // Each character class missing from the word costs at least one edit.
        let missing = usize::try_from((mask & !word.mask).count_ones()).unwrap_or(usize::MAX);
        if missing > allowed {
            continue;
        }
        if word.len.abs_diff(len) <= allowed {
            best = best.min(osa_distance(term, &word.text));
        }
        // A word being typed: compare with the start of the name word too.
        if word.len > len {
            let end = word
                .text
                .char_indices()
                .nth(len)
                .map_or(word.text.len(), |(i, _)| i);
            best = best.min(osa_distance(term, &word.text[..end]) + 1);
        }
        if best == 0 {
            break;
        }
    }
    (best <= allowed).then(|| TYPO_SCORE - i64::try_from(best).unwrap_or(0) * 100)
}

/// Longest string compared on the stack; longer ones use strsim.
const OSA_MAX: usize = 32;

/// Optimal string alignment distance (edits and adjacent swaps), without
/// allocating for the short words names are made of.
#[allow(clippy::many_single_char_names)]
fn osa_distance(a: &str, b: &str) -> usize {
    let mut a_chars = ['\0'; OSA_MAX];
    let mut b_chars = ['\0'; OSA_MAX];
    let (mut n, mut m) = (0, 0);
    for c in a.chars() {
        if n == OSA_MAX {
            return strsim::osa_distance(a, b);
        }
        a_chars[n] = c;
        n += 1;
    }
    for c in b.chars() {
        if m == OSA_MAX {
            return strsim::osa_distance(a, b);
        }
        b_chars[m] = c;
        m += 1;
    }
    // Three rows of the dynamic programme: two back, one back, current.
    let mut two = [0usize; OSA_MAX + 1];
    let mut one: [usize; OSA_MAX + 1] = std::array::from_fn(|j| j);
    let mut cur = [0usize; OSA_MAX + 1];
    for i in 1..=n {
        cur[0] = i;
        for j in 1..=m {
            let cost = usize::from(a_chars[i - 1] != b_chars[j - 1]);
            let mut d = (one[j] + 1).min(cur[j - 1] + 1).min(one[j - 1] + cost);
            if i > 1
                && j > 1
                && a_chars[i - 1] == b_chars[j - 2]
                && a_chars[i - 2] == b_chars[j - 1]
            {
                d = d.min(two[j - 2] + 1);
            }
            cur[j] = d;
        }
        two = one;
        one = cur;
    }
    one[m]
}

pub(super) fn words_of(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_owned)
        .collect();
    let joined: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
    if !words.contains(&joined) {
        words.push(joined);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osa_matches_strsim() {
        for (a, b) in [
            ("padlet", "padlte"),
            ("zoum", "zoom"),
            ("", "abc"),
            ("écoles", "ecole"),
            ("kitten", "sitting"),
        ] {
            assert_eq!(osa_distance(a, b), strsim::osa_distance(a, b), "{a} {b}");
        }
    }
}
