#!/usr/bin/env bash
# CI's fuzzing step: builds and tests the stable runner, then fuzzes check and compile
# with a fixed seed, within a total budget of time. Fails if any input panicked, was
# slow or hung. Run from anywhere; see fuzz/README.md.
#
# The runner is built in the dev profile into the checkout's target/ directory, where
# `.ci/run` has built wodc's dependencies already: only the crates fuzz/Cargo.toml
# optimises, and those whose features differ, are compiled again.
#
#   FUZZ_BUDGET   seconds for the whole step, build included (default 170: under 3 min)
#   FUZZ_SECONDS  seconds of fuzzing at most (default 120); less after a slow build,
#                 never under 20
#   FUZZ_SEED     the seed (default 1), so that a failure is the same on every run
#   FUZZ_JOBS     worker threads (default 1)
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$(dirname "$fuzz")/target}"
budget="${FUZZ_BUDGET:-170}"
seconds="${FUZZ_SECONDS:-120}"
timeout=10
# Not --locked: fuzz/Cargo.lock only adds to wodc's dependencies, and a dependency that
# wodc gains must not fail this step until the lock file catches up.
cargo=(--manifest-path "$fuzz/Cargo.toml" -p wodc-fuzz-stable)

started=$SECONDS
cargo build "${cargo[@]}"
# The runner's own tests: the dictionary, the mutator.
cargo test --quiet "${cargo[@]}"
built=$((SECONDS - started))

# The runner may overrun its --seconds by one --timeout, for a slow input. A slow build
# (a busy machine) shortens the fuzzing, down to a floor: it never fails the step.
left=$((budget - built - timeout))
floor=20
if [ "$left" -lt "$seconds" ]; then
  seconds=$((left > floor ? left : floor))
  echo "building took ${built} s: fuzzing for ${seconds} s"
fi

cargo run --quiet "${cargo[@]}" -- \
  --seconds "$seconds" --timeout "$timeout" --seed "${FUZZ_SEED:-1}" --jobs "${FUZZ_JOBS:-1}"
