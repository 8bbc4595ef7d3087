//! The small form that fills a family message's blanks before copying, and
//! what of it is remembered: personal values (school, teacher) for every
//! tool, a tool's own values (its space's address) for that tool only,
//! secrets (passwords, identifiers) never. Its keys are here; what they
//! do is in `update.rs`, its drawing in `crate::ui::popup::form`.

pub mod update;

use std::collections::HashMap;

use crossterm::event::KeyCode;

use crate::app::action::Action;
use crate::app::keymap::keys::{Binding, bind, ctrl, plain};
use crate::text::keys as words;

use crate::app::store::Prefs;
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

/// Words that make a blank secret wherever they appear in its key or
/// label (accents and case aside): « Mot de passe du pad », `{mdp}`,
/// « Identifiant ENT », « Code PIN », « Nom d'utilisateur », « Username »,
/// « Passphrase », « Jeton d'accès ».
const SECRET_PARTS: [&str; 14] = [
    "passe",
    "password",
    "passwd",
    "passphrase",
    "identifiant",
    "identifier",
    "login",
    "utilisateur",
    "username",
    "secret",
    "code",
    "credential",
    "jeton",
    "token",
];

/// Short words that make a blank secret only as whole words (`pin`, not
/// « Pinterest »; `cle`, not « cleanup »).
const SECRET_WORDS: [&str; 11] = [
    "mdp", "pin", "nip", "pwd", "pass", "id", "ident", "user", "pseudo", "cle", "key",
];

/// Words of the school's or the adviser's own values.
const PERSONAL_PARTS: [&str; 5] = [
    "ecole",
    "enseignant",
    "professeur",
    "classe",
    "etablissement",
];

/// Decides from the blank's key **and** its label, so a blank added to a
/// catalogue later is classified without code changes, and one whose key
/// says nothing (`{valeur}`) but whose label says « Mot de passe » is a
/// secret; anything that might be a secret is.
pub fn keeping(key: &str, label: &str) -> Keeping {
    let folded = [fold(key), fold(label)];
    let has_part = |parts: &[&str]| {
        folded
            .iter()
            .any(|text| parts.iter().any(|part| text.contains(part)))
    };
    let has_word = folded.iter().any(|text| {
        text.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|word| SECRET_WORDS.contains(&word))
    });
    if has_word || has_part(&SECRET_PARTS) {
        Keeping::Secret
    } else if has_part(&PERSONAL_PARTS) {
        Keeping::Personal
    } else {
        Keeping::PerTool
    }
}

/// Lower case without accents: « Élève » → `eleve`.
fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    use unicode_normalization::char::is_combining_mark;
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The value to pre-fill a blank of a tool with (never a secret's).
pub fn default_for(prefs: &Prefs, tool: &str, key: &str, label: &str) -> Option<String> {
    match keeping(key, label) {
        Keeping::Secret => None,
        Keeping::Personal => prefs.placeholder_defaults.get(key).cloned(),
        Keeping::PerTool => prefs.tool_defaults.get(tool)?.get(key).cloned(),
    }
}

impl Prefs {
    /// Keeps what may be kept of the values typed for a tool; a secret is
    /// never kept, and one an older version kept is dropped.
    pub fn remember(&mut self, tool: &str, fields: &[FormField]) {
        for field in fields {
            let value = clean_line(&field.value);
            match keeping(&field.key, &field.label) {
                Keeping::Secret => {
                    self.placeholder_defaults.remove(&field.key);
                    if let Some(values) = self.tool_defaults.get_mut(tool) {
                        values.remove(&field.key);
                    }
                }
                _ if value.trim().is_empty() => {}
                Keeping::Personal => {
                    self.placeholder_defaults.insert(field.key.clone(), value);
                }
                Keeping::PerTool => {
                    self.tool_defaults
                        .entry(tool.to_owned())
                        .or_default()
                        .insert(field.key.clone(), value);
                }
            }
        }
        self.placeholder_defaults
            .retain(|key, _| keeping(key, "") != Keeping::Secret);
        self.tool_defaults.retain(|_, values| !values.is_empty());
    }
}

/// One blank to fill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormField {
    pub key: String,
    pub label: String,
    pub value: String,
}

/// Where the message goes once its blanks are filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Into the clipboard (Ctrl-Y).
    Clipboard,
    /// Into a new mail in the mail client (the mail key).
    MailClient,
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
    pub delivery: Delivery,
}

impl Form {
    /// The form for a tool's message, or `None` when it has no blank.
    pub fn for_tool(catalog: &Catalog, tool: usize, prefs: &Prefs) -> Option<Self> {
        let entry = catalog.tools.get(tool)?;
        let message = catalog.message_text(entry)?;
        let fields: Vec<FormField> = placeholder_keys(message)
            .into_iter()
            .map(|key| {
                let label = catalog.placeholder_label(key);
                FormField {
                    key: key.to_owned(),
                    value: default_for(prefs, &entry.id, key, &label).unwrap_or_default(),
                    label,
                }
            })
            .collect();
        (!fields.is_empty()).then_some(Self {
            tool,
            fields,
            focused: 0,
            confirm_empty: false,
            delivery: Delivery::Clipboard,
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

/// The message form: typing fills the field.
pub const KEYS: &[Binding] = &[
    bind(
        &[plain(KeyCode::Enter)],
        &[Action::FormSubmit],
        words::FORM_SUBMIT,
        words::HINT_COPY,
    ),
    bind(
        &[plain(KeyCode::Esc)],
        &[Action::CloseOverlay],
        words::CANCEL,
        words::HINT_CANCEL,
    ),
    bind(
        &[plain(KeyCode::Tab), plain(KeyCode::Down)],
        &[Action::FormNext],
        words::FORM_NEXT,
        words::HINT_FIELD,
    ),
    bind(
        &[plain(KeyCode::BackTab), plain(KeyCode::Up)],
        &[Action::FormPrev],
        words::FORM_PREV,
        "",
    ),
    bind(
        &[plain(KeyCode::Backspace)],
        &[Action::FormBackspace],
        words::DELETE_LETTER,
        "",
    ),
    bind(
        &[ctrl('u')],
        &[Action::FormClear],
        words::EMPTY_FIELD,
        words::HINT_EMPTY_FIELD,
    ),
];
