//! What the host element shows when the municipality's settings are wrong: a translated
//! explanation for the visitor and the technical detail for the web editor.

use leptos::prelude::*;

use crate::domain::config::ConfigError;
use crate::domain::locale::Language;
use crate::domain::message_id;
use crate::platform;
use crate::platform::embed::HostElement;
use crate::ui::i18n::{I18n, fl, message_with};

/// The language of the explanation: the browser's (the settings that would choose are wrong).
pub fn language() -> Language {
    let preferred = platform::dom::preferred_languages();
    Language::initial(None, preferred.iter().map(String::as_str), None)
}

/// # Accessibility
/// - `role="alert"`, so the failure is announced even though focus stays where it was.
#[component]
pub fn ConfigErrorView(errors: Vec<ConfigError>, host: HostElement) -> impl IntoView {
    let language = language();
    I18n::provide(language);
    platform::dom::set_lang(&host, language.tag());
    let items = errors
        .into_iter()
        .map(|error| {
            let text = message_with(
                &message_id::config_error(error.code.code()),
                &[("key", error.key_or("data-config").to_owned())],
            );
            view! {
                <li>
                    {text}
                    {error
                        .detail
                        .map(|detail| {
                            view! {
                                " "
                                <code class="iw-code">{detail}</code>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="iw-app">
            <div class="iw-config-error" role="alert">
                <h2 class="iw-heading">{fl!("config-error-title")}</h2>
                <p class="iw-body">{fl!("config-error-body")}</p>
                <ul class="iw-list">{items}</ul>
            </div>
        </div>
    }
}
