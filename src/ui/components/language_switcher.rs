//! Svenska · Dansk · English, switchable at any time without losing answers.

use leptos::prelude::*;

use crate::domain::locale::Language;
use crate::domain::message_id;
use crate::ui::i18n::{I18n, fl, message};
use crate::ui::wizard_ctx::WizardCtx;

/// # Accessibility
/// - A `<nav>` landmark named "Språk"/"Sprog"/"Language"; each choice is a button labelled in
///   its own language (with its own `lang`), the current one marked `aria-current="true"`.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = I18n::expect_context();
    let ctx = WizardCtx::expect_context();
    let current = i18n.language();
    let items = Language::ALL
        .into_iter()
        .map(|language| {
            let is_current = language == current;
            view! {
                <li class="iw-language-switcher__item">
                    <button
                        type="button"
                        class="iw-language-switcher__button"
                        id=format!("iw-language-{}", language.tag())
                        lang=language.tag()
                        aria-current=is_current.then_some("true")
                        on:click=move |_| {
                            i18n.set(language);
                            // The page re-renders in the new language; keep focus on the switcher.
                            ctx.focus_after_render(&format!("iw-language-{}", language.tag()));
                        }
                    >
                        {message(&message_id::language_name(language))}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="iw-language-switcher" aria-label=fl!("language-switcher-label")>
            <ul class="iw-language-switcher__list">{items}</ul>
        </nav>
    }
}
