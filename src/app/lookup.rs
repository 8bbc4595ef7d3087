//! Indexes over the catalogue, built once, that keep per-keystroke work
//! independent of the catalogue's size: counting hits per need, filtering
//! a need's tools and finding safer alternatives compare numbers over a few
//! tools, never strings over all of them.

use std::collections::HashMap;

use crate::catalog::{Catalog, Risk, Tool};

#[derive(Debug, Default)]
pub struct Lookup {
    /// Each tool's index by id.
    pub tool_position: HashMap<String, usize>,
    /// For each tool, the indices of its categories.
    pub tool_categories: Vec<Vec<usize>>,
    /// For each category, its tools that can be an alternative
    /// (institutional or with precautions), in catalogue order.
    safe_tools: Vec<Vec<usize>>,
    /// The category alternatives fall back to (talking with families).
    fallback: Option<usize>,
}

impl Lookup {
    pub fn new(catalog: &Catalog) -> Self {
        let category_index: HashMap<&str, usize> = catalog
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let tool_categories: Vec<Vec<usize>> = catalog
            .tools
            .iter()
            .map(|tool| {
                let ids = tool.categories.iter();
                ids.filter_map(|c| category_index.get(c.as_str()).copied())
                    .collect()
            })
            .collect();
        let mut safe_tools = vec![Vec::new(); catalog.categories.len()];
        for (index, (tool, categories)) in catalog.tools.iter().zip(&tool_categories).enumerate() {
            if tool.risk.level <= Risk::Precautions {
                for &category in categories {
                    safe_tools[category].push(index);
                }
            }
        }
        Self {
            tool_position: catalog
                .tools
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.clone(), i))
                .collect(),
            tool_categories,
            safe_tools,
            fallback: category_index
                .get(crate::catalog::FALLBACK_CATEGORY)
                .copied(),
        }
    }

    /// [`Catalog::alternatives`], looking only at the safe tools of the
    /// tool's needs and of the fallback need.
    pub fn alternatives<'a>(
        &self,
        catalog: &'a Catalog,
        index: usize,
        place: &crate::catalog::Place,
    ) -> Vec<&'a Tool> {
        let Some(tool) = catalog.tools.get(index) else {
            return Vec::new();
        };
        let needs = self.tool_categories.get(index).into_iter().flatten();
        let mut candidates: Vec<usize> = needs
            .chain(&self.fallback)
            .filter_map(|&category| self.safe_tools.get(category))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let candidates: Vec<&Tool> = candidates
            .into_iter()
            .filter_map(|i| catalog.tools.get(i))
            .collect();
        catalog.alternatives_among_in(tool, &candidates, place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index must find exactly what a scan of every tool finds.
    #[test]
    fn alternatives_match_the_full_scan() {
        let Ok(mut catalog) = crate::catalog::embedded() else {
            panic!("the embedded catalogue loads");
        };
        let synthetic = crate::synth::tools(&catalog, 3_000, 7);
        catalog.tools.extend(synthetic);
        let lookup = Lookup::new(&catalog);
        let mut with_alternatives = 0;
        for (index, tool) in catalog.tools.iter().enumerate() {
            let ids = |tools: Vec<&Tool>| tools.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
            let expected = ids(catalog.alternatives(tool));
            with_alternatives += usize::from(!expected.is_empty());
            assert_eq!(
                ids(lookup.alternatives(&catalog, index, &crate::catalog::Place::Anywhere)),
                expected,
                "{}",
                tool.id
            );
        }
        assert!(with_alternatives > 1_000, "{with_alternatives}");
    }
}
