//! Connections: the accept loop in front of the router, with the limits a server on the open
//! internet needs (README "Receiver"):
//!
//! - at most `max_clients` connections at once, so a crowd of slow clients can never use up the
//!   process's file descriptors. At the cap, a new connection takes the place of the oldest one
//!   that is answering nothing and is either silent for a second or still without a complete
//!   request after two (a slow client holding a place); when there is none, it gets an
//!   immediate 503 (`Retry-After: 1`) and is closed;
//! - a request's headers must arrive within `header_timeout` (hyper's timer, which also runs
//!   while a kept-alive connection waits for its next request);
//! - a connection that moves no bytes for `idle_timeout` while no request is being answered is
//!   closed (a client that stops reading, or stalls inside a request);
//! - the body timeout is the submission handler's (`Receiver::body_timeout`).
//!
//! hyper answers a request it cannot parse (400, 414, 431) itself, below the router's layers;
//! `Watched` adds the security headers to those answers as they are written.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Weak};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, Semaphore, watch};
use tower::Service;

use super::{Args, SECURITY_HEADERS, clock};

/// Connection limits (the flags of the same names).
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
    pub max_clients: usize,
}

impl Limits {
    pub fn of(args: &Args) -> Limits {
        Limits {
            header_timeout: Duration::from_secs(args.header_timeout.max(1)),
            idle_timeout: Duration::from_secs(args.idle_timeout.max(1)),
            max_clients: args.max_clients.max(1),
        }
    }
}

/// Connections over the cap being handled at once (an eviction or a refusal); past it, one is
/// closed unanswered.
const MAX_REFUSING: usize = 64;

/// How long a connection over the cap waits for the place of the one it evicted.
const EVICTION_WAIT: Duration = Duration::from_millis(500);

/// The open connections, for choosing one to evict at the cap.
#[derive(Default)]
struct Open(std::sync::Mutex<Vec<Weak<Activity>>>);

impl Open {
    fn register(&self, activity: &Arc<Activity>, max_clients: usize) {
        if let Ok(mut open) = self.0.lock() {
            if open.len() >= 2 * max_clients {
                open.retain(|weak| weak.strong_count() > 0);
            }
            open.push(Arc::downgrade(activity));
        }
    }

    /// Tells the oldest evictable connection to close; whether there was one.
    fn evict_one(&self) -> bool {
        let Ok(mut open) = self.0.lock() else {
            return false;
        };
        open.retain(|weak| weak.strong_count() > 0);
        let victim = open
            .iter()
            .filter_map(Weak::upgrade)
            .filter(|activity| activity.evictable())
            .min_by_key(|activity| activity.started);
        match victim {
            Some(victim) => {
                victim.evicted.store(true, Ordering::Relaxed);
                victim.evict.notify_one();
                true
            }
            None => false,
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests in flight
/// finish and returns once every connection has closed.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let clients = Arc::new(Semaphore::new(limits.max_clients));
    let open = Arc::new(Open::default());
    let refusing = Arc::new(Semaphore::new(MAX_REFUSING));
    let (stop, stopped) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of descriptors, or a connection reset before it was accepted.
                    tracing::warn!("accept: {error}");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let activity = Arc::new(Activity::new());
        let (router, stopped) = (router.clone(), stopped.clone());
        if let Ok(permit) = Arc::clone(&clients).try_acquire_owned() {
            open.register(&activity, limits.max_clients);
            tokio::spawn(async move {
                connection(stream, peer, router, limits, activity, stopped).await;
                drop(permit);
            });
        } else if let Ok(refusal) = Arc::clone(&refusing).try_acquire_owned() {
            let (clients, open) = (Arc::clone(&clients), Arc::clone(&open));
            tokio::spawn(async move {
                let place = if open.evict_one() {
                    tokio::time::timeout(EVICTION_WAIT, clients.acquire_owned())
                        .await
                        .ok()
                        .and_then(Result::ok)
                } else {
                    None
                };
                drop(refusal);
                match place {
                    Some(permit) => {
                        open.register(&activity, limits.max_clients);
                        connection(stream, peer, router, limits, activity, stopped).await;
                        drop(permit);
                    }
                    None => refuse(stream).await,
                }
            });
        }
    }
    drop(listener);
    let _ = stop.send(true);
    let all = u32::try_from(limits.max_clients).unwrap_or(u32::MAX);
    let _ = clients.acquire_many(all).await;
    Ok(())
}

/// The immediate answer past the connection cap.
async fn refuse(mut stream: TcpStream) {
    let body = r#"{"errors":[{"path":"","code":"overloaded"}]}"#;
    let mut head = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nretry-after: 1\r\ncache-control: no-store\r\nconnection: close\r\n",
        body.len()
    );
    for (name, value) in SECURITY_HEADERS {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    head.push_str(body);
    let answer = async {
        stream.write_all(head.as_bytes()).await?;
        stream.shutdown().await?;
        // Read what the client sent before closing, so that the close is not a reset that
        // could destroy the answer before the client reads it.
        let mut sink = [0u8; 4096];
        while stream.read(&mut sink).await? > 0 {}
        io::Result::Ok(())
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), answer).await;
}

async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    limits: Limits,
    activity: Arc<Activity>,
    mut stopped: watch::Receiver<bool>,
) {
    let io = TokioIo::new(Watched {
        stream,
        activity: Arc::clone(&activity),
        patch: None,
    });
    let busy = Arc::clone(&activity);
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        let mut router = router.clone();
        let answering = Answering::start(Arc::clone(&busy));
        async move {
            let response = router.call(request).await;
            drop(answering);
            response
        }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let connection = builder.serve_connection(io, service);
    tokio::pin!(connection);
    let mut stopping = false;
    loop {
        tokio::select! {
            _ = connection.as_mut() => break,
            _ = stopped.changed(), if !stopping => {
                stopping = true;
                connection.as_mut().graceful_shutdown();
            }
            () = activity.idle_for(limits.idle_timeout) => break,
            () = activity.evict.notified() => break,
        }
    }
}

/// When a connection last moved bytes, how many of its requests were and are being answered,
/// and the signal that evicts it.
struct Activity {
    started: Instant,
    last_millis: AtomicU64,
    requests: AtomicUsize,
    answering: AtomicUsize,
    evicted: AtomicBool,
    evict: Notify,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            started: clock::instant(),
            last_millis: AtomicU64::new(0),
            requests: AtomicUsize::new(0),
            answering: AtomicUsize::new(0),
            evicted: AtomicBool::new(false),
            evict: Notify::new(),
        }
    }

    /// Answering nothing, and silent for a second or without a complete first request after
    /// two.
    fn evictable(&self) -> bool {
        let now = self.millis();
        let silent = now.saturating_sub(self.last_millis.load(Ordering::Relaxed)) >= 1000;
        let stuck = self.requests.load(Ordering::Relaxed) == 0 && now >= 2000;
        self.answering.load(Ordering::Relaxed) == 0
            && !self.evicted.load(Ordering::Relaxed)
            && (silent || stuck)
    }

    fn millis(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn touch(&self) {
        self.last_millis.store(self.millis(), Ordering::Relaxed);
    }

    /// Resolves once no bytes have moved for `limit` while nothing was being answered.
    async fn idle_for(&self, limit: Duration) {
        loop {
            let idle = Duration::from_millis(
                self.millis()
                    .saturating_sub(self.last_millis.load(Ordering::Relaxed)),
            );
            let answering = self.answering.load(Ordering::Relaxed) > 0;
            if !answering && idle >= limit {
                return;
            }
            let wait = if answering {
                limit / 4
            } else {
                limit.saturating_sub(idle)
            };
            tokio::time::sleep(wait.max(Duration::from_millis(50))).await;
        }
    }
}

/// Marks a request as being answered while it lives.
struct Answering(Arc<Activity>);

impl Answering {
    fn start(activity: Arc<Activity>) -> Answering {
        activity.requests.fetch_add(1, Ordering::Relaxed);
        activity.answering.fetch_add(1, Ordering::Relaxed);
        Answering(activity)
    }
}

impl Drop for Answering {
    fn drop(&mut self) {
        self.0.answering.fetch_sub(1, Ordering::Relaxed);
        self.0.touch();
    }
}

/// The client's socket: records activity, and adds the security headers to hyper's own
/// answers (the only ones written without a Content-Security-Policy).
struct Watched {
    stream: TcpStream,
    activity: Arc<Activity>,
    patch: Option<Patch>,
}

/// A response head being written with the security headers added.
struct Patch {
    bytes: Vec<u8>,
    written: usize,
    /// The length of hyper's buffer, reported as written once `bytes` are.
    reported: usize,
}

impl AsyncRead for Watched {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let result = Pin::new(&mut this.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            this.activity.touch();
        }
        result
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.patch.is_none()
            && let Some(bytes) = with_security_headers(buf)
        {
            this.patch = Some(Patch {
                bytes,
                written: 0,
                reported: buf.len(),
            });
        }
        let Some(patch) = &mut this.patch else {
            let result = Pin::new(&mut this.stream).poll_write(cx, buf);
            if matches!(result, Poll::Ready(Ok(written)) if written > 0) {
                this.activity.touch();
            }
            return result;
        };
        while patch.written < patch.bytes.len() {
            match Pin::new(&mut this.stream).poll_write(cx, &patch.bytes[patch.written..]) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Ok(0)),
                Poll::Ready(Ok(written)) => {
                    patch.written += written;
                    this.activity.touch();
                }
                Poll::Ready(Err(error)) => return Poll::Ready(Err(error)),
                Poll::Pending => return Poll::Pending,
            }
        }
        let reported = patch.reported;
        this.patch = None;
        Poll::Ready(Ok(reported))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

/// `buf` with the security headers after its status line, if it starts with a response head
/// that lacks them (one of hyper's own answers); else `None`.
fn with_security_headers(buf: &[u8]) -> Option<Vec<u8>> {
    // hyper's own answers are 400, 414 and 431.
    if !buf.starts_with(b"HTTP/1.") || buf.get(9) != Some(&b'4') {
        return None;
    }
    let head_end = buf.windows(4).position(|window| window == b"\r\n\r\n")?;
    let head = buf[..head_end].to_ascii_lowercase();
    if head
        .windows(b"content-security-policy:".len())
        .any(|window| window == b"content-security-policy:")
    {
        return None;
    }
    let line_end = buf.windows(2).position(|window| window == b"\r\n")? + 2;
    let mut out = Vec::with_capacity(buf.len() + 200);
    out.extend_from_slice(&buf[..line_end]);
    for (name, value) in SECURITY_HEADERS {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(b"cache-control: no-store\r\n");
    out.extend_from_slice(&buf[line_end..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::with_security_headers;

    #[test]
    fn hypers_own_answers_get_the_security_headers_and_others_are_left_alone() {
        let own = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\r\n";
        let patched = String::from_utf8(with_security_headers(own).unwrap()).unwrap();
        assert!(patched.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
        assert!(patched.contains("\r\ncontent-security-policy: default-src 'self'"));
        assert!(patched.contains("\r\nx-content-type-options: nosniff\r\n"));
        assert!(patched.ends_with("content-length: 0\r\n\r\n"));
        let ours = b"HTTP/1.1 200 OK\r\nContent-Security-Policy: x\r\n\r\nbody";
        assert_eq!(with_security_headers(ours), None);
        assert_eq!(with_security_headers(b"body bytes"), None);
    }
}
