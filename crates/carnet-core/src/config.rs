//! The subset of Jekyll's `_config.yml` that shapes posts and pages. Unknown
//! keys are ignored so an existing Jekyll config loads as it is.

use serde::{Deserialize, Serialize};
use serde_yaml_ng::{Mapping, Value};

use crate::time::{DateError, DateOrigin, PostDate, SiteZone};
use crate::yaml::parse_bounded;

pub mod look;

pub use look::{Look, Profile, Social};

/// Jekyll's `excerpt_separator` default: the first blank line ends the excerpt.
pub const DEFAULT_SEPARATOR: &str = "\n\n";

/// Jekyll's default `markdown_ext` (`markdown,mkdown,mkdn,mkd,md`), and
/// `mdown` and `markdn`, which carnet has always read as Markdown (Jekyll
/// would copy such a post unconverted).
pub const DEFAULT_MARKDOWN_EXT: [&str; 7] =
    ["markdown", "mkdown", "mkdn", "mkd", "md", "mdown", "markdn"];

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("line {line}: invalid YAML: {message}")]
    Yaml { line: usize, message: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SiteConfig {
    pub title: String,
    pub description: String,
    pub author: String,
    pub lang: String,
    pub url: String,
    pub baseurl: String,
    pub permalink: String,
    /// `collections: posts: permalink:`, which Jekyll puts before the
    /// top-level `permalink` and uses as written: a style name there is no
    /// style (`pretty` gives the URL `/pretty`). Jekyll ignores `output:`
    /// for posts (`Configuration#add_default_collections` forces it true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posts_permalink: Option<String>,
    pub paginate: usize,
    pub paginate_path: String,
    pub excerpt_separator: String,
    /// Jekyll's `markdown_ext`: the extensions of Markdown posts, lowercase, without dots.
    #[serde(default = "default_markdown_ext")]
    pub markdown_ext: Vec<String>,
    pub future: bool,
    pub show_drafts: bool,
    /// Jekyll's `unpublished: true` shows posts with `published: false`.
    pub unpublished: bool,
    /// An IANA name (`Europe/Paris`), `UTC` or a fixed `+HH:MM`; none means UTC.
    pub timezone: Option<String>,
    /// Jekyll's `time`: the build's time, as written (see [`SiteConfig::build_time`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The zone's offset for builds without the tz database (WebAssembly):
    /// exact for fixed zones, the offset of January 2000 for IANA names. Post
    /// dates in the index are resolved natively with the full rules.
    pub utc_offset_minutes: i32,
    /// kramdown turns straight quotes into typographic ones by default.
    pub smart_quotes: bool,
    /// carnet's own key: drop raw HTML and script URLs from posts (off, as in
    /// Jekyll, where the author owns the blog).
    #[serde(default)]
    pub safe_mode: bool,
    /// carnet's own keys: how long the browser waits for one file (seconds)
    /// and how large a post it accepts (bytes), so a stalled or huge file
    /// never hangs the tab.
    #[serde(default = "default_fetch_timeout")]
    pub fetch_timeout: u32,
    #[serde(default = "default_max_post_size")]
    pub max_post_size: usize,
    /// carnet's own key: `carnet build` ships a service worker that keeps
    /// the app, the index and the posts read for offline and repeat visits
    /// (`offline: false` ships one that removes itself). Only the CLI reads it.
    #[serde(skip)]
    pub offline: bool,
    /// Jekyll's front matter defaults (`defaults:`), in the config's order;
    /// which apply to a post is the `post` layer's rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub defaults: Vec<DefaultSet>,
    /// Entries of `defaults:` left out, as Jekyll does, for a warning.
    #[serde(skip)]
    pub invalid_defaults: usize,
    /// jekyll-feed's `feed: path:`, the feed's path under the base path
    /// (`/feed.xml` when unset), so subscribers of the old blog keep it.
    #[serde(default = "default_feed_path")]
    pub feed_path: String,
    /// Jekyll's `exclude:` (with its default list) and `include:`: which of
    /// the site's files are published. Only the command line reads files.
    #[serde(skip)]
    pub exclude: Vec<String>,
    #[serde(skip)]
    pub include: Vec<String>,
    /// Jekyll's `plugins:`, for the outputs a plugin adds (jekyll-redirect-from's `redirects.json`).
    #[serde(skip)]
    pub plugins: Vec<String>,
    /// The author's look: accent colours, fonts, logo (`config::look`).
    #[serde(default, skip_serializing_if = "Look::is_empty")]
    pub look: Look,
    /// The footer's contact and profile links, in minima's keys.
    #[serde(default, skip_serializing_if = "Social::is_empty")]
    pub social: Social,
    /// The pages the header links to, by path from the site root
    /// (`about.md`): minima 2.5's `header_pages`, else minima 3's
    /// `minima: nav_pages`; empty means every page with a title.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub header_pages: Vec<String>,
    /// What the look and contact keys refused or doubt, each starting with
    /// its key, for `carnet check` and `carnet build`.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// One entry of `defaults:`: a scope and the values it gives.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DefaultSet {
    /// `scope: path:`, as written; none (or empty) is every file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// `scope: type:`, Jekyll's deprecated singular names made plural;
    /// none is every type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `values:`, string keys only, tags dropped: the index carries them as JSON.
    pub values: Mapping,
}

impl DefaultSet {
    /// Jekyll's `FrontmatterDefaults#valid?` skips an entry whose `values` is
    /// no mapping; `update_deprecated_types` renames `post`, `draft`, `page`.
    fn read(entry: &Value) -> Option<DefaultSet> {
        let Value::Mapping(values) = untagged(entry.get("values")?) else {
            return None;
        };
        let scope = entry.get("scope");
        let kind = scope.and_then(|s| s.get("type")).and_then(as_text);
        Some(DefaultSet {
            path: scope.and_then(|s| s.get("path")).and_then(as_text),
            kind: kind.map(|k| match k.as_str() {
                "post" | "draft" | "page" => format!("{k}s"),
                _ => k,
            }),
            values: json_safe(values),
        })
    }
}

fn untagged(value: &Value) -> &Value {
    match value {
        Value::Tagged(t) => untagged(&t.value),
        other => other,
    }
}

/// A mapping JSON can hold: keys that are not strings dropped (Liquid could
/// not name them either), tags dropped, all the way down.
fn json_safe(map: &Mapping) -> Mapping {
    map.iter()
        .filter_map(|(k, v)| Some((Value::String(k.as_str()?.to_string()), json_value(v))))
        .collect()
}

fn json_value(value: &Value) -> Value {
    match untagged(value) {
        Value::Mapping(m) => Value::Mapping(json_safe(m)),
        Value::Sequence(items) => Value::Sequence(items.iter().map(json_value).collect()),
        other => other.clone(),
    }
}

fn default_markdown_ext() -> Vec<String> {
    DEFAULT_MARKDOWN_EXT.map(String::from).to_vec()
}

fn default_feed_path() -> String {
    "/feed.xml".into()
}

/// Jekyll 4.3's `Configuration::DEFAULT_EXCLUDES`, added to a site's own `exclude:`.
pub const DEFAULT_EXCLUDES: [&str; 10] = [
    ".sass-cache",
    ".jekyll-cache",
    "gemfiles",
    "Gemfile",
    "Gemfile.lock",
    "node_modules",
    "vendor/bundle/",
    "vendor/cache/",
    "vendor/gems/",
    "vendor/ruby/",
];

fn default_fetch_timeout() -> u32 {
    15
}

fn default_max_post_size() -> usize {
    5 * 1024 * 1024
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: "carnet".into(),
            description: String::new(),
            author: String::new(),
            lang: "en".into(),
            url: String::new(),
            baseurl: String::new(),
            permalink: "date".into(),
            posts_permalink: None,
            paginate: 10,
            // jekyll-paginate's default is "/page:num"; the web app routes /page/:num/ only.
            paginate_path: "/page/:num/".into(),
            excerpt_separator: DEFAULT_SEPARATOR.into(),
            markdown_ext: default_markdown_ext(),
            future: false,
            show_drafts: false,
            unpublished: false,
            timezone: None,
            time: None,
            utc_offset_minutes: 0,
            smart_quotes: true,
            safe_mode: false,
            fetch_timeout: default_fetch_timeout(),
            max_post_size: default_max_post_size(),
            offline: true,
            defaults: Vec::new(),
            invalid_defaults: 0,
            feed_path: default_feed_path(),
            exclude: DEFAULT_EXCLUDES.map(String::from).to_vec(),
            include: vec![".htaccess".into()],
            plugins: Vec::new(),
            look: Look::default(),
            social: Social::default(),
            header_pages: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

impl SiteConfig {
    /// The zone post dates are read in; where this build lacks the tz
    /// database, the offset the config carries.
    pub fn zone(&self) -> SiteZone {
        SiteZone::of(self.timezone.as_deref(), self.utc_offset_minutes)
    }

    /// Whether a post with this extension is Markdown; case is ignored, as
    /// Jekyll's converter downcases the extension it matches.
    pub fn is_markdown_extension(&self, ext: &str) -> bool {
        self.markdown_ext
            .iter()
            .any(|e| e.eq_ignore_ascii_case(ext))
    }

    /// Jekyll's `site.time`, seconds since the epoch: `time` when the config
    /// sets it (read in the site zone when it has no offset), else `now`.
    /// Jekyll hides posts dated after it and dates posts whose front matter
    /// fails at it.
    pub fn build_time(&self, now: i64) -> Result<i64, DateError> {
        match &self.time {
            Some(time) => {
                PostDate::read(time, &self.zone(), DateOrigin::Text).map(|d| d.timestamp())
            }
            None => Ok(now),
        }
    }

    /// Reads `_config.yml` text. Missing keys keep Jekyll's defaults.
    pub fn from_yaml(text: &str) -> Result<SiteConfig, ConfigError> {
        let value: Value = if text.trim().is_empty() {
            Value::Null
        } else {
            parse_bounded(text).map_err(|e| ConfigError::Yaml {
                line: e.location().map_or(1, |l| l.line()),
                message: e.to_string(),
            })?
        };
        let mut config = SiteConfig::default();
        let get = |key: &str| value.get(key);
        let text = |key: &str| get(key).and_then(as_text);
        if let Some(v) = text("title") {
            config.title = v;
        }
        if let Some(v) = text("description") {
            config.description = v;
        }
        // Jekyll themes accept `author: Name` or `author: {name: Name, ...}`.
        if let Some(v) =
            text("author").or_else(|| get("author").and_then(|a| a.get("name")).and_then(as_text))
        {
            config.author = v;
        }
        if let Some(v) = text("lang") {
            config.lang = v;
        }
        if let Some(v) = text("url") {
            config.url = v.trim_end_matches('/').to_string();
        }
        if let Some(v) = text("baseurl") {
            config.baseurl = v.trim_end_matches('/').to_string();
        }
        if let Some(v) = text("permalink") {
            config.permalink = v;
        }
        if let Some(v) = get("collections")
            .and_then(|c| c.get("posts"))
            .and_then(|p| p.get("permalink"))
            .and_then(as_text)
        {
            config.posts_permalink = Some(v);
        }
        if let Some(v) = get("paginate").and_then(Value::as_u64) {
            config.paginate = v.max(1) as usize;
        }
        if let Some(v) = text("paginate_path") {
            config.paginate_path = v;
        }
        if let Some(v) = text("excerpt_separator") {
            config.excerpt_separator = v;
        }
        // Jekyll's kramdown converter: `markdown_ext.split(",")`, each
        // downcased and not trimmed (Jekyll 4.3.1 read `md, txt` as `md` only).
        if let Some(v) = text("markdown_ext") {
            config.markdown_ext = v
                .split(',')
                .map(str::to_ascii_lowercase)
                .filter(|e| !e.is_empty())
                .collect();
        }
        if let Some(v) = get("future").and_then(Value::as_bool) {
            config.future = v;
        }
        if let Some(v) = get("show_drafts").and_then(Value::as_bool) {
            config.show_drafts = v;
        }
        if let Some(v) = get("unpublished").and_then(Value::as_bool) {
            config.unpublished = v;
        }
        if let Some(v) = get("safe_mode").and_then(Value::as_bool) {
            config.safe_mode = v;
        }
        if let Some(v) = get("fetch_timeout").and_then(Value::as_u64) {
            config.fetch_timeout = v.clamp(1, 600) as u32;
        }
        if let Some(v) = get("max_post_size").and_then(Value::as_u64) {
            config.max_post_size = v.max(1024) as usize;
        }
        if let Some(v) = get("offline").and_then(Value::as_bool) {
            config.offline = v;
        }
        if let Some(v) = get("kramdown").and_then(|k| k.get("smart_quotes")) {
            // kramdown's `smart_quotes: apos,apos,quot,quot` means "leave quotes straight".
            config.smart_quotes = as_text(v).is_none_or(|s| !s.contains("quot"));
        }
        if let Some(Value::Sequence(sets)) = get("defaults") {
            config.defaults = sets.iter().filter_map(DefaultSet::read).collect();
            config.invalid_defaults = sets.len() - config.defaults.len();
        }
        if let Some(v) = get("feed").and_then(|f| f.get("path")).and_then(as_text) {
            config.feed_path = format!("/{}", v.trim_start_matches('/'));
        }
        let list = |key: &str| -> Option<Vec<String>> {
            match get(key)? {
                Value::Sequence(items) => Some(items.iter().filter_map(as_text).collect()),
                other => as_text(other).map(|v| vec![v]),
            }
        };
        if let Some(mut v) = list("exclude") {
            // Jekyll adds its defaults to a site's list (`add_default_excludes`).
            for default in DEFAULT_EXCLUDES {
                if !v.iter().any(|e| e == default) {
                    v.push(default.to_string());
                }
            }
            config.exclude = v;
        }
        if let Some(v) = list("include") {
            config.include = v;
        }
        config.plugins = list("plugins").or_else(|| list("gems")).unwrap_or_default();
        if let Some(v) = text("time") {
            config.time = Some(v);
        }
        config.look = Look::read(&value, &mut config.warnings);
        config.social = Social::read(&value, &mut config.warnings);
        let pages = get("header_pages").or_else(|| get("minima").and_then(|m| m.get("nav_pages")));
        if let Some(Value::Sequence(pages)) = pages {
            config.header_pages = pages.iter().filter_map(as_text).collect();
        }
        if let Some(zone) = text("timezone") {
            config.utc_offset_minutes =
                SiteZone::named(&zone).map_or(0, |z| z.offset_at(JANUARY_2000));
            config.timezone = Some(zone);
        }
        Ok(config)
    }
}

fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// 2000-01-01T00:00:00Z, the instant whose offset stands for an IANA zone without its rules.
const JANUARY_2000: i64 = 946_684_800;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_keys_are_read_and_unknown_ones_ignored() {
        let config = SiteConfig::from_yaml(
            "title: Carnet\nlang: fr\nbaseurl: /blog/\npaginate: 5\nplugins: [jekyll-feed]\ntimezone: '+01:00'\n",
        )
        .unwrap();
        assert_eq!(config.title, "Carnet");
        assert_eq!(config.baseurl, "/blog");
        assert_eq!(config.paginate, 5);
        assert_eq!(config.utc_offset_minutes, 60);
        assert_eq!(config.permalink, "date");
    }

    #[test]
    fn the_feed_path_and_published_files_follow_jekyll() {
        let config = SiteConfig::from_yaml(
            "feed:\n  path: atom.xml\nexclude: [TODO.md, Gemfile]\ninclude: [_redirects]\nplugins: [jekyll-feed]\n",
        )
        .unwrap();
        assert_eq!(config.feed_path, "/atom.xml");
        assert_eq!(config.exclude[..3], ["TODO.md", "Gemfile", ".sass-cache"]);
        assert_eq!(config.exclude.len(), 11);
        assert_eq!(config.include, ["_redirects"]);
        assert_eq!(config.plugins, ["jekyll-feed"]);
        let plain = SiteConfig::from_yaml("title: x\n").unwrap();
        assert_eq!(plain.feed_path, "/feed.xml");
        assert_eq!(plain.include, [".htaccess"]);
    }

    #[test]
    fn offline_reading_is_on_unless_turned_off() {
        assert!(SiteConfig::from_yaml("title: x\n").unwrap().offline);
        assert!(!SiteConfig::from_yaml("offline: false\n").unwrap().offline);
        // Only the CLI reads it: the index does not carry it.
        let json = serde_json::to_string(&SiteConfig::default()).unwrap();
        assert!(!json.contains("offline"), "{json}");
    }

    #[test]
    fn kramdown_smart_quotes_and_unpublished() {
        let config = SiteConfig::from_yaml(
            "kramdown:\n  smart_quotes: apos,apos,quot,quot\nunpublished: true\n",
        )
        .unwrap();
        assert!(!config.smart_quotes);
        assert!(config.unpublished);
    }

    #[cfg(feature = "tzdb")]
    #[test]
    fn an_iana_zone_keeps_its_name_and_a_winter_offset() {
        let config = SiteConfig::from_yaml("timezone: America/New_York\n").unwrap();
        assert_eq!(config.timezone.as_deref(), Some("America/New_York"));
        assert_eq!(config.utc_offset_minutes, -300);
    }

    #[test]
    fn the_posts_collection_permalink_is_read_as_written() {
        let config = SiteConfig::from_yaml(
            "permalink: pretty\ncollections:\n  posts:\n    permalink: /blog/:title/\n    output: false\n",
        )
        .unwrap();
        assert_eq!(config.permalink, "pretty");
        assert_eq!(config.posts_permalink.as_deref(), Some("/blog/:title/"));
        // Jekyll also takes a list of collection names, which sets no permalink.
        let listed = SiteConfig::from_yaml("collections: [posts]\n").unwrap();
        assert_eq!(listed.posts_permalink, None);
    }

    #[test]
    fn markdown_ext_lists_the_markdown_extensions() {
        // Jekyll 4.3.1 with `markdown_ext: "md,TXT"` converted 2020-01-01-a.txt
        // to /2020/01/01/a.html and copied 2020-01-03-c.markdown unconverted;
        // with "md, TXT" it copied the .txt too.
        let config = SiteConfig::from_yaml("markdown_ext: \"md,TXT, mkd\"\n").unwrap();
        assert_eq!(config.markdown_ext, ["md", "txt", " mkd"]);
        assert!(config.is_markdown_extension("Txt") && !config.is_markdown_extension("markdown"));
        assert!(!config.is_markdown_extension("mkd"));
        assert!(SiteConfig::default().is_markdown_extension("mkdn"));
    }

    #[test]
    fn time_sets_the_build_time() {
        let config = SiteConfig::from_yaml("time: 2021-01-01 12:00:00 +01:00\n").unwrap();
        assert_eq!(config.build_time(0), Ok(1_609_498_800));
        assert_eq!(SiteConfig::default().build_time(42), Ok(42));
        let bad = SiteConfig::from_yaml("time: soon\n").unwrap();
        assert!(bad.build_time(0).is_err());
    }

    #[test]
    fn front_matter_defaults_are_read_in_order() {
        let config = SiteConfig::from_yaml(
            "defaults:\n  - scope: {path: _posts/a, type: post}\n    values: {author: A, 1: x, n: !t {k: v}}\n  - values: {lang: fr}\n  - scope: {path: x}\n    values: [not, a, mapping]\n",
        )
        .unwrap();
        let [first, second] = &config.defaults[..] else {
            panic!("{:?}", config.defaults);
        };
        assert_eq!(first.path.as_deref(), Some("_posts/a"));
        assert_eq!(first.kind.as_deref(), Some("posts"));
        assert_eq!(
            serde_json::to_string(&first.values).unwrap(),
            r#"{"author":"A","n":{"k":"v"}}"#
        );
        assert_eq!(
            (second.path.as_deref(), second.kind.as_deref()),
            (None, None)
        );
        let json = serde_json::to_string(&config).unwrap();
        let back = serde_json::from_str::<SiteConfig>(&json).unwrap();
        assert_eq!(back.defaults, config.defaults);
    }

    #[test]
    fn header_pages_are_minima_25s_then_minima_3s() {
        let both = SiteConfig::from_yaml(
            "header_pages: [about.md, notes/index.md]\nminima:\n  nav_pages: [x.md]\n",
        )
        .unwrap();
        assert_eq!(both.header_pages, ["about.md", "notes/index.md"]);
        let three = SiteConfig::from_yaml("minima:\n  nav_pages: [x.md]\n").unwrap();
        assert_eq!(three.header_pages, ["x.md"]);
    }

    #[test]
    fn the_look_and_contact_keys_travel_in_the_index() {
        let config = SiteConfig::from_yaml(
            "author: {name: Ana, email: ana@example.org}\ngithub_username: ana\ncarnet:\n  accent: '#b5322d'\n  font: nope;\n",
        )
        .unwrap();
        assert_eq!(config.author, "Ana");
        assert_eq!(config.social.email.as_deref(), Some("ana@example.org"));
        assert_eq!(config.look.accent.as_deref(), Some("#b5322d"));
        assert_eq!(config.warnings.len(), 1, "{:?}", config.warnings);
        let json = serde_json::to_string(&config).unwrap();
        let back = serde_json::from_str::<SiteConfig>(&json).unwrap();
        assert_eq!((back.look, back.social), (config.look, config.social));
        // Nothing is added to the index of a site without these keys.
        let plain = serde_json::to_string(&SiteConfig::default()).unwrap();
        assert!(
            !plain.contains("look") && !plain.contains("social") && !plain.contains("header_pages")
        );
    }

    #[test]
    fn an_empty_config_is_jekylls_defaults() {
        assert_eq!(SiteConfig::from_yaml("").unwrap(), SiteConfig::default());
    }
}
