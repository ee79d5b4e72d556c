//! The mounted wizard in a real browser: mount, type, click, focus, language switch.

use intake_wizard::domain::config::{Config, ConfigError, ConfigErrorCode, Contact};
use intake_wizard::domain::contact::{EmailError, NameError, PhoneError, PostalCodeError};
use intake_wizard::domain::locale::{Country, Language};
use intake_wizard::domain::person_id::IdError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Document, HtmlElement, HtmlInputElement};

fn document() -> Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

/// Lets Leptos's effects and the focus moves (next animation frame) run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = JsFuture::from(promise).await;
}

fn config(country: Option<Country>, language: Language) -> Config {
    Config {
        municipality: "Exempelby kommun".into(),
        country,
        default_language: Some(language),
        endpoint: "/api/submissions".into(),
        contact: Contact {
            phone: "070-174 06 50".into(),
            email: None,
            web: None,
        },
    }
}

/// The messages of every language, compiled into the test (the app fetches them at run time).
fn load_locales() {
    use intake_wizard::ui::i18n::insert;
    insert(
        Language::Sv,
        include_str!("../../locales/sv/intake_wizard.ftl"),
    );
    insert(
        Language::Da,
        include_str!("../../locales/da/intake_wizard.ftl"),
    );
    insert(
        Language::En,
        include_str!("../../locales/en/intake_wizard.ftl"),
    );
}

/// A fresh host element in the page, removed again when the test ends.
struct Host(HtmlElement);

impl Host {
    fn new() -> Host {
        load_locales();
        let host: HtmlElement = document()
            .create_element("div")
            .expect("div")
            .unchecked_into();
        host.set_attribute("data-intake-wizard", "")
            .expect("attribute");
        document()
            .body()
            .expect("body")
            .append_child(&host)
            .expect("append");
        Host(host)
    }

    fn element(&self, selector: &str) -> HtmlElement {
        self.0
            .query_selector(selector)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no {selector} in {}", self.0.inner_html()))
            .unchecked_into()
    }

    fn text(&self, selector: &str) -> String {
        self.element(selector).text_content().unwrap_or_default()
    }

    fn click(&self, selector: &str) {
        self.element(selector).click();
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.0.remove();
    }
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|element| element.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_first_page_asks_for_the_country_in_the_configured_language() {
    let host = Host::new();
    intake_wizard::ui::mount(host.0.clone(), config(None, Language::Sv));
    settle().await;
    assert_eq!(host.text("#iw-heading"), "Steg 1 av 4Vilket land bor du i?");
    assert_eq!(host.0.get_attribute("lang").as_deref(), Some("sv"));
    let radio: HtmlInputElement = host.element("#iw-country").unchecked_into();
    assert_eq!(radio.name(), "country");
    let fieldset = host.element("fieldset");
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("iw-country-hint")
    );
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_focuses_an_error_summary_that_links_to_the_field() {
    let host = Host::new();
    intake_wizard::ui::mount(host.0.clone(), config(None, Language::Sv));
    settle().await;
    host.click("button[type=submit]");
    settle().await;
    assert_eq!(focused_id(), "iw-error-summary");
    assert_eq!(
        host.text(".iw-error-summary__title"),
        "Det finns ett problem"
    );
    assert_eq!(
        host.text(".iw-error-summary__list a"),
        "Välj Sverige eller Danmark"
    );
    assert!(
        document().title().starts_with("Fel: Steg 1 av 4"),
        "{}",
        document().title()
    );
    let fieldset = host.element("fieldset");
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("iw-country-hint iw-country-error")
    );
    // The summary's link moves focus to the first radio.
    host.click(".iw-error-summary__list a");
    settle().await;
    assert_eq!(focused_id(), "iw-country");
}

#[wasm_bindgen_test]
async fn answering_and_continuing_moves_focus_to_the_next_pages_heading() {
    let host = Host::new();
    intake_wizard::ui::mount(host.0.clone(), config(None, Language::En));
    settle().await;
    host.click("#iw-country-dk");
    host.click("button[type=submit]");
    settle().await;
    assert_eq!(focused_id(), "iw-heading");
    assert_eq!(
        host.text("#iw-heading"),
        "Step 2 of 4What do you want to do?"
    );
    assert!(
        document()
            .title()
            .starts_with("Step 2 of 4 – What do you want to do?")
    );
    // Back returns, with the answer still chosen.
    host.click(".iw-back-link");
    settle().await;
    let radio: HtmlInputElement = host.element("#iw-country-dk").unchecked_into();
    assert!(radio.checked());
}

#[wasm_bindgen_test]
async fn switching_language_translates_the_page_and_keeps_the_answers() {
    let host = Host::new();
    intake_wizard::ui::mount(host.0.clone(), config(Some(Country::Dk), Language::Sv));
    settle().await;
    host.click("#iw-purpose-volunteer");
    host.click("#iw-language-da");
    settle().await;
    assert_eq!(host.text("#iw-heading"), "Trin 1 af 3Hvad vil du gøre?");
    assert_eq!(host.0.get_attribute("lang").as_deref(), Some("da"));
    assert_eq!(
        focused_id(),
        "iw-language-da",
        "focus stays on the switcher"
    );
    let radio: HtmlInputElement = host.element("#iw-purpose-volunteer").unchecked_into();
    assert!(radio.checked(), "the answer survived the switch");
    host.click("#iw-language-en");
    settle().await;
    assert_eq!(
        host.text("#iw-heading"),
        "Step 1 of 3What do you want to do?"
    );
}

#[wasm_bindgen_test]
async fn bad_settings_show_a_translated_explanation_instead_of_the_form() {
    let host = Host::new();
    let errors = vec![ConfigError {
        key: "contact.phone".into(),
        code: ConfigErrorCode::Missing,
        detail: None,
    }];
    intake_wizard::ui::mount_config_error(host.0.clone(), errors);
    settle().await;
    let alert = host.element("[role=alert]");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("contact.phone"), "{text}");
    assert!(host.0.query_selector("form").ok().flatten().is_none());
}

#[wasm_bindgen_test]
fn every_identifier_error_code_has_a_translated_message_in_every_language() {
    use intake_wizard::ui::i18n::{I18n, message};
    let codes: Vec<&str> = IdError::ALL
        .iter()
        .map(|code| code.code())
        .chain(PhoneError::ALL.iter().map(|code| code.code()))
        .chain(PostalCodeError::ALL.iter().map(|code| code.code()))
        .chain(EmailError::ALL.iter().map(|code| code.code()))
        .chain(NameError::ALL.iter().map(|code| code.code()))
        .collect();
    load_locales();
    let owner = leptos::prelude::Owner::new();
    owner.set();
    let i18n = I18n::provide(Language::Sv);
    for language in Language::ALL {
        i18n.set(language);
        for code in &codes {
            let id = format!("error-{code}");
            let text = message(&id);
            assert!(
                !text.is_empty() && text != id,
                "{language:?}: no message for {id}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn plural_forms_follow_the_languages_rules() {
    // vendor/intl_pluralrules keeps the rules of sv, da and en only; English shows the effect.
    use intake_wizard::ui::i18n::{I18n, loader};
    load_locales();
    let owner = leptos::prelude::Owner::new();
    owner.set();
    I18n::provide(Language::En);
    let remaining = |count: i32| {
        loader().get_args(
            "character-count-remaining",
            std::collections::HashMap::from([("count", count)]),
        )
    };
    assert_eq!(remaining(1), "You have 1 character remaining");
    assert_eq!(remaining(2), "You have 2 characters remaining");
    assert_eq!(remaining(0), "You have 0 characters remaining");
}
