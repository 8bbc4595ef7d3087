//! For each term, the documents that have it: one array per property, all
//! terms end to end (compressed sparse rows). Built as one list per term,
//! then laid out once every document is in.

/// One document's entry in a term's list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Posting {
    pub(super) doc: u32,
    /// Weighted count of the word in the document.
    pub(super) tf: f32,
    /// Whether the word is in the name or an alias.
    pub(super) in_name: bool,
}

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Postings {
    /// While documents are added: one list per term.
    #[serde(skip)]
    building: Vec<Vec<Posting>>,
    /// Where each term's entries end.
    #[serde(with = "super::blob")]
    ends: Vec<u64>,
    #[serde(with = "super::blob")]
    docs: Vec<u32>,
    #[serde(with = "super::blob")]
    tf: Vec<f32>,
    #[serde(with = "super::blob")]
    in_name: Vec<bool>,
}

impl Postings {
    /// A new term, with no document yet.
    pub(super) fn add_term(&mut self) {
        self.building.push(Vec::new());
    }

    /// Number of terms.
    pub(super) fn terms(&self) -> usize {
        self.building.len().max(self.ends.len())
    }

    /// Adds a document to a term's list (documents come in order).
    pub(super) fn push(&mut self, term: u32, posting: Posting) {
        if let Some(list) = self.building.get_mut(term as usize) {
            list.push(posting);
        }
    }

    /// Lays the lists end to end; call once every document is in.
    pub(super) fn finish(&mut self) {
        for list in std::mem::take(&mut self.building) {
            for posting in list {
                self.docs.push(posting.doc);
                self.tf.push(posting.tf);
                self.in_name.push(posting.in_name);
            }
            self.ends.push(self.docs.len() as u64);
        }
    }

    fn span(&self, term: u32) -> std::ops::Range<usize> {
        super::arena::span(&self.ends, term as usize).unwrap_or_default()
    }

    /// How many documents have the term.
    pub(super) fn count(&self, term: u32) -> usize {
        self.span(term).len()
    }

    /// How many of the documents that have the term have it in a name.
    pub(super) fn count_in_names(&self, term: u32) -> usize {
        self.span(term)
            .filter(|&i| self.in_name.get(i).copied().unwrap_or(false))
            .count()
    }

    /// The documents that have the term, in document order.
    pub(super) fn of(&self, term: u32) -> impl Iterator<Item = Posting> + '_ {
        self.span(term).filter_map(|i| {
            Some(Posting {
                doc: *self.docs.get(i)?,
                tf: *self.tf.get(i)?,
                in_name: *self.in_name.get(i)?,
            })
        })
    }
}
