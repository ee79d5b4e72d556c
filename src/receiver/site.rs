//! The site: the built wizard from `--dist`, then each `--extra-root`, searched in order for a
//! path (as `tests/e2e/server.mjs` does). Correct MIME types (`application/wasm`), and the
//! precompressed `.br` or `.gz` file when the client accepts it and the build wrote one.
//!
//! Nothing is served from outside a root: a path whose file (or its `index.html`, `.br` or
//! `.gz`) is, or passes through, a symbolic link that resolves outside the root is not found
//! in that root.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};
use tower_http::services::ServeDir;

use super::CSP;

/// The site's Content-Security-Policy: [`CSP`], with each stylesheet of the build (a `.css` file
/// at the top of `dist`) and its loader (`loader.js`) also allowed inline, by their SHA-256
/// hashes, as a page with pre-rendered pages carries them (`tests/e2e/prerender.mjs`, README
/// "The first pages, pre-rendered"). Sorted by file name, so the header is the same on every
/// start.
pub fn policy(dist: &Path) -> String {
    let hash = |path: &Path| {
        std::fs::read(path)
            .map(|bytes| format!(" 'sha256-{}'", STANDARD.encode(Sha256::digest(bytes))))
            .unwrap_or_default()
    };
    let mut sheets: Vec<PathBuf> = std::fs::read_dir(dist)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "css"))
        .collect();
    sheets.sort();
    let styles: String = sheets.iter().map(|path| hash(path)).collect();
    let loader = hash(&dist.join("loader.js"));
    let policy = CSP.replacen(
        "; style-src 'self'",
        &format!("{loader}; style-src 'self'"),
        1,
    );
    format!("{policy}{styles}")
}

/// Serves a GET or HEAD from the first root that has the file; 404 otherwise.
pub async fn serve(roots: Arc<Vec<PathBuf>>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let path = parts.uri.path();
    for root in roots.iter() {
        if leaves(root, path) {
            tracing::warn!("refused a path that leads out of {}", root.display());
            continue;
        }
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

/// Whether serving the URL path `path` from `root` could read a file outside `root`.
fn leaves(root: &Path, path: &str) -> bool {
    let Ok(real_root) = root.canonicalize() else {
        return false; // no such root: ServeDir finds nothing in it
    };
    let Ok(decoded) = percent_encoding::percent_decode_str(path).decode_utf8() else {
        return true;
    };
    let mut file = real_root.clone();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return true,
            _ if part.contains('\\') => return true,
            _ => file.push(part),
        }
    }
    let index = file.join("index.html");
    [file, index].iter().any(|file| {
        ["", ".br", ".gz"].iter().any(|suffix| {
            let mut candidate = file.clone().into_os_string();
            candidate.push(suffix);
            let candidate = PathBuf::from(candidate);
            candidate.symlink_metadata().is_ok()
                && !candidate
                    .canonicalize()
                    .is_ok_and(|real| real.starts_with(&real_root))
        })
    })
}

/// `path` made absolute, with every part of it that exists resolved (symbolic links followed),
/// so that two paths can be compared for one lying inside the other.
pub fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return rest.iter().rev().fold(real, |real, part| real.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                existing = parent;
            }
            _ => return absolute,
        }
    }
}
