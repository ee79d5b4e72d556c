//! Fluent messages: one bundle per language, the crate-local `fl!` macro, the current language, and the
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
//! parsed into a Fluent bundle of its own, which is kept for the rest of the visit. There is no fallback language at run time: a
//! missing message would show its id, and `tests/it/locales.rs` makes sure every locale has
//! every message. `fl!` still checks ids and arguments at compile time against `locales/en`
//! (`i18n.toml`).

use std::sync::{LazyLock, OnceLock};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use i18n_embed::fluent::FluentLanguageLoader;
use leptos::prelude::*;

use crate::domain::locale::Language;
use crate::platform;

/// The Fluent domain: the file name of every locale (`<domain>.ftl`).
const DOMAIN: &str = "intake_wizard";

/// One language's parsed messages.
type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, filled when its file has arrived. At run time messages are
/// formatted by Fluent's own bundle: i18n-embed's loader (language negotiation, its asset
/// loading, a swappable bundle list) measured 5.3 KB brotli in the wasm for a wizard that
/// loads exactly one file per language (README "Size and speed").
static BUNDLES: [OnceLock<Bundle>; Language::ALL.len()] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new()];
/// What `fl!` checks its ids and arguments against at compile time (i18n-embed-fl, from
/// `locales/en`): named in a branch that never runs, so none of it is in the wasm.
static CHECKED: LazyLock<FluentLanguageLoader> =
    LazyLock::new(|| FluentLanguageLoader::new(DOMAIN, unic_langid::LanguageIdentifier::default()));
/// Where the locale files are served: the folder of `loader.js` (set by `start`).
static BASE: OnceLock<String> = OnceLock::new();

fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|known| *known == language)
        .unwrap_or_default()
}

/// The loader `fl!` is checked against (never called at run time).
pub fn checked() -> &'static FluentLanguageLoader {
    &CHECKED
}

/// The bundle messages come from: the language of the wizard whose code is running (none
/// outside a wizard: every message then shows its id, which the tests would see).
fn bundle() -> Option<&'static Bundle> {
    use_context::<I18n>().and_then(|i18n| BUNDLES[index(i18n.language.get_untracked())].get())
}

/// Message `id` with `args`, or its id when there is no such message. Never inlined: every
/// message goes through it.
#[inline(never)]
fn format(id: &str, args: Option<&FluentArgs>) -> String {
    let found = bundle().and_then(|bundle| {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    });
    found.unwrap_or_else(|| id.to_owned())
}

/// Parses a language's messages and keeps them for the rest of the visit (the first text
/// given for a language wins). Public so that the browser tests can load the files they
/// compile in.
pub fn insert(language: Language, ftl: &str) {
    let slot = &BUNDLES[index(language)];
    if slot.get().is_some() {
        return;
    }
    // Built from its parts, not parsed: a parse brings a variant sort into the wasm.
    let Ok(subtag) = unic_langid::subtags::Language::from_bytes(language.tag().as_bytes()) else {
        return;
    };
    let id = unic_langid::LanguageIdentifier::from_parts(subtag, None, None, &[]);
    // A message Fluent cannot parse is left out, the others kept (`tests/it/locales.rs`
    // parses every file, so this does not happen in a release).
    let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Unicode isolation marks around placeables serve right-to-left scripts; we have none.
    bundle.set_use_isolating(false);
    if bundle.add_resource(resource).is_ok() {
        let _ = slot.set(bundle);
    }
}

/// Whether a language's messages have arrived.
pub fn is_loaded(language: Language) -> bool {
    BUNDLES[index(language)].get().is_some()
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
        // i18n-embed-fl's `fl!` checks the id at compile time, here in a branch that is never
        // taken; at run time the message comes from Fluent's bundle (`message`).
        if false {
            let _ = i18n_embed_fl::fl!($crate::ui::i18n::checked(), $message_id);
        }
        $crate::ui::i18n::message($message_id)
    }};
    ($message_id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        // The id and the argument names are checked the same way; at run time the arguments
        // go to Fluent as its own sorted list (`message_args`), not through a hash map built
        // at every call.
        if false {
            let _ = i18n_embed_fl::fl!($crate::ui::i18n::checked(), $message_id, $($name = ""),+);
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
    format(id, None)
}

/// A built id with arguments.
pub fn message_with(id: &str, args: &[(&str, String)]) -> String {
    // Fluent's own argument list (a sorted vector), not a hash map of another type than
    // `fl!`'s: each map instance adds its hashing and growth code to the wasm.
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.as_str());
    }
    format(id, Some(&fluent_args))
}

/// A message with arguments (what `fl!` with arguments runs): one function for every call, the
/// same list `fl!`'s hash map would have become.
pub fn message_args(id: &str, args: Vec<(&'static str, FluentValue<'_>)>) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(name, value);
    }
    format(id, Some(&fluent_args))
}

/// Whether a built id exists (optional hints).
pub fn has(id: &str) -> bool {
    bundle().is_some_and(|bundle| bundle.has_message(id))
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
