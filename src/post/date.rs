//! Post dates as Jekyll accepts them in front matter and file names:
//! `2017-02-01`, `2017-02-01 10:20`, `2017-02-01 10:20:30 +0200`, `2017-02-01T10:20:30Z`.
//! A date without an offset is in the site's time zone, given as a fixed offset.

use std::fmt;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DateError {
    #[error("date {0:?} is not of the form YYYY-MM-DD [HH:MM[:SS]] [+HHMM]")]
    Format(String),
    #[error("date {0:?} does not exist")]
    Impossible(String),
}

/// A wall-clock date and time with its UTC offset in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PostDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub offset_minutes: i32,
}

impl PostDate {
    /// Parses a front matter or file name date; `default_offset` applies when the
    /// text carries none.
    pub fn parse(text: &str, default_offset: i32) -> Result<PostDate, DateError> {
        let bad = || DateError::Format(text.to_string());
        let s = text.trim();
        let (date, rest) = s.split_at(s.find(['T', 't', ' ']).unwrap_or(s.len()));
        let mut ymd = date.split('-');
        let year = number(ymd.next(), 1, 4).ok_or_else(bad)? as i32;
        let month = number(ymd.next(), 1, 2).ok_or_else(bad)?;
        let day = number(ymd.next(), 1, 2).ok_or_else(bad)?;
        if ymd.next().is_some() {
            return Err(bad());
        }
        let rest = rest.get(1..).unwrap_or("").trim_start();
        let (time, zone) = split_zone(rest);
        let (hour, minute, second) = parse_time(time).ok_or_else(bad)?;
        let offset_minutes = match zone.trim() {
            "" => default_offset,
            zone => parse_offset(zone).ok_or_else(bad)?,
        };
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60
            && second < 61;
        if !valid {
            return Err(DateError::Impossible(text.to_string()));
        }
        Ok(PostDate {
            year,
            month,
            day,
            hour,
            minute,
            second,
            offset_minutes,
        })
    }

    /// Seconds since 1970-01-01T00:00:00Z: the instant, for sorting and "is it in the future".
    pub fn timestamp(&self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        days * 86_400 + i64::from(self.hour * 3600 + self.minute * 60 + self.second)
            - i64::from(self.offset_minutes) * 60
    }

    /// RFC 3339 with the offset, as `carnet dump` and the post index write it.
    pub fn to_rfc3339(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}",
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.offset(":")
        )
    }

    fn offset(&self, separator: &str) -> String {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let abs = self.offset_minutes.unsigned_abs();
        format!("{sign}{:02}{separator}{:02}", abs / 60, abs % 60)
    }
}

/// Jekyll's (Ruby's) `Time#to_s` shape: `2017-02-01 00:00:00 +0000`.
impl fmt::Display for PostDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02} {}",
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.offset("")
        )
    }
}

fn number(part: Option<&str>, min: usize, max: usize) -> Option<u32> {
    let part = part?;
    let ok = (min..=max).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
    if ok {
        part.parse().ok()
    } else {
        None
    }
}

/// Splits `10:20:30+02:00` or `10:20 +0200` or `10:20Z` into time and zone.
fn split_zone(rest: &str) -> (&str, &str) {
    match rest.find(['+', '-', 'Z', 'z', ' ']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    }
}

fn parse_time(time: &str) -> Option<(u32, u32, u32)> {
    if time.is_empty() {
        return Some((0, 0, 0));
    }
    // Fractions of a second are accepted and dropped, as Jekyll's Time does for display.
    let time = time.split('.').next()?;
    let mut parts = time.split(':');
    let hour = number(parts.next(), 1, 2)?;
    let minute = number(parts.next(), 2, 2)?;
    let second = match parts.next() {
        Some(s) => number(Some(s), 2, 2)?,
        None => 0,
    };
    parts.next().is_none().then_some((hour, minute, second))
}

fn parse_offset(zone: &str) -> Option<i32> {
    let zone = zone.trim();
    if zone.eq_ignore_ascii_case("z") || zone.eq_ignore_ascii_case("utc") {
        return Some(0);
    }
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 && digits.len() != 2 {
        return None;
    }
    let hours = number(Some(&digits[..2]), 2, 2)? as i32;
    let minutes = if digits.len() == 4 {
        number(Some(&digits[2..]), 2, 2)? as i32
    } else {
        0
    };
    (hours < 24 && minutes < 60).then_some(sign * (hours * 60 + minutes))
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's days-from-civil: days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc(text: &str) -> String {
        PostDate::parse(text, 0).unwrap().to_rfc3339()
    }

    #[test]
    fn every_date_form_jekyll_accepts() {
        assert_eq!(rfc("2017-02-01"), "2017-02-01T00:00:00+00:00");
        assert_eq!(rfc("2017-02-01 10:20"), "2017-02-01T10:20:00+00:00");
        assert_eq!(rfc("2017-02-01 10:20:30"), "2017-02-01T10:20:30+00:00");
        assert_eq!(
            rfc("2017-02-01 10:20:30 +0200"),
            "2017-02-01T10:20:30+02:00"
        );
        assert_eq!(
            rfc("2017-02-01 10:20:30 -05:30"),
            "2017-02-01T10:20:30-05:30"
        );
        assert_eq!(rfc("2017-02-01T10:20:30Z"), "2017-02-01T10:20:30+00:00");
        assert_eq!(
            rfc("2017-02-01T10:20:30.123+01:00"),
            "2017-02-01T10:20:30+01:00"
        );
    }

    #[test]
    fn a_date_without_offset_takes_the_site_offset() {
        assert_eq!(
            PostDate::parse("2017-02-01", 60).unwrap().to_rfc3339(),
            "2017-02-01T00:00:00+01:00"
        );
    }

    #[test]
    fn impossible_and_malformed_dates_are_errors() {
        assert!(matches!(
            PostDate::parse("2017-02-30", 0),
            Err(DateError::Impossible(_))
        ));
        assert!(PostDate::parse("2016-02-29", 0).is_ok());
        assert!(matches!(
            PostDate::parse("2017-13-01", 0),
            Err(DateError::Impossible(_))
        ));
        assert!(matches!(
            PostDate::parse("yesterday", 0),
            Err(DateError::Format(_))
        ));
        assert!(matches!(
            PostDate::parse("2017-02-01 25:00", 0),
            Err(DateError::Impossible(_))
        ));
    }

    #[test]
    fn timestamps_order_instants_across_offsets() {
        let paris = PostDate::parse("2019-06-15 18:30:00 +0200", 0).unwrap();
        let utc = PostDate::parse("2019-06-15 16:30:00", 0).unwrap();
        assert_eq!(paris.timestamp(), utc.timestamp());
        assert_eq!(
            PostDate::parse("1970-01-02", 0).unwrap().timestamp(),
            86_400
        );
    }
}
