//! The site's own colours and fonts as CSS: the custom properties of
//! style/main.css (`--accent`, `--accent-soft`, `--serif`, `--sans`,
//! `--mono`) set from `_config.yml`'s look keys (`config::look`), with the
//! same selectors as main.css so they win over its values and lose to the
//! author's `custom.css`, which comes after. `carnet build` writes them to
//! the deploy folder's site style sheet; the app inserts the same rules
//! through the CSSOM where no build wrote them (`trunk serve`). Only
//! validated values get in: colours as `#rrggbb`, fonts rebuilt from names.

use crate::config::look::{font_stack, Rgb};
use crate::config::SiteConfig;

/// main.css's selectors for the dark theme: the system's choice unless the
/// reader picked light, and the reader's pick.
const DARK_BY_SYSTEM: &str =
    "@media (prefers-color-scheme: dark) { :root:not([data-theme=\"light\"]) {";
const DARK_BY_CHOICE: &str = ":root[data-theme=\"dark\"] {";

/// The rules, one CSS rule a string (as `CSSStyleSheet.insertRule` takes
/// them); none for a site without look keys.
pub fn site_css_rules(site: &SiteConfig) -> Vec<String> {
    let look = &site.look;
    let colour = |name: &str, value: &Option<String>| -> Option<String> {
        let rgb = Rgb::from_hex(value.as_deref()?)?;
        Some(format!(" {name}: {};", rgb.to_hex()))
    };
    let font = |name: &str, value: &Option<String>| -> Option<String> {
        Some(format!(" {name}: {};", font_stack(value.as_deref()?)?))
    };
    let light: String = [
        colour("--accent", &look.accent),
        colour("--accent-soft", &look.accent_soft),
        font("--serif", &look.font),
        font("--sans", &look.heading_font),
        font("--mono", &look.code_font),
    ]
    .into_iter()
    .flatten()
    .collect();
    let dark: String = [
        colour("--accent", &look.accent_dark),
        colour("--accent-soft", &look.accent_soft_dark),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut rules = Vec::new();
    if !light.is_empty() {
        rules.push(format!(":root {{{light} }}"));
    }
    if !dark.is_empty() {
        rules.push(format!("{DARK_BY_SYSTEM}{dark} }} }}"));
        rules.push(format!("{DARK_BY_CHOICE}{dark} }}"));
    }
    rules
}

/// The rules as a style sheet, `None` when there are none.
pub fn site_css(site: &SiteConfig) -> Option<String> {
    let rules = site_css_rules(site);
    if rules.is_empty() {
        return None;
    }
    Some(format!(
        "/* The site's look from _config.yml (carnet: accent, accent_dark, font, heading_font, code_font). */\n{}\n",
        rules.join("\n")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_without_look_keys_has_no_rules() {
        assert!(site_css(&SiteConfig::default()).is_none());
    }

    #[test]
    fn the_accent_and_fonts_become_main_css_properties_for_both_themes() {
        let site = SiteConfig::from_yaml("carnet:\n  accent: '#b5322d'\n  font: Charter, serif\n")
            .unwrap();
        let rules = site_css_rules(&site);
        assert_eq!(rules.len(), 3, "{rules:?}");
        assert!(rules[0].starts_with(":root { --accent: #b5322d; --accent-soft: #"));
        assert!(rules[0].ends_with("--serif: Charter, serif; }"));
        assert!(rules[1].starts_with(
            "@media (prefers-color-scheme: dark) { :root:not([data-theme=\"light\"]) { --accent: #"
        ));
        assert!(rules[2].starts_with(":root[data-theme=\"dark\"] { --accent: #"));
        assert!(!rules[1].contains("b5322d"));
    }

    #[test]
    fn values_that_are_not_validated_never_reach_the_sheet() {
        // An index written by hand (or an old carnet) could carry anything.
        let mut site = SiteConfig::default();
        site.look.accent = Some("red; } body { display: none".into());
        site.look.accent_dark = Some("#123456".into());
        site.look.font = Some("x; } * { color: red }".into());
        let css = site_css(&site).unwrap();
        assert!(
            !css.contains("display") && !css.contains("color: red"),
            "{css}"
        );
        assert!(css.contains("--accent: #123456;"));
    }

    #[test]
    fn main_css_backgrounds_are_the_ones_contrast_is_measured_on() {
        use crate::config::look::{DARK_BACKGROUNDS, LIGHT_BACKGROUNDS};
        let css = include_str!("../../../../style/main.css");
        let [bg, surface] = LIGHT_BACKGROUNDS.map(Rgb::to_hex);
        assert!(
            css.contains(&format!("--bg: {bg};"))
                && css.contains(&format!("--surface: {surface};"))
        );
        let [bg, surface] = DARK_BACKGROUNDS.map(Rgb::to_hex);
        assert!(css.contains(&format!("--bg: {bg}; --surface: {surface};")));
    }
}
