//! Sending a submission: one idempotency key and one digest per submission, retries with
//! backoff (`domain::retry`), a timeout per attempt, and waiting for the network when offline.
//!
//! The body is serialised once and the same bytes are sent on every attempt, under the same
//! `Idempotency-Key`, so the receiver stores a submission at most once however often we retry.

use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;

use crate::domain::retry::{Attempt, Decision, Policy, SubmitError, parse_retry_after};
use crate::domain::wizard::Receipt;

/// What the sender is doing, for the page to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    Sending,
    /// Waiting before attempt `attempt`.
    Retrying {
        attempt: u32,
    },
    /// The browser is offline: waiting for the `online` event.
    WaitingForNetwork,
}

/// One submission, ready to send: the exact bytes, their digest and the key for all retries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    pub body: String,
    /// `sha-256=:<base64>:` (RFC 9530).
    pub digest: String,
    /// A random UUID v4, made once.
    pub key: String,
}

/// Makes the digest and the key for `body`.
pub async fn prepare(body: String) -> Result<Submission, SubmitError> {
    let crypto = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .ok_or(SubmitError::Config)?;
    let key = crypto.random_uuid();
    let bytes = Uint8Array::from(body.as_bytes());
    let promise = crypto
        .subtle()
        .digest_with_str_and_buffer_source("SHA-256", &bytes)
        .map_err(|_| SubmitError::Config)?;
    let hash = JsFuture::from(promise)
        .await
        .map_err(|_| SubmitError::Config)?;
    let hash = Uint8Array::new(&hash).to_vec();
    let base64 = super::vault::base64(&hash).ok_or(SubmitError::Config)?;
    Ok(Submission {
        body,
        digest: format!("sha-256=:{base64}:"),
        key,
    })
}

/// Sends `submission` to `endpoint` until it is stored or retrying cannot help. Any 2xx is
/// stored; `reference_pointer` says where its answer holds the reference (`domain::receipt`).
pub async fn send(
    endpoint: &str,
    reference_pointer: Option<&str>,
    submission: &Submission,
    policy: Policy,
    // One instance of the loop in the wasm, whoever listens.
    on_progress: &dyn Fn(Progress),
) -> Result<Receipt, SubmitError> {
    let mut attempt = 1;
    loop {
        if !is_online() {
            on_progress(Progress::WaitingForNetwork);
            wait_until_online().await;
        }
        on_progress(Progress::Sending);
        let (outcome, receipt) = attempt_once(
            endpoint,
            reference_pointer,
            submission,
            policy.timeout_millis,
        )
        .await;
        if let Some(receipt) = receipt {
            return Ok(receipt);
        }
        match policy.decide(attempt, outcome, js_sys::Math::random()) {
            Decision::Done => return Err(SubmitError::Rejected),
            Decision::RetryIn { millis } => {
                attempt += 1;
                on_progress(Progress::Retrying { attempt });
                sleep(millis).await;
            }
            Decision::GiveUp => return Err(SubmitError::after(outcome)),
        }
    }
}

/// One POST with a timeout. Any 2xx counts as stored, whatever its body.
async fn attempt_once(
    endpoint: &str,
    reference_pointer: Option<&str>,
    submission: &Submission,
    timeout_millis: u32,
) -> (Attempt, Option<Receipt>) {
    let no_answer = |timed_out| (Attempt::NoAnswer { timed_out }, None);
    let (Some(window), Ok(controller)) = (web_sys::window(), web_sys::AbortController::new())
    else {
        return no_answer(false);
    };
    let signal = controller.signal();
    let abort = Closure::once(move || controller.abort());
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            i32::try_from(timeout_millis).unwrap_or(i32::MAX),
        )
        .ok();
    let Ok(headers) = web_sys::Headers::new() else {
        return no_answer(false);
    };
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Idempotency-Key", &submission.key);
    let _ = headers.set("Content-Digest", &submission.digest);
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(&submission.body));
    init.set_signal(Some(&signal));
    let response = JsFuture::from(window.fetch_with_str_and_init(endpoint, &init)).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    drop(abort);
    let Ok(response) = response.map(JsCast::unchecked_into::<web_sys::Response>) else {
        return no_answer(signal.aborted());
    };
    let code = response.status();
    if (200..300).contains(&code) {
        let text = match response.text() {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|text| text.as_string()),
            Err(_) => None,
        };
        let receipt = read_receipt(text.as_deref(), reference_pointer, submission);
        return (Attempt::Stored, Some(receipt));
    }
    let retry_after_secs = response
        .headers()
        .get("Retry-After")
        .ok()
        .flatten()
        .as_deref()
        .and_then(parse_retry_after);
    (
        Attempt::Status {
            code,
            retry_after_secs,
        },
        None,
    )
}

/// The receipt for a 2xx answer from any backend: its reference where the settings point, or
/// its `reference`, else one made from the Idempotency-Key (`domain::receipt::reference`),
/// and the digest of the bytes sent.
fn read_receipt(text: Option<&str>, pointer: Option<&str>, submission: &Submission) -> Receipt {
    let json = text.and_then(|text| js_sys::JSON::parse(text).ok());
    let at = |tokens: &[String]| {
        let mut value = json.clone()?;
        for token in tokens {
            if !value.is_object() {
                return None;
            }
            value = Reflect::get(&value, &JsValue::from_str(token)).ok()?;
        }
        value
            .as_string()
            .or_else(|| value.as_f64().map(|number| number.to_string()))
    };
    Receipt {
        reference: crate::domain::receipt::reference(pointer, at, &submission.key),
        digest: submission.digest.clone(),
    }
}

fn is_online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

/// Resolves on the window's next `online` event.
async fn wait_until_online() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "online", &resolve, &options,
        );
    });
    let _ = JsFuture::from(promise).await;
}

/// Resolves after `millis` milliseconds.
async fn sleep(millis: u32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            &resolve,
            i32::try_from(millis).unwrap_or(i32::MAX),
        );
    });
    let _ = JsFuture::from(promise).await;
}
