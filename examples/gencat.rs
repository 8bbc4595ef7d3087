//! Writes a synthetic catalogue of N tools (deterministic for a seed) that
//! extends the bundled one: `cargo run --release --example gencat -- 10000 42 > big.json`
//! then `repere --data big.json check`.

use std::io::Write;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let count = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(42);
    let base = match repere::catalog::embedded() {
        Ok(base) => base,
        Err(e) => {
            eprintln!("gencat : {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let json = repere::synth::catalog_json(&base, count, seed);
    if std::io::stdout().write_all(json.as_bytes()).is_err() {
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}
