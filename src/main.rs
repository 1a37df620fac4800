//! The WebAssembly entry Trunk builds: mounts the blog app. (It only runs in a
//! browser; natively it type-checks, for `cargo check` and clippy.)

fn main() {
    carnet_web::start();
}
