//! The indexer Web Worker (protocol in `carnet_core::index::protocol`): answers
//! the app's requests, one JSON text each, prefixed by the request's number and
//! a newline. (It only runs in a browser; natively it type-checks.)

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(message) = event.data().as_string() else {
            return;
        };
        let (id, request) = message.split_once('\n').unwrap_or(("", &message));
        let answer = carnet_core::index::protocol::answer_json(request);
        let _ = replies.post_message(&format!("{id}\n{answer}").into());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrive before a handler is set are lost: the app waits for this.
    let _ = scope.post_message(&"ready".into());
}
