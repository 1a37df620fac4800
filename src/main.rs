//! The WebAssembly entry Trunk builds: mounts the blog app.

#[cfg(target_arch = "wasm32")]
fn main() {
    carnet::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("carnet-web is the browser app: build it with `trunk build` or `make serve`");
}
