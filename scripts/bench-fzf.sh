#!/usr/bin/env bash
# `repere search` against `fzf --filter`, both as whole processes, alternated in one run.
# Usage: scripts/bench-fzf.sh [N]   (N synthetic tools added to the bundled ones; default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v fzf >/dev/null 2>&1; then
  echo "fzf is missing: apt-get install fzf" >&2
  exit 1
fi
cargo build --release --quiet
cargo run --release --quiet --example fzf_compare -- "${1:-100000}" target/release/repere
