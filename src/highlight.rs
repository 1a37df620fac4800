//! Code in posts, coloured in the page: `public/highlight.js` (highlight.js
//! under Rouge's class names, the same script `carnet build` runs) is loaded
//! only when a page has code to colour, and each grammar only when a block
//! needs it. The page shows the code as text at once; the colours are spans
//! added around the same text, so nothing moves when they arrive.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::api;

/// The `code` elements of the blocks the highlighter colours (`carnet build`'s
/// and the app's markup alike); with line numbers the code is in a table inside.
pub const CODE_BLOCKS: &str =
    ".highlighter-rouge pre.highlight > code, figure.highlight > pre > code";

/// The id of the script element, so it is added once per page life.
const SCRIPT_ID: &str = "carnet-highlight";

/// Whether a page's markup has a block for the highlighter (Jekyll's wrapper
/// of fenced code, or the figure of a `{% highlight %}` tag).
pub fn has_code(html: &str) -> bool {
    html.contains(" highlighter-rouge\"") || html.contains("<figure class=\"highlight\">")
}

/// Starts fetching the highlighter and the grammars of `languages` (read from
/// the index) while the post itself downloads.
pub fn preload(languages: &[String]) {
    if languages.is_empty() || prerendered() {
        return;
    }
    let list: Array = languages.iter().map(|l| JsValue::from_str(l)).collect();
    with_highlighter(move |highlighter| call(&highlighter, "preload", &list));
}

/// Colours the code blocks of the page just shown, once it is in the document.
pub fn colour() {
    leptos::prelude::request_animation_frame(|| {
        if prerendered() || !has_plain_code() {
            return;
        }
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("#app main").ok().flatten());
        if let Some(root) = root {
            with_highlighter(move |highlighter| call(&highlighter, "page", &root));
        }
    });
}

/// A page `carnet build` prerendered (the first-paint module's copy has no colours).
pub const BUILT_COPY: &str = "#prerendered:not([data-first-paint])";

/// Whether the app is still behind a prerendered page: `carnet build` coloured
/// its code, and the takeover hands those colours to the app's page, so the
/// highlighter is not downloaded for it.
fn prerendered() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(BUILT_COPY).ok().flatten())
        .is_some()
}

/// Whether a code block of the page shown has no colours yet (a page taken
/// over has the prerendered ones).
fn has_plain_code() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(codes) = document.query_selector_all(&format!("#app main :is({CODE_BLOCKS})")) else {
        return false;
    };
    (0..codes.length())
        .filter_map(|i| codes.item(i)?.dyn_into::<web_sys::Element>().ok())
        .any(|code| {
            // With line numbers the code is the table's second cell.
            let cell = code
                .query_selector("table.rouge-table td.code > pre")
                .ok()
                .flatten();
            cell.unwrap_or(code).first_element_child().is_none()
        })
}

/// Runs `then` with `window.carnetHighlight`, adding its script first if the
/// page does not have it yet (or once it has loaded, if it is on its way).
fn with_highlighter(then: impl FnOnce(JsValue) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let global = Reflect::get(&window, &"carnetHighlight".into()).unwrap_or(JsValue::UNDEFINED);
    if !global.is_undefined() {
        return then(global);
    }
    let Some(document) = window.document() else {
        return;
    };
    let script = match document.get_element_by_id(SCRIPT_ID) {
        Some(script) => script,
        None => {
            let Ok(script) = document.create_element("script") else {
                return;
            };
            script.set_id(SCRIPT_ID);
            let _ = script.set_attribute("src", &api::page("/highlight.js"));
            if let Some(head) = document.head() {
                let _ = head.append_child(&script);
            }
            script
        }
    };
    let on_load = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            if let Ok(global) = Reflect::get(&window, &"carnetHighlight".into()) {
                then(global);
            }
        }
    });
    let _ = script.add_event_listener_with_callback("load", on_load.unchecked_ref());
}

/// Calls `carnetHighlight[name](arg)`; a missing or failing function leaves
/// the code as text, which is what a reader sees without colours anyway.
fn call(highlighter: &JsValue, name: &str, arg: &JsValue) {
    if let Ok(function) = Reflect::get(highlighter, &name.into()) {
        if let Some(function) = function.dyn_ref::<Function>() {
            let _ = function.call1(highlighter, arg);
        }
    }
}
