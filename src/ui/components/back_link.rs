//! The Back link above a page (GOV.UK back link), as a button: it acts, it does not navigate.

use leptos::prelude::*;

use crate::ui::i18n::fl;

/// # Accessibility
/// - A real `<button>`: reachable with Tab, activated with Enter or Space.
#[component]
pub fn BackLink(
    /// Called when activated.
    on_back: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="iw-back-link" on:click=move |_| on_back.run(())>
            {fl!("back-link")}
        </button>
    }
}
