//! The crate's module graph, read from its `use` lines and `crate::` /
//! `super::` paths, and the rules it must keep: no import cycle between
//! files or between top-level folders, `app/` blind to the terminal and the
//! drawing, the domain (`catalog/`, `search/`, `card/`) blind to any
//! terminal crate.

use std::collections::{BTreeMap, BTreeSet};

use crate::source::{SourceFile, code_of, library_files, without_test_modules};

/// Edges from each file (by module name) to the files it imports from.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every `use` tree in `code`, expanded to its leaf paths.
fn use_paths(code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = find_word(rest, "use") {
        let after = &rest[at + 3..];
        let Some(end) = after.find(';') else { break };
        expand(after[..end].trim(), &mut Vec::new(), &mut paths);
        rest = &after[end..];
    }
    paths
}

fn find_word(text: &str, word: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text[from..].find(word) {
        let at = from + found;
        let before_ok =
            at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        let after = bytes.get(at + word.len()).copied().unwrap_or(b' ');
        if before_ok && after.is_ascii_whitespace() {
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

fn segments(text: &str) -> Vec<String> {
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
fn inline_paths(code: &str) -> Vec<Vec<String>> {
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
fn absolute(module: &[String], path: &[String]) -> Option<Vec<String>> {
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
fn owner(known: &BTreeSet<Vec<String>>, path: &[String]) -> Vec<String> {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| known.contains(prefix))
        .unwrap_or_default()
}

/// The library's file graph (test modules left out).
pub fn graph() -> (Vec<SourceFile>, Graph) {
    let files = library_files();
    let known: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    let mut graph = Graph::new();
    for file in &files {
        let code = code_of(&without_test_modules(&file.text));
        let edges = graph.entry(file.name()).or_default();
        for path in use_paths(&code).into_iter().chain(inline_paths(&code)) {
            if let Some(target) = absolute(&file.module, &path) {
                let target = owner(&known, &target);
                if target != file.module && !target.is_empty() {
                    edges.insert(target.join("::"));
                }
            }
        }
    }
    (files, graph)
}

/// The strongly connected components of more than one node (Tarjan).
pub fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, node: &'a str) {
        let n = w.index.len();
        w.index.insert(node, n);
        w.low.insert(node, n);
        w.stack.push(node);
        w.on_stack.insert(node);
        let graph = w.graph;
        for next in graph.get(node).into_iter().flatten() {
            let next = next.as_str();
            if !w.index.contains_key(next) {
                visit(w, next);
                let low = w.low[next].min(w.low[node]);
                w.low.insert(node, low);
            } else if w.on_stack.contains(next) {
                let low = w.index[next].min(w.low[node]);
                w.low.insert(node, low);
            }
        }
        if w.low[node] == w.index[node] {
            let mut component = Vec::new();
            while let Some(top) = w.stack.pop() {
                w.on_stack.remove(top);
                component.push(top.to_owned());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                w.found.push(component);
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !walk.index.contains_key(node.as_str()) {
            visit(&mut walk, node);
        }
    }
    walk.found
}

/// The graph between top-level folders and files (`app`, `ui`, `sanitize`).
pub fn top_level(graph: &Graph) -> Graph {
    let top = |name: &str| name.split("::").next().unwrap_or(name).to_owned();
    let mut folders = Graph::new();
    for (from, targets) in graph {
        let entry = folders.entry(top(from)).or_default();
        for to in targets {
            if top(to) != top(from) && top(from) != "crate" {
                entry.insert(top(to));
            }
        }
    }
    folders
}

#[test]
fn no_import_cycle_between_files() {
    let (files, graph) = graph();
    assert!(
        files.len() > 50,
        "the source was not read: {} files",
        files.len()
    );
    let cycles = cycles(&graph);
    assert!(
        cycles.is_empty(),
        "import cycles between files: {cycles:#?}"
    );
}

#[test]
fn no_import_cycle_between_top_level_folders() {
    let (_, graph) = graph();
    let cycles = cycles(&top_level(&graph));
    assert!(
        cycles.is_empty(),
        "import cycles between top-level folders: {cycles:#?}"
    );
}

#[test]
fn app_imports_neither_ui_nor_terminal() {
    let (_, graph) = graph();
    let wrong: Vec<(String, String)> = graph
        .iter()
        .filter(|(from, _)| from.starts_with("app"))
        .flat_map(|(from, to)| to.iter().map(move |t| (from.clone(), t.clone())))
        .filter(|(_, to)| to.starts_with("ui") || to.starts_with("terminal"))
        .collect();
    assert!(
        wrong.is_empty(),
        "app/ imports the drawing or the terminal: {wrong:#?}"
    );
}

#[test]
fn the_domain_knows_no_terminal() {
    let (files, graph) = graph();
    let domain = |name: &str| {
        ["catalog", "search", "card"]
            .iter()
            .any(|d| name == *d || name.starts_with(&format!("{d}::")))
    };
    let mut wrong = Vec::new();
    for file in files.iter().filter(|f| domain(&f.name())) {
        let code = code_of(&without_test_modules(&file.text));
        for terminal_crate in ["ratatui", "crossterm", "arboard"] {
            if code.contains(&format!("{terminal_crate}::")) {
                wrong.push(format!("{} uses {terminal_crate}", file.path.display()));
            }
        }
        for to in &graph[&file.name()] {
            if ["ui", "terminal", "app", "clipboard", "theme"]
                .iter()
                .any(|t| to == t || to.starts_with(&format!("{t}::")))
            {
                wrong.push(format!("{} imports {to}", file.path.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "the domain knows the terminal: {wrong:#?}"
    );
}

/// The graph reader itself: a cycle, a grouped `use`, a `super` path.
#[test]
fn the_reader_sees_grouped_uses_and_cycles() {
    let paths = use_paths("use crate::{a::{b, c as d}, e};\nuse super::f::g;");
    assert_eq!(
        paths,
        vec![
            vec!["crate", "a", "b"],
            vec!["crate", "a", "c"],
            vec!["crate", "e"],
            vec!["super", "f", "g"],
        ]
        .into_iter()
        .map(|p| p.into_iter().map(str::to_owned).collect::<Vec<_>>())
        .collect::<Vec<_>>()
    );
    let module = vec!["x".to_owned(), "y".to_owned()];
    assert_eq!(
        absolute(&module, &segments("super::z::W")),
        Some(vec!["x".to_owned(), "z".to_owned(), "W".to_owned()])
    );
    let mut graph = Graph::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    graph.entry("d".into()).or_default().insert("a".into());
    assert_eq!(
        cycles(&graph),
        vec![vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]]
    );
}
