//! Named blanks in family messages: `{mot_de_passe}`, `{enseignant}`…

use std::collections::HashMap;

/// A piece of a message: plain text or a named blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text to keep as it is.
    Text(&'a str),
    /// A blank, by key (without braces).
    Blank(&'a str),
}

/// Splits a message into text and blanks. `{` not followed by `key}` is text.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let key_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(after.len());
        if key_len > 0 && after[key_len..].starts_with('}') {
            if open > 0 {
                out.push(Segment::Text(&rest[..open]));
            }
            out.push(Segment::Blank(&after[..key_len]));
            rest = &after[key_len + 1..];
        } else {
            out.push(Segment::Text(&rest[..=open]));
            rest = after;
        }
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// The first brace that does not belong to a blank `{key}` (key in
/// lowercase ASCII and `_`), with what follows it: such text would reach
/// families as it is (`{Mot}`, `{mot de passe}`).
pub fn malformed_blank(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(at) = rest.find(['{', '}']) {
        let after = &rest[at + 1..];
        let key_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(after.len());
        if rest[at..].starts_with('}') || key_len == 0 || !after[key_len..].starts_with('}') {
            return Some(rest[at..].chars().take(24).collect());
        }
        rest = &after[key_len + 1..];
    }
    None
}

/// The distinct blank keys of a message, in order of first appearance.
pub fn placeholder_keys(text: &str) -> Vec<&str> {
    let mut keys: Vec<&str> = Vec::new();
    for segment in segments(text) {
        if let Segment::Blank(key) = segment
            && !keys.contains(&key)
        {
            keys.push(key);
        }
    }
    keys
}

/// Fills the blanks with `values`; a blank without a non-empty value is
/// written `[label]` so the reader sees what is missing.
pub fn fill(
    text: &str,
    values: &HashMap<String, String>,
    label_of: impl Fn(&str) -> String,
) -> String {
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => t.to_owned(),
            Segment::Blank(key) => match values.get(key) {
                Some(value) if !value.trim().is_empty() => value.clone(),
                _ => format!("[{}]", label_of(key)),
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_and_blanks() {
        assert_eq!(
            segments("Bonjour {enseignant}, code {x} {mot_de_passe}."),
            vec![
                Segment::Text("Bonjour "),
                Segment::Blank("enseignant"),
                Segment::Text(", code "),
                Segment::Blank("x"),
                Segment::Text(" "),
                Segment::Blank("mot_de_passe"),
                Segment::Text("."),
            ]
        );
    }

    #[test]
    fn braces_that_are_not_blanks_stay_text() {
        let text = "a {B} {} {x y} {ok";
        let joined: String = segments(text)
            .iter()
            .map(|s| match s {
                Segment::Text(t) => (*t).to_owned(),
                Segment::Blank(k) => format!("<{k}>"),
            })
            .collect();
        assert_eq!(joined, text);
        assert!(placeholder_keys(text).is_empty());
    }

    #[test]
    fn only_lowercase_keys_in_braces_are_blanks() {
        assert_eq!(malformed_blank("a {mot_de_passe} b {x}"), None);
        for (text, fragment) in [
            ("a {Mot} b", "{Mot} b"),
            ("{mot de passe}", "{mot de passe}"),
            ("ok {a} }", "}"),
            ("{{a}}", "{{a}}"),
            ("fin {", "{"),
        ] {
            assert_eq!(malformed_blank(text).as_deref(), Some(fragment), "{text}");
        }
    }

    #[test]
    fn fills_known_values_and_labels_the_rest() {
        let mut values = HashMap::new();
        values.insert("a".to_owned(), "ALPHA".to_owned());
        values.insert("b".to_owned(), "  ".to_owned());
        let out = fill("{a}-{b}-{a}", &values, |k| format!("label {k}"));
        assert_eq!(out, "ALPHA-[label b]-ALPHA");
        assert_eq!(placeholder_keys("{a}-{b}-{a}"), vec!["a", "b"]);
    }
}
