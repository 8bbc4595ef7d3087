//! The small form that fills a family message's blanks before copying, and
//! what of it is remembered: personal values (school, teacher) for every
//! tool, a tool's own values (its space's address) for that tool only,
//! secrets (passwords, identifiers) never.

use std::collections::HashMap;

use super::store::Prefs;
use crate::catalog::{Catalog, placeholder_keys};
use crate::sanitize::clean_line;

/// Longest value accepted in a field; a message is not a document.
const MAX_VALUE_CHARS: usize = 500;

/// How a blank's value may be kept between uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeping {
    /// A password or an identifier: typed for one family, never written.
    Secret,
    /// The adviser's or the school's: the same for every tool.
    Personal,
    /// Specific to the tool (an address, a code).
    PerTool,
}

/// Decides from the key's name, so a blank added to the catalogue later is
/// classified without code changes; anything that might be a secret is.
pub fn keeping(key: &str) -> Keeping {
    let key = key.to_ascii_lowercase();
    let secret = [
        "passe",
        "password",
        "identifiant",
        "login",
        "code",
        "secret",
    ];
    let personal = [
        "ecole",
        "enseignant",
        "professeur",
        "classe",
        "etablissement",
    ];
    if secret.iter().any(|s| key.contains(s)) {
        Keeping::Secret
    } else if personal.iter().any(|p| key.contains(p)) {
        Keeping::Personal
    } else {
        Keeping::PerTool
    }
}

/// The value to pre-fill a blank of a tool with.
pub fn default_for(prefs: &Prefs, tool: &str, key: &str) -> Option<String> {
    match keeping(key) {
        Keeping::Secret => None,
        Keeping::Personal => prefs.placeholder_defaults.get(key).cloned(),
        Keeping::PerTool => prefs.tool_defaults.get(tool)?.get(key).cloned(),
    }
}

impl Prefs {
    /// Keeps what may be kept of the values typed for a tool; secrets
    /// saved by an older version are dropped at the same time.
    pub fn remember(&mut self, tool: &str, values: &HashMap<String, String>) {
        self.placeholder_defaults
            .retain(|key, _| keeping(key) != Keeping::Secret);
        for (key, value) in values {
            if value.trim().is_empty() {
                continue;
            }
            match keeping(key) {
                Keeping::Secret => {}
                Keeping::Personal => {
                    self.placeholder_defaults.insert(key.clone(), value.clone());
                }
                Keeping::PerTool => {
                    self.tool_defaults
                        .entry(tool.to_owned())
                        .or_default()
                        .insert(key.clone(), value.clone());
                }
            }
        }
    }
}

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
    /// Enter was pressed with empty fields: the form lists them, and the
    /// next Enter copies anyway.
    pub confirm_empty: bool,
}

impl Form {
    /// The form for a tool's message, or `None` when it has no blank.
    pub fn for_tool(catalog: &Catalog, tool: usize, prefs: &Prefs) -> Option<Self> {
        let entry = catalog.tools.get(tool)?;
        let message = catalog.message_text(entry)?;
        let fields: Vec<FormField> = placeholder_keys(message)
            .into_iter()
            .map(|key| FormField {
                key: key.to_owned(),
                label: catalog.placeholder_label(key),
                value: default_for(prefs, &entry.id, key).unwrap_or_default(),
            })
            .collect();
        (!fields.is_empty()).then_some(Self {
            tool,
            fields,
            focused: 0,
            confirm_empty: false,
        })
    }

    /// Types a character into the focused field (controls are ignored).
    pub fn push(&mut self, c: char) {
        self.confirm_empty = false;
        if let Some(field) = self.fields.get_mut(self.focused)
            && !c.is_control()
            && field.value.chars().count() < MAX_VALUE_CHARS
        {
            field.value.push(c);
        }
    }

    /// Deletes the last character of the focused field.
    pub fn backspace(&mut self) {
        self.confirm_empty = false;
        if let Some(field) = self.fields.get_mut(self.focused) {
            field.value.pop();
        }
    }

    /// Empties the focused field.
    pub fn clear(&mut self) {
        self.confirm_empty = false;
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

    /// The labels of the fields still empty.
    pub fn empty_labels(&self) -> Vec<String> {
        self.fields
            .iter()
            .filter(|f| f.value.trim().is_empty())
            .map(|f| clean_line(&f.label))
            .collect()
    }

    /// The values typed, cleaned, by key.
    pub fn values(&self) -> HashMap<String, String> {
        self.fields
            .iter()
            .map(|f| (f.key.clone(), clean_line(&f.value)))
            .collect()
    }
}
