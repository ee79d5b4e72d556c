//! The receiver over real TCP on 127.0.0.1: header, body and idle timeouts, the connection
//! cap's immediate 503, and the security headers on hyper's own answers.

use std::net::SocketAddr;
use std::time::Duration;

use intake_wizard::receiver::digest::content_digest;
use intake_wizard::receiver::serve::{Limits, serve};
use intake_wizard::receiver::{Args, CSP, Receiver, clock};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

use crate::harness::{args, example, new_key};

/// A receiver serving on a free loopback port until the returned sender is dropped.
pub async fn listen(args: &Args) -> (SocketAddr, oneshot::Sender<()>) {
    let receiver = Receiver::open(args).await.expect("the receiver opens");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let limits = Limits::of(args);
    tokio::spawn(async move {
        let _ = serve(listener, receiver.router(), limits, async {
            let _ = stopped.await;
        })
        .await;
    });
    (address, stop)
}

fn short_limits() -> Args {
    let mut args = args();
    args.header_timeout = 1;
    args.body_timeout = 1;
    args.idle_timeout = 1;
    args
}

/// Everything the server writes until it closes the connection (at most `wait`).
async fn read_all(stream: &mut TcpStream, wait: Duration) -> String {
    let mut out = Vec::new();
    let _ = tokio::time::timeout(wait, stream.read_to_end(&mut out)).await;
    String::from_utf8_lossy(&out).into_owned()
}

async fn health(address: SocketAddr) -> String {
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"GET /api/health HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
        .await
        .unwrap();
    read_all(&mut stream, Duration::from_secs(5)).await
}

#[tokio::test]
async fn headers_that_never_finish_are_cut_off_after_the_header_timeout() {
    let (address, _stop) = listen(&short_limits()).await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"GET /api/health HTTP/1.1\r\nhost: x\r\n")
        .await
        .unwrap();
    let started = clock::instant();
    let answer = read_all(&mut stream, Duration::from_secs(10)).await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "closed after {:?}",
        started.elapsed()
    );
    assert!(!answer.contains("200 OK"), "{answer}");
    assert!(health(address).await.starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn a_body_that_never_finishes_is_408_after_the_body_timeout() {
    let (address, _stop) = listen(&short_limits()).await;
    let body = example("family-se.json");
    let mut stream = TcpStream::connect(address).await.unwrap();
    let head = format!(
        "POST /api/submissions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n\
         content-length: {}\r\ncontent-digest: {}\r\nidempotency-key: {}\r\n\r\n",
        body.len(),
        content_digest(&body),
        new_key()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&body[..100]).await.unwrap();
    let answer = read_all(&mut stream, Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("body-timeout"), "{answer}");
}

#[tokio::test]
async fn a_kept_alive_connection_that_sends_nothing_is_closed() {
    let (address, _stop) = listen(&short_limits()).await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"GET /api/health HTTP/1.1\r\nhost: x\r\n\r\n")
        .await
        .unwrap();
    let started = clock::instant();
    let answer = read_all(&mut stream, Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "closed after {:?}",
        started.elapsed()
    );
}

/// A receiver with room for two connections, and two slow clients holding them (each has sent
/// the first line of a request, and no more).
async fn at_the_cap() -> (SocketAddr, oneshot::Sender<()>, Vec<TcpStream>) {
    let mut args = args();
    args.max_clients = 2;
    let (address, stop) = listen(&args).await;
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream
            .write_all(b"GET /api/health HTTP/1.1\r\n")
            .await
            .unwrap();
        held.push(stream);
    }
    (address, stop, held)
}

#[tokio::test]
async fn past_the_connection_cap_a_client_gets_an_immediate_503() {
    let (address, _stop, held) = at_the_cap().await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = clock::instant();
    let answer = health(address).await;
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("retry-after: 1\r\n"), "{answer}");
    assert!(answer.contains(&format!("content-security-policy: {CSP}\r\n")));
    assert!(answer.contains("\"code\":\"overloaded\""), "{answer}");
    drop(held);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(health(address).await.starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn at_the_cap_a_new_client_takes_the_place_of_the_oldest_slow_one() {
    let (address, _stop, held) = at_the_cap().await;
    // Two seconds without a complete request: these slow clients may be evicted.
    tokio::time::sleep(Duration::from_millis(2300)).await;
    for _ in 0..3 {
        assert!(health(address).await.starts_with("HTTP/1.1 200"));
    }
    for mut stream in held {
        let answer = read_all(&mut stream, Duration::from_secs(2)).await;
        assert!(!answer.contains("200 OK"), "{answer}");
    }
}

#[tokio::test]
async fn hypers_own_answers_to_unreadable_requests_carry_the_security_headers() {
    let (address, _stop) = listen(&args()).await;
    let mut many_headers = String::from("GET / HTTP/1.1\r\nhost: x\r\n");
    for index in 0..200 {
        many_headers.push_str(&format!("x-filler-{index}: {}\r\n", "y".repeat(50)));
    }
    many_headers.push_str("\r\n");
    for (request, status) in [
        (many_headers, "431"),
        ("NOT A REQUEST\r\n\r\n".to_owned(), "400"),
    ] {
        let mut stream = TcpStream::connect(address).await.unwrap();
        let _ = stream.write_all(request.as_bytes()).await;
        let answer = read_all(&mut stream, Duration::from_secs(5)).await;
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status}")),
            "{}",
            &answer[..answer.len().min(200)]
        );
        let head = answer.to_ascii_lowercase();
        assert!(
            head.contains(&format!("content-security-policy: {CSP}\r\n")),
            "{answer}"
        );
        assert!(
            head.contains("x-content-type-options: nosniff\r\n"),
            "{answer}"
        );
        assert!(
            head.contains("referrer-policy: no-referrer\r\n"),
            "{answer}"
        );
    }
}
