//! A page's first-paint copy: what `carnet index` writes beside the shards
//! for the pages a first visit opens most (the home page and every
//! article), so that on a host without prerendered pages `public/early.js`
//! can show the page from one small file, with no wasm before the text. The
//! copy is the static copy `carnet build` would prerender (marked
//! `data-first-paint`, code not coloured), made from the same posts as the
//! index beside it, so it is exactly as fresh as the index; the app takes
//! it over as it takes over a prerendered page.

use serde::{Deserialize, Serialize};

use super::chrome::{static_copy, Head};
use super::look::site_css_rules;
use super::PageMarkup;
use crate::config::SiteConfig;
use crate::index::{fnv1a, PageEntry};

/// What `early.js` needs to show the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageCopy {
    /// The document title.
    pub title: String,
    /// The page's language, for `<html lang>`.
    pub lang: String,
    /// The `#prerendered[data-first-paint]` element.
    pub html: String,
    /// The site's colours and fonts (`pages::look`), inserted as the app's
    /// `look` inserts them; empty for carnet's own look.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub css: Vec<String>,
}

impl PageCopy {
    pub fn of(site: &SiteConfig, pages: &[PageEntry], page: &PageMarkup) -> PageCopy {
        PageCopy {
            title: Head::of(site, page).title,
            lang: page.lang.clone(),
            html: static_copy(site, pages, page, true).as_str().to_string(),
            css: site_css_rules(site),
        }
    }
}

/// The file (in the shards folder) of the copy of the page at `key`, the
/// address as `shards::articles::address_key` reads it; `early.js` hashes
/// the address the same way.
pub fn copy_file(key: &str) -> String {
    format!("copy-{:016x}.json", fnv1a(key.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_names_its_file_by_its_hash() {
        // early.js computes the same digits (FNV-1a 64, 16 hex digits).
        assert_eq!(copy_file("/"), format!("copy-{:016x}.json", fnv1a(b"/")));
        assert_ne!(copy_file("/a.html"), copy_file("/b.html"));
        assert_eq!(copy_file("/"), "copy-af63a24c860189fe.json");
    }
}
