//! The architecture invariants of src/lib.rs, checked by reading the source (rust-analyzer's
//! "tidy" tests): what each layer may name, where serde may appear, module docs.

use std::fs;
use std::path::{Path, PathBuf};

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file at or below `path` (a file, or a folder with its sibling `<folder>.rs`).
fn rust_files(path: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let file = path.with_extension("rs");
    if file.is_file() {
        files.push(file);
    }
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let entry_path = entry.path();
            if entry_path.is_dir() {
                stack.push(entry_path);
            } else if entry_path.extension().is_some_and(|ext| ext == "rs") {
                files.push(entry_path);
            }
        }
    }
    files.sort();
    files
}

/// The code of a file without comments (so docs may name what the code must not use).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                return None;
            }
            let code = match line.find(" //") {
                Some(at) if !line[..at].contains('"') => &line[..at],
                _ => line,
            };
            Some((index + 1, code.to_owned()))
        })
        .collect()
}

fn violations(layer: &str, forbidden: &[&str]) -> Vec<String> {
    rust_files(&source_root().join(layer))
        .iter()
        .flat_map(|file| {
            code_lines(file)
                .into_iter()
                .filter_map(move |(number, line)| {
                    forbidden
                        .iter()
                        .find(|word| line.contains(*word))
                        .map(|word| {
                            format!("{}:{number}: `{word}` in `{}`", file.display(), line.trim())
                        })
                })
        })
        .collect()
}

const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "serde_wasm_bindgen",
];
const CLOCK_READS: &[&str] = &[
    "SystemTime",
    "Instant::now",
    "now_utc",
    "now_local",
    "Date::new_0",
    "Date::now",
];

#[test]
fn the_domain_names_no_browser_crate_reads_no_clock_and_uses_no_other_layer() {
    let mut forbidden = BROWSER_CRATES.to_vec();
    forbidden.extend_from_slice(CLOCK_READS);
    forbidden.extend_from_slice(&["crate::ui", "crate::platform", "std::fs", "std::net"]);
    let found = violations("domain", &forbidden);
    assert!(
        found.is_empty(),
        "the domain must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_ui_reaches_the_browser_only_through_the_platform() {
    let mut forbidden = vec![
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "gloo",
        "serde_wasm_bindgen",
    ];
    forbidden.extend_from_slice(CLOCK_READS);
    let found = violations("ui", &forbidden);
    assert!(
        found.is_empty(),
        "ui must call platform instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_receiver_and_the_contract_use_no_browser_crate_and_no_ui() {
    let mut forbidden = BROWSER_CRATES.to_vec();
    forbidden.extend_from_slice(&["crate::ui", "crate::platform"]);
    let found: Vec<String> = ["receiver", "contract", "seal"]
        .iter()
        .flat_map(|layer| violations(layer, &forbidden))
        .collect();
    assert!(
        found.is_empty(),
        "the receiver must not pull the browser app:\n{}",
        found.join("\n")
    );
}

#[test]
fn sealing_touches_no_network_disk_or_server_crate() {
    // `seal` is what a municipality's backend takes alone (`features = ["seal"]`): keys and
    // envelopes come in and go out as text, so it needs neither axum, sqlx nor tokio.
    let forbidden = [
        "std::fs",
        "std::net",
        "tokio",
        "axum",
        "sqlx",
        "hyper",
        "crate::receiver",
    ];
    let found = violations("seal", &forbidden);
    assert!(
        found.is_empty(),
        "seal must stay a pure library:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_platform_never_depends_on_the_ui() {
    let found = violations("platform", &["crate::ui", "super::ui"]);
    assert!(
        found.is_empty(),
        "platform must not use ui:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_platform_clock_reads_the_clock() {
    // The receiver is the server's platform layer; its clock is receiver/clock.rs.
    let all: Vec<String> = ["domain", "ui", "platform", "receiver", "contract", "seal"]
        .iter()
        .flat_map(|layer| violations(layer, CLOCK_READS))
        .filter(|line| !line.contains("platform/clock.rs") && !line.contains("receiver/clock.rs"))
        .collect();
    assert!(
        all.is_empty(),
        "use platform::clock::today():\n{}",
        all.join("\n")
    );
}

#[test]
fn serde_derives_appear_only_at_the_boundaries() {
    // The settings come in (domain/config.rs); later the payload goes out (domain/payload.rs);
    // a draft goes to the device's storage, encrypted, and comes back (domain/draft.rs); the
    // browser reads JSON into those types (platform/json.rs).
    let allowed = [
        "domain/config.rs",
        "domain/payload.rs",
        "domain/draft.rs",
        "platform/json.rs",
    ];
    let found: Vec<String> = rust_files(&source_root())
        .iter()
        .filter(|file| !allowed.iter().any(|name| file.ends_with(name)))
        .flat_map(|file| {
            code_lines(file)
                .into_iter()
                .filter_map(move |(number, line)| {
                    // Using a serde_json (De)serializer, or reading through a seed, is not
                    // deriving a serialised type.
                    let derives = line
                        .replace("Deserializer", "")
                        .replace("Serializer", "")
                        .replace("DeserializeSeed", "");
                    (derives.contains("Serialize") || derives.contains("Deserialize"))
                        .then(|| format!("{}:{number}: {}", file.display(), line.trim()))
                })
        })
        .collect();
    assert!(
        found.is_empty(),
        "serde outside the boundaries:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_starts_with_a_doc_line_and_none_is_a_mod_rs() {
    let mut problems = Vec::new();
    for file in rust_files(&source_root()) {
        let text = fs::read_to_string(&file).unwrap_or_default();
        if !text.starts_with("//!") {
            problems.push(format!("{}: no `//!` first line", file.display()));
        }
        if file.ends_with("mod.rs") {
            problems.push(format!("{}: use `name.rs` next to `name/`", file.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_architecture_section_of_the_readme_lists_the_invariants_of_lib_rs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = fs::read_to_string(root.join("src/lib.rs")).unwrap_or_default();
    let readme = fs::read_to_string(root.join("README.md")).unwrap_or_default();
    let invariants: Vec<&str> = lib
        .lines()
        .filter_map(|line| line.strip_prefix("//! "))
        .filter_map(|line| line.split_once(". **"))
        .filter_map(|(_, rest)| rest.split_once("**").map(|(title, _)| title))
        .collect();
    assert!(
        invariants.len() >= 6,
        "lib.rs lists the invariants: {invariants:?}"
    );
    for title in invariants {
        assert!(
            readme.contains(title),
            "README ## Architecture lacks: {title}"
        );
    }
}

#[test]
fn validation_does_not_depend_on_the_route() {
    // `validate` takes the country whose formats apply, not the settings, so the journey
    // (which validates each page as it walks) and validation do not depend on each other.
    let path = source_root().join("domain/validate.rs");
    let uses: Vec<_> = code_lines(&path)
        .into_iter()
        .filter(|(_, line)| line.contains("journey") || line.contains("Setup"))
        .collect();
    assert!(uses.is_empty(), "{uses:?}");
}

#[test]
fn the_ui_builds_message_ids_only_through_domain_message_id() {
    // One set of id functions for the UI and tests/it/locales.rs: a renamed id fails the test.
    let mut found = Vec::new();
    for path in rust_files(&source_root().join("ui")) {
        for (number, line) in code_lines(&path) {
            let builds = [
                "message(&format!(",
                "text(&format!(",
                "optional(&format!(",
                "has(&format!(",
            ]
            .iter()
            .any(|call| line.contains(call));
            if builds {
                found.push(format!("{}:{}", path.display(), number + 1));
            }
        }
    }
    assert!(found.is_empty(), "{found:?}");
}
