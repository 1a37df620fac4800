//! The post index cut by what a first visit shows, so its cost follows the
//! page, not the blog: a small head (the site, its pages, the number of
//! posts and each tag's and category's count), the newest posts in slices
//! of [`NEWEST_SLICE`], each tag's and category's posts, each article with
//! its neighbours (`articles`), the archive's titles and dates, and search's
//! word files and result cards (`search`). `carnet index` and `carnet build`
//! write them under `posts/index/` beside the whole `posts/index.json`,
//! which the indexer worker, listing mode and every fallback read.

pub mod articles;
pub mod search;

use serde::{Deserialize, Serialize};

use super::{Catalog, TagCount, Taxonomy};
use crate::config::SiteConfig;
use crate::index::{content_hash, PageEntry, PostEntry, PostIndex, Problem};

/// The shards' version, in their head: an app reads only the shards of its
/// own version and falls back to the whole index (whose own `INDEX_VERSION`
/// it still reads) for any other. 4: articles, archive and search shards.
pub const SHARDS_VERSION: u32 = 4;

/// Posts a slice of the newest: ten home pages of ten, one request.
pub const NEWEST_SLICE: usize = 100;

/// The folder of the shards, in the posts folder.
pub const SHARDS_FOLDER: &str = "index";

/// What every first visit reads first: all but the posts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexHead {
    /// [`SHARDS_VERSION`].
    pub version: u32,
    pub site: SiteConfig,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<PageEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_files: Vec<String>,
    /// How many posts the whole index has.
    pub posts: usize,
    /// Most used first, then by name, as the tag pages list them.
    pub tags: Vec<TermCount>,
    pub categories: Vec<TermCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermCount {
    pub name: String,
    pub count: usize,
}

/// The archive's file: every post's date, address and title, newest first.
pub const ARCHIVE_FILE: &str = "archive.json";

/// A post as the archive lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArchiveEntry {
    pub date: String,
    pub url: String,
    pub title: String,
}

impl ArchiveEntry {
    /// The post the archive's markup reads (its other fields empty).
    pub fn into_post(self) -> PostEntry {
        PostEntry {
            date: self.date,
            url: self.url,
            title: self.title,
            ..PostEntry::default()
        }
    }
}

/// The file (in the shards folder) of slice `n` (0-based) of the newest posts.
pub fn newest_file(n: usize) -> String {
    format!("newest-{n}.json")
}

/// The file of a tag's or a category's posts: named by a hash of the name,
/// so any name makes a plain file name.
pub fn term_file(taxonomy: Taxonomy, name: &str) -> String {
    let kind = match taxonomy {
        Taxonomy::Tag => "tag",
        Taxonomy::Category => "category",
    };
    format!("{kind}-{}.json", content_hash(name.as_bytes()))
}

/// The slices of the newest posts that hold home page `page` (1-based).
pub fn newest_slices_of_page(page: usize, per_page: usize) -> std::ops::RangeInclusive<usize> {
    let per_page = per_page.max(1);
    let first = (page.max(1) - 1) * per_page / NEWEST_SLICE;
    let last = (page.max(1) * per_page - 1) / NEWEST_SLICE;
    first..=last
}

/// The head and every shard of `index`: (file name in the shards folder, JSON).
pub fn shards_of(index: &PostIndex) -> Vec<(String, String)> {
    {
        let catalog = Catalog::new(index.posts.clone());
        let counts = |c: Vec<TagCount>| -> Vec<TermCount> {
            c.into_iter()
                .map(|t| TermCount {
                    name: t.name,
                    count: t.count,
                })
                .collect()
        };
        let head = IndexHead {
            version: SHARDS_VERSION,
            site: index.site.clone(),
            pages: index.pages.clone(),
            problems: index.problems.clone(),
            data_files: index.data_files.clone(),
            posts: index.posts.len(),
            tags: counts(catalog.tags()),
            categories: counts(catalog.categories()),
        };
        let json = |posts: &[&PostEntry]| serde_json::to_string(posts).unwrap_or_default();
        let mut files = vec![(
            "head.json".to_string(),
            serde_json::to_string(&head).unwrap_or_default(),
        )];
        let newest: Vec<&PostEntry> = catalog.posts().iter().collect();
        for (n, slice) in newest.chunks(NEWEST_SLICE).enumerate() {
            files.push((newest_file(n), json(slice)));
        }
        for taxonomy in [Taxonomy::Tag, Taxonomy::Category] {
            for term in taxonomy.counts(&catalog) {
                let posts = taxonomy.posts(&catalog, &term.name);
                files.push((term_file(taxonomy, &term.name), json(&posts)));
            }
        }
        let articles = articles::article_shards(&catalog, &index.pages, &index.site.baseurl);
        for (name, shards) in articles {
            files.push((name, serde_json::to_string(&shards).unwrap_or_default()));
        }
        let archive: Vec<ArchiveEntry> = newest
            .iter()
            .map(|p| ArchiveEntry {
                date: p.date.clone(),
                url: p.url.clone(),
                title: p.title.clone(),
            })
            .collect();
        files.push((
            ARCHIVE_FILE.to_string(),
            serde_json::to_string(&archive).unwrap_or_default(),
        ));
        files.extend(search::search_shards(&catalog));
        files
    }
}

impl IndexHead {
    /// The counts the whole index gives, for a catalog of some of its posts.
    pub fn totals(&self) -> (usize, Vec<TagCount>, Vec<TagCount>) {
        let counts = |c: &[TermCount]| -> Vec<TagCount> {
            c.iter()
                .map(|t| TagCount {
                    name: t.name.clone(),
                    count: t.count,
                })
                .collect()
        };
        (self.posts, counts(&self.tags), counts(&self.categories))
    }

    /// An index holding only `posts` (a shard), with the head's site and pages.
    pub fn with_posts(self, posts: Vec<PostEntry>) -> PostIndex {
        PostIndex {
            version: self.version,
            site: self.site,
            posts,
            problems: self.problems,
            data_files: self.data_files,
            pages: self.pages,
        }
        .without_unsafe_entries()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::IndexOptions;

    fn entry(i: usize, tags: &[&str]) -> PostEntry {
        PostEntry {
            path: format!("{i:05}.md"),
            url: format!("/{i}.html"),
            timestamp: i as i64,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            ..PostEntry::default()
        }
    }

    #[test]
    fn the_shards_hold_every_post_once_by_slice_and_once_per_term() {
        let mut index = PostIndex::build(
            &SiteConfig::default(),
            vec![],
            vec![],
            IndexOptions::default(),
        );
        index.posts = (0..250)
            .map(|i| {
                entry(
                    i,
                    if i % 10 == 0 {
                        &["rare", "été"]
                    } else {
                        &["common"]
                    },
                )
            })
            .collect();
        let files = shards_of(&index);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names[..4],
            [
                "head.json",
                "newest-0.json",
                "newest-1.json",
                "newest-2.json"
            ]
        );
        let head: IndexHead = serde_json::from_str(&files[0].1).unwrap();
        assert_eq!(head.posts, 250);
        assert_eq!(
            head.tags[0],
            TermCount {
                name: "common".into(),
                count: 225
            }
        );
        let newest: Vec<PostEntry> = serde_json::from_str(&files[1].1).unwrap();
        assert_eq!(newest.len(), NEWEST_SLICE);
        assert_eq!(newest[0].path, "00249.md", "newest first");
        let rare = files
            .iter()
            .find(|(n, _)| *n == term_file(Taxonomy::Tag, "rare"))
            .unwrap();
        let rare: Vec<PostEntry> = serde_json::from_str(&rare.1).unwrap();
        assert_eq!(rare.len(), 25);
        assert!(term_file(Taxonomy::Tag, "été").starts_with("tag-"));
        assert_ne!(
            term_file(Taxonomy::Tag, "été"),
            term_file(Taxonomy::Category, "été")
        );
    }

    #[test]
    fn the_archive_is_drawn_from_its_shard_as_from_the_whole_index() {
        let mut index = PostIndex::build(
            &SiteConfig::default(),
            vec![],
            vec![],
            IndexOptions::default(),
        );
        index.posts = (0..30)
            .map(|i| PostEntry {
                date: format!("20{:02}-0{}-01T00:00:00+00:00", 10 + i / 4, 1 + i % 4),
                excerpt_html: "<p>not in the archive</p>".into(),
                ..entry(i, &[])
            })
            .collect();
        let files = shards_of(&index);
        let (_, json) = files.iter().find(|(n, _)| n == ARCHIVE_FILE).unwrap();
        assert!(!json.contains("not in the archive"));
        let rows: Vec<ArchiveEntry> = serde_json::from_str(json).unwrap();
        let posts = rows.into_iter().map(ArchiveEntry::into_post).collect();
        let partial = Catalog::partial(posts, 0, (30, vec![], vec![]));
        let whole = Catalog::new(index.posts.clone());
        let lines = |c: &Catalog| -> Vec<(i32, u32, String, String)> {
            c.archive()
                .iter()
                .flat_map(|y| {
                    y.months.iter().flat_map(move |m| {
                        m.posts
                            .iter()
                            .map(move |p| (y.year, m.month, p.url.clone(), p.date.clone()))
                    })
                })
                .collect()
        };
        assert_eq!(lines(&partial), lines(&whole));
    }

    #[test]
    fn a_home_page_is_drawn_from_the_slices_that_hold_it() {
        assert_eq!(newest_slices_of_page(1, 10), 0..=0);
        assert_eq!(newest_slices_of_page(10, 10), 0..=0);
        assert_eq!(newest_slices_of_page(11, 10), 1..=1);
        assert_eq!(newest_slices_of_page(15, 7), 0..=1);
        // A catalog of slice 1 draws page 11 exactly as the whole catalog does.
        let all: Vec<PostEntry> = (0..250).map(|i| entry(i, &[])).collect();
        let whole = Catalog::new(all.clone());
        let newest: Vec<PostEntry> = whole.posts().to_vec();
        let totals = (250, vec![], vec![]);
        let slice = Catalog::partial(newest[100..200].to_vec(), 100, totals);
        assert_eq!(slice.page(11, 10), whole.page(11, 10));
        assert_eq!(slice.page_count(10), 25);
        assert!(slice.has_page(11, 10) && slice.has_page(20, 10));
        assert!(!slice.has_page(10, 10) && !slice.has_page(21, 10));
        assert!(
            slice.has_page(26, 10),
            "past the last page: a not-found page, drawn as such"
        );
        assert_eq!(slice.page(26, 10), None);
        let last = Catalog::partial(newest[200..].to_vec(), 200, (250, vec![], vec![]));
        assert_eq!(last.page(25, 10), whole.page(25, 10));
        assert!(last.has_page(25, 10));
    }
}
