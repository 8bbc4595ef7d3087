//! Reading the crate's own source as the rules need it: which files there
//! are, their module paths, their code without comments, and the string
//! literals they hold.

use std::path::{Path, PathBuf};

/// One file of the library: its path and its module path (`app::keymap`).
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub module: Vec<String>,
    pub text: String,
}

impl SourceFile {
    pub fn name(&self) -> String {
        if self.module.is_empty() {
            "crate".to_owned()
        } else {
            self.module.join("::")
        }
    }
}

/// Every file of the library crate (the binaries are crates of their own
/// and only see the library through `repere::`).
pub fn library_files() -> Vec<SourceFile> {
    files(false)
}

/// Every file under `src/`, the binaries' too (their module paths are only
/// meaningful for the library's files).
pub fn all_files() -> Vec<SourceFile> {
    files(true)
}

fn files(with_binaries: bool) -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &root, with_binaries, &mut files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn walk(root: &Path, dir: &Path, with_binaries: bool, files: &mut Vec<SourceFile>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        let binary = relative == Path::new("main.rs") || relative.starts_with("bin");
        if binary && !with_binaries {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, with_binaries, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            files.push(SourceFile {
                module: module_path(&relative),
                path: relative,
                text,
            });
        }
    }
}

fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    match last.as_str() {
        "lib.rs" | "mod.rs" => {}
        other => parts.push(other.trim_end_matches(".rs").to_owned()),
    }
    parts
}

/// A piece of a file: code (comments and literals blanked) or a string
/// literal's content, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Code(String),
    Literal { line: usize, text: String },
}

/// Splits Rust source into code and string literals; comments are dropped.
/// Enough of the lexer for this crate's own code: line and block comments,
/// plain, byte and raw strings, char literals and lifetimes.
pub fn pieces(source: &str) -> Vec<Piece> {
    let chars: Vec<char> = source.chars().collect();
    let mut pieces = Vec::new();
    let mut code = String::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                        code.push('\n');
                    }
                    i += 1;
                }
            }
        } else if let Some((end, text)) = string_at(&chars, i) {
            let start_line = line;
            line += text.matches('\n').count();
            code.push_str(" \"\" ");
            pieces.push(Piece::Code(std::mem::take(&mut code)));
            pieces.push(Piece::Literal {
                line: start_line,
                text,
            });
            i = end;
        } else if c == '\'' {
            // A char literal is skipped whole; a lifetime is kept as code.
            let close = (i + 2..(i + 12).min(chars.len())).find(|&j| chars[j] == '\'');
            match close {
                Some(j) if chars[i + 1] == '\\' || j == i + 2 => i = j + 1,
                _ => {
                    code.push(c);
                    i += 1;
                }
            }
        } else {
            if c == '\n' {
                line += 1;
            }
            code.push(c);
            i += 1;
        }
    }
    pieces.push(Piece::Code(code));
    pieces
}

/// A string literal starting at `i` (`"…"`, `b"…"`, `r#"…"#`, `br"…"`):
/// where it ends and its raw content.
fn string_at(chars: &[char], i: usize) -> Option<(usize, String)> {
    let previous_is_ident = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    let mut j = i;
    if chars[j] == 'b' && !previous_is_ident {
        j += 1;
    }
    let raw = chars.get(j) == Some(&'r') && !(j == i && previous_is_ident);
    if raw {
        j += 1;
        let hashes = chars[j..].iter().take_while(|&&c| c == '#').count();
        j += hashes;
        if chars.get(j) != Some(&'"') {
            return None;
        }
        let body_start = j + 1;
        let mut k = body_start;
        while k < chars.len() {
            if chars[k] == '"'
                && chars[k + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&c| c == '#')
                    .count()
                    == hashes
            {
                let text: String = chars[body_start..k].iter().collect();
                return Some((k + 1 + hashes, text));
            }
            k += 1;
        }
        return None;
    }
    if chars.get(j) != Some(&'"') || (j == i && previous_is_ident && chars[i] != '"') {
        return None;
    }
    let body_start = j + 1;
    let mut k = body_start;
    while k < chars.len() {
        match chars[k] {
            '\\' => k += 2,
            '"' => {
                let text: String = chars[body_start..k].iter().collect();
                return Some((k + 1, text));
            }
            _ => k += 1,
        }
    }
    None
}

/// The file's code with comments and literals removed.
pub fn code_of(source: &str) -> String {
    pieces(source)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Code(code) => Some(code),
            Piece::Literal { .. } => None,
        })
        .collect()
}

/// The source without its `#[cfg(test)]` modules (tests may hold any
/// literal and import anything). Only a module that the attribute opens in
/// code is left out, brace to brace: the attribute written in a comment or
/// a string, or put on anything but a module, hides nothing. Line breaks
/// are kept, so lines keep their numbers.
pub fn without_test_modules(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = non_code_end(&chars, i) {
            out.extend(&chars[i..end]);
            i = end;
        } else if let Some(end) = test_module_end(&chars, i) {
            out.extend(chars[i..end].iter().filter(|&&c| c == '\n'));
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Where the comment, string or char literal starting at `i` ends, if one
/// starts there.
fn non_code_end(chars: &[char], i: usize) -> Option<usize> {
    let next = chars.get(i + 1).copied();
    match chars[i] {
        '/' if next == Some('/') => Some(
            (i..chars.len())
                .find(|&j| chars[j] == '\n')
                .unwrap_or(chars.len()),
        ),
        '/' if next == Some('*') => {
            let (mut depth, mut j) = (0, i);
            while j < chars.len() {
                if chars[j] == '/' && chars.get(j + 1) == Some(&'*') {
                    depth += 1;
                    j += 2;
                } else if chars[j] == '*' && chars.get(j + 1) == Some(&'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            Some(j)
        }
        '\'' => {
            let close = (i + 2..(i + 12).min(chars.len())).find(|&j| chars[j] == '\'');
            close
                .filter(|&j| chars[i + 1] == '\\' || j == i + 2)
                .map(|j| j + 1)
        }
        _ => string_at(chars, i).map(|(end, _)| end),
    }
}

/// Where the module ends when `#[cfg(test)]` at `i` opens one: other
/// attributes, a visibility, `mod name {`, then its matching brace.
fn test_module_end(chars: &[char], i: usize) -> Option<usize> {
    let starts = |at: usize, word: &str| {
        word.chars()
            .enumerate()
            .all(|(k, c)| chars.get(at + k) == Some(&c))
    };
    let skip_space = |mut at: usize| {
        while chars.get(at).is_some_and(|c| c.is_whitespace()) {
            at += 1;
        }
        at
    };
    if !starts(i, "#[cfg(test)]") {
        return None;
    }
    let mut at = skip_space(i + "#[cfg(test)]".len());
    while starts(at, "#[") {
        at = skip_space(at + chars[at..].iter().position(|&c| c == ']')? + 1);
    }
    if starts(at, "pub") {
        at = skip_space(at + 3);
        if starts(at, "(") {
            at = skip_space(at + chars[at..].iter().position(|&c| c == ')')? + 1);
        }
    }
    if !(starts(at, "mod") && chars.get(at + 3).is_some_and(|c| c.is_whitespace())) {
        return None;
    }
    at = skip_space(at + 3);
    while chars
        .get(at)
        .is_some_and(|&c| c.is_alphanumeric() || c == '_')
    {
        at += 1;
    }
    at = skip_space(at);
    if chars.get(at) != Some(&'{') {
        return None;
    }
    let mut depth = 0;
    while at < chars.len() {
        if let Some(end) = non_code_end(chars, at) {
            at = end;
            continue;
        }
        match chars[at] {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + 1);
                }
            }
            _ => {}
        }
        at += 1;
    }
    None
}

#[test]
fn only_a_test_module_is_left_out() {
    let source = "// #[cfg(test)] in a comment\nfn a() {}\n#[cfg(test)]\nfn helper() {}\n\
                  #[cfg(test)]\n#[allow(x)]\nmod tests {\n    fn t() { let _ = \"}\"; }\n}\nfn after() {}\n";
    let kept = without_test_modules(source);
    assert!(kept.contains("fn a()"), "{kept}");
    assert!(kept.contains("fn helper()"), "{kept}");
    assert!(kept.contains("fn after()"), "{kept}");
    assert!(!kept.contains("fn t()"), "{kept}");
    assert_eq!(kept.lines().count(), source.lines().count());
}
