//! The case system's inbox over HTTP, behind bearer tokens (`tokens`):
//! `GET /api/inbox?after=<cursor>&limit=<n>` lists unacknowledged submissions in the order
//! received, and `POST /api/inbox/<reference>/ack` acknowledges one. A missing, unknown or
//! revoked token is 401 before anything else is looked at, so it reveals nothing. Every
//! submission listed and every acknowledgement is written to the audit log with the token's
//! name (`store::inbox`). A sealed submission is listed as its envelope (`sealed`, with
//! `body` null); one stored in the clear as its exact body (`sealed` null).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::Receiver;
use super::clock;
use super::error::ApiError;

/// Listed when no `limit` is given, and the most that may be asked for.
pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 100;

/// `GET /api/inbox`.
pub async fn list(
    State(receiver): State<Receiver>,
    headers: HeaderMap,
    uri: Uri,
) -> Result<Response, ApiError> {
    let token = authorised(&receiver, &headers)?;
    let (mut after, mut limit) = (0, DEFAULT_LIMIT);
    for pair in uri.query().unwrap_or_default().split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        match name {
            "after" => {
                after = value
                    .parse::<i64>()
                    .ok()
                    .filter(|after| *after >= 0)
                    .ok_or_else(|| ApiError::invalid("after", "invalid"))?;
            }
            "limit" => {
                limit = value
                    .parse::<i64>()
                    .ok()
                    .filter(|limit| (1..=MAX_LIMIT).contains(limit))
                    .ok_or_else(|| ApiError::invalid("limit", "invalid"))?;
            }
            _ => {}
        }
    }
    let items = receiver
        .store
        .inbox(after, limit, &token, &clock::rfc3339(clock::now()))
        .await?;
    let next = items.last().map_or(after, |item| item.cursor);
    let submissions: Vec<_> = items
        .into_iter()
        .map(|item| {
            // A sealed submission is handed out as its envelope, never as text.
            let sealed: Option<serde_json::Value> = item
                .sealed
                .as_deref()
                .map(|text| serde_json::from_str(text).unwrap_or_default());
            json!({
                "cursor": item.cursor,
                "reference": item.reference,
                "received_at": item.received_at,
                "digest": item.digest,
                "kind": item.kind,
                "body": if sealed.is_some() { None } else { Some(item.body) },
                "sealed": sealed,
            })
        })
        .collect();
    Ok(no_store(
        (
            StatusCode::OK,
            Json(json!({ "submissions": submissions, "next": next })),
        )
            .into_response(),
    ))
}

/// `POST /api/inbox/<reference>/ack`.
pub async fn ack(
    State(receiver): State<Receiver>,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Result<Response, ApiError> {
    let token = authorised(&receiver, &headers)?;
    let acked = receiver
        .store
        .ack(&reference, &token, &clock::rfc3339(clock::now()))
        .await?
        .ok_or(ApiError::NotFound)?;
    if acked.now {
        tracing::info!("acknowledged {} ({token})", acked.reference);
    }
    Ok(no_store(
        (
            StatusCode::OK,
            Json(json!({ "reference": acked.reference, "acked_at": acked.acked_at })),
        )
            .into_response(),
    ))
}

/// The name of the bearer token presented, if the tokens file lists it now.
fn authorised(receiver: &Receiver, headers: &HeaderMap) -> Result<String, ApiError> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| {
            let (scheme, token) = value.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
        })
        .filter(|token| !token.is_empty())
        .and_then(|token| receiver.tokens.name_of(token))
        .ok_or(ApiError::Unauthorized)
}

fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
