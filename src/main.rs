//! The wasm entry point that Trunk builds: starts a wizard in every `[data-intake-wizard]`.

fn main() {
    console_error_panic_hook::set_once();
    intake_wizard::ui::start();
}
