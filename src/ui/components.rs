//! Accessible building blocks, after the GOV.UK Design System and DKFDS patterns.
//! Every class has the `iw-` prefix; colours, fonts and spacing come from CSS custom
//! properties in `public/intake-wizard.css`, so a host page can theme them.

pub mod back_link;
pub mod button;
pub mod checkboxes;
pub mod choices;
pub mod date_input;
pub mod details;
pub mod error_message;
pub mod error_summary;
pub mod hint;
pub mod language_switcher;
pub mod radios;
pub mod step_indicator;
pub mod text_input;
pub mod textarea;

/// Joins the ids that describe a field (hint, error) for `aria-describedby`; `None` when empty.
pub fn described_by(ids: &[Option<String>]) -> Option<String> {
    let joined = ids.iter().flatten().cloned().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

use leptos::prelude::*;

use crate::domain::wizard::Progress;
use crate::ui::wizard_ctx::HEADING_ID;
use step_indicator::StepIndicator;

/// A question's text, and whether it is also the page's heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub text: String,
    /// `Some` when this question is the only one on the page: its legend or label is then the
    /// page heading, with the step indicator in it (GOV.UK "question pages").
    pub page_heading: Option<Progress>,
}

impl Question {
    /// Renders the question text, as the focusable page heading when it is one.
    pub fn render(self) -> AnyView {
        match self.page_heading {
            Some(progress) => view! {
                <h2 class="iw-heading" id=HEADING_ID tabindex="-1">
                    <StepIndicator progress />
                    {self.text}
                </h2>
            }
            .into_any(),
            None => self.text.into_any(),
        }
    }

    pub fn size_class(&self) -> &'static str {
        if self.page_heading.is_some() {
            "iw-label--l"
        } else {
            "iw-label--s"
        }
    }
}

/// The ids that belong to one field: the control, its hint and its error message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIds {
    pub control: String,
    pub hint: String,
    pub error: String,
}

impl FieldIds {
    pub fn new(name: &str) -> FieldIds {
        FieldIds {
            control: format!("iw-{name}"),
            hint: format!("iw-{name}-hint"),
            error: format!("iw-{name}-error"),
        }
    }

    /// `aria-describedby` for the current hint and error.
    pub fn described_by(&self, has_hint: bool, has_error: bool) -> Option<String> {
        described_by(&[
            has_hint.then(|| self.hint.clone()),
            has_error.then(|| self.error.clone()),
        ])
    }
}

/// The hint (if any) and the error message (while there is one) of a field.
pub fn hint_and_error(
    ids: &FieldIds,
    hint: Option<String>,
    error: Signal<Option<String>>,
) -> impl IntoView + use<> {
    let error_id = ids.error.clone();
    let hint_id = ids.hint.clone();
    view! {
        {hint.map(|text| view! { <hint::Hint id=hint_id text /> })}
        {move || {
            error
                .get()
                .map(|text| view! { <error_message::ErrorMessage id=error_id.clone() text /> })
        }}
    }
}

/// The CSS class of a form group, marked while it has an error.
pub fn group_class(error: Signal<Option<String>>) -> impl Fn() -> &'static str {
    move || {
        if error.get().is_some() {
            "iw-form-group iw-form-group--error"
        } else {
            "iw-form-group"
        }
    }
}

/// The fieldset of a question with several controls (radios, checkboxes, a date): the form
/// group, the legend (the page heading when it is the only question), the hint and the error.
///
/// # Accessibility
/// - The fieldset's `aria-describedby` names the hint and, while there is one, the error.
#[component]
pub fn QuestionFieldset(
    ids: FieldIds,
    question: Question,
    hint: Option<String>,
    error: Signal<Option<String>>,
    /// `group` for a date input (GOV.UK), so it is announced as one control.
    #[prop(optional)]
    role: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let described_ids = ids.clone();
    let size = question.size_class();
    view! {
        <div class=group_class(error)>
            <fieldset
                class="iw-fieldset"
                role=role
                aria-describedby=move || described_ids.described_by(has_hint, error.get().is_some())
            >
                <legend class=format!("iw-fieldset__legend {size}")>{question.render()}</legend>
                {hint_and_error(&ids, hint, error)}
                {children()}
            </fieldset>
        </div>
    }
}
