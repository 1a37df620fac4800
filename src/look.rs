//! The site's colours and fonts from `_config.yml` where no build wrote
//! them into the page (`trunk serve`, the app without prerendered pages):
//! the core's rules (`pages::look`) inserted through the CSSOM, which the
//! Content Security Policy allows where a `<style>` element is refused, at
//! the top of the site style sheet (`#site-style`, the author's
//! `custom.css`), so they override main.css and the author's own rules
//! still override them. A deploy build marks its sheet `data-built`: the
//! values are in it already.

use carnet_core::config::SiteConfig;
use carnet_core::pages::look::site_css_rules;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub fn apply(site: &SiteConfig) {
    let rules = site_css_rules(site);
    if rules.is_empty() {
        return;
    }
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("site-style"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlLinkElement>().ok());
    let Some(link) = link else {
        return;
    };
    if link.has_attribute("data-built") {
        return;
    }
    if insert(&link, &rules) {
        return;
    }
    // Not loaded yet: once it is.
    let target = link.clone();
    let on_load = Closure::once_into_js(move || {
        insert(&target, &rules);
    });
    let _ = link.add_event_listener_with_callback("load", on_load.unchecked_ref());
}

/// Inserts `rules` at the top of the link's sheet, in order; false when the
/// sheet is not there yet.
fn insert(link: &web_sys::HtmlLinkElement, rules: &[String]) -> bool {
    let sheet = link
        .sheet()
        .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok());
    let Some(sheet) = sheet else {
        return false;
    };
    for (i, rule) in rules.iter().enumerate() {
        let _ = sheet.insert_rule_with_index(rule, i as u32);
    }
    true
}
