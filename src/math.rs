//! Math in posts: kramdown writes it as `\[…\]` and `\(…\)`; `public/math.js`
//! typesets it with Temml, loaded only for a post that has math.

use crate::api;

/// Typesets the math of the article just shown (after it is in the page).
pub fn typeset() {
    leptos::prelude::request_animation_frame(|| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // A new script element runs again each time: one typesetting per article shown.
        let Ok(script) = document.create_element("script") else {
            return;
        };
        let _ = script.set_attribute("src", &api::page("/math.js"));
        if let Some(head) = document.head() {
            let _ = head.append_child(&script);
        }
    });
}
