//! The order of the lists when nothing is typed, from keys computed once:
//! each tool's place in name order, and one flag per tool for favourites
//! and for tools placed outside the territory. Showing every tool is then
//! a pass over the name order that drops each tool into its group, never
//! a sort of the whole catalogue with lookups per comparison: starting and
//! erasing the query stay fast at 100,000 tools.

use crate::catalog::Risk;

/// The keys the lists are ordered by.
#[derive(Debug, Default)]
pub struct ListOrder {
    /// Tool indices in name order (accents and case folded; equal names
    /// in catalogue order).
    by_name: Vec<usize>,
    /// Whether each tool is pinned.
    favourite: Vec<bool>,
    /// Whether the sources place each tool outside the territory.
    out_of_territory: Vec<bool>,
}

impl ListOrder {
    /// The name order, as the search index keeps it (sorted when the
    /// index was built, read back from the cache with it).
    pub fn new(name_order: impl ExactSizeIterator<Item = usize>) -> Self {
        let count = name_order.len();
        let by_name: Vec<usize> = name_order.collect();
        Self {
            by_name,
            favourite: vec![false; count],
            out_of_territory: vec![false; count],
        }
    }

    /// Pins exactly these tools (indices past the end are ignored).
    pub fn set_favourites(&mut self, tools: impl IntoIterator<Item = usize>) {
        self.favourite.fill(false);
        for tool in tools {
            if let Some(flag) = self.favourite.get_mut(tool) {
                *flag = true;
            }
        }
    }

    /// Marks exactly these tools as outside the territory.
    pub fn set_out_of_territory(&mut self, tools: impl IntoIterator<Item = usize>) {
        self.out_of_territory.fill(false);
        for tool in tools {
            if let Some(flag) = self.out_of_territory.get_mut(tool) {
                *flag = true;
            }
        }
    }

    pub fn is_favourite(&self, tool: usize) -> bool {
        self.favourite.get(tool).copied().unwrap_or(false)
    }

    pub fn is_out_of_territory(&self, tool: usize) -> bool {
        self.out_of_territory.get(tool).copied().unwrap_or(false)
    }

    /// The tools `keep` accepts, favourites first, then what is outside
    /// the territory last, each group in name order.
    pub fn all(&self, keep: impl Fn(usize) -> bool) -> Vec<usize> {
        self.grouped(keep, 4, |i| {
            usize::from(!self.is_favourite(i)) * 2 + usize::from(self.is_out_of_territory(i))
        })
    }

    /// The tools `keep` accepts, what is outside the territory last, then
    /// by risk level (safest first), each group in name order.
    pub fn by_level(
        &self,
        keep: impl Fn(usize) -> bool,
        level: impl Fn(usize) -> Risk,
    ) -> Vec<usize> {
        let levels = Risk::ALL.len();
        self.grouped(keep, 2 * levels, |i| {
            let rank = Risk::ALL
                .iter()
                .position(|&l| l == level(i))
                .unwrap_or(levels - 1);
            usize::from(self.is_out_of_territory(i)) * levels + rank
        })
    }

    /// The tools `keep` accepts in name order, stably grouped by `group`
    /// (below `groups`): a counting sort, linear in the catalogue.
    fn grouped(
        &self,
        keep: impl Fn(usize) -> bool,
        groups: usize,
        group: impl Fn(usize) -> usize,
    ) -> Vec<usize> {
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); groups];
        for &tool in self.by_name.iter().filter(|&&i| keep(i)) {
            let g = group(tool).min(groups - 1);
            buckets[g].push(tool);
        }
        buckets.concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Doc, SearchIndex};

    fn index(names: &[&str]) -> SearchIndex {
        SearchIndex::new(names.iter().map(|n| Doc {
            name: (*n).to_owned(),
            ..Doc::default()
        }))
    }

    #[test]
    fn groups_keep_name_order() {
        let mut order =
            ListOrder::new(index(&["Zoom", "écho", "Beta", "alpha", "Écho"]).name_order());
        assert_eq!(order.all(|_| true), [3, 2, 1, 4, 0]);
        order.set_favourites([0, 4]);
        order.set_out_of_territory([3, 0]);
        assert_eq!(order.all(|_| true), [4, 0, 2, 1, 3]);
        assert_eq!(order.all(|i| i != 2), [4, 0, 1, 3]);
        let levels = [
            Risk::Doubtful,
            Risk::Institutional,
            Risk::Doubtful,
            Risk::Forbidden,
            Risk::Institutional,
        ];
        assert_eq!(order.by_level(|_| true, |i| levels[i]), [1, 4, 2, 0, 3]);
        order.set_favourites([]);
        assert!(!order.is_favourite(0));
        assert!(order.is_out_of_territory(3));
        assert!(!order.is_out_of_territory(99));
    }
}
