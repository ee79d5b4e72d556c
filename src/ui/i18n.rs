//! Fluent messages: the loader, the crate-local `fl!` macro, the current language, and the
//! mapping from domain codes to message ids.

use std::collections::HashMap;
use std::sync::LazyLock;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use leptos::prelude::*;
use rust_embed::RustEmbed;

use crate::domain::locale::Language;

/// The `.ftl` files of every language, compiled into the wasm.
#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

/// The one message loader. `fl!` reads from it. It starts empty: `I18n::provide`, which runs
/// before anything is rendered, loads the first language (and the English fallback) once.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| fluent_language_loader!());

fn load(loader: &FluentLanguageLoader, language: Language) {
    if let Ok(id) = language.tag().parse::<unic_langid::LanguageIdentifier>() {
        // Fails only if a locale file is missing, which tests/it/locales.rs rules out.
        let _ = loader.load_languages(&Localizations, &[id]);
    }
    // Unicode isolation marks around placeables serve right-to-left scripts; we have none.
    loader.set_use_isolating(false);
}

/// A message by literal id, checked at compile time against `locales/en`.
macro_rules! fl {
    ($message_id:literal) => {{
        i18n_embed_fl::fl!($crate::ui::i18n::LOADER, $message_id)
    }};
    ($message_id:literal, $($args:expr),*) => {{
        i18n_embed_fl::fl!($crate::ui::i18n::LOADER, $message_id, $($args), *)
    }};
}
pub(crate) use fl;

/// A message whose id is built from domain data (`field-<id>-label` …). Such ids are checked
/// by the locale parity test, not by the compiler.
pub fn message(id: &str) -> String {
    LOADER.get(id)
}

/// A built id with arguments.
pub fn message_with(id: &str, args: &[(&str, String)]) -> String {
    let args: HashMap<&str, String> = args.iter().cloned().collect();
    LOADER.get_args(id, args)
}

/// Whether a built id exists (optional hints).
pub fn has(id: &str) -> bool {
    LOADER.has(id)
}

/// The current language, shared through context. Reading it subscribes a view to language
/// changes; the app re-renders its page when it changes.
#[derive(Clone, Copy)]
pub struct I18n {
    language: RwSignal<Language>,
}

impl I18n {
    pub fn provide(language: Language) -> I18n {
        load(&LOADER, language);
        let i18n = I18n {
            language: RwSignal::new(language),
        };
        provide_context(i18n);
        i18n
    }

    pub fn expect_context() -> I18n {
        expect_context::<I18n>()
    }

    pub fn language(self) -> Language {
        self.language.get()
    }

    pub fn set(self, language: Language) {
        if self.language.get_untracked() != language {
            load(&LOADER, language);
            self.language.set(language);
        }
    }
}
