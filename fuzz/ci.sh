#!/usr/bin/env bash
# CI's fuzzing step: builds and tests the stable runner (release: it runs ten times
# faster than a debug build, which more than pays for the build), then fuzzes check and
# compile with a fixed seed, within a total budget of time. Fails if any input
# panicked, was slow or hung. Run from anywhere; see fuzz/README.md.
#
#   FUZZ_BUDGET   seconds for the whole step, build included (default 170: under 3 min)
#   FUZZ_SECONDS  seconds of fuzzing at most (default 120), less if the build took long
#   FUZZ_SEED     the seed (default 1), so that a failure is the same on every run
#   FUZZ_JOBS     worker threads (default 1)
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
budget="${FUZZ_BUDGET:-170}"
seconds="${FUZZ_SECONDS:-120}"
timeout=10

started=$SECONDS
# Not --locked: fuzz/Cargo.lock only adds to wodc's dependencies, and a dependency that
# wodc gains must not fail this step until the lock file catches up.
cargo build --release --manifest-path "$fuzz/Cargo.toml" -p wodc-fuzz-stable
# The runner's own tests (dictionary, mutator), on the release build just made.
cargo test --quiet --release --manifest-path "$fuzz/Cargo.toml" -p wodc-fuzz-stable
built=$((SECONDS - started))

# The runner may overrun its --seconds by one --timeout, for an input it was running.
left=$((budget - built - timeout))
if [ "$left" -lt "$seconds" ]; then
  echo "the build took ${built} s: fuzzing for ${left} s instead of ${seconds} s"
  seconds=$left
fi
if [ "$seconds" -lt 10 ]; then
  echo "no time left to fuzz within FUZZ_BUDGET=${budget} s" >&2
  exit 1
fi

cargo run --quiet --release --manifest-path "$fuzz/Cargo.toml" -p wodc-fuzz-stable -- \
  --seconds "$seconds" --timeout "$timeout" --seed "${FUZZ_SEED:-1}" --jobs "${FUZZ_JOBS:-1}"
