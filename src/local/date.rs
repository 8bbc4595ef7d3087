//! Today's date without a calendar crate: the days-to-civil conversion of
//! Howard Hinnant's `chrono`-compatible algorithms.

use std::time::{SystemTime, UNIX_EPOCH};

/// Environment variable fixing "today" (`AAAA-MM-JJ`), for reproducible
/// documents and tests.
pub const TODAY_VAR: &str = "REPERE_AUJOURDHUI";

/// Today as `AAAA-MM-JJ` (UTC), or `$REPERE_AUJOURDHUI` when set
/// (`AAAA-MM`, as the card's provenance accepts it, means the 1st).
pub fn today() -> String {
    if let Ok(fixed) = std::env::var(TODAY_VAR) {
        let bytes = fixed.as_bytes();
        if fixed.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' {
            return fixed;
        }
        if fixed.len() == 7 && bytes[4] == b'-' {
            return format!("{fixed}-01");
        }
    }
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
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
