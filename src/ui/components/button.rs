//! Buttons (GOV.UK button): the primary Continue, and secondary actions.

use leptos::prelude::*;

/// The look of a button.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonStyle {
    #[default]
    Primary,
    Secondary,
}

/// # Accessibility
/// - A native `<button>`; `submit` buttons also submit their form with Enter in a text field.
#[component]
pub fn Button(
    /// The label.
    text: String,
    /// `true` for the form's submit button, `false` for `type="button"`.
    #[prop(optional)]
    submit: bool,
    #[prop(optional)] style: ButtonStyle,
    /// Called when a `type="button"` button is pressed.
    #[prop(optional)]
    on_press: Option<Callback<()>>,
) -> impl IntoView {
    let class = match style {
        ButtonStyle::Primary => "iw-button",
        ButtonStyle::Secondary => "iw-button iw-button--secondary",
    };
    let kind = if submit { "submit" } else { "button" };
    view! {
        <button
            type=kind
            class=class
            on:click=move |_| {
                if let Some(on_press) = on_press {
                    on_press.run(());
                }
            }
        >
            {text}
        </button>
    }
}
