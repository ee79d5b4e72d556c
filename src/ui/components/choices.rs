//! The items of a radios or checkboxes list: one input, its label and an optional hint each.

use leptos::prelude::*;

use super::FieldIds;

/// One item: its key, its label and an optional hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub key: &'static str,
    pub label: String,
    pub hint: Option<String>,
}

/// Radios (one answer) or checkboxes (any number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceKind {
    Radio,
    Checkbox,
}

impl ChoiceKind {
    fn input_type(self) -> &'static str {
        match self {
            ChoiceKind::Radio => "radio",
            ChoiceKind::Checkbox => "checkbox",
        }
    }

    /// The BEM block of the list (`iw-radios`, `iw-checkboxes`).
    pub fn block(self) -> &'static str {
        match self {
            ChoiceKind::Radio => "iw-radios",
            ChoiceKind::Checkbox => "iw-checkboxes",
        }
    }
}

/// The items, wrapped in the list's block element. The first input carries the field's id, so
/// the error summary link lands on it; an item's hint is named by its `aria-describedby`.
/// `checked(key)` says whether an item is chosen; `on_change(key)` runs when the user changes it.
pub fn choice_list<Checked, OnChange>(
    kind: ChoiceKind,
    name: &'static str,
    ids: &FieldIds,
    choices: Vec<Choice>,
    checked: Checked,
    on_change: OnChange,
) -> impl IntoView + use<Checked, OnChange>
where
    Checked: Fn(&'static str) -> bool + Copy + Send + Sync + 'static,
    OnChange: Fn(&'static str) + Copy + 'static,
{
    let block = kind.block();
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(index, choice)| {
            let id = if index == 0 {
                ids.control.clone()
            } else {
                format!("{}-{}", ids.control, choice.key)
            };
            let hint_id = format!("{id}-hint");
            let key = choice.key;
            let described = choice.hint.as_ref().map(|_| hint_id.clone());
            view! {
                <div class=format!("{block}__item")>
                    <input
                        class=format!("{block}__input")
                        type=kind.input_type()
                        id=id.clone()
                        name=name
                        value=key
                        aria-describedby=described
                        prop:checked=move || checked(key)
                        on:change=move |_| on_change(key)
                    />
                    <label class=format!("iw-label {block}__label") for=id>
                        {choice.label}
                    </label>
                    {choice
                        .hint
                        .map(|text| {
                            view! {
                                <div class=format!("iw-hint {block}__hint") id=hint_id>
                                    {text}
                                </div>
                            }
                        })}
                </div>
            }
        })
        .collect_view();
    view! { <div class=block>{items}</div> }
}
