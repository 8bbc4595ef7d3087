//! The small form that fills a family message's blanks before copying.

use std::collections::HashMap;

use crate::catalog::{Catalog, placeholder_keys};
use crate::sanitize::clean_line;

/// Longest value accepted in a field; a message is not a document.
const MAX_VALUE_CHARS: usize = 500;

/// One blank to fill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormField {
    pub key: String,
    pub label: String,
    pub value: String,
}

/// The blanks of one tool's message, pre-filled from saved defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Index of the tool in the catalogue.
    pub tool: usize,
    pub fields: Vec<FormField>,
    pub focused: usize,
}

impl Form {
    /// The form for a tool's message, or `None` when it has no blank.
    pub fn for_tool(
        catalog: &Catalog,
        tool: usize,
        defaults: &std::collections::BTreeMap<String, String>,
    ) -> Option<Self> {
        let message = catalog.tools.get(tool)?.family_message.as_ref()?;
        let fields: Vec<FormField> = placeholder_keys(&message.text)
            .into_iter()
            .map(|key| FormField {
                key: key.to_owned(),
                label: catalog.placeholder_label(key),
                value: defaults.get(key).cloned().unwrap_or_default(),
            })
            .collect();
        (!fields.is_empty()).then_some(Self {
            tool,
            fields,
            focused: 0,
        })
    }

    /// Types a character into the focused field (controls are ignored).
    pub fn push(&mut self, c: char) {
        if let Some(field) = self.fields.get_mut(self.focused)
            && !c.is_control()
            && field.value.chars().count() < MAX_VALUE_CHARS
        {
            field.value.push(c);
        }
    }

    /// Deletes the last character of the focused field.
    pub fn backspace(&mut self) {
        if let Some(field) = self.fields.get_mut(self.focused) {
            field.value.pop();
        }
    }

    /// Empties the focused field.
    pub fn clear(&mut self) {
        if let Some(field) = self.fields.get_mut(self.focused) {
            field.value.clear();
        }
    }

    /// Moves to the next field, wrapping around.
    pub fn next(&mut self) {
        self.focused = (self.focused + 1) % self.fields.len().max(1);
    }

    /// Moves to the previous field, wrapping around.
    pub fn prev(&mut self) {
        let len = self.fields.len().max(1);
        self.focused = (self.focused + len - 1) % len;
    }

    /// The values typed, cleaned, by key.
    pub fn values(&self) -> HashMap<String, String> {
        self.fields
            .iter()
            .map(|f| (f.key.clone(), clean_line(&f.value)))
            .collect()
    }
}
