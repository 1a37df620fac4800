//! The first-paint module (`carnet_web::first_paint`): draws the page a visit
//! opens before the app has downloaded, then says so with a `carnet-first-paint`
//! event on `window`, which `early.js` waits for before it starts the app.
//! (It only runs in a browser; natively it type-checks.)

fn main() {
    carnet_web::http::hand_to_app();
    wasm_bindgen_futures::spawn_local(async {
        let drawn = carnet_web::first_paint::draw().await;
        if let Some(window) = web_sys::window() {
            let name = if drawn {
                "carnet-first-paint"
            } else {
                "carnet-no-first-paint"
            };
            if let Ok(event) = web_sys::Event::new(name) {
                let _ = window.dispatch_event(&event);
            }
        }
    });
}
