//! `intake-keys generate --out DIR`: a new X25519 key pair for sealed submissions (README
//! "Sealed submissions"): `DIR/<kid>.private.jwk` (mode 0600) for the case system that opens
//! them, `DIR/<kid>.public.jwk` for the receiver's `--seal-to`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use intake_wizard::seal;

/// Makes the municipality's key pair for sealed submissions.
#[derive(Debug, Parser)]
#[command(name = "intake-keys", version)]
struct KeysArgs {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Writes a new key pair into DIR (created if missing): `<kid>.private.jwk`, readable by its
    /// owner only, and `<kid>.public.jwk`. Never overwrites a file.
    Generate {
        /// The folder to write the two key files to.
        #[arg(long)]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let KeysArgs {
        command: Command::Generate { out },
    } = KeysArgs::parse();
    match generate(&out) {
        Ok(lines) => {
            let mut stdout = std::io::stdout().lock();
            for line in lines {
                let _ = writeln!(stdout, "{line}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "intake-keys: {message}");
            ExitCode::FAILURE
        }
    }
}

fn generate(out: &Path) -> Result<Vec<String>, String> {
    std::fs::create_dir_all(out).map_err(|error| format!("{}: {error}", out.display()))?;
    let key = seal::generate().map_err(|error| error.to_string())?;
    let private = out.join(format!("{}.private.jwk", key.kid()));
    let public = out.join(format!("{}.public.jwk", key.kid()));
    write_new(&private, &key.to_jwk(), 0o600)?;
    write_new(&public, &key.public().to_jwk(), 0o644)?;
    Ok(vec![
        format!("key id: {}", key.kid()),
        format!(
            "private key (the case system's only; keep a copy offline): {}",
            private.display()
        ),
        format!(
            "public key (the receiver's --seal-to): {}",
            public.display()
        ),
    ])
}

/// Creates `path` with `text`, never replacing a file; `mode` on Unix.
fn write_new(path: &Path, text: &str, mode: u32) -> Result<(), String> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    options
        .open(path)
        .and_then(|mut file| {
            file.write_all(text.as_bytes())?;
            file.sync_all()
        })
        .map_err(|error| format!("{}: {error}", path.display()))
}
