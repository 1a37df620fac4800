//! The core's speed: parsing and rendering the seed post, and building the
//! post index and the catalog from 10,000 generated posts (what `carnet
//! index` does after reading the files). Run with `cargo bench -p carnet-core --bench core`.

fn main() {
    let mut criterion = criterion::Criterion::default()
        .sample_size(20)
        .measurement_time(std::time::Duration::from_secs(5))
        .configure_from_args();
    native::seed_post(&mut criterion);
    native::liquid_heavy_post(&mut criterion);
    native::ten_thousand_posts(&mut criterion);
    criterion.final_summary();
}

mod native {
    use std::hint::black_box;

    use carnet_core::catalog::Catalog;
    use carnet_core::config::SiteConfig;
    use carnet_core::index::{IndexOptions, PostIndex};
    use carnet_core::markdown::RenderOptions;
    use carnet_core::post::Post;
    use criterion::Criterion;

    const SEED_PATH: &str = "../../posts/2017-02-01-a-mon-compte-plus-1-mois.md";
    /// 3,000 words with Liquid in every paragraph (`bench/liquid-heavy.md`).
    const LIQUID_PATH: &str = "../../bench/liquid-heavy.md";

    /// Liquid (with a site of 10,000 posts), then Markdown: what the worker
    /// does for a post with Liquid, and `carnet build` for each.
    pub fn liquid_heavy_post(c: &mut Criterion) {
        use carnet_core::liquid::{LiquidSite, PostSummary};
        use carnet_core::time::PostDate;
        let bytes = std::fs::read(LIQUID_PATH).expect("run from the crate root");
        let text = String::from_utf8(bytes.clone()).unwrap();
        let site = SiteConfig::default();
        let post = Post::parse("2024-01-01-liquid-heavy.md", &bytes, &[], &site).unwrap();
        let posts: Vec<PostSummary> = (0..10_000)
            .map(|i| PostSummary {
                path: format!("2020-01-01-post-{i}.md"),
                url: format!("/2020/01/01/post-{i}.html"),
                title: format!("Post {i}"),
                date: Some(PostDate::at(1_577_836_800 + i, 0)),
                ..PostSummary::default()
            })
            .collect();
        let liquid = LiquidSite::new(site.clone(), "title: Bench\n", posts, PostDate::at(0, 0));
        let options = RenderOptions::default();
        c.bench_function("liquid-heavy post (3,000 words): Liquid and render", |b| {
            b.iter(|| liquid.render_post(&post, black_box(&text), &options))
        });
        // The whole worker request, as the browser sends it (JSON in, JSON out).
        use carnet_core::index::protocol::{answer_json, RenderRequest, Request};
        use carnet_core::index::{IndexOptions, PostIndex, SiteFiles};
        let shown = IndexOptions {
            now: 4_000_000_000,
            ..IndexOptions::default()
        };
        let index = PostIndex::build(&site, vec![(post.clone(), bytes.clone())], vec![], shown);
        let request = Request::Render(Box::new(RenderRequest {
            index_json: Some(serde_json::to_string(&index).unwrap()),
            files: SiteFiles::default(),
            path: post.path.clone(),
            text: text.clone(),
            now: 0,
        }));
        let json = serde_json::to_string(&request).unwrap();
        assert!(
            answer_json(&json).contains("\"done\""),
            "the request must render"
        );
        c.bench_function("liquid-heavy post: the worker's whole request", |b| {
            b.iter(|| answer_json(black_box(&json)))
        });
    }

    pub fn seed_post(c: &mut Criterion) {
        let bytes = std::fs::read(SEED_PATH).expect("run from the crate root");
        let site = SiteConfig::default();
        let options = RenderOptions::default();
        c.bench_function("seed post: parse", |b| {
            b.iter(|| {
                Post::parse(
                    "2017-02-01-a-mon-compte-plus-1-mois.md",
                    black_box(&bytes),
                    &[],
                    &site,
                )
            })
        });
        c.bench_function("seed post: parse and render", |b| {
            b.iter(|| {
                let post = Post::parse(
                    "2017-02-01-a-mon-compte-plus-1-mois.md",
                    black_box(&bytes),
                    &[],
                    &site,
                )
                .unwrap();
                (post.excerpt_html(&options), post.content_html(&options))
            })
        });
    }

    /// A post of a few paragraphs with tags, categories and a date of its own.
    pub fn generated_post(i: usize) -> (String, Vec<u8>) {
        let (year, month, day) = (2000 + i % 25, 1 + i % 12, 1 + i % 28);
        let path = format!("{year}-{month:02}-{day:02}-post-number-{i}.md");
        let text = format!(
            "---\ntitle: \"Post number {i}: l'été\"\ntags: [tag{}, tag{}, et moi]\ncategory: cat{}\n---\n\n\
             First paragraph of post {i}, with a [link][ref] and *emphasis*.\n\n\
             ## A heading\n\nSecond paragraph, \"quoted\" -- with dashes.\n\n[ref]: https://example.org/{i}\n",
            i % 50,
            i % 7,
            i % 10
        );
        (path, text.into_bytes())
    }

    pub fn ten_thousand_posts(c: &mut Criterion) {
        let site = SiteConfig {
            timezone: Some("Europe/Paris".into()),
            ..SiteConfig::default()
        };
        let files: Vec<(String, Vec<u8>)> = (0..10_000).map(generated_post).collect();
        let parse_all = || -> Vec<(Post, Vec<u8>)> {
            files
                .iter()
                .map(|(path, bytes)| (Post::parse(path, bytes, &[], &site).unwrap(), bytes.clone()))
                .collect()
        };
        let options = IndexOptions {
            now: i64::MAX,
            ..IndexOptions::default()
        };
        let mut group = c.benchmark_group("10,000 posts");
        group.sample_size(10);
        group.bench_function("parse", |b| b.iter(parse_all));
        let parsed = parse_all();
        group.bench_function("build the index (excerpts rendered)", |b| {
            b.iter(|| PostIndex::build(&site, parsed.clone(), vec![], options))
        });
        let index = PostIndex::build(&site, parsed, vec![], options);
        group.bench_function("build the catalog and its tag counts", |b| {
            b.iter(|| {
                let catalog = Catalog::new(index.posts.clone());
                black_box(catalog.tags());
                catalog
            })
        });
        group.finish();
    }
}
