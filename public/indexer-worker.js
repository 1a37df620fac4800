// The indexer Web Worker's entry (see src/indexer.rs): loads the
// wasm-bindgen glue and the module Trunk built for `carnet-indexer`.
importScripts('./carnet-indexer.js');
wasm_bindgen({ module_or_path: './carnet-indexer_bg.wasm' });
