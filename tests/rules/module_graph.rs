//! The crate's module graph, read from its `use` lines, its `crate::` /
//! `super::` paths and its paths to its own child modules (see
//! `imports`), and the rules it must keep: no import cycle between
//! files or between top-level folders, `app/` blind to the terminal and the
//! drawing, the domain (`catalog/`, `search/`, `card/`) blind to any
//! terminal crate — directly or through another file — and nothing that
//! reaches a file past the reader (`#[path]`, `include!`, the root
//! aliased or glob-imported).

use std::collections::{BTreeMap, BTreeSet};

use crate::imports::{absolute, child_paths, find_word, inline_paths, owner, segments, use_paths};
use crate::source::{SourceFile, code_of, library_files, without_test_modules};

/// Edges from each file (by module name) to the files it imports from.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// The library's file graph (test modules left out). `with_children`
/// adds the paths a module writes to its own child modules by their bare
/// name (`mod build; pub use build::tool;`, `keymap::bound(…)`): a
/// folder's face re-exporting its files. They count for what a folder
/// reaches, not as cycles (a child reading its folder's types through
/// `super::` while the folder re-exports the child is one module).
pub fn graph_with(with_children: bool) -> (Vec<SourceFile>, Graph) {
    let files = library_files();
    let known: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    let mut graph = Graph::new();
    for file in &files {
        let code = code_of(&without_test_modules(&file.text));
        let edges = graph.entry(file.name()).or_default();
        let children: BTreeSet<String> = known
            .iter()
            .filter(|m| m.len() == file.module.len() + 1 && m.starts_with(&file.module))
            .filter_map(|m| m.last().cloned())
            .collect();
        let mut paths: Vec<Vec<String>> = use_paths(&code)
            .into_iter()
            .chain(inline_paths(&code))
            .collect();
        if with_children {
            let uses = use_paths(&code)
                .into_iter()
                .filter(|p| p.first().is_some_and(|first| children.contains(first)));
            paths.extend(
                child_paths(&code, &children)
                    .into_iter()
                    .chain(uses)
                    .map(|p| {
                        let mut path = vec!["self".to_owned()];
                        path.extend(p);
                        path
                    }),
            );
        }
        for path in paths {
            if let Some(target) = absolute(&file.module, &path) {
                // A path the root's file holds (a re-export in lib.rs)
                // is an edge to the root, which leads on from there.
                let target = owner(&known, &target);
                if target != file.module {
                    edges.insert(if target.is_empty() {
                        "crate".to_owned()
                    } else {
                        target.join("::")
                    });
                }
            }
        }
    }
    (files, graph)
}

/// The graph for cycles: see [`graph_with`].
pub fn graph() -> (Vec<SourceFile>, Graph) {
    graph_with(false)
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

/// The files `from` imports, directly or through other files (a
/// re-export included), each with the file it was reached from.
fn reached(graph: &Graph, from: &[String]) -> BTreeMap<String, String> {
    let mut seen = BTreeMap::new();
    let mut stack: Vec<(String, String)> = from
        .iter()
        .flat_map(|f| {
            graph
                .get(f)
                .into_iter()
                .flatten()
                .map(move |t| (t.clone(), f.clone()))
        })
        .collect();
    while let Some((node, by)) = stack.pop() {
        if seen.contains_key(&node) {
            continue;
        }
        for next in graph.get(&node).into_iter().flatten() {
            stack.push((next.clone(), node.clone()));
        }
        seen.insert(node, by);
    }
    seen
}

fn in_folder(name: &str, folder: &str) -> bool {
    name == folder || name.starts_with(&format!("{folder}::"))
}

#[test]
fn app_imports_neither_ui_nor_terminal() {
    let (_, graph) = graph_with(true);
    let app: Vec<String> = graph
        .keys()
        .filter(|k| in_folder(k, "app"))
        .cloned()
        .collect();
    let wrong: Vec<(String, String)> = reached(&graph, &app)
        .into_iter()
        .filter(|(to, _)| in_folder(to, "ui") || in_folder(to, "terminal"))
        .map(|(to, by)| (by, to))
        .collect();
    assert!(
        wrong.is_empty(),
        "app/ imports the drawing or the terminal (directly or through another file): {wrong:#?}"
    );
}

#[test]
fn the_domain_knows_no_terminal() {
    let (files, graph) = graph_with(true);
    let domain: Vec<String> = graph
        .keys()
        .filter(|k| {
            ["catalog", "search", "card"]
                .iter()
                .any(|d| in_folder(k, d))
        })
        .cloned()
        .collect();
    let mut reach = reached(&graph, &domain);
    for file in &domain {
        reach.entry(file.clone()).or_insert_with(|| file.clone());
    }
    let mut wrong = Vec::new();
    for file in files.iter().filter(|f| reach.contains_key(&f.name())) {
        let code = code_of(&without_test_modules(&file.text));
        for terminal_crate in ["ratatui", "crossterm", "arboard"] {
            if find_word(&code, terminal_crate, |_| true).is_some() {
                wrong.push(format!("{} uses {terminal_crate}", file.path.display()));
            }
        }
    }
    for (to, by) in &reach {
        if ["ui", "terminal", "app", "clipboard", "theme"]
            .iter()
            .any(|t| in_folder(to, t))
        {
            wrong.push(format!("{by} imports {to}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "the domain knows the terminal (directly or through another file): {wrong:#?}"
    );
}

/// Nothing reaches a file past the graph's reader: no `#[path]` or
/// `include!` of code, no alias or glob of the crate's root (through which
/// `ui::…` would read as a path of no folder).
#[test]
fn nothing_goes_around_the_module_graph() {
    let (files, _) = graph();
    let mut wrong = Vec::new();
    for file in &files {
        let code = code_of(&without_test_modules(&file.text));
        for around in ["#[path", "include!", "extern crate"] {
            if find_word(&code, around, |_| true).is_some() {
                wrong.push(format!("src/{}: {around}", file.path.display()));
            }
        }
        for (at, _) in code.match_indices("cfg_attr") {
            let attribute = &code[at..code[at..].find(']').map_or(code.len(), |e| at + e)];
            if find_word(attribute, "path", |c| c == b' ' || c == b'=').is_some() {
                wrong.push(format!("src/{}: cfg_attr(…, path)", file.path.display()));
            }
        }
        for path in use_paths(&code) {
            let Some(target) = absolute(&file.module, &path) else {
                continue;
            };
            let named: Vec<&String> = target.iter().filter(|s| *s != "self").collect();
            if named.is_empty() || named == ["*"] {
                wrong.push(format!(
                    "src/{}: use {}",
                    file.path.display(),
                    path.join("::")
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "paths around the module graph: {wrong:#?}"
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
