//! The documents in the order of their folded names, computed once when
//! an index is built and kept with it.

/// Indices `0..count` by `name` (equal names by index).
pub(super) fn sorted<'a>(count: usize, name: impl Fn(usize) -> &'a str) -> Vec<u32> {
    let mut order: Vec<u32> = (0..u32::try_from(count).unwrap_or(u32::MAX)).collect();
    // Ties broken by index: the order is total, so an unstable sort gives
    // the same result as a stable one, faster.
    order.sort_unstable_by(|&a, &b| name(a as usize).cmp(name(b as usize)).then(a.cmp(&b)));
    order
}

/// An index's name order alone, as the cache stores it apart: the
/// interface lists every tool by name before the index itself is read.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct NameOrder {
    #[serde(with = "super::blob")]
    order: Vec<u32>,
}

impl NameOrder {
    /// Whether it names each of `0..count` exactly once.
    pub fn is_whole(&self, count: usize) -> bool {
        is_whole(&self.order, count)
    }

    /// Every document index, in name order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.order.iter().map(|&i| i as usize)
    }
}

impl super::SearchIndex {
    /// A copy of the name order, to store apart.
    pub fn name_order_part(&self) -> NameOrder {
        NameOrder {
            order: self.name_order.clone(),
        }
    }
}

/// Whether `order` names each of `0..count` exactly once.
pub(super) fn is_whole(order: &[u32], count: usize) -> bool {
    let mut seen = vec![false; count];
    order.len() == count
        && order.iter().all(|&i| {
            seen.get_mut(i as usize)
                .is_some_and(|seen| !std::mem::replace(seen, true))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_with_ties_in_index_order() {
        let names = ["zoom", "beta", "alpha", "beta"];
        let order = sorted(names.len(), |i| names[i]);
        assert_eq!(order, [2, 1, 3, 0]);
        assert!(is_whole(&order, 4));
    }

    #[test]
    fn an_order_that_misses_or_repeats_a_document_is_refused() {
        assert!(is_whole(&[], 0));
        assert!(!is_whole(&[0, 1], 3));
        assert!(!is_whole(&[0, 0, 1], 3));
        assert!(!is_whole(&[0, 1, 3], 3));
    }
}
