//! The wizard inside one host element: language, state, history, title, and the current page.

use leptos::prelude::*;

use crate::domain::config::Config;
use crate::domain::journey::Setup;
use crate::domain::locale::Language;
use crate::domain::step::{Step, StepKind};
use crate::domain::wizard::{Event, Wizard};
use crate::platform;
use crate::platform::embed::{EarlyInput, WizardRoot};
use crate::ui::components::language_switcher::LanguageSwitcher;
use crate::ui::components::step_indicator::step_indicator_text;
use crate::ui::drafts::{Drafts, Panel, changed_notice, panel_view};
use crate::ui::i18n::{I18n, fl};
use crate::ui::steps::check_answers::{CheckAnswersPage, summary_lists};
use crate::ui::steps::confirmation::ConfirmationPage;
use crate::ui::steps::exit::ExitPage;
use crate::ui::steps::indication::{ConsentsIntro, IndicationPage};
use crate::ui::steps::information::InformationPage;
use crate::ui::steps::question::QuestionPage;
use crate::ui::wizard_ctx::{WizardCtx, after_paint};

/// The language a wizard with these settings starts in: the settings' choice, else the
/// browser's, else the country's.
pub fn initial_language(config: &Config) -> Language {
    let preferred = platform::dom::preferred_languages();
    Language::initial(
        config.default_language,
        preferred.iter().map(String::as_str),
        config.country,
    )
}

/// # Accessibility
/// - Every page change moves focus to the new page's heading and renames the document
///   ("Steg 2 av 4 – Vad vill du göra? – <page title>"), prefixed "Fel:" while errors show.
///   With several wizards on a page, the title follows the one last used.
/// - The browser's Back and Forward buttons move between pages.
///
/// # Events for the host page
/// On the host element, bubbling and composed, with no personal data in `detail`:
/// `intake-wizard:ready` (`page`, `number`, `total`) once mounted, `intake-wizard:step` (the
/// same) on every page change after that, `intake-wizard:submitted` (`reference`).
#[component]
pub fn App(
    config: Config,
    root: WizardRoot,
    /// What was done in the host's pre-rendered pages before the wizard started.
    early: Option<EarlyInput>,
    /// The page's own title, before any wizard on it renamed the document.
    site_title: String,
) -> impl IntoView {
    let i18n = I18n::provide(initial_language(&config));
    let setup = Setup {
        preset_country: config.country,
        dk_qualifications: config.dk_qualifications,
    };
    let draft_days = config.draft_days;
    // Kept for the rest of the visit, like the wizard itself.
    let config: &'static Config = Box::leak(Box::new(config));
    let host = root.host().clone();
    let key = root.key().to_owned();
    let settings_file = platform::embed::attribute_settings(root.host()).1;
    let today = platform::clock::today();
    let drafts = Drafts::new(draft_days, &settings_file.unwrap_or_default(), today);
    let ctx = WizardCtx::provide(setup, today, root, drafts, config);

    // The first page gets a history entry of its own, so Back can return to it.
    platform::history::replace(&key, &ctx.with_untracked(Wizard::at).history_id());
    let history = platform::history::on_step(&key, move |step_id| {
        // Every wizard's page is in every entry: only the one that moved changes page.
        if let Some(step) = Step::from_history_id(&step_id)
            && ctx.with_untracked(Wizard::at) != step
        {
            ctx.dispatch(Event::Visit(step));
        }
    });
    if let Some(early) = early {
        ctx.take_over(early);
    }
    let leave_guard =
        platform::leave_guard::install(move || ctx.with_untracked(Wizard::has_unsent_answers));
    on_cleanup(move || {
        history.remove();
        leave_guard.remove();
    });

    // The page shown and how many have been: the page is built again whenever one is shown,
    // the same one included (after Remove).
    let at = ctx.slice(|wizard| (wizard.at(), wizard.shown()));
    let errors = ctx.errors();
    Effect::new(move |_| platform::dom::set_lang(&host, i18n.language().tag()));
    // The title (on every page, language and error change) and the host page's events (on
    // every page change: `ready` for the first).
    Effect::new(move |shown: Option<Step>| {
        i18n.language();
        let (step, _) = at.get();
        let progress = ctx.with_untracked(|wizard| wizard.progress(ctx.today()));
        if shown != Some(step) {
            drafts.follow(ctx);
            let event = if shown.is_some() { "step" } else { "ready" };
            ctx.with_root(|root| {
                root.emit(
                    event,
                    &[
                        ("page", step.id().into()),
                        ("number", (progress.number as u32).into()),
                        ("total", (progress.total as u32).into()),
                    ],
                );
            });
        }
        let title_of_step = ctx.wording().step_title(step);
        let has_errors = !errors.with(Vec::is_empty);
        let site = site_title.clone();
        // Renamed just after the new page is painted; nobody waits for the title.
        after_paint(move || {
            let title = fl!(
                "document-title",
                indicator = step_indicator_text(progress),
                step = title_of_step,
                site = site
            );
            let title = if has_errors {
                format!("{} {title}", fl!("error-prefix"))
            } else {
                title
            };
            platform::dom::set_document_title(&title);
        });
        step
    });

    let panel = drafts.panel();
    let page = move || {
        i18n.language();
        let (step, _) = at.get();
        let shown = panel.get();
        if shown != Panel::Wizard {
            return page_in("draft", panel_view(shown));
        }
        let page = match step.kind() {
            // The children added so far, each with Remove (GOV.UK "add another").
            StepKind::Question if step == Step::Children => {
                let children = ctx.with_untracked(Wizard::children);
                let wording = ctx.wording();
                view! {
                    <QuestionPage step>
                        {summary_lists(children, wording, true)}
                    </QuestionPage>
                }
                .into_any()
            }
            StepKind::Question => view! { <QuestionPage step /> }.into_any(),
            StepKind::Information => view! { <InformationPage step /> }.into_any(),
            StepKind::Exit => view! { <ExitPage step /> }.into_any(),
            StepKind::Indication => view! { <IndicationPage step /> }.into_any(),
            StepKind::Consents => view! {
                <QuestionPage step>
                    <ConsentsIntro />
                </QuestionPage>
            }
            .into_any(),
            StepKind::CheckAnswers => view! { <CheckAnswersPage /> }.into_any(),
            StepKind::Confirmation => view! { <ConfirmationPage /> }.into_any(),
        };
        let page = view! {
            {changed_notice(step)}
            {page}
        };
        page_in(step.id(), page.into_any())
    };
    // Above every page, and built again only when the language changes, not with each page.
    let switcher = move || {
        i18n.language();
        view! { <LanguageSwitcher /> }
    };
    view! { <div class="iw-app">{switcher}{page}</div> }
}

/// A page; `id` names it for the stylesheet and the tests.
fn page_in(id: &'static str, page: AnyView) -> AnyView {
    view! { <div class="iw-page" data-step=id>{page}</div> }.into_any()
}
