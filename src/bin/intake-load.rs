//! The bounded load check: starts the receiver in-process on loopback (a fresh SQLite folder,
//! or `DATABASE_URL`), posts N valid submissions with C at a time over real HTTP, some with a
//! repeated Idempotency-Key, then counts: accepted per second, p50/p99 latency, duplicates
//! stored and losses (a 201 whose row is missing). Exits 1 unless both are zero and every
//! request got 201. With `--seal`, the receiver seals every submission to a key made for the
//! run, and afterwards every stored envelope must open with its private key and pass the
//! rules again (`seal::open`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::Parser;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::{Request, StatusCode};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use intake_wizard::contract::{EXAMPLE_TODAY, examples};
use intake_wizard::receiver::digest::content_digest;
use intake_wizard::receiver::serve::{Limits, serve};
use intake_wizard::receiver::{Args, Receiver, clock};
use intake_wizard::seal::{self, Envelope};

/// Posts valid submissions to an in-process receiver and checks that none is lost or stored twice.
#[derive(Debug, Parser)]
#[command(name = "intake-load")]
struct LoadArgs {
    /// Number of requests.
    #[arg(long, default_value_t = 2000)]
    requests: usize,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 32)]
    concurrency: usize,
    /// Every Nth request repeats the key and body of an earlier one (0: none).
    #[arg(long, default_value_t = 10)]
    duplicate_every: usize,
    /// SQLite folder (default: a fresh one under the system's temporary folder); DATABASE_URL
    /// selects PostgreSQL instead.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Seal every submission to a key pair made for this run (`--seal-to`), then open every
    /// stored envelope with its private key.
    #[arg(long)]
    seal: bool,
}

struct Job {
    key: String,
    body: Bytes,
    digest: String,
}

struct Outcome {
    index: usize,
    status: Option<StatusCode>,
    reference: Option<String>,
    micros: u128,
}

#[tokio::main]
async fn main() -> ExitCode {
    let load = LoadArgs::parse();
    match run(load).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            report(&format!("intake-load: {message}"));
            ExitCode::FAILURE
        }
    }
}

#[allow(clippy::print_stdout)] // the report is the tool's output
fn report(line: &str) {
    println!("{line}");
}

async fn run(load: LoadArgs) -> Result<bool, String> {
    let data_dir = load.data_dir.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("intake-load-{}", uuid::Uuid::new_v4()))
    });
    let mut args = Args::for_data_dir(&data_dir);
    args.today = Some(EXAMPLE_TODAY);
    args.max_connections = 8;
    let key = if load.seal {
        let key = seal::generate().map_err(|error| error.to_string())?;
        std::fs::create_dir_all(&data_dir).map_err(|error| error.to_string())?;
        let file = data_dir.join(format!("{}.public.jwk", key.kid()));
        std::fs::write(&file, key.public().to_jwk()).map_err(|error| error.to_string())?;
        args.seal_to = vec![file];
        Some(key)
    } else {
        None
    };
    let receiver = Receiver::open(&args)
        .await
        .map_err(|error| error.to_string())?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|error| error.to_string())?;
    let address = listener.local_addr().map_err(|error| error.to_string())?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(
        listener,
        receiver.router(),
        Limits::of(&args),
        async {
            let _ = stopped.await;
        },
    ));

    let jobs = Arc::new(jobs(&load)?);
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build_http();
    let url = format!("http://{address}/api/submissions");
    let next = Arc::new(AtomicUsize::new(0));
    let started = clock::instant();
    let workers: Vec<_> = (0..load.concurrency.max(1))
        .map(|_| {
            let (jobs, client, url, next) = (
                Arc::clone(&jobs),
                client.clone(),
                url.clone(),
                Arc::clone(&next),
            );
            tokio::spawn(async move {
                let mut outcomes = Vec::new();
                loop {
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    let Some(job) = jobs.get(index) else {
                        return outcomes;
                    };
                    outcomes.push(send(&client, &url, index, job).await);
                }
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for worker in workers {
        outcomes.extend(worker.await.map_err(|error| error.to_string())?);
    }
    let elapsed = started.elapsed();
    let _ = stop.send(());
    let _ = server.await;

    let ours: BTreeSet<&str> = jobs.iter().map(|job| job.key.as_str()).collect();
    // Only this run's rows (a PostgreSQL database may hold others).
    let stored: BTreeMap<String, String> = receiver
        .store()
        .keys_and_references()
        .await
        .map_err(|error| error.to_string())?
        .into_iter()
        .filter(|(key, _)| ours.contains(key.as_str()))
        .collect();
    let stored_rows = stored.len();
    let opening = match &key {
        Some(key) => Some(open_all(&receiver, key, stored.values()).await?),
        None => None,
    };
    receiver.store().close().await;

    let mut latencies: Vec<u128> = outcomes.iter().map(|outcome| outcome.micros).collect();
    latencies.sort_unstable();
    let percentile = |p: f64| {
        let at = ((latencies.len() as f64 - 1.0) * p).round() as usize;
        latencies.get(at).copied().unwrap_or_default() as f64 / 1000.0
    };
    let accepted = outcomes
        .iter()
        .filter(|outcome| outcome.status == Some(StatusCode::CREATED))
        .count();
    let rejected = outcomes.len() - accepted;
    let mut reference_of_key: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut losses = 0;
    for outcome in &outcomes {
        let (Some(reference), Some(job)) = (&outcome.reference, jobs.get(outcome.index)) else {
            continue;
        };
        reference_of_key
            .entry(job.key.as_str())
            .or_default()
            .insert(reference.as_str());
        if stored.get(&job.key) != Some(reference) {
            losses += 1;
        }
    }
    let keys = ours;
    // Rows beyond one per key, and keys answered with more than one reference.
    let duplicates = stored_rows.saturating_sub(keys.len())
        + reference_of_key
            .values()
            .map(|references| references.len().saturating_sub(1))
            .sum::<usize>();
    let seconds = elapsed.as_secs_f64();
    report(&format!(
        "intake-load: {} requests ({} distinct submissions, {} repeats of a key), concurrency {}, storage {}, {}",
        jobs.len(),
        keys.len(),
        jobs.len() - keys.len(),
        load.concurrency,
        receiver.store().backend(),
        match &key {
            Some(key) => format!("sealed to {}", key.kid()),
            None => "not sealed".to_owned(),
        }
    ));
    report(&format!(
        "  {accepted} accepted (201) in {seconds:.2} s = {:.0} accepted/s; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        accepted as f64 / seconds,
        percentile(0.5),
        percentile(0.99),
        percentile(1.0)
    ));
    report(&format!(
        "  rows stored {stored_rows}; duplicates stored {duplicates}; losses {losses}; rejected {rejected}"
    ));
    let mut opened_all = true;
    if let Some((opened, failed, seconds)) = opening {
        report(&format!(
            "  opened {opened} of {stored_rows} envelopes with the private key (digest and rules re-checked) in {seconds:.2} s; not opened {failed}"
        ));
        opened_all = failed == 0 && opened == stored_rows;
    }
    if load.data_dir.is_none() {
        let _ = std::fs::remove_dir_all(&data_dir);
    }
    Ok(duplicates == 0 && losses == 0 && rejected == 0 && stored_rows == keys.len() && opened_all)
}

/// Opens every stored envelope of `references` with `key`: (opened, failed, seconds).
async fn open_all(
    receiver: &Receiver,
    key: &seal::PrivateKey,
    references: impl Iterator<Item = &String>,
) -> Result<(usize, usize, f64), String> {
    let started = clock::instant();
    let (mut opened, mut failed) = (0, 0);
    for reference in references {
        let sealed = receiver
            .store()
            .sealed(reference)
            .await
            .map_err(|error| error.to_string())?;
        let result = sealed
            .ok_or_else(|| format!("{reference}: not sealed"))
            .and_then(|(text, _)| serde_json::from_str(&text).map_err(|error| error.to_string()))
            .and_then(|json| Envelope::from_json(&json).map_err(|error| error.to_string()))
            .and_then(|envelope| seal::open(&envelope, key).map_err(|error| error.to_string()));
        match result {
            Ok(_) => opened += 1,
            Err(error) => {
                failed += 1;
                report(&format!("  {error}"));
            }
        }
    }
    Ok((opened, failed, started.elapsed().as_secs_f64()))
}

/// The requests: distinct valid submissions (the examples with a distinct `submitted_at`), and
/// every Nth one a repeat of an earlier request.
fn jobs(load: &LoadArgs) -> Result<Vec<Job>, String> {
    let examples = examples()?;
    let mut jobs: Vec<Job> = Vec::with_capacity(load.requests);
    for index in 0..load.requests {
        if load.duplicate_every > 0 && index >= 5 && index % load.duplicate_every == 0 {
            let earlier = &jobs[index - 5];
            jobs.push(Job {
                key: earlier.key.clone(),
                body: earlier.body.clone(),
                digest: earlier.digest.clone(),
            });
            continue;
        }
        let (_, example) = &examples[index % examples.len()];
        let mut payload = example.clone();
        payload.submitted_at = format!("2026-01-15T10:30:00.{index:06}+01:00");
        let body = serde_json::to_vec(&payload).map_err(|error| error.to_string())?;
        jobs.push(Job {
            key: uuid::Uuid::new_v4().to_string(),
            digest: content_digest(&body),
            body: Bytes::from(body),
        });
    }
    Ok(jobs)
}

async fn send(
    client: &Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>,
    url: &str,
    index: usize,
    job: &Job,
) -> Outcome {
    let started = clock::instant();
    let request = Request::post(url)
        .header("content-type", "application/json")
        .header("content-digest", &job.digest)
        .header("idempotency-key", &job.key)
        .body(Full::new(job.body.clone()));
    let mut outcome = Outcome {
        index,
        status: None,
        reference: None,
        micros: 0,
    };
    if let Ok(request) = request
        && let Ok(response) = client.request(request).await
    {
        outcome.status = Some(response.status());
        if let Ok(body) = response.into_body().collect().await {
            outcome.reference = serde_json::from_slice::<serde_json::Value>(&body.to_bytes())
                .ok()
                .and_then(|json| json["reference"].as_str().map(str::to_owned))
                .filter(|_| outcome.status == Some(StatusCode::CREATED));
        }
    }
    outcome.micros = started.elapsed().as_micros();
    outcome
}
