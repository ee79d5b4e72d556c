//! The mounted wizard in a real browser: mount, type, click, focus, language switch.

use intake_wizard::domain::answers::Value;
use intake_wizard::domain::config::{Config, ConfigError, ConfigErrorCode, Contact};
use intake_wizard::domain::contact::{EmailError, NameError, PhoneError, PostalCodeError};
use intake_wizard::domain::field::Field;
use intake_wizard::domain::journey::Setup;
use intake_wizard::domain::locale::{Country, Language};
use intake_wizard::domain::person_id::IdError;
use intake_wizard::domain::wizard::{Event, Wizard};
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
        reference_pointer: None,
        contact: Contact {
            phone: "070-174 06 50".into(),
            email: None,
            web: None,
        },
        dk_qualifications: false,
        draft_days: 7,
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
        // What loader.js does for every host element: an open shadow root to render in.
        host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .expect("a shadow root");
        document()
            .body()
            .expect("body")
            .append_child(&host)
            .expect("append");
        Host(host)
    }

    /// The wizard's shadow root, where everything it draws lives.
    fn root(&self) -> web_sys::ShadowRoot {
        self.0.shadow_root().expect("the wizard's shadow root")
    }

    fn element(&self, selector: &str) -> HtmlElement {
        self.root()
            .query_selector(selector)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no {selector} in {}", self.root().inner_html()))
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

/// "Step n of N" as the engine counts it for a fresh wizard with these settings.
fn total(country: Option<Country>) -> usize {
    let setup = Setup {
        preset_country: country,
        dk_qualifications: false,
    };
    Wizard::new(setup).progress(today()).total
}

/// The projected number of pages once the country question is answered with `country`
/// (Denmark's family route has the familiebehandling page).
fn total_after_choosing(country: Country) -> usize {
    let mut wizard = Wizard::new(Setup::default());
    wizard.update(
        Event::Answer(Field::Country, Value::Choice(country.code())),
        today(),
    );
    wizard.progress(today()).total
}

fn today() -> intake_wizard::domain::Date {
    intake_wizard::platform::clock::today()
}

/// The id of the focused element, looking into shadow roots (the document's `activeElement`
/// is the host element of the wizard that has focus).
fn focused_id() -> String {
    let mut focused = document().active_element();
    while let Some(inner) = focused
        .as_ref()
        .and_then(|element| element.shadow_root())
        .and_then(|root| root.active_element())
    {
        focused = Some(inner);
    }
    focused.map(|element| element.id()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_first_page_asks_for_the_country_in_the_configured_language() {
    let host = Host::new();
    intake_wizard::ui::mount(host.0.clone(), config(None, Language::Sv));
    settle().await;
    assert_eq!(
        host.text("#iw-heading"),
        format!("Steg 1 av {}Vilket land bor du i?", total(None))
    );
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
        document()
            .title()
            .starts_with(&format!("Fel: Steg 1 av {}", total(None))),
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
    host.click("input[name=country][value=dk]");
    host.click("button[type=submit]");
    settle().await;
    assert_eq!(focused_id(), "iw-heading");
    assert_eq!(
        host.text("#iw-heading"),
        format!(
            "Step 2 of {}What do you want to do?",
            total_after_choosing(Country::Dk)
        )
    );
    assert!(document().title().starts_with(&format!(
        "Step 2 of {} – What do you want to do?",
        total_after_choosing(Country::Dk)
    )));
    // Back returns, with the answer still chosen.
    host.click(".iw-back-link");
    settle().await;
    let radio: HtmlInputElement = host
        .element("input[name=country][value=dk]")
        .unchecked_into();
    assert!(radio.checked());
}

#[wasm_bindgen_test]
async fn switching_language_translates_the_page_and_keeps_the_answers() {
    let host = Host::new();
    intake_wizard::ui::mount(host.0.clone(), config(Some(Country::Dk), Language::Sv));
    settle().await;
    host.click("input[name=purpose][value=volunteer]");
    host.click("#iw-language-da");
    settle().await;
    // The volunteer route, as the engine projects it once the purpose is chosen.
    let mut wizard = Wizard::new(Setup {
        preset_country: Some(Country::Dk),
        dk_qualifications: false,
    });
    wizard.update(
        Event::Answer(Field::Purpose, Value::Choice("volunteer")),
        today(),
    );
    let dk_total = wizard.progress(today()).total;
    assert!(
        dk_total < total(Some(Country::Dk)),
        "shorter than the family route"
    );
    assert_eq!(
        host.text("#iw-heading"),
        format!("Trin 1 af {dk_total}Hvad vil du gøre?")
    );
    assert_eq!(host.0.get_attribute("lang").as_deref(), Some("da"));
    assert_eq!(
        focused_id(),
        "iw-language-da",
        "focus stays on the switcher"
    );
    let radio: HtmlInputElement = host
        .element("input[name=purpose][value=volunteer]")
        .unchecked_into();
    assert!(radio.checked(), "the answer survived the switch");
    host.click("#iw-language-en");
    settle().await;
    assert_eq!(
        host.text("#iw-heading"),
        format!("Step 1 of {dk_total}What do you want to do?")
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
    assert!(host.root().query_selector("form").ok().flatten().is_none());
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
    // Fluent picks the plural form by the language's CLDR rules; English shows the effect.
    use intake_wizard::ui::i18n::{I18n, message_args};
    load_locales();
    let owner = leptos::prelude::Owner::new();
    owner.set();
    I18n::provide(Language::En);
    let remaining =
        |count: i32| message_args("character-count-remaining", vec![("count", count.into())]);
    assert_eq!(remaining(1), "You have 1 character remaining");
    assert_eq!(remaining(2), "You have 2 characters remaining");
    assert_eq!(remaining(0), "You have 0 characters remaining");
}

/// Types `text` into the text box with this id, as the browser's `input` event reports it.
fn type_into(host: &Host, id: &str, text: &str) {
    let input: HtmlInputElement = host.element(&format!("#{id}")).unchecked_into();
    input.set_value(text);
    let event = web_sys::Event::new("input").expect("an input event");
    let _ = input.dispatch_event(&event);
}

#[wasm_bindgen_test]
async fn the_identity_page_shows_the_translated_message_for_every_identifier_error_code() {
    use intake_wizard::ui::i18n::{I18n, message};
    // One typed number per code, in each country's format (the shared vectors have more).
    // The shared vectors' examples (tests/fixtures/identifiers.json). The `*-empty` codes
    // cannot arise here: an empty box is "required", with its own message.
    let typed: &[(Country, &str, IdError)] = &[
        (Country::Se, "81121B-9876", IdError::PersonnummerCharacters),
        (Country::Se, "811218-987", IdError::PersonnummerLength),
        (Country::Se, "811218--9876", IdError::PersonnummerSeparator),
        (
            Country::Se,
            "19261123+1115",
            IdError::PersonnummerPlusWithCentury,
        ),
        (Country::Se, "17811218-9876", IdError::PersonnummerCentury),
        (Country::Se, "19000229-1235", IdError::PersonnummerDate),
        (Country::Se, "900160-2391", IdError::SamordningsnummerDate),
        (Country::Se, "900101-0009", IdError::PersonnummerBirthNumber),
        (Country::Se, "701063-2392", IdError::PersonnummerChecksum),
        (Country::Se, "20991231-0001", IdError::PersonnummerFuture),
        (Country::Dk, "010190+1234", IdError::CprCharacters),
        (Country::Dk, "010190-123", IdError::CprLength),
        (Country::Dk, "01-01-90-1234", IdError::CprSeparator),
        (Country::Dk, "290200-0006", IdError::CprDate),
        (Country::Dk, "010136-4003", IdError::CprFuture),
    ];
    let reachable = IdError::ALL
        .iter()
        .filter(|code| !matches!(code, IdError::PersonnummerEmpty | IdError::CprEmpty))
        .count();
    assert_eq!(
        typed.len(),
        reachable,
        "one typed example per reachable code"
    );
    for country in Country::ALL {
        let host = Host::new();
        let language = match country {
            Country::Se => Language::Sv,
            Country::Dk => Language::Da,
        };
        intake_wizard::ui::mount(host.0.clone(), config(Some(country), language));
        // The expected messages, in the wizard's language.
        let owner = leptos::prelude::Owner::new();
        owner.set();
        I18n::provide(language);
        settle().await;
        for (selector, next) in [
            ("input[name=purpose][value=apply]", "applicant"),
            ("input[name=applicant][value=guardian]", "person"),
        ] {
            host.click(selector);
            host.click("button[type=submit]");
            settle().await;
            let page = host.element(".iw-page").get_attribute("data-step");
            assert_eq!(page.as_deref(), Some(next));
        }
        type_into(&host, "iw-person-name", "Alva Lind");
        host.click("input[name=has-person-id][value=yes]");
        host.click("button[type=submit]");
        settle().await;
        for (_, text, code) in typed.iter().filter(|(c, ..)| *c == country) {
            type_into(&host, "iw-person-id", text);
            host.click("button[type=submit]");
            settle().await;
            let expected = message(&format!("error-{}", code.code()));
            assert!(!expected.starts_with("error-"), "{code:?} has a message");
            assert_eq!(focused_id(), "iw-error-summary", "{text}");
            assert_eq!(host.text(".iw-error-summary__list a"), expected, "{text}");
            let inline = host.text(".iw-error-message");
            assert!(inline.ends_with(&expected), "{text}: inline {inline}");
        }
    }
}

#[wasm_bindgen_test]
async fn two_wizards_on_one_page_keep_their_own_language_state_and_ids() {
    let first = Host::new();
    let second = Host::new();
    intake_wizard::ui::mount(first.0.clone(), config(None, Language::Sv));
    intake_wizard::ui::mount(second.0.clone(), config(None, Language::Da));
    settle().await;
    let steps = total(None);
    assert_eq!(
        first.text("#iw-heading"),
        format!("Steg 1 av {steps}Vilket land bor du i?")
    );
    assert_eq!(
        second.text("#iw-heading"),
        format!("Trin 1 af {steps}Hvilket land bor du i?")
    );
    // Answering in one moves only that one on.
    first.click("input[name=country][value=se]");
    first.click("button[type=submit]");
    settle().await;
    assert_eq!(
        first
            .element(".iw-page")
            .get_attribute("data-step")
            .as_deref(),
        Some("purpose")
    );
    assert_eq!(focused_id(), "iw-heading");
    assert_eq!(
        second
            .element(".iw-page")
            .get_attribute("data-step")
            .as_deref(),
        Some("country")
    );
    // Switching the language of one leaves the other's as it was.
    second.click("#iw-language-en");
    settle().await;
    assert_eq!(
        second.text("#iw-heading"),
        format!("Step 1 of {steps}Which country do you live in?")
    );
    assert_eq!(second.0.get_attribute("lang").as_deref(), Some("en"));
    assert!(first.text("#iw-heading").ends_with("Vad vill du göra?"));
    assert_eq!(first.0.get_attribute("lang").as_deref(), Some("sv"));
    // The error summary of one links to its own field, not to the other's same id.
    second.click("button[type=submit]");
    settle().await;
    second.click(".iw-error-summary__list a");
    settle().await;
    let focused_in_second = second.root().active_element().map(|element| element.id());
    assert_eq!(focused_in_second.as_deref(), Some("iw-country"));
}

#[wasm_bindgen_test]
async fn the_host_page_hears_ready_and_step_events_that_carry_no_answers() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let heard = Rc::new(RefCell::new(Vec::<String>::new()));
    let record = {
        let heard = Rc::clone(&heard);
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let detail = js_sys::JSON::stringify(&event.detail())
                .map(String::from)
                .unwrap_or_default();
            heard.borrow_mut().push(format!(
                "{} bubbles={} composed={} {detail}",
                event.type_(),
                event.bubbles(),
                event.composed()
            ));
        })
    };
    for name in ["intake-wizard:ready", "intake-wizard:step"] {
        document()
            .add_event_listener_with_callback(name, record.as_ref().unchecked_ref())
            .expect("listener");
    }
    let host = Host::new();
    intake_wizard::ui::mount(host.0.clone(), config(None, Language::En));
    settle().await;
    host.click("input[name=country][value=dk]");
    host.click("button[type=submit]");
    settle().await;
    for name in ["intake-wizard:ready", "intake-wizard:step"] {
        document()
            .remove_event_listener_with_callback(name, record.as_ref().unchecked_ref())
            .expect("listener removed");
    }
    let steps = total(None);
    let dk_steps = total_after_choosing(Country::Dk);
    assert_eq!(
        *heard.borrow(),
        vec![
            format!(
                "intake-wizard:ready bubbles=true composed=true {{\"page\":\"country\",\"number\":1,\"total\":{steps}}}"
            ),
            format!(
                "intake-wizard:step bubbles=true composed=true {{\"page\":\"purpose\",\"number\":2,\"total\":{dk_steps}}}"
            ),
        ]
    );
}
