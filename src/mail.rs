//! The family message as a `mailto:` address (RFC 6068) for the default
//! mail client: subject and body percent-encoded, line ends as CRLF
//! (`%0D%0A`), no recipient (the adviser picks the families' list).
//! Knows nothing of the terminal: the interface and the command line open
//! the address with [`crate::opener`].

use std::fmt::Write as _;

use crate::sanitize::{clean, clean_line};

/// Longest `mailto:` address handed to the system, in characters once
/// encoded. Windows hands addresses to Outlook through the shell, which
/// has cut or refused those over 2,083 characters (Internet Explorer's
/// limit, still applied to protocol handlers); 2,000 leaves a margin. A
/// longer message is copied instead (an accented letter takes 6).
pub const MAX_ADDRESS_CHARS: usize = 2000;

/// Why the message was not handed to the mail client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotSent {
    /// The address would be longer than [`MAX_ADDRESS_CHARS`]: its length.
    TooLong(usize),
    /// No mail client could be opened here (no desktop, a remote session,
    /// or the system refused).
    NoMailClient,
}

/// The `mailto:` address of a message, or its length when over the cap.
pub fn address(subject: &str, body: &str) -> Result<String, NotSent> {
    let body = clean(body);
    let lines: Vec<&str> = body.lines().collect();
    let address = format!(
        "mailto:?subject={}&body={}",
        encode(&clean_line(subject)),
        encode(&lines.join("\r\n"))
    );
    let length = address.chars().count();
    if length > MAX_ADDRESS_CHARS {
        return Err(NotSent::TooLong(length));
    }
    Ok(address)
}

/// Percent-encodes every byte but RFC 3986's unreserved characters, so
/// `&`, `=`, `?`, `#`, `%`, spaces and line ends stay inside their field.
fn encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    encoded
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_percent_encoded_with_crlf_line_ends() {
        let address = address("Café & co", "Bonjour,\nvoir https://a.b/?x=1&y=2#z\n100 %").unwrap();
        assert_eq!(
            address,
            "mailto:?subject=Caf%C3%A9%20%26%20co&body=Bonjour%2C%0D%0Avoir%20https%3A%2F%2Fa.b%2F%3Fx%3D1%26y%3D2%23z%0D%0A100%20%25"
        );
    }

    #[test]
    fn a_message_over_the_cap_is_refused_with_its_length() {
        let body = "é".repeat(400);
        assert_eq!(
            address("s", &body),
            Err(NotSent::TooLong("mailto:?subject=s&body=".len() + 400 * 6))
        );
        assert!(address("s", &"e".repeat(1900)).is_ok());
    }

    #[test]
    fn control_characters_never_reach_the_address() {
        let address = address("a\u{1b}]52;b", "x\u{202e}y").unwrap();
        assert!(
            !address.contains("%1B") && !address.contains("%E2%80%AE"),
            "{address}"
        );
    }
}
