//! What the program is expected to show, computed from its own key tables
//! and catalogue so wording changes do not break tests, the bytes of a
//! Ctrl key, and the spaces rule screens are compared with.

/// Text with no-break spaces (U+00A0, U+202F, U+2007) as plain spaces:
/// the interface uses them to keep badges and French punctuation together,
/// and tests should not depend on which space is drawn.
pub fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}', '\u{2007}'], " ")
}

/// The footer's hint for an action in a mode ("Ctrl-C Ctrl-Q quitter"),
/// from the interface's own key tables, so wording changes do not break
/// tests.
pub fn hint(mode: repere::app::keymap::Mode, action: &repere::app::action::Action) -> String {
    let binding = mode
        .bindings()
        .find(|b| b.actions.contains(action))
        .unwrap_or_else(|| panic!("no binding for {action:?} in {mode:?}"));
    assert!(!binding.hint.is_empty(), "{action:?} is not in the footer");
    format!(
        "{} {}",
        repere::app::keymap::names(binding.keys),
        binding.hint
    )
}

/// The bytes a terminal sends for Ctrl and a letter.
pub fn ctrl(letter: char) -> String {
    char::from(u8::try_from(letter).unwrap_or(b'@') & 0x1f).to_string()
}

/// The family message of a tool as the program fills it.
pub fn filled_message(tool: &str, values: &[(&str, &str)]) -> String {
    let catalog = repere::catalog::load(&[], true).expect("the built-in catalogue loads");
    let tool = catalog.tool(tool).expect("the tool exists");
    let values = values
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let text = catalog
        .filled_message(tool, &values)
        .expect("the tool has a family message");
    repere::sanitize::clean(&text)
}
