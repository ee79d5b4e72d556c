//! A sealing receiver (`--seal-to`): its rows, files and logs hold no plaintext; the inbox and
//! the forwarder hand out envelopes that open with the private key; `/api/health` says so;
//! rotation keeps old rows openable with the old key, and rows stored in the clear before
//! sealing was turned on keep working; retention deletes envelopes; `intake-keys` and
//! `intake-open` end to end.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use intake_wizard::receiver::tokens::line_for;
use intake_wizard::receiver::{Args, Receiver, forward};
use intake_wizard::seal::{self, Envelope, PrivateKey, generate};
use serde_json::{Value, json};

use crate::harness::{
    Harness, args, example, examples, fresh_dir, new_key, open, post, send, start_with,
};

const TOKEN: &str = "the-case-systems-secret";

/// Every log line any test in this binary writes from the first call on (a global subscriber).
fn logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs: Arc<Mutex<Vec<u8>>> = Arc::default();
        let writer = Arc::clone(&logs);
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || Capture(Arc::clone(&writer)))
            .finish();
        let _ = tracing::subscriber::set_global_default(subscriber);
        logs
    })
    .clone()
}

struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A key pair in `dir`: the private key, and the public key file.
fn key_in(dir: &Path) -> (PrivateKey, PathBuf) {
    let key = generate().unwrap();
    let file = dir.join(format!("{}.public.jwk", key.kid()));
    std::fs::write(&file, key.public().to_jwk()).unwrap();
    (key, file)
}

/// Settings with an inbox token, sealing to `keys`.
fn sealed_args(keys: &[PathBuf]) -> Args {
    let mut args = args();
    let file = args.data_dir.with_file_name("tokens.txt");
    std::fs::write(&file, format!("{}\n", line_for("case-system", TOKEN))).unwrap();
    args.tokens_file = Some(file);
    args.seal_to = keys.to_vec();
    args
}

fn get(path: &str) -> Request<Body> {
    Request::get(path)
        .header("authorization", format!("Bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap()
}

async fn submit(harness: &Harness, name: &str) -> String {
    let answer = post(&harness.router, &example(name), &new_key()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.json);
    answer.json["reference"].as_str().unwrap().to_owned()
}

async fn inbox(harness: &Harness) -> Vec<Value> {
    let answer = send(&harness.router, get("/api/inbox?limit=100")).await;
    assert_eq!(answer.status, StatusCode::OK);
    answer.json["submissions"].as_array().unwrap().clone()
}

/// Names, identity numbers and addresses in the example payloads.
fn personal_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for (_, body) in examples() {
        let payload: Value = serde_json::from_slice(&body).unwrap();
        let people = payload["people"].as_array().unwrap();
        let answers =
            std::iter::once(&payload["answers"]).chain(people.iter().map(|p| &p["answers"]));
        for (id, answer) in answers.flat_map(|answers| answers.as_object().unwrap()) {
            // (Not `has-person-id`: its "yes" is three letters a ciphertext's base64 can hold.)
            let personal = id.ends_with("-name")
                || (id.ends_with("person-id") && !id.starts_with("has-"))
                || id.ends_with("street-address");
            if let (true, Some(text)) = (personal, answer.as_str()) {
                texts.push(text.to_owned());
            }
        }
    }
    texts.sort();
    texts.dedup();
    assert!(
        texts.iter().any(|text| text == "Karin Lind")
            && texts.iter().any(|text| text == "201503142380")
            && texts.iter().all(|text| text.len() >= 6),
        "{texts:?}"
    );
    texts
}

/// The contents of every file in `dir` (the SQLite database, its WAL and shared memory).
fn files_in(dir: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            bytes.extend(std::fs::read(&path).unwrap());
        }
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

#[tokio::test]
async fn a_sealing_receiver_keeps_no_plaintext_in_its_rows_files_or_logs() {
    let logs = logs();
    let dir = fresh_dir();
    let (key, public) = key_in(&dir);
    let harness = start_with(sealed_args(&[public])).await;
    let mut references = Vec::new();
    for (name, _) in examples() {
        references.push(submit(&harness, &name).await);
    }
    // A replay and a refusal log too.
    let body = example("family-se.json");
    let key_header = new_key();
    for _ in 0..2 {
        post(&harness.router, &body, &key_header).await;
    }
    let mut refused: Value = serde_json::from_slice(&body).unwrap();
    refused["people"][0]["answers"]["person-id"] = json!("201503142381");
    post(&harness.router, refused.to_string().as_bytes(), &new_key()).await;
    let listed = inbox(&harness).await;
    assert_eq!(listed.len(), references.len() + 1);

    let texts = personal_texts();
    let rows = harness.store().everything_stored().await.unwrap();
    for text in &texts {
        assert!(
            !rows.iter().any(|value| value.contains(text.as_str())),
            "a row holds {text}"
        );
    }
    for reference in &references {
        assert_eq!(
            harness.store().body(reference).await.unwrap().as_deref(),
            Some("")
        );
        let (envelope, sealed_to) = harness.store().sealed(reference).await.unwrap().unwrap();
        assert_eq!(sealed_to, key.kid());
        let envelope = Envelope::from_json(&serde_json::from_str(&envelope).unwrap()).unwrap();
        assert!(seal::open(&envelope, &key).is_ok());
    }
    if harness.args.database_url.is_none() {
        let files = files_in(&harness.dir);
        assert!(files.len() > 4096);
        for text in &texts {
            assert!(!contains(&files, text), "the SQLite files hold {text}");
        }
    }
    harness.store().close().await;
    let logs = logs.lock().unwrap().clone();
    assert!(contains(&logs, &references[0]), "the logs name references");
    for text in &texts {
        assert!(!contains(&logs, text), "the logs hold {text}");
    }
}

#[tokio::test]
async fn without_sealing_the_same_search_finds_the_plaintext() {
    // The control of the test above: the search does find what an unsealed receiver keeps.
    let harness = start_with(args()).await;
    submit(&harness, "family-se.json").await;
    let rows = harness.store().everything_stored().await.unwrap();
    assert!(rows.iter().any(|value| value.contains("Karin Lind")));
    if harness.args.database_url.is_none() {
        harness.store().close().await;
        assert!(contains(&files_in(&harness.dir), "201503142380"));
    }
}

#[tokio::test]
async fn health_says_whether_and_to_which_keys_submissions_are_sealed() {
    let health = || Request::get("/api/health").body(Body::empty()).unwrap();
    let plain = start_with(args()).await;
    let answer = send(&plain.router, health()).await;
    assert_eq!(answer.json["sealed"], json!(false));
    assert_eq!(answer.json["keys"], json!([]));

    let dir = fresh_dir();
    let (first, first_file) = key_in(&dir);
    let (second, second_file) = key_in(&dir);
    let sealed = start_with(sealed_args(&[first_file.clone(), second_file, first_file])).await;
    let answer = send(&sealed.router, health()).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json["sealed"], json!(true));
    assert_eq!(answer.json["keys"], json!([first.kid(), second.kid()]));
    sealed.store().close().await;
    let answer = send(&sealed.router, health()).await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.json["sealed"], json!(true));
}

#[tokio::test]
async fn a_private_key_or_a_broken_file_is_refused_at_start() {
    let dir = fresh_dir();
    let key = generate().unwrap();
    let private = dir.join("private.jwk");
    std::fs::write(&private, key.to_jwk()).unwrap();
    for file in [private, dir.join("missing.jwk")] {
        let mut args = args();
        args.seal_to = vec![file.clone()];
        let error = Receiver::open(&args).await.err().expect("refused");
        assert!(error.to_string().starts_with("--seal-to"), "{error}");
    }
}

#[tokio::test]
async fn the_inbox_hands_out_envelopes_and_either_of_two_keys_opens_them() {
    let dir = fresh_dir();
    let (case_system, case_file) = key_in(&dir);
    let (archive, archive_file) = key_in(&dir);
    let harness = start_with(sealed_args(&[case_file, archive_file])).await;
    let reference = submit(&harness, "volunteer-dk.json").await;
    let item = inbox(&harness).await.remove(0);
    assert_eq!(item["reference"], json!(reference));
    assert_eq!(item["body"], Value::Null);
    let envelope = Envelope::from_json(&item["sealed"]).unwrap();
    assert_eq!(envelope.sealing.reference, reference);
    assert_eq!(envelope.sealing.digest, item["digest"].as_str().unwrap());
    for key in [&case_system, &archive] {
        let opened = seal::open(&envelope, key).unwrap();
        assert_eq!(opened.body.as_bytes(), example("volunteer-dk.json"));
    }
    let ack = Request::post(format!("/api/inbox/{reference}/ack"))
        .header("authorization", format!("Bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&harness.router, ack).await.status, StatusCode::OK);
    assert!(inbox(&harness).await.is_empty());
    // Retention deletes the envelope with the body.
    let store = harness.store();
    assert_eq!(
        store
            .purge("9999-12-31T00:00:00Z", "2030-01-01T00:00:00Z")
            .await
            .unwrap(),
        1
    );
    assert_eq!(store.sealed(&reference).await.unwrap(), None);
    let exported = store.export().await.unwrap();
    let row = exported
        .iter()
        .find(|row| row.reference == reference)
        .unwrap();
    assert_eq!((row.body.as_str(), row.sealed.as_deref()), ("", None));
}

#[tokio::test]
async fn rotation_seals_new_submissions_to_the_new_key_and_old_rows_keep_working() {
    let dir = fresh_dir();
    let (old, old_file) = key_in(&dir);
    let (new, new_file) = key_in(&dir);
    // Before sealing: a row in the clear.
    let mut args = sealed_args(&[]);
    let plain = start_with(args.clone()).await;
    let clear = submit(&plain, "family-se.json").await;
    plain.store().close().await;
    args = plain.args.clone();
    let restart = |keys: Vec<PathBuf>| {
        let mut args = args.clone();
        args.seal_to = keys;
        open(args)
    };
    let before = restart(vec![old_file]).await;
    let sealed_old = submit(&before, "family-dk.json").await;
    before.store().close().await;
    let after = restart(vec![new_file]).await;
    let sealed_new = submit(&after, "volunteer-se.json").await;

    let listed = inbox(&after).await;
    let references: Vec<&str> = listed
        .iter()
        .map(|item| item["reference"].as_str().unwrap())
        .collect();
    assert_eq!(references, [clear.as_str(), &sealed_old, &sealed_new]);
    assert_eq!(
        listed[0]["body"].as_str().unwrap().as_bytes(),
        example("family-se.json"),
        "a row stored in the clear is listed as it was"
    );
    assert_eq!(listed[0]["sealed"], Value::Null);
    let envelope = |item: &Value| Envelope::from_json(&item["sealed"]).unwrap();
    assert!(seal::open(&envelope(&listed[1]), &old).is_ok());
    assert!(matches!(
        seal::open(&envelope(&listed[1]), &new),
        Err(seal::SealError::WrongKey { .. })
    ));
    assert!(seal::open(&envelope(&listed[2]), &new).is_ok());
    assert!(seal::open(&envelope(&listed[2]), &old).is_err());
    let keys = [new.clone(), old.clone()];
    for item in &listed[1..] {
        assert!(seal::open_with(&envelope(item), &keys).is_ok());
    }
    assert_eq!(
        after.store().sealed(&sealed_old).await.unwrap().unwrap().1,
        old.kid()
    );
}

#[tokio::test]
async fn the_forwarder_sends_the_envelope_never_the_plaintext() {
    let (sent, mut received) = tokio::sync::mpsc::unbounded_channel();
    let case_system = axum::Router::new().route(
        "/intake",
        axum::routing::post(
            move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
                let sent = sent.clone();
                async move {
                    let _ = sent.send((headers, body));
                    StatusCode::CREATED
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, case_system).await });
    let dir = fresh_dir();
    let (key, file) = key_in(&dir);
    let mut args = sealed_args(&[file]);
    args.forward_url = Some(format!("http://{address}/intake"));
    let harness = start_with(args.clone()).await;
    let forwarder = forward::spawn(&harness.receiver, &harness.args)
        .unwrap()
        .unwrap();
    let body = example("family-se.json");
    let idempotency_key = new_key();
    let answer = post(&harness.router, &body, &idempotency_key).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let (headers, forwarded) = tokio::time::timeout(Duration::from_secs(15), received.recv())
        .await
        .expect("forwarded in time")
        .unwrap();
    assert_eq!(headers["content-type"], forward::SEALED_MEDIA_TYPE);
    assert_eq!(headers["idempotency-key"], idempotency_key.as_str());
    assert_eq!(
        headers["content-digest"],
        seal::content_digest(&forwarded).as_str()
    );
    assert!(!contains(&forwarded, "Karin Lind"));
    let envelope = Envelope::from_json(&serde_json::from_slice(&forwarded).unwrap()).unwrap();
    assert_eq!(envelope.sealing.reference, answer.json["reference"]);
    assert_eq!(seal::open(&envelope, &key).unwrap().body.as_bytes(), body);
    forwarder.stop().await;
}

#[tokio::test]
async fn intake_keys_and_intake_open_work_end_to_end() {
    use std::process::Command;
    let dir = fresh_dir();
    let keys_dir = dir.join("keys");
    let made = Command::new(env!("CARGO_BIN_EXE_intake-keys"))
        .args(["generate", "--out"])
        .arg(&keys_dir)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let find = |suffix: &str| {
        std::fs::read_dir(&keys_dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .find(|path| path.to_string_lossy().ends_with(suffix))
            .unwrap()
    };
    let (private, public) = (find(".private.jwk"), find(".public.jwk"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&private).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "the private key file is its owner's only"
        );
    }

    // A receiver over TCP, sealing to that key.
    let mut args = sealed_args(&[public]);
    crate::harness::isolate(&mut args).await;
    let receiver = Receiver::open(&args).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(intake_wizard::receiver::serve::serve(
        listener,
        receiver.router(),
        intake_wizard::receiver::serve::Limits::of(&args),
        async {
            let _ = stopped.await;
        },
    ));
    let router = receiver.router();
    let mut references = Vec::new();
    for name in ["family-se.json", "volunteer-dk.json"] {
        let answer = post(&router, &example(name), &new_key()).await;
        references.push(answer.json["reference"].as_str().unwrap().to_owned());
    }
    let base = format!("http://{address}");
    let open = |extra: &[&str]| {
        let (private, base) = (private.clone(), base.clone());
        let extra: Vec<String> = extra.iter().map(|arg| (*arg).to_owned()).collect();
        tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_intake-open"))
                .arg("--key")
                .arg(&private)
                .args(["--inbox", &base])
                .args(&extra)
                .env("INTAKE_TOKEN", TOKEN)
                .output()
                .unwrap()
        })
    };
    let listed = open(&[]).await.unwrap();
    assert!(listed.status.success(), "{listed:?}");
    let lines: Vec<Value> = String::from_utf8(listed.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["reference"], json!(references[0]));
    assert_eq!(
        lines[0]["payload"],
        serde_json::from_slice::<Value>(&example("family-se.json")).unwrap()
    );
    let acked = open(&["--ack"]).await.unwrap();
    assert!(acked.status.success(), "{acked:?}");
    assert!(inbox_is_empty(&router).await);

    // From a file: one envelope intact, one with a flipped ciphertext byte.
    let (envelope, _) = receiver
        .store()
        .sealed(&references[0])
        .await
        .unwrap()
        .unwrap();
    let mut tampered: Value = serde_json::from_str(&envelope).unwrap();
    let ciphertext = tampered["recipients"][0]["ciphertext"].as_str().unwrap();
    let flipped = if ciphertext.starts_with('A') {
        "B"
    } else {
        "A"
    };
    tampered["recipients"][0]["ciphertext"] = json!(format!("{flipped}{}", &ciphertext[1..]));
    let file = dir.join("envelopes.jsonl");
    std::fs::write(&file, format!("{envelope}\n{tampered}\n")).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_intake-open"))
        .arg("--key")
        .arg(&private)
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 1);
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(
        errors.contains(&format!("{} does not open with key", references[0]))
            && errors.contains("tampered"),
        "{errors}"
    );
    let _ = stop.send(());
    let _ = server.await;
    receiver.store().close().await;
}

async fn inbox_is_empty(router: &axum::Router) -> bool {
    let answer = send(router, get("/api/inbox")).await;
    answer.json["submissions"] == json!([])
}

/// A validator for `#/components/schemas/<name>` of `public/openapi.json`.
fn openapi_validator(name: &str) -> jsonschema::Validator {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/openapi.json");
    let openapi: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let schema = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/components/schemas/{name}"),
        "components": openapi["components"],
    });
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid schema")
}

#[tokio::test]
async fn the_openapi_document_describes_the_sealed_inbox_and_health() {
    let dir = fresh_dir();
    let (_, file) = key_in(&dir);
    let (_, other) = key_in(&dir);
    let mut args = sealed_args(&[]);
    let plain = start_with(args.clone()).await;
    submit(&plain, "family-dk.json").await;
    plain.store().close().await;
    args = plain.args.clone();
    args.seal_to = vec![file, other];
    let receiver = Receiver::open(&args).await.unwrap();
    let harness = Harness {
        router: receiver.router(),
        receiver,
        dir: args.data_dir.clone(),
        args,
    };
    submit(&harness, "volunteer-se.json").await;
    let page = send(&harness.router, get("/api/inbox")).await.json;
    assert_eq!(page["submissions"].as_array().unwrap().len(), 2);
    let validator = openapi_validator("InboxPage");
    let problems: Vec<String> = validator
        .iter_errors(&page)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    let envelope = &page["submissions"][1]["sealed"];
    assert!(openapi_validator("Envelope").is_valid(envelope));
    let mut extra = envelope.clone();
    extra["plaintext"] = json!("Karin Lind");
    assert!(!openapi_validator("Envelope").is_valid(&extra));
    let health = send(
        &harness.router,
        Request::get("/api/health").body(Body::empty()).unwrap(),
    )
    .await
    .json;
    assert!(openapi_validator("Health").is_valid(&health), "{health}");
}
