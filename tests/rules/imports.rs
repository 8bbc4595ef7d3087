//! Reading a file's paths to other modules: its `use` trees, the
//! `crate::` / `super::` paths written inline, the paths to its own child
//! modules, and where each lands.

use std::collections::BTreeSet;

/// Every `use` tree in `code`, expanded to its leaf paths.
pub fn use_paths(code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = find_word(rest, "use", |c| c.is_ascii_whitespace()) {
        let after = &rest[at + 3..];
        let Some(end) = after.find(';') else { break };
        expand(after[..end].trim(), &mut Vec::new(), &mut paths);
        rest = &after[end..];
    }
    paths
}

/// Where `word` stands alone in `text` (no identifier character before
/// it), followed by a character `after_ok` accepts.
pub fn find_word(text: &str, word: &str, after_ok: impl Fn(u8) -> bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text[from..].find(word) {
        let at = from + found;
        let before_ok =
            at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        let after = bytes.get(at + word.len()).copied().unwrap_or(b' ');
        let ends = after != b'_' && !after.is_ascii_alphanumeric();
        if before_ok && ends && after_ok(after) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// Expands `a::b::{c, d::{e, f}}` into `a::b::c`, `a::b::d::e`, `a::b::d::f`.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head = &tree[..open];
        let body = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let depth = prefix.len();
        prefix.extend(segments(head));
        for part in split_top(body) {
            expand(part, prefix, out);
        }
        prefix.truncate(depth);
    } else {
        let tree = tree.split(" as ").next().unwrap_or(tree);
        let mut path = prefix.clone();
        path.extend(segments(tree));
        if !path.is_empty() {
            out.push(path);
        }
    }
}

pub fn segments(text: &str) -> Vec<String> {
    text.split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Splits on the commas that are not inside braces.
fn split_top(body: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&body[start..]);
    parts.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// `crate::a::b` and `super::a` paths written inline in code.
pub fn inline_paths(code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(found) = code[from..].find(start) {
            let at = from + found;
            let bytes = code.as_bytes();
            let standalone = at == 0
                || !(bytes[at - 1].is_ascii_alphanumeric()
                    || bytes[at - 1] == b'_'
                    || bytes[at - 1] == b':');
            let end = code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            if standalone {
                paths.push(segments(&code[at..end]));
            }
            from = end.max(at + start.len());
        }
    }
    paths
}

/// An absolute module path for `path` written in `module`, or `None` for a
/// path into another crate.
pub fn absolute(module: &[String], path: &[String]) -> Option<Vec<String>> {
    let mut resolved: Vec<String> = Vec::new();
    let mut segments = path.iter().peekable();
    match segments.peek().map(|s| s.as_str()) {
        Some("crate") => {
            segments.next();
        }
        Some("super" | "self") => {
            // A file `a/b.rs` is module a::b; `super` is `a`. In `a/mod.rs`
            // (module a) `super` is the crate root.
            resolved.extend(module.iter().cloned());
            while let Some(s) = segments.peek() {
                match s.as_str() {
                    "super" => {
                        resolved.pop();
                        segments.next();
                    }
                    "self" => {
                        segments.next();
                    }
                    _ => break,
                }
            }
        }
        _ => return None,
    }
    resolved.extend(segments.cloned());
    Some(resolved)
}

/// The file a path lands in: its longest prefix that is a file's module.
pub fn owner(known: &BTreeSet<Vec<String>>, path: &[String]) -> Vec<String> {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| known.contains(prefix))
        .unwrap_or_default()
}

/// Paths in `code` that start with the name of one of `children` (a
/// module's own child modules, named without `self::`).
pub fn child_paths(code: &str, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let mut paths = Vec::new();
    for child in children {
        let start = format!("{child}::");
        for (at, _) in code.match_indices(&start) {
            let standalone = at == 0
                || !(bytes[at - 1].is_ascii_alphanumeric()
                    || bytes[at - 1] == b'_'
                    || bytes[at - 1] == b':');
            if standalone {
                let end = code[at..]
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .map_or(code.len(), |e| at + e);
                paths.push(segments(&code[at..end]));
            }
        }
    }
    paths
}
