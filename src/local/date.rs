//! Today's date without a calendar crate: the days-to-civil conversion of
//! Howard Hinnant's `chrono`-compatible algorithms.

use std::time::{SystemTime, UNIX_EPOCH};

/// Environment variable fixing "today" (`AAAA-MM-JJ`), for reproducible
/// documents and tests.
pub const TODAY_VAR: &str = "REPERE_AUJOURDHUI";

/// Today as `AAAA-MM-JJ` (UTC), or `$REPERE_AUJOURDHUI` when set
/// (`AAAA-MM`, as the card's provenance accepts it, means the 1st).
pub fn today() -> String {
    if let Some(fixed) = std::env::var(TODAY_VAR).ok().and_then(|v| fixed_day(&v)) {
        return fixed;
    }
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `AAAA-MM-JJ` or `AAAA-MM` as a day, if it is one (digits, a month of
/// the year, a day of a month): anything else from the environment is
/// ignored, never written into a note's date.
fn fixed_day(text: &str) -> Option<String> {
    let mut parts = text.split('-');
    let (year, month) = (parts.next()?, parts.next()?);
    let day = parts.next().unwrap_or("01");
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    let (m, d) = (month.parse::<u32>().ok()?, day.parse::<u32>().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{year}-{month}-{day}"))
}

/// Days since 1970-01-01 → (year, month, day).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn known_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_524), (2026, 3, 12));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
