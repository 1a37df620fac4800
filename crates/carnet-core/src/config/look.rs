//! The author's look, read from `_config.yml`: the accent colour and font
//! stacks (carnet's own `carnet:` mapping, named after minima's `minima:`),
//! the logo, and the footer's profile links in minima's keys
//! (`email`, `github_username`, `twitter_username`, `mastodon`, `rss`,
//! minima 3's `minima: social_links`). Everything here is untrusted text:
//! a colour is kept only as `#rrggbb`, a font stack only as names, a link
//! only with an `http(s)` address; anything else is left out with a warning
//! that names the key.

use serde::{Deserialize, Serialize};
use serde_yaml_ng::Value;

use crate::text::url::escape_segment;

/// WCAG AA's minimum contrast for text of ordinary size.
pub const AA: f64 = 4.5;

/// The backgrounds links sit on in style/main.css, light theme: `--bg` and
/// `--surface` (a test reads main.css to keep them equal).
pub const LIGHT_BACKGROUNDS: [Rgb; 2] = [Rgb(0xfb, 0xfa, 0xf7), Rgb(0xf2, 0xef, 0xe8)];
/// The same in the dark theme.
pub const DARK_BACKGROUNDS: [Rgb; 2] = [Rgb(0x15, 0x18, 0x1b), Rgb(0x1e, 0x22, 0x26)];

/// A colour in sRGB, 8 bits a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// A CSS colour as an author writes it: `#rgb`, `#rrggbb`, `rgb(…)`,
    /// `hsl(…)` (commas or spaces, no alpha) or one of CSS's colour names.
    /// Anything else (other forms, alpha, `url(…)`, stray text) is `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let text = text.trim().to_ascii_lowercase();
        if let Some(hex) = text.strip_prefix('#') {
            return Rgb::hex_digits(hex);
        }
        if let Some(args) = function_args(&text, "rgb") {
            let [r, g, b] = args.as_slice() else {
                return None;
            };
            let channel = |a: &str| -> Option<u8> {
                let value = match a.strip_suffix('%') {
                    Some(p) => number(p)? * 2.55,
                    None => number(a)?,
                };
                (0.0..=255.0).contains(&value).then(|| value.round() as u8)
            };
            return Some(Rgb(channel(r)?, channel(g)?, channel(b)?));
        }
        if let Some(args) = function_args(&text, "hsl") {
            let [h, s, l] = args.as_slice() else {
                return None;
            };
            let hue = number(h.strip_suffix("deg").unwrap_or(h))?;
            let percent = |a: &str| -> Option<f64> {
                let v = number(a.strip_suffix('%')?)?;
                (0.0..=100.0).contains(&v).then_some(v / 100.0)
            };
            return Some(Rgb::from_hsl(hue, percent(s)?, percent(l)?));
        }
        let i = NAMED_COLOURS
            .binary_search_by(|(name, _)| name.cmp(&text.as_str()))
            .ok()?;
        let v = NAMED_COLOURS[i].1;
        Some(Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8))
    }

    /// Exactly `#rrggbb` (any case): the form the index carries.
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 {
            return None;
        }
        Rgb::hex_digits(hex)
    }

    fn hex_digits(hex: &str) -> Option<Rgb> {
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let byte = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).ok();
        match hex.len() {
            3 => Some(Rgb(byte(0, 1)? * 17, byte(1, 1)? * 17, byte(2, 1)? * 17)),
            6 => Some(Rgb(byte(0, 2)?, byte(2, 2)?, byte(4, 2)?)),
            _ => None,
        }
    }

    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2's relative luminance.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// WCAG 2's contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The lowest contrast against any of `backgrounds`.
    pub fn worst_contrast(self, backgrounds: &[Rgb]) -> f64 {
        backgrounds
            .iter()
            .map(|b| self.contrast(*b))
            .fold(f64::INFINITY, f64::min)
    }

    /// `amount` of this colour over `base` (0 is `base`, 1 this colour).
    pub fn over(self, base: Rgb, amount: f64) -> Rgb {
        let mix =
            |a: u8, b: u8| (f64::from(b) + (f64::from(a) - f64::from(b)) * amount).round() as u8;
        Rgb(
            mix(self.0, base.0),
            mix(self.1, base.1),
            mix(self.2, base.2),
        )
    }

    /// Hue (degrees), saturation and lightness (0 to 1).
    pub fn to_hsl(self) -> (f64, f64, f64) {
        let [r, g, b] = [self.0, self.1, self.2].map(|c| f64::from(c) / 255.0);
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        let l = (max + min) / 2.0;
        let d = max - min;
        if d == 0.0 {
            return (0.0, 0.0, l);
        }
        let s = d / (1.0 - (2.0 * l - 1.0).abs());
        let h = if max == r {
            60.0 * ((g - b) / d).rem_euclid(6.0)
        } else if max == g {
            60.0 * ((b - r) / d + 2.0)
        } else {
            60.0 * ((r - g) / d + 4.0)
        };
        (h, s, l)
    }

    pub fn from_hsl(h: f64, s: f64, l: f64) -> Rgb {
        let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
        let h = h.rem_euclid(360.0) / 60.0;
        let x = c * (1.0 - (h.rem_euclid(2.0) - 1.0).abs());
        let (r, g, b) = match h as u32 {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        let m = l - c / 2.0;
        let channel = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
        Rgb(channel(r), channel(g), channel(b))
    }

    /// The accent for the dark theme made from a light one: the same hue
    /// and saturation, the lightness mirrored (a dark green gives a light
    /// green), then raised until link text passes AA on the dark theme's
    /// backgrounds, with half a point of margin.
    pub fn dark_counterpart(self) -> Rgb {
        let (h, s, l) = self.to_hsl();
        let mut lightness = l.max(1.0 - l);
        loop {
            let candidate = Rgb::from_hsl(h, s, lightness);
            if candidate.worst_contrast(&DARK_BACKGROUNDS) >= AA + 0.5 || lightness >= 1.0 {
                return candidate;
            }
            lightness = (lightness + 0.01).min(1.0);
        }
    }
}

/// The arguments of `name(…)`, split on commas or spaces; `None` for
/// another function or with an alpha (`/`).
fn function_args<'a>(text: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let inner = text.strip_prefix(name)?.trim_start().strip_prefix('(')?;
    let inner = inner.strip_suffix(')')?;
    if inner.contains('/') {
        return None;
    }
    Some(
        inner
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|a| !a.is_empty())
            .collect(),
    )
}

fn number(text: &str) -> Option<f64> {
    let digits = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
    if !digits {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A font stack as CSS's `font-family` takes it, rebuilt from its names:
/// quoted names keep letters, digits, spaces, `-`, `_` and `.`; unquoted
/// ones are words of letters, digits, `-` and `_` (`system-ui`, `Noto Sans`).
/// `None` when anything else is in it (`;`, braces, a quote inside a name,
/// `url(`…): such text never reaches a style sheet.
pub fn font_stack(text: &str) -> Option<String> {
    let safe = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.');
    let word = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            && !w.starts_with(|c: char| c.is_ascii_digit())
    };
    let families: Option<Vec<String>> = text
        .split(',')
        .map(|family| {
            let family = family.trim();
            let quoted = ['"', '\'']
                .iter()
                .find_map(|q| family.strip_prefix(*q)?.strip_suffix(*q));
            match quoted {
                Some(name) if !name.trim().is_empty() && name.chars().all(safe) => {
                    Some(format!("\"{}\"", name.trim()))
                }
                Some(_) => None,
                None => {
                    let words: Vec<&str> = family.split_whitespace().collect();
                    (!words.is_empty() && words.iter().all(word)).then(|| words.join(" "))
                }
            }
        })
        .collect();
    families.map(|f| f.join(", ")).filter(|s| s.len() <= 300)
}

/// The look keys, validated: colours as `#rrggbb`, font stacks rebuilt.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Look {
    /// `carnet: accent:`, the light theme's links and highlights.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent: Option<String>,
    /// The light theme's soft accent (category chips, callouts), made from `accent`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent_soft: Option<String>,
    /// `carnet: accent_dark:`, or one made from `accent` that passes AA.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent_dark: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent_soft_dark: Option<String>,
    /// `carnet: font:`, the text's font stack (main.css's `--serif`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub font: Option<String>,
    /// `carnet: heading_font:`, headings and interface (`--sans`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading_font: Option<String>,
    /// `carnet: code_font:`, code (`--mono`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_font: Option<String>,
    /// `logo:` (jekyll-seo-tag's key), else `avatar:` or `author: avatar:`:
    /// a path under the site or an `http(s)` URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}

impl Look {
    pub fn is_empty(&self) -> bool {
        *self == Look::default()
    }

    /// Reads the look keys of `_config.yml`; what is refused or doubtful is
    /// said in `warnings`, each starting with its key.
    pub fn read(config: &Value, warnings: &mut Vec<String>) -> Look {
        let mut look = Look::default();
        let carnet = config.get("carnet");
        let key = |name: &str| carnet.and_then(|c| c.get(name)).and_then(as_text);
        let colour = |name: &str, warnings: &mut Vec<String>| -> Option<Rgb> {
            let text = key(name)?;
            let parsed = Rgb::parse(&text);
            if parsed.is_none() {
                warnings.push(format!(
                    "carnet: {name}: {text:?} is not a colour (#rgb, #rrggbb, rgb(), hsl() or a CSS colour name), ignored"
                ));
            }
            parsed
        };
        let light = colour("accent", warnings);
        let dark = colour("accent_dark", warnings);
        let weak = |name: &str, c: Rgb, backgrounds: &[Rgb], theme: &str| {
            let ratio = c.worst_contrast(backgrounds);
            (ratio < AA).then(|| {
                format!(
                    "carnet: {name}: {} has a contrast of {ratio:.2}:1 with the {theme} background, under WCAG AA's 4.5:1 for link text; used as given",
                    c.to_hex()
                )
            })
        };
        if let Some(light) = light {
            warnings.extend(weak("accent", light, &LIGHT_BACKGROUNDS, "light"));
            look.accent = Some(light.to_hex());
            look.accent_soft = Some(light.over(LIGHT_BACKGROUNDS[0], 0.15).to_hex());
        }
        if let Some(dark) = dark {
            warnings.extend(weak("accent_dark", dark, &DARK_BACKGROUNDS, "dark"));
        }
        if let Some(dark) = dark.or_else(|| light.map(Rgb::dark_counterpart)) {
            look.accent_dark = Some(dark.to_hex());
            look.accent_soft_dark = Some(dark.over(DARK_BACKGROUNDS[0], 0.18).to_hex());
        }
        for (name, field) in [
            ("font", &mut look.font),
            ("heading_font", &mut look.heading_font),
            ("code_font", &mut look.code_font),
        ] {
            if let Some(text) = key(name) {
                *field = font_stack(&text);
                if field.is_none() {
                    warnings.push(format!(
                        "carnet: {name}: {text:?} is not a font stack (font names separated by commas), ignored"
                    ));
                }
            }
        }
        let logo = [
            ("logo", config.get("logo")),
            ("avatar", config.get("avatar")),
            (
                "author: avatar",
                config.get("author").and_then(|a| a.get("avatar")),
            ),
        ]
        .into_iter()
        .find_map(|(name, v)| Some((name, as_text(v?)?)));
        if let Some((name, text)) = logo {
            look.logo = site_path_or_url(&text);
            if look.logo.is_none() {
                warnings.push(format!(
                    "{name}: {text:?} is neither a path under the site nor an http(s) URL, ignored"
                ));
            }
        }
        look
    }
}

/// An `http(s)` URL, or a path under the site (`/assets/logo.png`,
/// `images/me.jpg`): no scheme, no `..`, no `//` host.
pub fn site_path_or_url(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() || text.chars().any(|c| c.is_control()) {
        return None;
    }
    if web_url(text).is_some() {
        return Some(text.to_string());
    }
    let first = text.split('/').next().unwrap_or("");
    let path_ok = !text.starts_with("//")
        && !first.contains(':')
        && !text.contains('\\')
        && !text.split('/').any(|s| s == "..");
    path_ok.then(|| text.to_string())
}

/// An absolute `http://` or `https://` URL with a host and no spaces.
pub fn web_url(text: &str) -> Option<&str> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && !rest.starts_with('/')
        && !text.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then_some(text)
}

/// One link of the footer to the author elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// What the link says: the network's name, or minima 3's `title`.
    pub text: String,
    pub url: String,
}

/// The footer's contact keys, in minima's order (its `social.html`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Social {
    /// `email:` (minima 2.5) or `author: email:` (minima 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `*_username` keys and `mastodon:` entries, then `minima: social_links:`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<Profile>,
    /// `rss:`, minima's label for the feed link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rss: Option<String>,
}

/// minima 2.5's `*_username` keys, in its order: the network's name and
/// profile URL. `mastodon:` comes before Twitter, as in minima.
const NETWORKS: [(&str, &str, &str); 9] = [
    ("dribbble_username", "Dribbble", "https://dribbble.com/"),
    ("facebook_username", "Facebook", "https://www.facebook.com/"),
    (
        "flickr_username",
        "Flickr",
        "https://www.flickr.com/photos/",
    ),
    ("github_username", "GitHub", "https://github.com/"),
    ("instagram_username", "Instagram", "https://instagram.com/"),
    (
        "linkedin_username",
        "LinkedIn",
        "https://www.linkedin.com/in/",
    ),
    (
        "pinterest_username",
        "Pinterest",
        "https://www.pinterest.com/",
    ),
    ("twitter_username", "Twitter", "https://twitter.com/"),
    ("youtube_username", "YouTube", "https://youtube.com/"),
];

impl Social {
    pub fn is_empty(&self) -> bool {
        *self == Social::default()
    }

    pub fn read(config: &Value, warnings: &mut Vec<String>) -> Social {
        let mut social = Social::default();
        let email = match config.get("email").and_then(as_text) {
            Some(e) => Some(("email", e)),
            None => config
                .get("author")
                .and_then(|a| a.get("email"))
                .and_then(as_text)
                .map(|e| ("author: email", e)),
        };
        if let Some((name, email)) = email {
            let email = email.trim();
            let ok = email.contains('@')
                && !email
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>\"'?&:/".contains(c));
            if ok {
                social.email = Some(email.to_string());
            } else {
                warnings.push(format!(
                    "{name}: {email:?} is not an email address, ignored"
                ));
            }
        }
        let mut profiles = Vec::new();
        for (key, network, prefix) in NETWORKS {
            if key == "twitter_username" {
                read_mastodon(config.get("mastodon"), &mut profiles, warnings);
            }
            if let Some(user) = config.get(key).and_then(as_text) {
                let user = user.trim().trim_start_matches('@');
                if !user.is_empty() {
                    profiles.push(Profile {
                        text: network.into(),
                        url: format!("{prefix}{}", escape_segment(user)),
                    });
                }
            }
        }
        let links = config.get("minima").and_then(|m| m.get("social_links"));
        if let Some(Value::Sequence(links)) = links {
            for link in links {
                let url = link.get("url").and_then(as_text).unwrap_or_default();
                let Some(url) = web_url(&url).map(str::to_string) else {
                    warnings.push(format!(
                        "minima: social_links: {url:?} is not an http(s) URL, ignored"
                    ));
                    continue;
                };
                let text = ["title", "icon"]
                    .iter()
                    .find_map(|k| {
                        link.get(*k)
                            .and_then(as_text)
                            .filter(|t| !t.trim().is_empty())
                    })
                    .unwrap_or_else(|| url.clone());
                profiles.push(Profile { text, url });
            }
        }
        let mut seen: Vec<String> = Vec::new();
        profiles.retain(|p| {
            let new = !seen.contains(&p.url);
            seen.push(p.url.clone());
            new
        });
        social.profiles = profiles;
        social.rss = config
            .get("rss")
            .and_then(as_text)
            .filter(|r| !r.trim().is_empty());
        social
    }
}

/// minima 2.5's `mastodon: [{username, instance}]`; also one such mapping,
/// or profile URLs (`mastodon: https://mastodon.social/@me`).
fn read_mastodon(value: Option<&Value>, profiles: &mut Vec<Profile>, warnings: &mut Vec<String>) {
    let entries: Vec<&Value> = match value {
        None => return,
        Some(Value::Sequence(items)) => items.iter().collect(),
        Some(other) => vec![other],
    };
    let several = entries.len() > 1;
    for entry in entries {
        let found = match entry {
            Value::Mapping(_) => {
                let field = |k: &str| entry.get(k).and_then(as_text).unwrap_or_default();
                let user = field("username");
                let user = user.trim().trim_start_matches('@');
                let instance = field("instance").trim().to_ascii_lowercase();
                let host_ok = !instance.is_empty()
                    && instance
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
                (host_ok && !user.is_empty()).then(|| {
                    let text = if several {
                        format!("@{user}@{instance}")
                    } else {
                        "Mastodon".into()
                    };
                    (
                        text,
                        format!("https://{instance}/@{}", escape_segment(user)),
                    )
                })
            }
            other => as_text(other)
                .and_then(|u| web_url(&u).map(str::to_string))
                .map(|url| ("Mastodon".to_string(), url)),
        };
        match found {
            Some((text, url)) => profiles.push(Profile { text, url }),
            None => warnings.push(
                "mastodon: an entry with neither a username and an instance nor an http(s) URL, ignored"
                    .into(),
            ),
        }
    }
}

fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// CSS's colour names (CSS Color 4), sorted for a binary search.
const NAMED_COLOURS: [(&str, u32); 148] = [
    ("aliceblue", 0xf0f8ff),
    ("antiquewhite", 0xfaebd7),
    ("aqua", 0x00ffff),
    ("aquamarine", 0x7fffd4),
    ("azure", 0xf0ffff),
    ("beige", 0xf5f5dc),
    ("bisque", 0xffe4c4),
    ("black", 0x000000),
    ("blanchedalmond", 0xffebcd),
    ("blue", 0x0000ff),
    ("blueviolet", 0x8a2be2),
    ("brown", 0xa52a2a),
    ("burlywood", 0xdeb887),
    ("cadetblue", 0x5f9ea0),
    ("chartreuse", 0x7fff00),
    ("chocolate", 0xd2691e),
    ("coral", 0xff7f50),
    ("cornflowerblue", 0x6495ed),
    ("cornsilk", 0xfff8dc),
    ("crimson", 0xdc143c),
    ("cyan", 0x00ffff),
    ("darkblue", 0x00008b),
    ("darkcyan", 0x008b8b),
    ("darkgoldenrod", 0xb8860b),
    ("darkgray", 0xa9a9a9),
    ("darkgreen", 0x006400),
    ("darkgrey", 0xa9a9a9),
    ("darkkhaki", 0xbdb76b),
    ("darkmagenta", 0x8b008b),
    ("darkolivegreen", 0x556b2f),
    ("darkorange", 0xff8c00),
    ("darkorchid", 0x9932cc),
    ("darkred", 0x8b0000),
    ("darksalmon", 0xe9967a),
    ("darkseagreen", 0x8fbc8f),
    ("darkslateblue", 0x483d8b),
    ("darkslategray", 0x2f4f4f),
    ("darkslategrey", 0x2f4f4f),
    ("darkturquoise", 0x00ced1),
    ("darkviolet", 0x9400d3),
    ("deeppink", 0xff1493),
    ("deepskyblue", 0x00bfff),
    ("dimgray", 0x696969),
    ("dimgrey", 0x696969),
    ("dodgerblue", 0x1e90ff),
    ("firebrick", 0xb22222),
    ("floralwhite", 0xfffaf0),
    ("forestgreen", 0x228b22),
    ("fuchsia", 0xff00ff),
    ("gainsboro", 0xdcdcdc),
    ("ghostwhite", 0xf8f8ff),
    ("gold", 0xffd700),
    ("goldenrod", 0xdaa520),
    ("gray", 0x808080),
    ("green", 0x008000),
    ("greenyellow", 0xadff2f),
    ("grey", 0x808080),
    ("honeydew", 0xf0fff0),
    ("hotpink", 0xff69b4),
    ("indianred", 0xcd5c5c),
    ("indigo", 0x4b0082),
    ("ivory", 0xfffff0),
    ("khaki", 0xf0e68c),
    ("lavender", 0xe6e6fa),
    ("lavenderblush", 0xfff0f5),
    ("lawngreen", 0x7cfc00),
    ("lemonchiffon", 0xfffacd),
    ("lightblue", 0xadd8e6),
    ("lightcoral", 0xf08080),
    ("lightcyan", 0xe0ffff),
    ("lightgoldenrodyellow", 0xfafad2),
    ("lightgray", 0xd3d3d3),
    ("lightgreen", 0x90ee90),
    ("lightgrey", 0xd3d3d3),
    ("lightpink", 0xffb6c1),
    ("lightsalmon", 0xffa07a),
    ("lightseagreen", 0x20b2aa),
    ("lightskyblue", 0x87cefa),
    ("lightslategray", 0x778899),
    ("lightslategrey", 0x778899),
    ("lightsteelblue", 0xb0c4de),
    ("lightyellow", 0xffffe0),
    ("lime", 0x00ff00),
    ("limegreen", 0x32cd32),
    ("linen", 0xfaf0e6),
    ("magenta", 0xff00ff),
    ("maroon", 0x800000),
    ("mediumaquamarine", 0x66cdaa),
    ("mediumblue", 0x0000cd),
    ("mediumorchid", 0xba55d3),
    ("mediumpurple", 0x9370db),
    ("mediumseagreen", 0x3cb371),
    ("mediumslateblue", 0x7b68ee),
    ("mediumspringgreen", 0x00fa9a),
    ("mediumturquoise", 0x48d1cc),
    ("mediumvioletred", 0xc71585),
    ("midnightblue", 0x191970),
    ("mintcream", 0xf5fffa),
    ("mistyrose", 0xffe4e1),
    ("moccasin", 0xffe4b5),
    ("navajowhite", 0xffdead),
    ("navy", 0x000080),
    ("oldlace", 0xfdf5e6),
    ("olive", 0x808000),
    ("olivedrab", 0x6b8e23),
    ("orange", 0xffa500),
    ("orangered", 0xff4500),
    ("orchid", 0xda70d6),
    ("palegoldenrod", 0xeee8aa),
    ("palegreen", 0x98fb98),
    ("paleturquoise", 0xafeeee),
    ("palevioletred", 0xdb7093),
    ("papayawhip", 0xffefd5),
    ("peachpuff", 0xffdab9),
    ("peru", 0xcd853f),
    ("pink", 0xffc0cb),
    ("plum", 0xdda0dd),
    ("powderblue", 0xb0e0e6),
    ("purple", 0x800080),
    ("rebeccapurple", 0x663399),
    ("red", 0xff0000),
    ("rosybrown", 0xbc8f8f),
    ("royalblue", 0x4169e1),
    ("saddlebrown", 0x8b4513),
    ("salmon", 0xfa8072),
    ("sandybrown", 0xf4a460),
    ("seagreen", 0x2e8b57),
    ("seashell", 0xfff5ee),
    ("sienna", 0xa0522d),
    ("silver", 0xc0c0c0),
    ("skyblue", 0x87ceeb),
    ("slateblue", 0x6a5acd),
    ("slategray", 0x708090),
    ("slategrey", 0x708090),
    ("snow", 0xfffafa),
    ("springgreen", 0x00ff7f),
    ("steelblue", 0x4682b4),
    ("tan", 0xd2b48c),
    ("teal", 0x008080),
    ("thistle", 0xd8bfd8),
    ("tomato", 0xff6347),
    ("turquoise", 0x40e0d0),
    ("violet", 0xee82ee),
    ("wheat", 0xf5deb3),
    ("white", 0xffffff),
    ("whitesmoke", 0xf5f5f5),
    ("yellow", 0xffff00),
    ("yellowgreen", 0x9acd32),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn look(yaml: &str) -> (Look, Vec<String>) {
        let value: Value = serde_yaml_ng::from_str(yaml).unwrap();
        let mut warnings = Vec::new();
        (Look::read(&value, &mut warnings), warnings)
    }

    fn social(yaml: &str) -> (Social, Vec<String>) {
        let value: Value = serde_yaml_ng::from_str(yaml).unwrap();
        let mut warnings = Vec::new();
        (Social::read(&value, &mut warnings), warnings)
    }

    #[test]
    fn colours_in_every_form_an_author_writes() {
        let hex = |s: &str| Rgb::parse(s).map(Rgb::to_hex);
        assert_eq!(hex("#B5322D").as_deref(), Some("#b5322d"));
        assert_eq!(hex("#abc").as_deref(), Some("#aabbcc"));
        assert_eq!(hex("rgb(181, 50, 45)").as_deref(), Some("#b5322d"));
        assert_eq!(hex("rgb(100% 0% 0%)").as_deref(), Some("#ff0000"));
        assert_eq!(hex("hsl(120, 100%, 25%)").as_deref(), Some("#008000"));
        assert_eq!(hex("hsl(0deg 0% 100%)").as_deref(), Some("#ffffff"));
        assert_eq!(hex(" RebeccaPurple ").as_deref(), Some("#663399"));
        assert_eq!(hex("darkslategray").as_deref(), Some("#2f4f4f"));
        for bad in [
            "red; background: url(x)",
            "#12345",
            "#gggggg",
            "rgb(1, 2)",
            "rgb(1 2 3 / 50%)",
            "rgb(300, 0, 0)",
            "hsl(0, 50, 50)",
            "}body{display:none",
            "transparent",
            "var(--fg)",
            "",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb::from_hex("#b5322d"), Some(Rgb(0xb5, 0x32, 0x2d)));
        assert_eq!(Rgb::from_hex("#abc"), None);
    }

    #[test]
    fn contrast_is_wcags() {
        let black = Rgb(0, 0, 0);
        let white = Rgb(255, 255, 255);
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        // carnet's own accents pass on their backgrounds.
        assert!(Rgb(0x2a, 0x61, 0x53).worst_contrast(&LIGHT_BACKGROUNDS) >= AA);
        assert!(Rgb(0x86, 0xc9, 0xb4).worst_contrast(&DARK_BACKGROUNDS) >= AA);
    }

    #[test]
    fn a_light_accent_gets_a_dark_one_that_passes_aa() {
        for light in [
            "#b5322d", "#2a6153", "navy", "#000000", "#7d3490", "#ffcc00", "#888",
        ] {
            let dark = Rgb::parse(light).unwrap().dark_counterpart();
            assert!(
                dark.worst_contrast(&DARK_BACKGROUNDS) >= AA,
                "{light} gave {}",
                dark.to_hex()
            );
        }
        let (h, s, _) = Rgb(0xb5, 0x32, 0x2d).to_hsl();
        let (h2, s2, l2) = Rgb(0xb5, 0x32, 0x2d).dark_counterpart().to_hsl();
        assert!((h - h2).abs() < 3.0 && (s - s2).abs() < 0.05 && l2 > 0.5);
    }

    #[test]
    fn the_look_keys_are_validated_and_refusals_named() {
        let (ok, warnings) = look(
            "carnet:\n  accent: '#b5322d'\n  font: Georgia, 'Times New Roman', serif\n  heading_font: '\"Avenir Next\", system-ui'\nlogo: /assets/logo.svg\n",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(ok.accent.as_deref(), Some("#b5322d"));
        assert!(
            ok.accent_dark.is_some() && ok.accent_soft.is_some() && ok.accent_soft_dark.is_some()
        );
        assert_eq!(
            ok.font.as_deref(),
            Some("Georgia, \"Times New Roman\", serif")
        );
        assert_eq!(
            ok.heading_font.as_deref(),
            Some("\"Avenir Next\", system-ui")
        );
        assert_eq!(ok.logo.as_deref(), Some("/assets/logo.svg"));

        let (bad, warnings) = look(
            "carnet:\n  accent: 'red;}body{display:none'\n  accent_dark: '#333'\n  font: 'x; } * { color: red'\n  code_font: url(evil)\nlogo: 'javascript:alert(1)'\n",
        );
        assert_eq!(bad.accent, None);
        assert_eq!(bad.font, None);
        assert_eq!(bad.code_font, None);
        assert_eq!(bad.logo, None);
        // A dark accent that fails AA is used as given, with a warning.
        assert_eq!(bad.accent_dark.as_deref(), Some("#333333"));
        let said = warnings.join("\n");
        for key in [
            "carnet: accent:",
            "carnet: accent_dark:",
            "carnet: font:",
            "carnet: code_font:",
            "logo:",
        ] {
            assert!(said.contains(key), "{key} in {said}");
        }

        let (pale, warnings) =
            look("carnet: {accent: '#ffcc00'}\navatar: https://example.org/me.png\n");
        assert_eq!(pale.accent.as_deref(), Some("#ffcc00"));
        assert!(
            warnings[0].starts_with("carnet: accent: #ffcc00 has a contrast of"),
            "{warnings:?}"
        );
        assert_eq!(pale.logo.as_deref(), Some("https://example.org/me.png"));
        assert_eq!(
            look("author: {avatar: me.jpg}\n").0.logo.as_deref(),
            Some("me.jpg")
        );
        assert_eq!(look("logo: ../../etc/passwd\n").0.logo, None);
        assert!(look("title: x\n").0.is_empty());
    }

    #[test]
    fn font_stacks_are_rebuilt_from_names_only() {
        assert_eq!(
            font_stack("  Inter ,sans-serif").as_deref(),
            Some("Inter, sans-serif")
        );
        assert_eq!(
            font_stack("'Noto Serif JP', serif").as_deref(),
            Some("\"Noto Serif JP\", serif")
        );
        for bad in [
            "a;b",
            "\"a\\\"b\"",
            "x, ",
            "'",
            "a{b}",
            "1font",
            "a</style>",
        ] {
            assert_eq!(font_stack(bad), None, "{bad}");
        }
    }

    #[test]
    fn minimas_contact_keys_become_profiles_in_its_order() {
        let (s, warnings) = social(
            "author: {name: Ana, email: ana@example.org}\ngithub_username: ana<script>\ntwitter_username: '@ana'\nmastodon:\n  - {username: ana, instance: mastodon.social}\n  - {username: ana, instance: 'evil.example/x?'}\nrss: Abonnement\nminima:\n  social_links:\n    - {title: Codeberg, icon: codeberg, url: 'https://codeberg.org/ana'}\n    - {icon: gitlab, url: 'https://gitlab.com/ana'}\n    - {title: bad, url: 'javascript:alert(1)'}\n    - {title: GitHub again, url: 'https://github.com/ana%3Cscript%3E'}\n",
        );
        assert_eq!(s.email.as_deref(), Some("ana@example.org"));
        assert_eq!(s.rss.as_deref(), Some("Abonnement"));
        let got: Vec<(&str, &str)> = s
            .profiles
            .iter()
            .map(|p| (p.text.as_str(), p.url.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("GitHub", "https://github.com/ana%3Cscript%3E"),
                ("@ana@mastodon.social", "https://mastodon.social/@ana"),
                ("Twitter", "https://twitter.com/ana"),
                ("Codeberg", "https://codeberg.org/ana"),
                ("gitlab", "https://gitlab.com/ana"),
            ]
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        let (one, _) = social("mastodon: https://fosstodon.org/@me\nemail: 'x@y.z'\n");
        assert_eq!(one.profiles[0].text, "Mastodon");
        assert_eq!(one.email.as_deref(), Some("x@y.z"));
        let (bad, warnings) = social("email: 'javascript:alert(1)//@x'\n");
        assert_eq!(bad.email, None);
        assert!(warnings[0].starts_with("email:"));
    }
}
