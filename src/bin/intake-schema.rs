//! Writes the published payload contract: `intake-schema write` puts the JSON Schema in
//! `public/schema/<version>.json` and the example payloads in `public/schema/examples/`
//! (paths relative to the crate root); `intake-schema schema` prints the schema.

use std::path::Path;
use std::process::ExitCode;

use intake_wizard::contract;

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let result = match command.as_str() {
        "schema" => {
            print(&contract::to_file_text(&contract::schema()));
            Ok(())
        }
        "write" => write(root),
        _ => Err("usage: intake-schema write | schema".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            #[allow(clippy::print_stderr)] // a command-line tool reports on stderr
            {
                eprintln!("intake-schema: {message}");
            }
            ExitCode::FAILURE
        }
    }
}

#[allow(clippy::print_stdout)] // `schema` prints the schema
fn print(text: &str) {
    print!("{text}");
}

fn write(root: &Path) -> Result<(), String> {
    let schema_file = root.join(contract::schema_path());
    let examples_dir = root.join(contract::EXAMPLES_DIR);
    std::fs::create_dir_all(&examples_dir).map_err(|error| error.to_string())?;
    std::fs::write(&schema_file, contract::to_file_text(&contract::schema()))
        .map_err(|error| format!("{}: {error}", schema_file.display()))?;
    for (name, payload) in contract::examples()? {
        let json = serde_json::to_value(&payload).map_err(|error| error.to_string())?;
        let file = examples_dir.join(name);
        std::fs::write(&file, contract::to_file_text(&json))
            .map_err(|error| format!("{}: {error}", file.display()))?;
    }
    Ok(())
}
