//! Fluent messages: the loaders, the crate-local `fl!` macro, the current language, and the
//! mapping from domain codes to message ids.
//!
//! Each wizard on a page has a language of its own (`I18n`, in its Leptos context); the
//! parsed messages of a language are shared by all of them. `fl!` reads the language of the
//! wizard whose code is running, so it must run under that wizard's reactive owner: in its
//! views, event handlers and effects, or in a closure that carries the owner along
//! (`wizard_ctx::after_paint`).
//!
//! Only the language in use is shipped to the browser: its `.ftl` file is fetched at run time
//! (`locales/<lang>.ftl.txt` next to `loader.js`, written by `script/trunk-post-build`) and
//! parsed into a loader of its own, which is kept for the rest of the visit. There is no fallback language at run time: a
//! missing message would show its id, and `tests/it/locales.rs` makes sure every locale has
//! every message. `fl!` still checks ids and arguments at compile time against `locales/en`
//! (`i18n.toml`).

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use leptos::prelude::*;

use crate::domain::locale::Language;
use crate::platform;

/// The Fluent domain: the file name of every locale (`<domain>.ftl`).
const DOMAIN: &str = "intake_wizard";

/// One loader per language, filled when its file has arrived.
static LOADERS: [OnceLock<FluentLanguageLoader>; Language::ALL.len()] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new()];
/// What `fl!` reads before any language has arrived (every message shows its id).
static EMPTY: LazyLock<FluentLanguageLoader> =
    LazyLock::new(|| FluentLanguageLoader::new(DOMAIN, unic_langid::LanguageIdentifier::default()));
/// Where the locale files are served: the folder of `loader.js` (set by `start`).
static BASE: OnceLock<String> = OnceLock::new();

fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|known| *known == language)
        .unwrap_or_default()
}

/// The loader `fl!` reads from: the language of the wizard whose code is running (none
/// outside a wizard: every message then shows its id, which the tests would see). Never
/// inlined: `fl!` calls it at every message, and the context lookup is not small.
#[inline(never)]
pub fn loader() -> &'static FluentLanguageLoader {
    use_context::<I18n>()
        .and_then(|i18n| LOADERS[index(i18n.language.get_untracked())].get())
        .unwrap_or(&EMPTY)
}

/// One `.ftl` text, offered to i18n-embed as the only file of its language.
struct Ftl<'a> {
    path: String,
    text: &'a str,
}

impl I18nAssets for Ftl<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        if file_path == self.path {
            vec![Cow::Borrowed(self.text.as_bytes())]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(std::iter::once(self.path.clone()))
    }
}

/// Parses a language's messages and keeps them for the rest of the visit (the first text
/// given for a language wins). Public so that the browser tests can load the files they
/// compile in.
pub fn insert(language: Language, ftl: &str) {
    let slot = &LOADERS[index(language)];
    if slot.get().is_some() {
        return;
    }
    // Built from its parts, not parsed: a parse brings a variant sort into the wasm.
    let Ok(subtag) = unic_langid::subtags::Language::from_bytes(language.tag().as_bytes()) else {
        return;
    };
    let id = unic_langid::LanguageIdentifier::from_parts(subtag, None, None, &[]);
    // The language is its own fallback: nothing else is loaded.
    let loader = FluentLanguageLoader::new(DOMAIN, id.clone());
    let assets = Ftl {
        path: format!("{}/{DOMAIN}.ftl", language.tag()),
        text: ftl,
    };
    if loader.load_languages(&assets, &[id]).is_ok() {
        // Unicode isolation marks around placeables serve right-to-left scripts; we have none.
        loader.set_use_isolating(false);
        let _ = slot.set(loader);
    }
}

/// Whether a language's messages have arrived.
pub fn is_loaded(language: Language) -> bool {
    LOADERS[index(language)].get().is_some()
}

/// Sets the folder the locale files are fetched from (`""`: relative to the page).
pub fn set_base(base: String) {
    let _ = BASE.set(base);
}

fn url(language: Language) -> String {
    let base = BASE.get().map(String::as_str).unwrap_or_default();
    format!("{base}locales/{}.ftl.txt", language.tag())
}

/// Starts fetching a language's messages at once (unless they are here already); the future
/// resolves when they are loaded, or failed to load.
pub fn fetch(language: Language) -> impl Future<Output = ()> + use<> {
    let pending = (!is_loaded(language)).then(|| platform::fetch::text(&url(language)));
    async move {
        if let Some(pending) = pending {
            match pending.await {
                Ok(text) => insert(language, &text),
                Err(error) => leptos::logging::error!("intake wizard: {error}"),
            }
        }
    }
}

/// A message by literal id, checked at compile time against `locales/en`.
macro_rules! fl {
    ($message_id:literal) => {{
        i18n_embed_fl::fl!($crate::ui::i18n::loader(), $message_id)
    }};
    ($message_id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        // i18n-embed-fl's `fl!` checks the id and the argument names at compile time, here in
        // a branch that is never taken: at run time the arguments go to Fluent as its own
        // sorted list (`message_args`), not through a hash map built at every call.
        if false {
            let _ = i18n_embed_fl::fl!($crate::ui::i18n::loader(), $message_id, $($name = ""),+);
        }
        $crate::ui::i18n::message_args(
            $message_id,
            vec![$((stringify!($name), $value.into())),+],
        )
    }};
}
pub(crate) use fl;

/// A message whose id is built from domain data (`field-<id>-label` …). Such ids are checked
/// by the locale parity test, not by the compiler.
pub fn message(id: &str) -> String {
    loader().get(id)
}

/// A built id with arguments.
pub fn message_with(id: &str, args: &[(&str, String)]) -> String {
    // Fluent's own argument list (a sorted vector), not a hash map of another type than
    // `fl!`'s: each map instance adds its hashing and growth code to the wasm.
    let mut fluent_args = fluent::FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.as_str());
    }
    loader().get_args_fluent(id, Some(&fluent_args))
}

/// A message with arguments (what `fl!` with arguments runs): one function for every call, the
/// same list `fl!`'s hash map would have become.
pub fn message_args(id: &str, args: Vec<(&'static str, fluent::FluentValue<'_>)>) -> String {
    let mut fluent_args = fluent::FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(name, value);
    }
    loader().get_args_fluent(id, Some(&fluent_args))
}

/// Whether a built id exists (optional hints).
pub fn has(id: &str) -> bool {
    loader().has(id)
}

/// One wizard's language, shared through its context. Reading it subscribes a view to
/// language changes; the app re-renders its page when it changes.
#[derive(Clone, Copy)]
pub struct I18n {
    language: RwSignal<Language>,
    /// The language last asked for (a switch waiting for its file may be overtaken).
    wanted: StoredValue<Language>,
}

impl I18n {
    /// Makes `language` this wizard's. Its messages should have arrived (see `fetch`); until
    /// they do, messages show their ids.
    pub fn provide(language: Language) -> I18n {
        let i18n = I18n {
            language: RwSignal::new(language),
            wanted: StoredValue::new(language),
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

    /// Switches language: at once if its messages are here, else once they have arrived
    /// (the page stays in the current language meanwhile).
    pub fn set(self, language: Language) {
        self.wanted.set_value(language);
        if self.language.get_untracked() == language {
            return;
        }
        let switch = move || self.language.set(language);
        if is_loaded(language) {
            switch();
        } else {
            let arrived = fetch(language);
            leptos::task::spawn_local(async move {
                arrived.await;
                if is_loaded(language) && self.wanted.get_value() == language {
                    switch();
                }
            });
        }
    }
}
