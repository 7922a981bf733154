#!/usr/bin/env bash
# Seeds the cargo-fuzz corpora, fuzz/corpus/TARGET/, with every .wod file of examples/,
# tests/fixtures/ and the shared conformance cases beside the checkout (the seeds the
# stable runner reads in place). Each file is named by its SHA-1, as libFuzzer names
# the inputs it adds, so running this again adds nothing twice. The corpora are
# gitignored: they grow with every run.
#
# usage: fuzz/seed-corpus.sh [TARGET...]   (default: every target in fuzz_targets/)
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz")"

targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  for file in "$fuzz"/fuzz_targets/*.rs; do
    targets+=("$(basename "$file" .rs)")
  done
fi

sources=("$root/examples" "$root/tests/fixtures" "$root/../shared/conformance/cases")
for source in "${sources[@]}"; do
  [ -d "$source" ] || echo "warning: no seeds from $source: not found" >&2
done

for target in "${targets[@]}"; do
  corpus="$fuzz/corpus/$target"
  mkdir -p "$corpus"
  before=$(find "$corpus" -type f | wc -l)
  for source in "${sources[@]}"; do
    [ -d "$source" ] || continue
    find "$source" -type f -name '*.wod' -print0 |
      while IFS= read -r -d '' file; do
        cp "$file" "$corpus/$(sha1sum "$file" | cut -d' ' -f1)"
      done
  done
  after=$(find "$corpus" -type f | wc -l)
  echo "$target: $after inputs in fuzz/corpus/$target ($((after - before)) new)"
done
