//! Hostile input: duplicate member names, hidden characters, floods of errors, the nil key,
//! symbolic links out of a served folder, and the data folder inside one.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use intake_wizard::receiver::{Receiver, ReceiverError};
use serde_json::{Value, json};

use crate::harness::{args, example, new_key, post, send, start, start_with, submission};

fn family_se() -> Value {
    serde_json::from_slice(&example("family-se.json")).unwrap()
}

fn pairs(answer: &crate::harness::Answer) -> Vec<(String, String)> {
    answer.codes()
}

fn one(path: &str, code: &str) -> Vec<(String, String)> {
    vec![(path.to_owned(), code.to_owned())]
}

#[tokio::test]
async fn a_member_name_given_twice_is_400_duplicate_member_with_its_path() {
    let harness = start().await;
    let text = String::from_utf8(example("family-se.json")).unwrap();
    // The kind twice (the last copy would be the one serde checks), and an answer twice.
    let kind_twice = text.replacen(
        "\"kind\": \"family-application\"",
        "\"kind\": \"volunteer-registration\", \"kind\": \"family-application\"",
        1,
    );
    let answer_twice = text.replacen(
        "\"purpose\": \"apply\"",
        "\"purpose\": \"volunteer\", \"purpose\": \"apply\"",
        1,
    );
    for (body, path) in [(kind_twice, "kind"), (answer_twice, "answers.purpose")] {
        assert_ne!(body, text, "the example has the member replaced");
        let key = new_key();
        let answer = post(&harness.router, body.as_bytes(), &key).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.json);
        assert_eq!(pairs(&answer), one(path, "duplicate-member"));
        assert_eq!(harness.store().count_for_key(&key).await.unwrap(), 0);
    }
}

#[tokio::test]
async fn text_the_wizard_would_refuse_is_refused_with_the_wizards_codes() {
    let harness = start().await;
    let cases: Vec<(&str, &str, &str)> = vec![
        ("street-address", "Storgatan\u{0}1", "control-characters"),
        (
            "street-address",
            "Storgatan \u{202E}1",
            "control-characters",
        ),
        ("other-wishes", "Hej\u{1B}[31m", "control-characters"),
        ("interests", "Fotboll\u{200B}", "control-characters"),
        ("city", "\u{200B}", "control-characters"),
        ("person-name", "Alva\u{2028}Lind", "name-control-characters"),
        ("person-name", "Alva\u{200B}Lind", "name-control-characters"),
        (
            "applicant-name",
            "Karin\u{200F} Lind",
            "name-control-characters",
        ),
    ];
    for (field, text, code) in cases {
        let mut json = family_se();
        let place = if field == "person-name" {
            "people.0.answers"
        } else {
            "answers"
        };
        json.pointer_mut(&format!("/{}", place.replace('.', "/")))
            .unwrap()[field] = json!(text);
        let body = serde_json::to_vec(&json).unwrap();
        let answer = post(&harness.router, &body, &new_key()).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{field}: {text:?}");
        assert_eq!(
            pairs(&answer),
            one(&format!("{place}.{field}"), code),
            "{field}: {text:?}"
        );
    }
    // A line break in free text is what a textarea holds; it stays accepted.
    let mut json = family_se();
    json["answers"]["other-wishes"] = json!("Rad ett\nRad två");
    let body = serde_json::to_vec(&json).unwrap();
    assert_eq!(
        post(&harness.router, &body, &new_key()).await.status,
        StatusCode::CREATED
    );
    // The municipality as the wizard sends it: trimmed, one line.
    for municipality in [
        "Exempelby\r\nkommun",
        " Exempelby kommun",
        "Exempelby kommun\u{202E}",
    ] {
        let mut json = family_se();
        json["municipality"] = json!(municipality);
        let body = serde_json::to_vec(&json).unwrap();
        let answer = post(&harness.router, &body, &new_key()).await;
        assert_eq!(
            pairs(&answer),
            one("municipality", "invalid"),
            "{municipality:?}"
        );
    }
}

#[tokio::test]
async fn at_most_100_errors_are_answered_and_the_rest_marked_truncated() {
    let harness = start().await;
    let mut json = family_se();
    for index in 0..5000 {
        json["answers"][format!("unknown-{index}")] = json!("x");
    }
    let body = serde_json::to_vec(&json).unwrap();
    let answer = post(&harness.router, &body, &new_key()).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(answer.json["errors"].as_array().unwrap().len(), 100);
    assert_eq!(answer.json["truncated"], json!(true));
    // A short list is not marked.
    let answer = post(&harness.router, b"not json", &new_key()).await;
    assert!(answer.json.get("truncated").is_none());
}

#[tokio::test]
async fn the_nil_uuid_is_not_an_idempotency_key() {
    let harness = start().await;
    let body = example("family-se.json");
    for key in [
        "00000000-0000-0000-0000-000000000000",
        "\"00000000000000000000000000000000\"",
    ] {
        let answer = send(
            &harness.router,
            submission(&body, key)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
        assert_eq!(
            pairs(&answer),
            one("Idempotency-Key", "idempotency-key-invalid")
        );
    }
}

#[cfg(unix)]
#[tokio::test]
async fn no_symbolic_link_leads_out_of_a_served_folder() {
    let args = args();
    let outside = args.dist.with_file_name("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::create_dir_all(&args.dist).unwrap();
    std::fs::write(outside.join("secret.txt"), b"secret").unwrap();
    std::fs::write(args.dist.join("inside.txt"), b"inside").unwrap();
    let link = |target: &std::path::Path, name: &str| {
        std::os::unix::fs::symlink(target, args.dist.join(name)).unwrap();
    };
    link(&outside.join("secret.txt"), "file-link.txt");
    link(&outside, "folder-link");
    link(&outside.join("secret.txt"), "inside.txt.br");
    link(&args.dist.join("inside.txt"), "kept-link.txt");
    let harness = start_with(args).await;
    let get = |path: &str| {
        Request::get(path)
            .header("accept-encoding", "br")
            .body(Body::empty())
            .unwrap()
    };
    for path in ["/file-link.txt", "/folder-link/secret.txt", "/inside.txt"] {
        let answer = send(&harness.router, get(path)).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
    // A link that stays inside the folder is served.
    let answer = send(&harness.router, get("/kept-link.txt")).await;
    assert_eq!(answer.status, StatusCode::OK);
}

#[tokio::test]
async fn a_data_folder_inside_a_served_folder_is_refused_at_start_up() {
    if std::env::var_os("DATABASE_URL").is_some_and(|url| !url.is_empty()) {
        return; // PostgreSQL: no data folder
    }
    let mut inside_dist = args();
    inside_dist.data_dir = inside_dist.dist.join("data");
    let mut inside_extra = args();
    inside_extra.extra_roots = vec![inside_extra.data_dir.parent().unwrap().to_path_buf()];
    for args in [inside_dist, inside_extra] {
        match Receiver::open(&args).await {
            Err(ReceiverError::DataInRoot(..)) => {}
            Err(other) => panic!("refused for another reason: {other}"),
            Ok(_) => panic!("a receiver serving its own database started"),
        }
        assert!(!args.data_dir.join("intake.sqlite3").exists());
    }
}
