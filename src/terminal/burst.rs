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
    if looks_pasted(&text) {
        vec![Event::Paste(text)]
    } else {
        events
    }
}

/// Whether keys read together are a pasted text rather than fast typing:
/// a line of text, a line break, then at least two more characters. Entrée
/// followed by one key (« ⏎ / », typed while the program was busy) stays
/// two commands: a result opened, then a new question.
fn looks_pasted(text: &str) -> bool {
    let Some((first, rest)) = text.split_once('\n') else {
        return false;
    };
    !first.trim().is_empty() && rest.trim().chars().count() >= MIN_AFTER_BREAK
}

/// Characters after the first line break for keys to be a paste.
const MIN_AFTER_BREAK: usize = 2;

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
        // Entrée then `/` (a new question), read together: two commands,
        // after a question or alone.
        assert_eq!(merge(typed("\r/")), typed("\r/"));
        assert_eq!(merge(typed("tribu\r/")), typed("tribu\r/"));
        let with_resize = vec![
            key(KeyCode::Enter, KeyModifiers::NONE),
            Event::Resize(80, 24),
            key(KeyCode::Char('a'), KeyModifiers::NONE),
        ];
        assert_eq!(merge(with_resize.clone()), with_resize);
    }
}
