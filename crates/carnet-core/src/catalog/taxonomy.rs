//! Tags and categories: two ways of grouping posts that behave alike, so the
//! app's pages and the prerendered ones serve both from one description.

use super::links::{category_url, paged_url, tag_url};
use super::{page_count, page_slice, Catalog, TagCount};
use crate::index::PostEntry;

/// One page of a term's posts, newest first.
#[derive(Debug, PartialEq)]
pub struct TermPosts<'a> {
    /// The posts of this page only.
    pub posts: Vec<&'a PostEntry>,
    /// How many posts carry the term, on every page.
    pub total: usize,
    pub page: usize,
    pub last: usize,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Taxonomy {
    Tag,
    Category,
}

impl Taxonomy {
    /// The list page's path, base path excluded.
    pub fn list_path(self) -> &'static str {
        match self {
            Taxonomy::Tag => "/tags/",
            Taxonomy::Category => "/categories/",
        }
    }

    pub fn url(self, baseurl: &str, name: &str) -> String {
        match self {
            Taxonomy::Tag => tag_url(baseurl, name),
            Taxonomy::Category => category_url(baseurl, name),
        }
    }

    /// Page `page` of the term's list: its URL is the term's URL for page 1,
    /// then `…/page/N/`.
    pub fn page_url(self, baseurl: &str, name: &str, page: usize) -> String {
        paged_url(&self.url(baseurl, name), page)
    }

    /// Page `page` (1-based) of the term's posts, `per_page` a page; `None` for a
    /// term no post carries, page 0 and pages past the last.
    pub fn page<'a>(
        self,
        catalog: &'a Catalog,
        name: &'a str,
        page: usize,
        per_page: usize,
    ) -> Option<TermPosts<'a>> {
        let all = self.posts(catalog, name);
        if all.is_empty() {
            return None;
        }
        Some(TermPosts {
            posts: page_slice(&all, page, per_page)?.to_vec(),
            total: all.len(),
            page,
            last: page_count(all.len(), per_page),
        })
    }

    /// Every page of the term's posts, for the prerendered pages: the same
    /// pages as `page` gives one by one, reading the catalog once.
    pub fn pages<'a>(
        self,
        catalog: &'a Catalog,
        name: &'a str,
        per_page: usize,
    ) -> Vec<TermPosts<'a>> {
        let all = self.posts(catalog, name);
        let last = page_count(all.len(), per_page);
        all.chunks(per_page.max(1))
            .enumerate()
            .map(|(i, posts)| TermPosts {
                posts: posts.to_vec(),
                total: all.len(),
                page: i + 1,
                last,
            })
            .collect()
    }

    pub fn counts(self, catalog: &Catalog) -> Vec<TagCount> {
        match self {
            Taxonomy::Tag => catalog.tags(),
            Taxonomy::Category => catalog.categories(),
        }
    }

    pub fn posts<'a>(self, catalog: &'a Catalog, name: &'a str) -> Vec<&'a PostEntry> {
        match self {
            Taxonomy::Tag => catalog.with_tag(name).collect(),
            Taxonomy::Category => catalog.in_category(name).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `tagged` posts tagged "et moi" (3 or more) and three posts in their
    /// middle (p3 to p5) without it; all in the category "good_job".
    fn catalog(tagged: usize) -> Catalog {
        Catalog::new(
            (0..tagged as i64 + 3)
                .map(|i| PostEntry {
                    path: format!("p{i}"),
                    url: format!("/p{i}.html"),
                    timestamp: i,
                    // Three posts without the tag, in the middle of the others.
                    tags: if (3..6).contains(&i) {
                        vec!["autre".into()]
                    } else {
                        vec!["et moi".into()]
                    },
                    categories: vec!["good_job".into()],
                    ..PostEntry::default()
                })
                .collect(),
        )
    }

    fn paths(page: &TermPosts) -> Vec<String> {
        page.posts.iter().map(|p| p.path.clone()).collect()
    }

    #[test]
    fn a_term_is_cut_into_pages_newest_first() {
        let catalog = catalog(12);
        let first = Taxonomy::Tag.page(&catalog, "et moi", 1, 5).unwrap();
        assert_eq!((first.total, first.page, first.last), (12, 1, 3));
        assert_eq!(paths(&first), ["p14", "p13", "p12", "p11", "p10"]);
        let last = Taxonomy::Tag.page(&catalog, "et moi", 3, 5).unwrap();
        assert_eq!((last.total, last.last), (12, 3));
        assert_eq!(paths(&last), ["p1", "p0"]);
        // Every tagged post is on exactly one page.
        let all: Vec<String> = (1..=3)
            .flat_map(|n| paths(&Taxonomy::Tag.page(&catalog, "et moi", n, 5).unwrap()))
            .collect();
        assert_eq!(all.len(), 12);
        assert!(!all.iter().any(|p| ["p3", "p4", "p5"].contains(&p.as_str())));
        // Categories page the same way.
        let category = Taxonomy::Category
            .page(&catalog, "good_job", 2, 10)
            .unwrap();
        assert_eq!(
            (category.total, category.last, category.posts.len()),
            (15, 2, 5)
        );
    }

    #[test]
    fn all_pages_at_once_are_the_pages_one_by_one() {
        for (tagged, per_page) in [(12, 5), (10, 5), (6, 5), (4, 1), (3, 0)] {
            let catalog = catalog(tagged);
            let pages = Taxonomy::Tag.pages(&catalog, "et moi", per_page);
            let last = pages.len();
            let one_by_one: Vec<TermPosts> = (1..=last)
                .map(|n| Taxonomy::Tag.page(&catalog, "et moi", n, per_page).unwrap())
                .collect();
            assert_eq!(pages, one_by_one, "{tagged} posts, {per_page} a page");
            assert_eq!(
                Taxonomy::Tag.page(&catalog, "et moi", last + 1, per_page),
                None
            );
        }
        assert!(Taxonomy::Tag.pages(&catalog(3), "personne", 5).is_empty());
    }

    #[test]
    fn pages_that_do_not_exist() {
        let catalog = catalog(10);
        // An exact multiple of the page size has no empty page after it.
        assert_eq!(
            Taxonomy::Tag.page(&catalog, "et moi", 2, 5).unwrap().last,
            2
        );
        assert_eq!(Taxonomy::Tag.page(&catalog, "et moi", 3, 5), None);
        assert_eq!(Taxonomy::Tag.page(&catalog, "et moi", 0, 5), None);
        // A term no post carries has no page at all, not even an empty page 1.
        assert_eq!(Taxonomy::Tag.page(&catalog, "personne", 1, 5), None);
        assert_eq!(Taxonomy::Category.page(&catalog, "et moi", 1, 5), None);
    }

    #[test]
    fn term_page_urls_are_escaped_and_page_1_has_no_number() {
        let tag = Taxonomy::Tag;
        assert_eq!(tag.page_url("", "et moi", 1), "/tags/et%20moi/");
        assert_eq!(tag.page_url("", "et moi", 2), "/tags/et%20moi/page/2/");
        assert_eq!(
            tag.page_url("/blog", "été", 3),
            "/blog/tags/%C3%A9t%C3%A9/page/3/"
        );
        assert_eq!(
            Taxonomy::Category.page_url("/blog/", "good job", 2),
            "/blog/categories/good%20job/page/2/"
        );
    }
}
