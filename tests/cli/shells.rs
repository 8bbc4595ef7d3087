//! Completion in zsh and fish, run by the shells themselves from the
//! scripts `repere completions` writes, installed where the .deb puts
//! them (bash: see `shipping`).

use std::path::Path;
use std::process::Command;

use crate::common::{Sandbox, binary, repere_in};

/// The shell on PATH, or `None` outside CI, where the test is skipped
/// (CI installs both: a missing shell fails there).
fn shell(name: &str) -> Option<&str> {
    let found = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()));
    if found {
        return Some(name);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{name} not installed: CI must install it (apt-get install zsh fish)"
    );
    eprintln!("skipped: {name} not installed (apt-get install {name})");
    None
}

/// `repere completions SHELL` written to `file` in the sandbox.
fn registration(sandbox: &Sandbox, shell: &str, file: &Path) {
    let output = repere_in(sandbox, ["completions", shell]).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, output.stdout).unwrap();
}

/// Runs `shell` with `args` in the sandbox, the program first on PATH.
fn run(sandbox: &Sandbox, shell: &str, args: &[&str]) -> Vec<String> {
    let folder = Path::new(binary()).parent().unwrap();
    let path = format!(
        "{}:{}",
        folder.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut command = Command::new(shell);
    sandbox.apply(&mut command);
    let output = command.env("PATH", path).args(args).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// What zsh's completion offers for `words` (the last one completed) when
/// the script is installed as `_repere` in a folder of `fpath`, as the
/// .deb does, on the shell's first Tab: compinit autoloads the file as
/// the completion function. `_describe`, which would draw the menu, is
/// replaced by one that prints the candidates.
fn zsh_first_tab(words: &[&str]) -> Option<Vec<String>> {
    let zsh = shell("zsh")?;
    let sandbox = Sandbox::new();
    let folder = sandbox.root().join("vendor-completions");
    registration(&sandbox, "zsh", &folder.join("_repere"));
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let script = format!(
        "fpath=('{}' $fpath); autoload -Uz compinit; compinit -u -D; \
         _describe() {{ print -rl -- ${{(P)${{@[-1]}}}} }}; \
         words=({}); CURRENT={}; _repere",
        folder.display(),
        quoted.join(" "),
        words.len()
    );
    Some(run(&sandbox, zsh, &["-f", "-c", &script]))
}

#[test]
fn zsh_completes_tool_ids_at_the_first_tab_from_fpath() {
    let Some(offered) = zsh_first_tab(&["repere", "show", "padl"]) else {
        return;
    };
    assert_eq!(offered, ["padlet:Padlet"]);
    let Some(commands) = zsh_first_tab(&["repere", "sc"]) else {
        return;
    };
    assert!(commands.is_empty(), "{commands:?}");
    let Some(shells) = zsh_first_tab(&["repere", "completions", "fi"]) else {
        return;
    };
    assert_eq!(shells, ["fish"]);
}

#[test]
fn fish_completes_tool_ids_needs_and_territories() {
    let Some(fish) = shell("fish") else { return };
    let sandbox = Sandbox::new();
    let script = sandbox.root().join("repere.fish");
    registration(&sandbox, "fish", &script);
    let ask = |line: &str| {
        run(
            &sandbox,
            fish,
            &[
                "--no-config",
                "-c",
                &format!("source '{}'; complete -C'{line}'", script.display()),
            ],
        )
    };
    assert_eq!(ask("repere show padl"), ["padlet\tPadlet"]);
    assert_eq!(ask("repere --territoire greno"), ["grenoble"]);
    let needs = ask("repere export --besoin mur-");
    assert!(
        needs.len() == 1 && needs[0].starts_with("mur-post-it\t"),
        "{needs:?}"
    );
    assert!(ask("repere sc").is_empty());
}
