//! Time as Jekyll reads it: post dates in every form it accepts, and the
//! site's zone (IANA names need the `tzdb` feature; without it, fixed offsets).

mod date;
mod zone;

pub use date::{DateError, DateOrigin, PostDate};
pub use zone::SiteZone;

/// English month names, as Ruby's `strftime` writes them.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English day names, Monday first, as Ruby's `strftime` writes them.
pub const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
