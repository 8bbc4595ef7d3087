//! The raw bytes the program wrote, read as a terminal would not show
//! them: byte search, base64, OSC 52 clipboard sequences, colour SGRs.

/// The position of `needle` in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The position of the last `needle` in `haystack`.
pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(haystack.len());
    }
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// Decodes standard base64 (with or without padding); `None` on a bad
/// character.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    fn value(c: u8) -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    }
    let digits = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    let (mut acc, mut bits) = (0_u32, 0_u32);
    for &c in digits {
        acc = (acc << 6) | value(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xff).ok()?);
        }
    }
    Some(out)
}

/// Encodes standard base64 with padding (to check the decoder).
pub fn base64_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The texts of every OSC 52 clipboard sequence (`ESC ] 52 ; c ; <base64>`
/// ended by ST or BEL) in `raw`, decoded.
pub fn osc52_texts(raw: &[u8]) -> Vec<String> {
    const START: &[u8] = b"\x1b]52;c;";
    let mut texts = Vec::new();
    let mut rest = raw;
    while let Some(at) = find(rest, START) {
        let body = &rest[at + START.len()..];
        let end = body
            .iter()
            .position(|&b| b == 0x1b || b == 0x07)
            .unwrap_or(body.len());
        let encoded = std::str::from_utf8(&body[..end]).expect("base64 is ASCII");
        let decoded = base64_decode(encoded)
            .unwrap_or_else(|| panic!("OSC 52 payload is not base64: {encoded:?}"));
        texts.push(String::from_utf8(decoded).expect("OSC 52 payload is UTF-8"));
        rest = &body[end..];
    }
    texts
}

/// The SGR sequences (`ESC [ … m`) of `raw` that set a colour: foreground,
/// background or underline, basic, bright, 256 or RGB. Resets to the
/// default colour (39, 49, 59) are not colours.
pub fn colour_sgrs(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = find(&raw[i..], b"\x1b[") {
        let start = i + at + 2;
        let end = raw[start..]
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b';' || *b == b':'))
            .map_or(raw.len(), |p| start + p);
        if raw.get(end) == Some(&b'm') {
            let params = String::from_utf8_lossy(&raw[start..end]).into_owned();
            let colour = first_params(&params)
                .into_iter()
                .filter_map(|p| p.split(':').next()?.parse::<u16>().ok())
                .any(|p| matches!(p, 30..=38 | 40..=48 | 58 | 90..=97 | 100..=107));
            if colour {
                found.push(format!("ESC[{params}m"));
            }
        }
        i = end.max(start);
    }
    found
}

/// The parameters that start a new attribute: after a `38;5;n` or
/// `38;2;r;g;b` the colour numbers are arguments, not attributes.
fn first_params(params: &str) -> Vec<&str> {
    let parts: Vec<&str> = params.split(';').collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let p = parts[i];
        out.push(p);
        i += match (p, parts.get(i + 1).copied()) {
            ("38" | "48" | "58", Some("5")) => 3,
            ("38" | "48" | "58", Some("2")) => 5,
            _ => 1,
        };
    }
    out
}
