//! URLs of the blog's own pages (index pages, tag pages), escaped so a tag
//! with spaces or accents round-trips through the address bar.

use crate::text::url::escape_segment;

/// `/blog` + `/tags/et%20moi/`.
pub fn tag_url(baseurl: &str, tag: &str) -> String {
    format!(
        "{}/tags/{}/",
        baseurl.trim_end_matches('/'),
        escape_segment(tag)
    )
}

/// `/blog` + `/categories/good_job/`.
pub fn category_url(baseurl: &str, category: &str) -> String {
    format!(
        "{}/categories/{}/",
        baseurl.trim_end_matches('/'),
        escape_segment(category)
    )
}

/// Page 1 is the home page; others follow `paginate_path` (Jekyll's `/page:num/` style).
pub fn page_url(baseurl: &str, paginate_path: &str, page: usize) -> String {
    let base = baseurl.trim_end_matches('/');
    if page <= 1 {
        return format!("{base}/");
    }
    let path = paginate_path.replace(":num", &page.to_string());
    format!("{base}/{}", path.trim_start_matches('/'))
}

/// Page `page` of a list whose page 1 is at `first` (a path ending in `/`):
/// `first` itself, then `first` + `page/N/`, as tag and category pages go.
pub fn paged_url(first: &str, page: usize) -> String {
    if page <= 1 {
        return first.to_string();
    }
    format!("{}/page/{page}/", first.trim_end_matches('/'))
}

/// The page number of a paginated route: page 1 without one, otherwise a
/// number written plainly (`2`, not `02` or `+2`); `None` for anything else,
/// page 0 included, which the page then shows as not found.
pub fn page_number(segment: Option<&str>) -> Option<usize> {
    let Some(text) = segment else {
        return Some(1);
    };
    if text.starts_with('0') || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::url::{escape_query, percent_decode};

    #[test]
    fn tags_with_spaces_accents_and_slashes_round_trip() {
        for tag in ["et moi", "été", "a/b", "c#", "100%"] {
            let url = tag_url("/blog", tag);
            let segment = url.trim_start_matches("/blog/tags/").trim_end_matches('/');
            assert!(!segment.contains(['/', ' ']), "{url}");
            assert_eq!(percent_decode(segment), tag);
        }
        assert_eq!(tag_url("", "et moi"), "/tags/et%20moi/");
    }

    #[test]
    fn search_queries_keep_their_special_characters() {
        let q = "été & c++ #1 a=b";
        assert_eq!(percent_decode(&escape_query(q)), q);
        assert!(!escape_query(q).contains(['&', '#', '+', '=', ' ']));
    }

    #[test]
    fn term_pages_after_the_first_add_page_n() {
        assert_eq!(paged_url("/tags/et%20moi/", 1), "/tags/et%20moi/");
        assert_eq!(paged_url("/tags/et%20moi/", 0), "/tags/et%20moi/");
        assert_eq!(paged_url("/tags/et%20moi/", 2), "/tags/et%20moi/page/2/");
        assert_eq!(
            paged_url(&tag_url("/blog/", "été"), 12),
            "/blog/tags/%C3%A9t%C3%A9/page/12/"
        );
        assert_eq!(
            paged_url(&category_url("", "a/b"), 3),
            "/categories/a%2Fb/page/3/"
        );
    }

    #[test]
    fn page_numbers_are_plain_positive_numbers() {
        assert_eq!(page_number(None), Some(1));
        assert_eq!(page_number(Some("1")), Some(1));
        assert_eq!(page_number(Some("58")), Some(58));
        for bad in [
            "0",
            "00",
            "02",
            "+2",
            "-1",
            "",
            "x",
            "2x",
            " 2",
            "99999999999999999999999",
        ] {
            assert_eq!(page_number(Some(bad)), None, "{bad:?}");
        }
    }

    #[test]
    fn page_urls_follow_paginate_path() {
        assert_eq!(page_url("", "/page/:num/", 1), "/");
        assert_eq!(page_url("/blog/", "/page/:num/", 2), "/blog/page/2/");
        assert_eq!(page_url("", "/blog/page:num/", 3), "/blog/page3/");
    }
}
