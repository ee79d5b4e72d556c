//! Forwarding over https:// to a local case system on 127.0.0.1 that asks for a client
//! certificate (mutual TLS), with a test CA made here (rcgen).

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use intake_wizard::receiver::forward;
use rcgen::{
    BasicConstraints, Certificate, CertificateParams, ExtendedKeyUsagePurpose, IsCa, KeyPair,
};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::sync::mpsc;

use crate::harness::{Harness, args, example, new_key, post, start_with};

struct Ca {
    certificate: Certificate,
    key: KeyPair,
}

fn new_ca() -> Ca {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    Ca {
        certificate: params.self_signed(&key).unwrap(),
        key,
    }
}

fn issue(ca: &Ca, names: &[&str], usage: ExtendedKeyUsagePurpose) -> (Certificate, KeyPair) {
    let key = KeyPair::generate().unwrap();
    let names: Vec<String> = names.iter().map(|name| (*name).to_owned()).collect();
    let mut params = CertificateParams::new(names).unwrap();
    params.extended_key_usages = vec![usage];
    (
        params.signed_by(&key, &ca.certificate, &ca.key).unwrap(),
        key,
    )
}

/// A TLS case system on 127.0.0.1 that needs a client certificate from `ca`; each request's
/// body is sent on the channel.
async fn case_system(ca: &Ca) -> (String, mpsc::UnboundedReceiver<Bytes>) {
    let (server, server_key) = issue(ca, &["127.0.0.1"], ExtendedKeyUsagePurpose::ServerAuth);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots.add(ca.certificate.der().clone()).unwrap();
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        Arc::clone(&provider),
    )
    .build()
    .unwrap();
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(
            vec![server.der().clone()],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der())),
        )
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (sent, received) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let (acceptor, sent) = (acceptor.clone(), sent.clone());
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(stream).await else {
                    return; // no or an untrusted client certificate
                };
                let service =
                    hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
                        let sent = sent.clone();
                        async move {
                            use http_body_util::BodyExt;
                            let body = request.into_body().collect().await?.to_bytes();
                            let _ = sent.send(body);
                            let mut response = hyper::Response::new(Full::new(Bytes::new()));
                            *response.status_mut() = StatusCode::CREATED;
                            Ok::<_, hyper::Error>(response)
                        }
                    });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), service)
                    .await;
            });
        }
    });
    (format!("https://{address}/intake"), received)
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

async fn state_after(harness: &Harness, reference: &str, wait: Duration) -> Option<String> {
    let mut state = None;
    for _ in 0..(wait.as_millis() / 100) {
        state = harness.store().delivery_state(reference).await.unwrap();
        if state.as_deref() == Some("delivered") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    state
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_submission_is_forwarded_over_mutual_tls_to_a_server_of_the_given_ca() {
    let ca = new_ca();
    let (url, mut received) = case_system(&ca).await;
    let (client, client_key) = issue(
        &ca,
        &["intake-receiver"],
        ExtendedKeyUsagePurpose::ClientAuth,
    );
    let mut args = args();
    let dir = args.data_dir.with_file_name("tls");
    std::fs::create_dir_all(&dir).unwrap();
    args.forward_url = Some(url);
    args.forward_ca = Some(write(&dir, "ca.pem", &ca.certificate.pem()));
    args.forward_client_cert = Some(write(&dir, "client.pem", &client.pem()));
    args.forward_client_key = Some(write(&dir, "client-key.pem", &client_key.serialize_pem()));
    let harness = start_with(args.clone()).await;
    let forwarder = forward::spawn(&harness.receiver, &args).unwrap().unwrap();
    let body = example("family-se.json");
    let answer = post(&harness.router, &body, &new_key()).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let forwarded = tokio::time::timeout(Duration::from_secs(15), received.recv())
        .await
        .expect("forwarded in time")
        .unwrap();
    assert_eq!(forwarded.as_ref(), body.as_slice());
    let reference = answer.json["reference"].as_str().unwrap();
    assert_eq!(
        state_after(&harness, reference, Duration::from_secs(5))
            .await
            .as_deref(),
        Some("delivered")
    );
    forwarder.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_client_certificate_or_an_untrusted_server_is_not_a_delivery() {
    let ca = new_ca();
    let (url, mut received) = case_system(&ca).await;
    let other_ca = new_ca();
    let (client, client_key) = issue(
        &ca,
        &["intake-receiver"],
        ExtendedKeyUsagePurpose::ClientAuth,
    );
    let base = args();
    let dir = base.data_dir.with_file_name("tls");
    std::fs::create_dir_all(&dir).unwrap();
    let ca_file = write(&dir, "ca.pem", &ca.certificate.pem());
    let other_file = write(&dir, "other-ca.pem", &other_ca.certificate.pem());
    let cert_file = write(&dir, "client.pem", &client.pem());
    let key_file = write(&dir, "client-key.pem", &client_key.serialize_pem());
    // Trusts the server but has no client certificate; has one but trusts another CA.
    for (trusted, certificate) in [
        (ca_file.clone(), None),
        (other_file, Some((cert_file.clone(), key_file.clone()))),
    ] {
        let mut args = args();
        args.forward_url = Some(url.clone());
        args.forward_ca = Some(trusted);
        if let Some((cert, key)) = certificate {
            args.forward_client_cert = Some(cert);
            args.forward_client_key = Some(key);
        }
        let harness = start_with(args.clone()).await;
        let forwarder = forward::spawn(&harness.receiver, &args).unwrap().unwrap();
        let answer = post(&harness.router, &example("family-se.json"), &new_key()).await;
        let reference = answer.json["reference"].as_str().unwrap().to_owned();
        let state = state_after(&harness, &reference, Duration::from_secs(2)).await;
        assert_eq!(state.as_deref(), Some("pending"));
        assert!(
            received.try_recv().is_err(),
            "nothing reached the case system"
        );
        forwarder.stop().await;
    }
    // Half a client certificate is refused at start-up.
    let mut half = args();
    half.forward_url = Some(url);
    half.forward_client_cert = Some(cert_file);
    let harness = start_with(half.clone()).await;
    assert!(forward::spawn(&harness.receiver, &half).is_err());
}
