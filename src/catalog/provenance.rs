//! How old the facts are and whether their sources agree, computed at
//! lookup: the age of each source from `today`, statements worded as
//! time-bound (« à ce jour », « actuellement »…), and the statements of
//! different sources that imply different levels.
//!
//! Pure functions: `today` is a parameter so that tests are deterministic;
//! [`YearMonth::today`] reads the system clock for the binary. Wording is
//! left to the strings module: this returns data.

use std::time::{SystemTime, UNIX_EPOCH};

use schemars::JsonSchema;
use serde::Serialize;

pub use super::dated::{
    DatedKind, DatedMarker, DatedMessage, DatedStatement, dated_guidance, dated_marker,
    dated_marker_of, dated_markers, dated_message, dated_statements, dated_text,
};
use super::evidence::{Basis, Evidence};
use super::model::{Catalog, Source, Tool};
use super::risk::Risk;

/// A civil month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct YearMonth {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
}

impl YearMonth {
    /// Today's month from the system clock (UTC). Computed here rather than
    /// with a date crate: only the civil year and month are needed, and the
    /// conversion from days since 1970 is a dozen lines (H. Hinnant's
    /// `civil_from_days`).
    ///
    /// `REPERE_AUJOURDHUI=AAAA-MM` fixes the month, so that snapshots,
    /// screenshots and scripted checks do not change with the calendar.
    pub fn today() -> YearMonth {
        if let Some(fixed) = std::env::var("REPERE_AUJOURDHUI")
            .ok()
            .and_then(|v| Self::parse(&v))
        {
            return fixed;
        }
        let seconds = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let days = i64::try_from(seconds / 86_400).unwrap_or(0);
        Self::from_days_since_epoch(days)
    }

    /// `2026-11` → November 2026; a day (`2026-11-23`, the form notes and
    /// evaluations are dated with) is ignored.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let (year, rest) = text.trim().split_once('-')?;
        let month = rest.split_once('-').map_or(rest, |(month, _day)| month);
        let year = year.parse().ok()?;
        let month = month.parse().ok().filter(|m| (1..=12).contains(m))?;
        Some(YearMonth { year, month })
    }

    /// The month containing the given day (days since 1970-01-01).
    pub fn from_days_since_epoch(days: i64) -> YearMonth {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        YearMonth {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u32::try_from(month).unwrap_or(1),
        }
    }

    fn months(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }
}

/// A machine-readable publication date: `YYYY` or `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Published {
    /// Year of publication.
    pub year: i32,
    /// Month, when the document gives it.
    pub month: Option<u32>,
}

impl Published {
    /// Reads `YYYY` or `YYYY-MM`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Published> {
        let (year, month) = match text.split_once('-') {
            Some((y, m)) => (y, Some(m)),
            None => (text, None),
        };
        if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month = match month {
            None => None,
            Some(m) if m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()) => {
                let m: u32 = m.parse().ok()?;
                (1..=12).contains(&m).then_some(m)?.into()
            }
            Some(_) => return None,
        };
        Some(Published { year, month })
    }

    /// Whole years elapsed by `today` (by months when the month is known),
    /// never negative.
    pub fn years_before(self, today: YearMonth) -> u32 {
        let elapsed = match self.month {
            Some(month) => (today.months()
                - YearMonth {
                    year: self.year,
                    month,
                }
                .months())
            .div_euclid(12),
            None => i64::from(today.year) - i64::from(self.year),
        };
        u32::try_from(elapsed.max(0)).unwrap_or(u32::MAX)
    }
}

/// How old one source of a tool is.
#[derive(Debug, Clone, Serialize)]
pub struct SourceAge {
    /// Id of the source.
    pub source: String,
    /// Short name of the source.
    pub short: String,
    /// The date as the document gives it (« mars 2020 »).
    pub date: String,
    /// Machine-readable publication date.
    pub published: String,
    /// Whole years elapsed.
    pub years: u32,
}

/// The age of a source, when it has a machine-readable date.
pub fn source_age(source: &Source, today: YearMonth) -> Option<SourceAge> {
    let text = source.published.as_deref()?;
    let published = Published::parse(text)?;
    Some(SourceAge {
        source: source.id.clone(),
        short: source.short.clone(),
        date: source.date.clone(),
        published: text.to_owned(),
        years: published.years_before(today),
    })
}

/// Distinct ids of the sources a tool cites, in order of first use.
pub fn cited_sources(tool: &Tool) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    let all = tool
        .risk
        .sources
        .iter()
        .map(String::as_str)
        .chain(tool.statements.iter().map(|s| s.source.as_str()))
        .chain(tool.family_message.iter().map(|m| m.source.as_str()));
    for id in all {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// The age of every source a tool cites, oldest first.
pub fn tool_ages(catalog: &Catalog, tool: &Tool, today: YearMonth) -> Vec<SourceAge> {
    let mut ages: Vec<SourceAge> = cited_sources(tool)
        .into_iter()
        .filter_map(|id| catalog.source(id))
        .filter_map(|s| source_age(s, today))
        .collect();
    ages.sort_by(|a, b| b.years.cmp(&a.years).then(a.published.cmp(&b.published)));
    ages
}

/// Sources implying different levels: the statement the level rests on and
/// those that would imply another one.
#[derive(Debug, Clone, Serialize)]
pub struct Disagreement<'a> {
    /// The statement whose level was kept.
    pub kept: &'a Evidence,
    /// The statements implying another level.
    pub others: Vec<&'a Evidence>,
}

/// The disagreement among a tool's evidence, if its statements imply
/// different levels: judgements of another level, and sources that only
/// describe the tool without evaluating it (the project reads them as
/// doubts) while another source judges it.
pub fn disagreement(tool: &Tool) -> Option<Disagreement<'_>> {
    let evidence = &tool.risk.evidence;
    let kept = evidence
        .iter()
        .find(|e| e.basis.is_judgement() && e.basis.implies() == tool.risk.level)?;
    let judges = |source: &str| {
        evidence
            .iter()
            .any(|e| e.source == source && e.basis.is_judgement())
    };
    let others: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| e.basis.implies() != tool.risk.level)
        .filter(|e| e.basis.is_judgement() || !judges(&e.source))
        .collect();
    (!others.is_empty()).then_some(Disagreement { kept, others })
}

/// What a tool's level rests on: a judgement stated by a source, or
/// nothing but descriptions (the level is then « doubts » by the project's
/// rule, and the card says the sources did not evaluate it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LevelBasis {
    /// A source judges the tool at this level.
    Stated,
    /// No source evaluates the tool; doubts by default.
    NotEvaluated,
}

/// The basis of a tool's level.
pub fn level_basis(tool: &Tool) -> LevelBasis {
    let stated = tool
        .risk
        .evidence
        .iter()
        .any(|e| e.basis.is_judgement() && e.basis.implies() == tool.risk.level);
    if stated || tool.risk.level != Risk::Doubtful {
        LevelBasis::Stated
    } else {
        LevelBasis::NotEvaluated
    }
}

/// Whether an evidence is a description without evaluation.
pub fn is_description(evidence: &Evidence) -> bool {
    evidence.basis == Basis::NotEvaluated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_months_from_days() {
        assert_eq!(
            YearMonth::from_days_since_epoch(0),
            YearMonth {
                year: 1970,
                month: 1
            }
        );
        // 2026-11-23 is day 20 780; 2024-02-29 is day 19 782.
        assert_eq!(
            YearMonth::from_days_since_epoch(20_780),
            YearMonth {
                year: 2026,
                month: 11
            }
        );
        assert_eq!(
            YearMonth::from_days_since_epoch(19_782),
            YearMonth {
                year: 2024,
                month: 2
            }
        );
    }

    #[test]
    fn ages_count_whole_years() {
        let today = YearMonth {
            year: 2026,
            month: 2,
        };
        let march_2020 = Published::parse("2020-03");
        assert_eq!(march_2020.map(|p| p.years_before(today)), Some(5));
        let today = YearMonth {
            year: 2026,
            month: 3,
        };
        assert_eq!(march_2020.map(|p| p.years_before(today)), Some(6));
        assert_eq!(
            Published::parse("2021").map(|p| p.years_before(today)),
            Some(5)
        );
        assert_eq!(
            Published::parse("2030").map(|p| p.years_before(today)),
            Some(0)
        );
        for bad in ["20", "2020-13", "2020-3", "mars 2020", "2020-03-01"] {
            assert_eq!(Published::parse(bad), None, "{bad}");
        }
    }
}
