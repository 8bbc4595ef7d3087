#!/usr/bin/env bash
# repere against `fzf --filter` as whole processes, run alternately over the same entries.
# Usage: scripts/bench-fzf.sh [N] [RUNS]   (N synthetic tools added to the bundled ones; default 100000, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v fzf >/dev/null 2>&1; then
  echo "fzf is missing: apt-get install fzf" >&2
  exit 1
fi
cargo build --release --quiet --bin repere --example fzf_compare
target/release/examples/fzf_compare "${1:-100000}" "${2:-5}"
