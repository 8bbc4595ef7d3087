//! Pasted text from a terminal without bracketed paste: it arrives as keys,
//! all in one read, and each line break would act as Entrée (opening the
//! results). Keys that arrived together, only typing, with a line break
//! followed by more typing, are a paste: they become one paste event, so
//! the question keeps every line, joined by spaces.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::keymap::typed_char;

/// What one key of a burst stands for in the pasted text.
fn pasted(key: &KeyEvent) -> Option<char> {
    match key.code {
        // In raw mode a pasted line feed reads as Ctrl-J, a carriage
        // return as Entrée.
        KeyCode::Enter => Some('\n'),
        KeyCode::Char('j') if key.modifiers == KeyModifiers::CONTROL => Some('\n'),
        KeyCode::Tab => Some('\t'),
        _ => typed_char(*key),
    }
}

/// The events read together, with a burst of typing that holds a line
/// break followed by more text turned into one paste; anything else as is.
pub fn merge(events: Vec<Event>) -> Vec<Event> {
    let mut text = String::new();
    for event in &events {
        let Event::Key(key) = event else {
            return events;
        };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        let Some(c) = pasted(key) else {
            return events;
        };
        text.push(c);
    }
    let more_after_a_break = text.trim_end_matches(['\n', '\t']).contains('\n');
    if more_after_a_break {
        vec![Event::Paste(text)]
    } else {
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    fn typed(text: &str) -> Vec<Event> {
        text.chars()
            .map(|c| match c {
                '\r' => key(KeyCode::Enter, KeyModifiers::NONE),
                '\n' => key(KeyCode::Char('j'), KeyModifiers::CONTROL),
                c => key(KeyCode::Char(c), KeyModifiers::NONE),
            })
            .collect()
    }

    #[test]
    fn lines_read_together_are_one_paste() {
        assert_eq!(
            merge(typed("question un ?\nMerci")),
            vec![Event::Paste("question un ?\nMerci".to_owned())]
        );
        assert_eq!(
            merge(typed("un\rdeux")),
            vec![Event::Paste("un\ndeux".to_owned())]
        );
    }

    #[test]
    fn keys_that_are_not_a_pasted_text_stay_keys() {
        // A question then Entrée: Entrée still opens the results.
        assert_eq!(merge(typed("padlet\r")), typed("padlet\r"));
        // Entrée then Ctrl-P: two commands.
        let commands = vec![
            key(KeyCode::Enter, KeyModifiers::NONE),
            key(KeyCode::Char('p'), KeyModifiers::CONTROL),
        ];
        assert_eq!(merge(commands.clone()), commands);
        // Plain typing without a line break.
        assert_eq!(merge(typed("zoom")), typed("zoom"));
        let with_resize = vec![
            key(KeyCode::Enter, KeyModifiers::NONE),
            Event::Resize(80, 24),
            key(KeyCode::Char('a'), KeyModifiers::NONE),
        ];
        assert_eq!(merge(with_resize.clone()), with_resize);
    }
}
