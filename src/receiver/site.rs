//! The site: the built wizard from `--dist`, then each `--extra-root`, searched in order for a
//! path (as `tests/e2e/server.mjs` does). Correct MIME types (`application/wasm`), and the
//! precompressed `.br` or `.gz` file when the client accepts it and the build wrote one.

use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_http::services::ServeDir;

/// Serves a GET or HEAD from the first root that has the file; 404 otherwise.
pub async fn serve(roots: Arc<Vec<PathBuf>>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    for root in roots.iter() {
        let mut builder = Request::builder()
            .method(parts.method.clone())
            .uri(parts.uri.clone());
        if let Some(headers) = builder.headers_mut() {
            headers.extend(parts.headers.clone());
        }
        let Ok(attempt) = builder.body(Body::empty()) else {
            break;
        };
        let mut files = ServeDir::new(root)
            .precompressed_br()
            .precompressed_gzip()
            .append_index_html_on_directories(true);
        match files.try_call(attempt).await {
            Ok(response) if response.status() != StatusCode::NOT_FOUND => {
                return response.map(Body::new);
            }
            Ok(_) => continue,
            Err(error) => {
                tracing::error!("reading {}: {error}", root.display());
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        }
    }
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "Not found",
    )
        .into_response()
}
