//! The site's time zone (`timezone` in `_config.yml`), which Jekyll applies to
//! every post date. IANA names (`Europe/Paris`) need the tz database for their
//! historical daylight saving rules: the `tzdb` feature brings it (the `jiff`
//! crate); the browser build leaves it out to stay small and uses the fixed
//! offset the config carries, since it reads resolved dates from the index.

use super::date::{parse_offset, PostDate};

#[derive(Debug, Clone)]
pub enum SiteZone {
    /// Minutes east of UTC, all year round (`UTC`, `+01:00`, or no `timezone`).
    Fixed(i32),
    #[cfg(feature = "tzdb")]
    Named(jiff::tz::TimeZone),
}

impl SiteZone {
    /// The zone a site's `timezone` names, or `fallback` minutes east of UTC
    /// when it names none this build knows. With no `timezone` carnet uses UTC
    /// where Jekyll would use the machine's zone, so a build gives the same
    /// URLs everywhere.
    pub fn of(timezone: Option<&str>, fallback: i32) -> SiteZone {
        timezone
            .and_then(SiteZone::named)
            .unwrap_or(SiteZone::Fixed(fallback))
    }

    /// A zone by IANA name or fixed offset; `None` when the name is unknown.
    pub fn named(name: &str) -> Option<SiteZone> {
        if let Some(minutes) = fixed_offset(name) {
            return Some(SiteZone::Fixed(minutes));
        }
        #[cfg(feature = "tzdb")]
        {
            jiff::tz::TimeZone::get(name).ok().map(SiteZone::Named)
        }
        #[cfg(not(feature = "tzdb"))]
        {
            None
        }
    }

    /// The offset in force at an instant, in minutes east of UTC.
    #[cfg_attr(not(feature = "tzdb"), allow(unused_variables))]
    pub fn offset_at(&self, timestamp: i64) -> i32 {
        match self {
            SiteZone::Fixed(minutes) => *minutes,
            #[cfg(feature = "tzdb")]
            SiteZone::Named(tz) => jiff::Timestamp::from_second(timestamp)
                .map_or(0, |t| tz.to_offset(t).seconds() / 60),
        }
    }

    /// The instant of a wall-clock time in this zone (`local`'s own offset is
    /// ignored). A time skipped by a DST change moves forward and a repeated
    /// one takes the earlier instant, as `mktime` does for Ruby's `Time.local`.
    pub fn timestamp_of_local(&self, local: &PostDate) -> i64 {
        let utc = PostDate {
            offset_minutes: 0,
            ..*local
        }
        .timestamp();
        match self {
            SiteZone::Fixed(minutes) => utc - i64::from(*minutes) * 60,
            #[cfg(feature = "tzdb")]
            SiteZone::Named(tz) => named_local(tz, local).unwrap_or(utc),
        }
    }
}

#[cfg(feature = "tzdb")]
fn named_local(tz: &jiff::tz::TimeZone, local: &PostDate) -> Option<i64> {
    let civil = jiff::civil::DateTime::new(
        i16::try_from(local.year).ok()?,
        i8::try_from(local.month).ok()?,
        i8::try_from(local.day).ok()?,
        i8::try_from(local.hour).ok()?,
        i8::try_from(local.minute).ok()?,
        i8::try_from(local.second).ok()?,
        0,
    )
    .ok()?;
    let zoned = tz.to_ambiguous_zoned_datetime(civil).compatible().ok()?;
    Some(zoned.timestamp().as_second())
}

/// `UTC`, `Etc/UTC`, `GMT`, `+01:00`, `-0530`: zones without rules.
fn fixed_offset(zone: &str) -> Option<i32> {
    let zone = zone.trim();
    if ["utc", "etc/utc", "gmt", "etc/gmt", "z", "zulu"]
        .iter()
        .any(|z| zone.eq_ignore_ascii_case(z))
    {
        return Some(0);
    }
    parse_offset(zone).filter(|_| zone.starts_with(['+', '-']))
}

#[cfg(all(test, feature = "tzdb"))]
mod tests {
    use super::*;
    use crate::time::DateOrigin;

    fn paris() -> SiteZone {
        SiteZone::named("Europe/Paris").unwrap()
    }

    #[test]
    fn an_iana_zone_follows_daylight_saving_time() {
        let winter = PostDate::read("2017-02-01", &paris(), DateOrigin::Text).unwrap();
        let summer = PostDate::read("2017-07-01", &paris(), DateOrigin::Text).unwrap();
        assert_eq!(winter.to_rfc3339(), "2017-02-01T00:00:00+01:00");
        assert_eq!(summer.to_rfc3339(), "2017-07-01T00:00:00+02:00");
    }

    #[test]
    fn historical_rules_apply_to_old_posts() {
        // France had no summer time between 1946 and 1976.
        let date = PostDate::read("1975-07-01 12:00", &paris(), DateOrigin::Text).unwrap();
        assert_eq!(date.offset_minutes, 60);
        let new_york = SiteZone::named("America/New_York").unwrap();
        // US DST began on the first Sunday of April before 2007.
        let date = PostDate::read("2006-03-20 12:00", &new_york, DateOrigin::Text).unwrap();
        assert_eq!(date.offset_minutes, -300);
        let date = PostDate::read("2008-03-20 12:00", &new_york, DateOrigin::Text).unwrap();
        assert_eq!(date.offset_minutes, -240);
    }

    #[test]
    fn a_time_skipped_by_the_clock_change_moves_forward() {
        let date = PostDate::read("2021-03-28 02:30", &paris(), DateOrigin::Text).unwrap();
        assert_eq!(date.to_rfc3339(), "2021-03-28T03:30:00+02:00");
    }

    #[test]
    fn fixed_zones_and_unknown_names() {
        assert_eq!(fixed_offset("UTC"), Some(0));
        assert_eq!(fixed_offset("+05:30"), Some(330));
        assert_eq!(fixed_offset("Europe/Paris"), None);
        assert!(SiteZone::named("Mars/Olympus_Mons").is_none());
    }
}
