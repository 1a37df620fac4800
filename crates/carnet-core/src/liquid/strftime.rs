//! Ruby's `Time#strftime`, which Liquid's `date` filter and Jekyll's date
//! filters call: the directives posts use, with `-`, `_`, `0` and `^` flags.

use super::value::offset_text;
use crate::time::{PostDate, DAYS, MONTHS};

pub fn strftime(d: &PostDate, format: &str) -> String {
    let mut out = String::with_capacity(format.len() + 16);
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut flag = None;
        while let Some(&f) = chars.peek() {
            if matches!(f, '-' | '_' | '0' | '^' | '#') {
                flag = Some(f);
                chars.next();
            } else {
                break;
            }
        }
        let colon = chars.peek() == Some(&':');
        if colon {
            chars.next();
        }
        let Some(directive) = chars.next() else {
            out.push('%');
            break;
        };
        match field(d, directive, colon) {
            Some(Field::Num(n, width, pad)) => {
                out.push_str(&pad_number(n, width, flag.map_or(pad, |f| f)))
            }
            Some(Field::Text(t)) => out.push_str(&if flag == Some('^') {
                t.to_uppercase()
            } else {
                t
            }),
            None => {
                out.push('%');
                out.push(directive);
            }
        }
    }
    out
}

enum Field {
    /// A number, its width and its default padding.
    Num(i64, usize, char),
    Text(String),
}

fn field(d: &PostDate, directive: char, colon: bool) -> Option<Field> {
    use Field::{Num, Text};
    let weekday = d.weekday() as usize - 1; // 0 is Monday
    let hour12 = match d.hour % 12 {
        0 => 12,
        h => h,
    };
    Some(match directive {
        'Y' => Num(d.year as i64, 1, '0'),
        'C' => Num(d.year as i64 / 100, 2, '0'),
        'y' => Num(d.year as i64 % 100, 2, '0'),
        'm' => Num(d.month as i64, 2, '0'),
        'd' => Num(d.day as i64, 2, '0'),
        'e' => Num(d.day as i64, 2, ' '),
        'j' => Num(d.day_of_year() as i64, 3, '0'),
        'H' => Num(d.hour as i64, 2, '0'),
        'k' => Num(d.hour as i64, 2, ' '),
        'I' => Num(hour12 as i64, 2, '0'),
        'l' => Num(hour12 as i64, 2, ' '),
        'M' => Num(d.minute as i64, 2, '0'),
        'S' => Num(d.second as i64, 2, '0'),
        'L' => Num(0, 3, '0'),
        'N' => Num(0, 9, '0'),
        'u' => Num(weekday as i64 + 1, 1, '0'),
        'w' => Num(((weekday + 1) % 7) as i64, 1, '0'),
        'G' => Num(d.iso_week().0 as i64, 4, '0'),
        'V' => Num(d.iso_week().1 as i64, 2, '0'),
        'U' => Num(week_of_year(d, 6), 2, '0'),
        'W' => Num(week_of_year(d, 0), 2, '0'),
        's' => Num(d.timestamp(), 1, '0'),
        'B' => Text(MONTHS[d.month as usize - 1].into()),
        'b' | 'h' => Text(MONTHS[d.month as usize - 1][..3].into()),
        'A' => Text(DAYS[weekday].into()),
        'a' => Text(DAYS[weekday][..3].into()),
        'p' => Text(if d.hour < 12 { "AM" } else { "PM" }.into()),
        'P' => Text(if d.hour < 12 { "am" } else { "pm" }.into()),
        'z' => Text(offset_text(d.offset_minutes, colon)),
        'Z' => Text(if d.offset_minutes == 0 {
            "UTC".into()
        } else {
            String::new()
        }),
        'F' => Text(strftime(d, "%Y-%m-%d")),
        'D' | 'x' => Text(strftime(d, "%m/%d/%y")),
        'T' | 'X' => Text(strftime(d, "%H:%M:%S")),
        'R' => Text(strftime(d, "%H:%M")),
        'r' => Text(strftime(d, "%I:%M:%S %p")),
        'c' => Text(strftime(d, "%a %b %e %H:%M:%S %Y")),
        'n' => Text("\n".into()),
        't' => Text("\t".into()),
        '%' => Text("%".into()),
        _ => return None,
    })
}

/// `%U` (weeks start on Sunday, `first` = 6) and `%W` (Monday, `first` = 0).
fn week_of_year(d: &PostDate, first: u32) -> i64 {
    let yday = d.day_of_year() as i64 - 1;
    let wday = ((d.weekday() - 1 + 7 - first) % 7) as i64;
    (yday + 7 - wday) / 7
}

fn pad_number(n: i64, width: usize, pad: char) -> String {
    match pad {
        '-' => n.to_string(),
        '_' => format!("{n:>width$}"),
        ' ' => format!("{n:>width$}"),
        _ if n < 0 => format!("-{:0>w$}", -n, w = width.saturating_sub(1)),
        _ => format!("{n:0>width$}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date() -> PostDate {
        PostDate::parse("2008-11-07 13:07:54 -0500", 0).unwrap()
    }

    // Expected values are Ruby 3.1's `Time#strftime` of that time.
    #[test]
    fn the_directives_posts_use() {
        let d = date();
        assert_eq!(
            strftime(&d, "%Y-%m-%d %H:%M:%S %z"),
            "2008-11-07 13:07:54 -0500"
        );
        assert_eq!(strftime(&d, "%b %-d, %Y"), "Nov 7, 2008");
        assert_eq!(
            strftime(&d, "%A %e %B %y, %I:%M %p"),
            "Friday  7 November 08, 01:07 PM"
        );
        assert_eq!(strftime(&d, "%:z %j %^a %s"), "-05:00 312 FRI 1226081274");
    }

    #[test]
    fn an_unknown_directive_is_printed_as_written() {
        assert_eq!(strftime(&date(), "%Q%"), "%Q%");
    }
}
