//! The scripting contract of `--json`: every top-level object carries
//! `format_version`, keys are English, and a tool's risk has one shape
//! wherever it appears (`search`, `show`, `message`, `compare`).

use serde_json::{Value, json};

use crate::catalog::Tool;
use crate::text;

/// Raised when a key is renamed or removed or changes meaning; adding a
/// key does not change it.
pub const FORMAT_VERSION: u32 = 2;

/// A tool's risk: its level id, the French label, the rationale, the
/// sources' evidence and their ids (empty lists where there are none).
pub fn risk(tool: &Tool) -> Value {
    let mut value = serde_json::to_value(&tool.risk).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert("label".to_owned(), json!(text::risk_label(tool.risk.level)));
        // Lists left out of the stored form when empty are written here,
        // so every risk has the same keys.
        map.entry("evidence").or_insert_with(|| json!([]));
        map.entry("sources").or_insert_with(|| json!([]));
    }
    value
}

/// Marks a top-level object with [`FORMAT_VERSION`].
pub fn versioned(mut value: Value) -> Value {
    if let Value::Object(map) = &mut value {
        map.insert("format_version".to_owned(), json!(FORMAT_VERSION));
    }
    value
}
