//! Dates in the blog's language: French and English written by carnet, as
//! the prerendered pages write them (the browser's first Intl formatter costs
//! about 40 ms of a first visit), other languages through the browser's Intl
//! API, so they read well without shipping locale tables in the wasm.

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use carnet_core::pages::labels::{long_date, month_year, writes_dates};
use carnet_core::pages::Dates;

/// The app's dates, for `site::markup`.
pub const DATES: Dates = Dates {
    day: format_date,
    month: format_month,
};

/// Formats the calendar date of an RFC 3339 timestamp as the post's author
/// wrote it (its own offset, not the reader's), in `lang`.
pub fn format_date(rfc3339: &str, lang: &str) -> String {
    if writes_dates(lang) {
        return long_date(rfc3339, lang);
    }
    intl_date(rfc3339, lang)
}

/// [`format_date`] by the browser's Intl, whatever the language.
pub fn intl_date(rfc3339: &str, lang: &str) -> String {
    let day = rfc3339.get(..10).unwrap_or(rfc3339);
    intl_format(
        day,
        lang,
        &[("day", "numeric"), ("month", "long"), ("year", "numeric")],
    )
    .unwrap_or_else(|| day.to_string())
}

/// "février 2017" / "February 2017", for archive headings.
pub fn format_month(year: i32, month: u32, lang: &str) -> String {
    if writes_dates(lang) {
        return month_year(year, month, lang);
    }
    let day = format!("{year:04}-{month:02}-01");
    intl_format(&day, lang, &[("month", "long"), ("year", "numeric")]).unwrap_or(day)
}

fn intl_format(day: &str, lang: &str, fields: &[(&str, &str)]) -> Option<String> {
    // Noon UTC, formatted in UTC: the calendar day cannot shift with the reader's zone.
    let date = Date::new(&JsValue::from_str(&format!("{day}T12:00:00Z")));
    if date.get_time().is_nan() {
        return None;
    }
    let options = Object::new();
    for (key, value) in fields.iter().chain(&[("timeZone", "UTC")]) {
        // Setting a plain property on a fresh object cannot fail.
        let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    let locales = Array::of1(&JsValue::from_str(lang));
    let format = Intl::DateTimeFormat::new(&locales, &options).format();
    format.call1(&JsValue::NULL, &date).ok()?.as_string()
}

/// The page's language (`<html lang>`): the shell's before the blog loads,
/// so loading and error messages speak the blog's language from the start.
pub fn document_lang() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

/// `<html lang>` follows the site (and a post's own `lang` while it is shown).
pub fn set_document_lang(lang: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang);
    }
}
