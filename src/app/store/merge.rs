//! Two windows share one state file: at each save, what this window
//! changed since it last read or wrote the file is applied to what the
//! file holds now. Generic over the JSON shape, so new fields of `Prefs`
//! merge without code here:
//! - objects merge key by key;
//! - arrays are sets kept in order: ours first, then the file's entries
//!   this window never saw; an entry this window removed stays removed, and
//!   one the other window removed is not brought back;
//! - any other value: ours if this window changed it, else the file's.

use std::collections::HashSet;

use serde_json::{Map, Value};

/// `base`: the state as this window last read or wrote it; `ours`: the
/// state now; `theirs`: what the file holds now.
pub fn merge(base: &Value, ours: &Value, theirs: &Value) -> Value {
    if ours == base {
        return theirs.clone();
    }
    if theirs == base {
        // Nobody else wrote since: the common case, and a cheap one.
        return ours.clone();
    }
    match (base, ours, theirs) {
        (Value::Object(b), Value::Object(o), Value::Object(t)) => Value::Object(objects(b, o, t)),
        (Value::Array(b), Value::Array(o), Value::Array(t)) => Value::Array(arrays(b, o, t)),
        // A new object or array where there was none: merge with nothing.
        (Value::Null, Value::Object(o), Value::Object(t)) => {
            Value::Object(objects(&Map::new(), o, t))
        }
        (Value::Null, Value::Array(o), Value::Array(t)) => Value::Array(arrays(&[], o, t)),
        _ => ours.clone(),
    }
}

fn objects(
    base: &Map<String, Value>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
) -> Map<String, Value> {
    let mut out = Map::new();
    let keys = ours.keys().chain(theirs.keys()).chain(base.keys());
    let mut seen = HashSet::new();
    for key in keys {
        if !seen.insert(key) {
            continue;
        }
        let (b, o, t) = (base.get(key), ours.get(key), theirs.get(key));
        let value = match (b, o, t) {
            // Unchanged here: the file's version (present or removed).
            (b, o, t) if b == o => t.cloned(),
            // Removed here.
            (Some(_), None, _) => None,
            (_, Some(o), None) => Some(o.clone()),
            (b, Some(o), Some(t)) => Some(merge(b.unwrap_or(&Value::Null), o, t)),
            (None, None, _) => None,
        };
        if let Some(value) = value {
            out.insert(key.clone(), value);
        }
    }
    out
}

fn arrays(base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let key = |v: &Value| v.to_string();
    let base: HashSet<String> = base.iter().map(key).collect();
    let ours_set: HashSet<String> = ours.iter().map(key).collect();
    let theirs_set: HashSet<String> = theirs.iter().map(key).collect();
    let mut out = Vec::new();
    let mut kept = HashSet::new();
    for value in ours {
        let k = key(value);
        // Removed by the other window since we last saw it.
        let removed_there = base.contains(&k) && !theirs_set.contains(&k);
        if !removed_there && kept.insert(k) {
            out.push(value.clone());
        }
    }
    for value in theirs {
        let k = key(value);
        // New there (never seen here); what we removed stays removed.
        if !ours_set.contains(&k) && !base.contains(&k) && kept.insert(k) {
            out.push(value.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_window_keeps_its_changes_and_the_others() {
        let base = json!({ "favourites": ["a", "b"], "defaults": { "x": "1", "y": "2" }, "n": 1 });
        let ours = json!({ "favourites": ["a", "c"], "defaults": { "x": "9", "y": "2" }, "n": 1 });
        let theirs =
            json!({ "favourites": ["b", "a", "d"], "defaults": { "x": "1", "z": "3" }, "n": 5 });
        assert_eq!(
            merge(&base, &ours, &theirs),
            json!({ "favourites": ["a", "c", "d"], "defaults": { "x": "9", "z": "3" }, "n": 5 })
        );
    }

    #[test]
    fn removed_elsewhere_stays_removed_and_unknown_base_keeps_everything() {
        let base = json!({ "recent": ["a", "b"] });
        let ours = json!({ "recent": ["c", "a", "b"] });
        let theirs = json!({ "recent": ["a"] });
        assert_eq!(
            merge(&base, &ours, &theirs),
            json!({ "recent": ["c", "a"] })
        );
        let fresh = merge(
            &json!({}),
            &json!({ "recent": ["x"] }),
            &json!({ "recent": ["y"] }),
        );
        assert_eq!(fresh, json!({ "recent": ["x", "y"] }));
    }
}
