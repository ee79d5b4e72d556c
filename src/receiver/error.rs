//! The receiver's errors: `ApiError` for a request (each a status and codes, never prose to the
//! user), `ReceiverError` for start-up and serving.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::domain::payload::PayloadError;

use super::store::StoreError;

/// Most errors in one answer; past them the body says `"truncated": true`. (A body of
/// thousands of unknown answers would otherwise get a reply larger than itself.)
pub const MAX_ERRORS: usize = 100;

/// Why a request was refused. Every variant but `Storage` is the client's input; none stores
/// anything.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("content type is not application/json")]
    UnsupportedMediaType,
    #[error("body larger than {0} bytes")]
    TooLarge(usize),
    #[error("body not received in time")]
    BodyTimeout,
    #[error("invalid request: {0:?}")]
    Invalid(Vec<PayloadError>),
    #[error("idempotency key reused with another body")]
    KeyReused,
    #[error("no valid bearer token")]
    Unauthorized,
    #[error("no such submission")]
    NotFound,
    #[error("too many requests from one address")]
    RateLimited(u64),
    #[error("storage: {0}")]
    Storage(#[from] StoreError),
    #[error("sealing failed")]
    Sealing,
}

impl ApiError {
    /// One error at `path` with `code`.
    pub fn invalid(path: impl Into<String>, code: &'static str) -> ApiError {
        ApiError::Invalid(vec![PayloadError {
            path: path.into(),
            code,
        }])
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::Invalid(_) => StatusCode::BAD_REQUEST,
            ApiError::KeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Storage(_) | ApiError::Sealing => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The first error's code (the one the metrics count).
    pub fn code(&self) -> &'static str {
        self.errors().first().map_or("unknown", |error| error.code)
    }

    fn errors(&self) -> Vec<PayloadError> {
        let one = |code| {
            vec![PayloadError {
                path: String::new(),
                code,
            }]
        };
        match self {
            ApiError::UnsupportedMediaType => one("unsupported-media-type"),
            ApiError::TooLarge(_) => one("body-too-large"),
            ApiError::BodyTimeout => one("body-timeout"),
            ApiError::Invalid(errors) => errors.clone(),
            ApiError::KeyReused => vec![PayloadError {
                path: "Idempotency-Key".to_owned(),
                code: "idempotency-key-reused",
            }],
            ApiError::Unauthorized => vec![PayloadError {
                path: "Authorization".to_owned(),
                code: "unauthorized",
            }],
            ApiError::NotFound => vec![PayloadError {
                path: "reference".to_owned(),
                code: "not-found",
            }],
            ApiError::RateLimited(_) => one("rate-limited"),
            ApiError::Storage(_) => one("storage-failed"),
            ApiError::Sealing => one("sealing-failed"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Storage(error) = &self {
            tracing::error!("storage failed: {error}");
        }
        if let ApiError::Sealing = &self {
            tracing::error!("sealing failed");
        }
        let mut errors = self.errors();
        let body = if errors.len() > MAX_ERRORS {
            errors.truncate(MAX_ERRORS);
            json!({ "errors": errors, "truncated": true })
        } else {
            json!({ "errors": errors })
        };
        let mut response = (self.status(), Json(body)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        match self {
            ApiError::Unauthorized => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            ApiError::RateLimited(seconds) => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            }
            _ => {}
        }
        response
    }
}

/// Why the receiver could not start or serve.
#[derive(Debug, thiserror::Error)]
pub enum ReceiverError {
    #[error("storage: {0}")]
    Store(#[from] StoreError),
    #[error("cannot listen on {0}: {1}")]
    Bind(std::net::SocketAddr, std::io::Error),
    #[error("serving failed: {0}")]
    Serve(std::io::Error),
    #[error("bad value for {0}: {1}")]
    Flag(&'static str, String),
    #[error("forwarding TLS: {0}")]
    Tls(String),
    #[error("--seal-to {}: {}", .0.display(), .1)]
    Key(std::path::PathBuf, String),
    #[error("cannot write the export: {0}")]
    Export(std::io::Error),
    #[error(
        "the data folder {} lies inside the served folder {}: the database would be served",
        .0.display(),
        .1.display()
    )]
    DataInRoot(std::path::PathBuf, std::path::PathBuf),
}
