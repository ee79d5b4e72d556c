//! `POST /api/submissions` and `GET /api/health`.
//!
//! In order: the content type (415), the size (413), the `Content-Digest` over the exact bytes
//! (400), the `Idempotency-Key` (400; a key already stored replays its 201, or 422 with another
//! body), the JSON and its shape (400), the domain's own checks (400), then, with `--seal-to`,
//! the sealing of the exact body to every key (`seal`), then one transaction. Nothing is
//! written before every check has passed, and with sealing the plaintext is never written.

use axum::Json;
use axum::body::{Body, to_bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::domain::payload::{Payload, PayloadError};
use crate::seal::{self, Sealing};

use super::Receiver;
use super::clock;
use super::digest;
use super::error::ApiError;
use super::json::{self, JsonProblem};
use super::reference::new_reference;
use super::store::{Inserted, NewSubmission, Stored};

/// The handler of `POST /api/submissions`; counts each outcome (`metrics`).
pub async fn submit(State(receiver): State<Receiver>, headers: HeaderMap, body: Body) -> Response {
    match accept(&receiver, &headers, body).await {
        Ok(response) => {
            if response.headers().contains_key("idempotent-replayed") {
                receiver.metrics.replayed();
            } else {
                receiver.metrics.accepted();
            }
            response
        }
        Err(error) => {
            receiver.metrics.refused(error.code());
            error.into_response()
        }
    }
}

async fn accept(
    receiver: &Receiver,
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let content_type = header_text(headers, header::CONTENT_TYPE.as_str()).unwrap_or_default();
    let media_type = content_type.split(';').next().unwrap_or_default().trim();
    if !media_type.eq_ignore_ascii_case("application/json") {
        return Err(ApiError::UnsupportedMediaType);
    }
    let declared = header_text(headers, header::CONTENT_LENGTH.as_str())
        .and_then(|length| length.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > receiver.max_body) {
        return Err(ApiError::TooLarge(receiver.max_body));
    }
    let bytes = tokio::time::timeout(receiver.body_timeout, to_bytes(body, receiver.max_body))
        .await
        .map_err(|_| ApiError::BodyTimeout)?
        .map_err(|error| {
            if is_length_limit(&error) {
                ApiError::TooLarge(receiver.max_body)
            } else {
                ApiError::invalid("", "body-unreadable")
            }
        })?;
    let digest = digest::verify(header_text(headers, "content-digest"), &bytes)
        .map_err(|problem| ApiError::invalid("Content-Digest", problem.code()))?;
    let key = idempotency_key(header_text(headers, "idempotency-key"))?;
    if let Some(stored) = receiver.store.find_by_key(&key).await? {
        return replay(stored, &digest);
    }
    let (payload, schema_version) = parse(&bytes)?;
    let server_today = receiver.today.unwrap_or_else(clock::today);
    let rules_date = payload.rules_date(server_today);
    payload.check(rules_date).map_err(ApiError::Invalid)?;
    let body = std::str::from_utf8(&bytes).map_err(|_| ApiError::invalid("", "malformed-json"))?;
    let received_at = clock::rfc3339(clock::now());
    let kind = payload.kind.code();
    let country = crate::domain::locale::Country::from(payload.country).code();
    for _ in 0..5 {
        let reference = new_reference();
        let (body, sealed, sealed_to) = if receiver.seal_to.is_empty() {
            (body.to_owned(), None, None)
        } else {
            let sealing = Sealing {
                reference: reference.clone(),
                received_at: received_at.clone(),
                digest: digest.clone(),
                schema_version: schema_version.clone(),
                rules_date,
            };
            let envelope =
                seal::seal(&bytes, &sealing, &receiver.seal_to).map_err(|_| ApiError::Sealing)?;
            (
                String::new(),
                Some(envelope.to_json().to_string()),
                Some(envelope.kids().join(" ")),
            )
        };
        let new = NewSubmission {
            reference: reference.clone(),
            idempotency_key: key.clone(),
            digest: digest.clone(),
            body,
            sealed,
            sealed_to,
            received_at: received_at.clone(),
            schema_version: schema_version.clone(),
            kind,
            country,
            deliver_from: receiver
                .stored
                .as_ref()
                .map(|_| clock::unix_seconds(clock::now())),
        };
        match receiver.store.insert(new).await? {
            Inserted::Stored => {
                if let Some(stored) = &receiver.stored {
                    stored.notify_one();
                }
                tracing::info!("stored {reference} ({kind}, {country})");
                return Ok(created(&reference, &received_at, &digest, false));
            }
            Inserted::KeyTaken(stored) => return replay(stored, &digest),
            Inserted::ReferenceTaken => continue,
        }
    }
    Err(ApiError::invalid("", "reference-exhausted"))
}

/// The handler of `GET /api/health`: 200 with the backlog (submissions neither acknowledged
/// nor delivered) when the database answers, else 503; both say whether submissions are
/// sealed, and to which key ids.
pub async fn health(State(receiver): State<Receiver>) -> Response {
    let sealed = !receiver.seal_to.is_empty();
    let keys = receiver.seal_kids();
    let database = receiver.store.backend();
    let (status, body) = match receiver.store.backlog().await {
        Ok(backlog) => (
            StatusCode::OK,
            json!({ "status": "ok", "database": database, "backlog": backlog,
                    "sealed": sealed, "keys": keys }),
        ),
        Err(error) => {
            tracing::error!("health: {error}");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                json!({ "status": "unavailable", "database": database,
                        "sealed": sealed, "keys": keys }),
            )
        }
    };
    let mut response = (status, Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

fn is_length_limit(error: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = source {
        if current.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = current.source();
    }
    false
}

/// The key as a lower-case hyphenated UUID, not the nil one; the header may quote it (RFC
/// 8941 string).
fn idempotency_key(header: Option<&str>) -> Result<String, ApiError> {
    let text =
        header.ok_or_else(|| ApiError::invalid("Idempotency-Key", "idempotency-key-missing"))?;
    let text = text.trim();
    let unquoted = text
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or(text);
    // The nil UUID is what a client without a random source sends: shared by all such
    // clients, it would make their submissions replays of one another.
    uuid::Uuid::try_parse(unquoted)
        .ok()
        .filter(|key| !key.is_nil())
        .map(|key| key.hyphenated().to_string())
        .ok_or_else(|| ApiError::invalid("Idempotency-Key", "idempotency-key-invalid"))
}

/// The original 201 for a key already stored, if the body is the same one.
fn replay(stored: Stored, digest: &str) -> Result<Response, ApiError> {
    if stored.digest == digest {
        Ok(created(
            &stored.reference,
            &stored.received_at,
            &stored.digest,
            true,
        ))
    } else {
        Err(ApiError::KeyReused)
    }
}

fn created(reference: &str, received_at: &str, digest: &str, replayed: bool) -> Response {
    let mut response = (
        StatusCode::CREATED,
        Json(json!({ "reference": reference, "received_at": received_at, "digest": digest })),
    )
        .into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if replayed {
        headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    response
}

/// Reads the payload: malformed JSON (anything `serde_json` cannot read to its end) and
/// duplicate member names (`json::parse`) first, then shape errors with the path to the wrong
/// part; all are 400s.
/// A version 1 body is read as version 2 (`payload::upgrade`); the version returned is the
/// one the body was sent in.
fn parse(bytes: &[u8]) -> Result<(Payload, String), ApiError> {
    let json = json::parse(bytes).map_err(|problem| match problem {
        JsonProblem::Malformed => ApiError::invalid("", "malformed-json"),
        JsonProblem::Duplicate(path) => ApiError::invalid(path, "duplicate-member"),
    })?;
    let version = json["schema_version"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    serde_path_to_error::deserialize(crate::domain::payload::upgrade(json))
        .map(|payload| (payload, version))
        .map_err(|error| {
            let path = error.path().to_string();
            let inner = error.into_inner();
            shape_error(if path == "." { "" } else { &path }, &inner)
        })
}

fn shape_error(path: &str, error: &serde_json::Error) -> ApiError {
    use serde_json::error::Category;
    if matches!(
        error.classify(),
        Category::Syntax | Category::Eof | Category::Io
    ) {
        return ApiError::invalid("", "malformed-json");
    }
    let message = error.to_string();
    let named = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').nth(1))
            .map(|name| {
                if path.is_empty() {
                    name.to_owned()
                } else {
                    format!("{path}.{name}")
                }
            })
    };
    // The path of a missing field is its parent's; that of an unknown field is its own.
    let (path, code) = if let Some(field) = named("missing field") {
        (field, "missing")
    } else if message.starts_with("unknown field") {
        (path.to_owned(), "unknown-field")
    } else if message.starts_with("unknown variant") {
        (path.to_owned(), "unknown-value")
    } else {
        (path.to_owned(), "wrong-type")
    };
    ApiError::Invalid(vec![PayloadError { path, code }])
}
