//! Taking over a prerendered page. A deploy build serves every route as HTML
//! with the real content in `#prerendered`; the app renders into a hidden
//! `#app` and swaps itself in once its page has its heading, so the reader
//! sees no blank and no jump. On a host without prerendered pages the
//! first-paint module (`first_paint`) may have drawn such a copy; it is taken
//! over alike. Otherwise there is nothing to swap.

use std::time::Duration;

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;

/// Gives up waiting after this many checks (25 ms apart): the app shows anyway.
const MAX_CHECKS: u32 = 200;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element the app mounts into: `#app`, created at the end of `<body>` if missing.
pub fn app_root() -> web_sys::HtmlElement {
    let document = document().expect("the app runs in a page");
    let existing = document.get_element_by_id("app");
    let root = existing.unwrap_or_else(|| {
        let div = document
            .create_element("div")
            .expect("creating a div cannot fail");
        div.set_id("app");
        if let Some(body) = document.body() {
            let _ = body.append_child(&div);
        }
        div
    });
    root.dyn_into().expect("#app is an HTML element")
}

/// The `<main>` of the page `carnet build` prerendered, if it is the page
/// whose canonical address is `canonical`: the app's own markup of that page
/// (the same `pages::Markup`), its code coloured. Gone once taken over.
pub fn built_main(canonical: &str) -> Option<String> {
    let document = document()?;
    let link = document
        .query_selector("link[rel=\"canonical\"][data-prerendered]")
        .ok()??;
    if link.get_attribute("href")? != canonical {
        return None;
    }
    let selector = format!("{} main", crate::highlight::BUILT_COPY);
    Some(document.query_selector(&selector).ok()??.inner_html())
}

/// Swaps the prerendered content for the app as soon as the app's page is ready.
pub fn take_over(checks: u32) {
    if !swap_if_ready(checks >= MAX_CHECKS) {
        set_timeout(move || take_over(checks + 1), Duration::from_millis(25));
    }
}

/// Checks again once the task that shows a page has put it in the document,
/// rather than at the next of `take_over`'s checks.
pub fn check_soon() {
    leptos::prelude::queue_microtask(|| {
        swap_if_ready(false);
    });
}

/// Swaps the prerendered content for the app if the app's page has its
/// heading (or `anyway`); whether there is nothing left to swap.
fn swap_if_ready(anyway: bool) -> bool {
    let Some(document) = document() else {
        return true;
    };
    let Some(prerendered) = document.get_element_by_id("prerendered") else {
        return true;
    };
    let ready = document
        .query_selector("#app main h1")
        .ok()
        .flatten()
        .is_some();
    if !(ready || anyway) {
        return false;
    }
    keep_colours(&prerendered, &document);
    prerendered.remove();
    crate::head::remove(&document, "head [data-prerendered]");
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.remove_attribute("hidden");
    }
    true
}

/// The code blocks `carnet build` coloured: the app's page has the same code
/// as text until its highlighter runs, so it takes the colours over rather
/// than showing the code plain for a moment.
fn keep_colours(prerendered: &web_sys::Element, document: &web_sys::Document) {
    use crate::highlight::{BUILT_COPY, CODE_BLOCKS};
    if !prerendered.matches(BUILT_COPY).unwrap_or(false) {
        return;
    }
    let (Ok(from), Ok(to)) = (
        prerendered.query_selector_all(CODE_BLOCKS),
        document.query_selector_all(&format!("#app main :is({CODE_BLOCKS})")),
    ) else {
        return;
    };
    for i in 0..from.length().min(to.length()) {
        let (Some(from), Some(to)) = (from.item(i), to.item(i)) else {
            continue;
        };
        let (Ok(from), Ok(to)) = (
            from.dyn_into::<web_sys::Element>(),
            to.dyn_into::<web_sys::Element>(),
        ) else {
            continue;
        };
        // An article taken as prerendered has the colours already: setting
        // the same markup again would only parse and lay the block out again.
        let coloured = from.inner_html();
        if from.text_content() == to.text_content() && to.inner_html() != coloured {
            to.set_inner_html(&coloured);
        }
    }
}
