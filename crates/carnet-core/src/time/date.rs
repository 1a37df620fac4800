//! Post dates as Jekyll reads them from file names and front matter:
//! `2017-02-01`, `2017-02-01 10:20`, `2017-02-01 10:20:30 +0200`,
//! `2017-02-01T10:20:30Z`. Jekyll turns every date into a time in the site's
//! time zone (`Time.parse(...).localtime`), and so does [`PostDate::read`]: the
//! URL's `:day` and the date shown are those of the site's zone.

use std::fmt;

use super::zone::SiteZone;

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

/// Where a date was written, which decides the zone of a date written without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrigin {
    /// The file name, a quoted front matter string, or a time without seconds:
    /// Jekyll's `Time.parse` reads it in the site's zone.
    Text,
    /// An unquoted front matter value with seconds (`2010-01-10 13:07:09`): a
    /// YAML timestamp, which SafeYAML reads as UTC when it has no offset.
    YamlTimestamp,
}

/// The parts of a date as written, before any zone is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrittenDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub has_seconds: bool,
    pub offset: Option<i32>,
}

impl PostDate {
    /// Parses a date keeping the wall clock as written; `default_offset` applies
    /// when the text carries none. [`PostDate::read`] is the Jekyll reading.
    pub fn parse(text: &str, default_offset: i32) -> Result<PostDate, DateError> {
        let written = WrittenDate::parse(text)?;
        Ok(written.with_offset(written.offset.unwrap_or(default_offset)))
    }

    /// Reads a date as Jekyll does: a missing offset means the site's zone (or
    /// UTC for a YAML timestamp), then the instant is shown in the site's zone.
    pub fn read(text: &str, zone: &SiteZone, origin: DateOrigin) -> Result<PostDate, DateError> {
        let written = WrittenDate::parse(text)?;
        let timestamp = match written.offset {
            Some(offset) => written.with_offset(offset).timestamp(),
            None if origin == DateOrigin::YamlTimestamp && written.has_seconds => {
                written.with_offset(0).timestamp()
            }
            None => zone.timestamp_of_local(&written.with_offset(0)),
        };
        Ok(PostDate::at(timestamp, zone.offset_at(timestamp)))
    }

    /// The wall clock at `timestamp` seen from `offset_minutes`.
    pub fn at(timestamp: i64, offset_minutes: i32) -> PostDate {
        // Saturating: a file time far outside the calendar gives a clamped date, not a panic.
        let local = timestamp.saturating_add(i64::from(offset_minutes) * 60);
        let days = local.div_euclid(86_400);
        let seconds = local.rem_euclid(86_400) as u32;
        let (year, month, day) = civil_from_days(days);
        PostDate {
            year,
            month,
            day,
            hour: seconds / 3600,
            minute: seconds / 60 % 60,
            second: seconds % 60,
            offset_minutes,
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z: the instant, for sorting and "is it in the future".
    pub fn timestamp(&self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        days * 86_400 + i64::from(self.hour * 3600 + self.minute * 60 + self.second)
            - i64::from(self.offset_minutes) * 60
    }

    /// Day of the week, 1 (Monday) to 7 (Sunday), strftime's `%u`.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        (days_from_civil(self.year, self.month, self.day) + 3).rem_euclid(7) as u32 + 1
    }

    /// Day of the year, 1 to 366, strftime's `%j`.
    pub fn day_of_year(&self) -> u32 {
        (days_from_civil(self.year, self.month, self.day) - days_from_civil(self.year, 1, 1)) as u32
            + 1
    }

    /// ISO 8601 week-numbering year and week, strftime's `%G` and `%V`.
    pub fn iso_week(&self) -> (i32, u32) {
        let week = (self.day_of_year() as i32 - self.weekday() as i32 + 10) / 7;
        if week < 1 {
            (self.year - 1, weeks_in_iso_year(self.year - 1))
        } else if week as u32 > weeks_in_iso_year(self.year) {
            (self.year + 1, 1)
        } else {
            (self.year, week as u32)
        }
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

impl WrittenDate {
    pub(crate) fn parse(text: &str) -> Result<WrittenDate, DateError> {
        let bad = || DateError::Format(text.to_string());
        let s = text.trim();
        let (date, rest) = s.split_at(s.find(['T', 't', ' ']).unwrap_or(s.len()));
        // Ruby's Date._parse also takes `2017/02/01`.
        let mut ymd = date.split(['-', '/']);
        let year = number(ymd.next(), 4, 4).ok_or_else(bad)? as i32;
        let month = number(ymd.next(), 1, 2).ok_or_else(bad)?;
        let day = number(ymd.next(), 1, 2).ok_or_else(bad)?;
        if ymd.next().is_some() {
            return Err(bad());
        }
        let rest = rest.get(1..).unwrap_or("").trim_start();
        let (time, zone) = split_zone(rest);
        let (hour, minute, second, has_seconds) = parse_time(time).ok_or_else(bad)?;
        let offset = match without_year_after_time(zone.trim()) {
            "" => None,
            zone => Some(parse_offset(zone).ok_or_else(bad)?),
        };
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60
            && second < 60;
        if !valid {
            return Err(DateError::Impossible(text.to_string()));
        }
        Ok(WrittenDate {
            year,
            month,
            day,
            hour,
            minute,
            second,
            has_seconds,
            offset,
        })
    }

    fn with_offset(&self, offset_minutes: i32) -> PostDate {
        PostDate {
            year: self.year,
            month: self.month,
            day: self.day,
            hour: self.hour,
            minute: self.minute,
            second: self.second,
            offset_minutes,
        }
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
/// Ruby's `Date._parse` reads a zone only in the word right after the time:
/// in `18:30:22 2017 -0800` a year stands there, so there is no zone, and
/// what follows is ignored (Jekyll dates such a post in the site's zone).
fn without_year_after_time(zone: &str) -> &str {
    let first = zone.split_whitespace().next().unwrap_or("");
    if first.len() == 4 && first.bytes().all(|b| b.is_ascii_digit()) {
        ""
    } else {
        zone
    }
}

fn split_zone(rest: &str) -> (&str, &str) {
    match rest.find(['+', '-', 'Z', 'z', ' ', 'U', 'u', 'G', 'g']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    }
}

fn parse_time(time: &str) -> Option<(u32, u32, u32, bool)> {
    if time.is_empty() {
        return Some((0, 0, 0, false));
    }
    // Fractions of a second are accepted and dropped, as Jekyll's dates show them.
    let (time, fraction) = time.split_once('.').unwrap_or((time, "0"));
    if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut parts = time.split(':');
    let hour = number(parts.next(), 1, 2)?;
    let minute = number(parts.next(), 2, 2)?;
    let second = match parts.next() {
        Some(s) => Some(number(Some(s), 2, 2)?),
        None => None,
    };
    parts
        .next()
        .is_none()
        .then_some((hour, minute, second.unwrap_or(0), second.is_some()))
}

/// `Z`, `UTC`, `GMT`, `+02`, `+0200`, `+02:00`, `-0530` as minutes east of UTC.
pub(super) fn parse_offset(zone: &str) -> Option<i32> {
    let zone = zone.trim();
    if ["z", "utc", "gmt"]
        .iter()
        .any(|z| zone.eq_ignore_ascii_case(z))
    {
        return Some(0);
    }
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits = zone.get(1..)?;
    let (hours, minutes) = match digits.split_once(':') {
        Some((h, m)) => (number(Some(h), 1, 2)?, number(Some(m), 2, 2)?),
        None if digits.len() <= 2 => (number(Some(digits), 1, 2)?, 0),
        None if digits.len() == 4 => (
            number(digits.get(..2), 2, 2)?,
            number(digits.get(2..), 2, 2)?,
        ),
        None => return None,
    };
    (hours < 24 && minutes < 60).then_some(sign * (hours as i32 * 60 + minutes as i32))
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

/// An ISO year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year.
fn weeks_in_iso_year(year: i32) -> u32 {
    let jan1 = PostDate {
        year,
        month: 1,
        day: 1,
        ..PostDate::default()
    }
    .weekday();
    if jan1 == 4 || (jan1 == 3 && is_leap(year)) {
        53
    } else {
        52
    }
}

/// Howard Hinnant's days-from-civil: days since 1970-01-01 of a proleptic Gregorian date.
pub(crate) fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
pub(crate) fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc(text: &str) -> String {
        PostDate::parse(text, 0).unwrap().to_rfc3339()
    }

    fn read(text: &str, zone: &SiteZone, origin: DateOrigin) -> String {
        PostDate::read(text, zone, origin).unwrap().to_rfc3339()
    }

    #[test]
    fn every_date_form_jekyll_accepts() {
        assert_eq!(rfc("2017-02-01"), "2017-02-01T00:00:00+00:00");
        assert_eq!(rfc("2017-2-1"), "2017-02-01T00:00:00+00:00");
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
        assert_eq!(rfc("2017-02-01 10:20 +02"), "2017-02-01T10:20:00+02:00");
        assert_eq!(rfc("2017-02-01T10:20:30Z"), "2017-02-01T10:20:30+00:00");
        assert_eq!(rfc("2017-02-01 10:20:30 UTC"), "2017-02-01T10:20:30+00:00");
        assert_eq!(
            rfc("2017-02-01T10:20:30.123+01:00"),
            "2017-02-01T10:20:30+01:00"
        );
    }

    #[test]
    fn a_date_is_shown_in_the_site_zone_as_jekyll_localtime_does() {
        let paris = SiteZone::Fixed(60);
        assert_eq!(
            read("2017-02-01 23:30:00 +0000", &paris, DateOrigin::Text),
            "2017-02-02T00:30:00+01:00"
        );
        assert_eq!(
            read("2017-02-01", &paris, DateOrigin::Text),
            "2017-02-01T00:00:00+01:00"
        );
    }

    #[test]
    fn a_yaml_timestamp_without_offset_is_utc_but_a_string_is_local() {
        let paris = SiteZone::Fixed(60);
        assert_eq!(
            read("2010-01-10 13:07:09", &paris, DateOrigin::YamlTimestamp),
            "2010-01-10T14:07:09+01:00"
        );
        assert_eq!(
            read("2010-01-10 13:07:09", &paris, DateOrigin::Text),
            "2010-01-10T13:07:09+01:00"
        );
        // Without seconds it is no YAML timestamp: a string, read in the site zone.
        assert_eq!(
            read("2010-01-10 13:07", &paris, DateOrigin::YamlTimestamp),
            "2010-01-10T13:07:00+01:00"
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
        assert!(matches!(
            PostDate::parse("2017-02-01 10:00 +2500", 0),
            Err(DateError::Format(_))
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
        assert_eq!(PostDate::at(paris.timestamp(), 120), paris);
        let _ = PostDate::at(i64::MAX, 120);
        let _ = PostDate::at(i64::MIN, -120);
    }

    #[test]
    fn week_day_year_day_and_iso_week_follow_strftime() {
        let date = |s| PostDate::parse(s, 0).unwrap();
        // %u %j %G-W%V as Ruby's strftime gives them.
        assert_eq!(date("2017-02-01").weekday(), 3);
        assert_eq!(date("2017-02-01").day_of_year(), 32);
        assert_eq!(date("2016-12-31").day_of_year(), 366);
        assert_eq!(date("2017-02-01").iso_week(), (2017, 5));
        assert_eq!(date("2021-01-01").iso_week(), (2020, 53));
        assert_eq!(date("2019-12-30").iso_week(), (2020, 1));
        assert_eq!(date("2018-12-31").iso_week(), (2019, 1));
        assert_eq!(date("2017-01-01").weekday(), 7);
    }

    #[test]
    fn a_year_after_the_time_means_no_zone_as_ruby_reads_it() {
        // ruby -rtime -e 'p Date._parse("2017-01-29 18:30:22 2017 -0800")' has no :zone.
        let d = PostDate::parse("2017-01-29 18:30:22 2017 -0800", 60).unwrap();
        assert_eq!(
            (d.hour, d.minute, d.second, d.offset_minutes),
            (18, 30, 22, 60)
        );
        assert!(PostDate::parse("2017-01-29 18:30:22 junk", 0).is_err());
    }
}
