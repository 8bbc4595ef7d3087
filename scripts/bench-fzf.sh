#!/usr/bin/env bash
# repere against `fzf --filter` as whole processes, run alternately over the same entries,
# at each size: the bundled catalogue (0), then N synthetic tools added to the bundled ones.
# Usage: scripts/bench-fzf.sh ["SIZES"] [RUNS]   (default "0 1000 10000 100000", 5 runs)
# Prints, per size, medians of alternated runs (wall and CPU time), ratios, peak memory
# and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v fzf >/dev/null 2>&1; then
  echo "fzf is missing: apt-get install fzf" >&2
  exit 1
fi
cargo build --release --quiet --bin repere --example fzf_compare
for size in ${1:-0 1000 10000 100000}; do
  echo "== $size"
  target/release/examples/fzf_compare "$size" "${2:-5}"
done
