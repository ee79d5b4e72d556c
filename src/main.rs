//! The wasm entry point that Trunk builds: starts a wizard in every `[data-intake-wizard]`.

fn main() {
    // Debug builds print a panic's message; the shipped build has none to print (script/build).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    intake_wizard::ui::start();
}
