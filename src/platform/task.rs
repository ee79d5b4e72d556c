//! Running async work (settings fetch) before Leptos is mounted and has its own executor.

/// Runs a future on the browser's event loop.
pub fn spawn(future: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(future);
}
