//! Rate limiting per client address (`--rate-limit`, requests per minute to `/api/`; 0 is off):
//! a token bucket per address that holds a minute's worth and refills evenly. Past it, 429
//! `rate-limited` with `Retry-After` (which the wizard honours). The address is the TCP peer's
//! (`serve` records it); behind a load balancer every client has the balancer's address, so
//! the limit is off by default (README "Decisions"). Addresses are kept in memory only, for the
//! bucket, and never logged or counted in the metrics.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::clock;
use super::error::ApiError;

/// Buckets kept before the ones full again are dropped.
const MAX_ADDRESSES: usize = 100_000;

#[derive(Debug)]
pub struct RateLimit {
    per_minute: u32,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl RateLimit {
    pub fn new(per_minute: u32) -> Arc<RateLimit> {
        Arc::new(RateLimit {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
        })
    }

    /// Takes one request from `address`'s bucket: `Err(seconds)` to wait when it is empty.
    fn take(&self, address: IpAddr, now: Instant) -> Result<(), u64> {
        let capacity = f64::from(self.per_minute);
        let per_second = capacity / 60.0;
        let Ok(mut buckets) = self.buckets.lock() else {
            return Ok(());
        };
        if buckets.len() >= MAX_ADDRESSES {
            buckets.retain(|_, bucket| {
                bucket.tokens + now.duration_since(bucket.at).as_secs_f64() * per_second < capacity
            });
        }
        let bucket = buckets.entry(address).or_insert(Bucket {
            tokens: capacity,
            at: now,
        });
        let refilled = bucket.tokens + now.duration_since(bucket.at).as_secs_f64() * per_second;
        bucket.tokens = refilled.min(capacity);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait = ((1.0 - bucket.tokens) / per_second).ceil();
            Err(if wait.is_finite() && wait >= 1.0 {
                wait as u64
            } else {
                1
            })
        }
    }
}

/// The middleware in front of `/api/`.
pub async fn limit(State(limit): State<Arc<RateLimit>>, request: Request, next: Next) -> Response {
    if limit.per_minute > 0
        && let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>()
        && let Err(wait) = limit.take(peer.ip(), clock::instant())
    {
        return ApiError::RateLimited(wait).into_response();
    }
    next.run(request).await
}
