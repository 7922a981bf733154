#!/usr/bin/env python3
"""Check the Helix and Zed TOML files: they parse, and hold the keys each editor needs.

Neither editor runs in CI, so this is what stands between a typo and a package that
silently does nothing: Helix ignores a `[[language]]` without `scope`, Zed refuses an
extension.toml without `schema_version`, and a grammar or language server that names
another language is never used. Exits 1 listing every problem.
"""
import pathlib
import sys
import tomllib

EDITORS = pathlib.Path(__file__).resolve().parent.parent
problems: list[str] = []


def load(relative: str) -> dict:
    path = EDITORS / relative
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        problems.append(f"{relative}: {e}")
        return {}


def expect(relative: str, ok: bool, what: str) -> None:
    if not ok:
        problems.append(f"{relative}: {what}")


def is_str_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


# Helix ------------------------------------------------------------------------------
HELIX = "helix/languages.toml"
helix = load(HELIX)
languages = [l for l in helix.get("language", []) if l.get("name") == "wod"]
expect(HELIX, len(languages) == 1, "one [[language]] named wod")
for lang in languages:
    expect(HELIX, lang.get("scope") == "source.wod", "language scope = source.wod")
    expect(HELIX, lang.get("file-types") == ["wod"], 'language file-types = ["wod"]')
    expect(HELIX, lang.get("comment-tokens") in ("//", ["//"]), 'language comment-tokens = "//"')
    indent = lang.get("indent", {})
    expect(HELIX, indent.get("tab-width") == 2 and indent.get("unit") == "  ",
           'indent = { tab-width = 2, unit = "  " }')
    servers = lang.get("language-servers", [])
    expect(HELIX, servers == ["wodc"], 'language-servers = ["wodc"]')
server = helix.get("language-server", {}).get("wodc", {})
expect(HELIX, server.get("command") == "wodc", "[language-server.wodc] command = wodc")
expect(HELIX, server.get("args") == ["lsp"], '[language-server.wodc] args = ["lsp"]')
grammars = [g for g in helix.get("grammar", []) if g.get("name") == "wod"]
expect(HELIX, len(grammars) == 1, "one [[grammar]] named wod")
for grammar in grammars:
    source = grammar.get("source", {})
    expect(HELIX, isinstance(source.get("git"), str) and isinstance(source.get("rev"), str),
           "grammar source has git and rev")
    expect(HELIX, source.get("subpath") == "editors/tree-sitter-wod",
           "grammar subpath = editors/tree-sitter-wod")
    expect(HELIX, (EDITORS.parent / source.get("subpath", "-") / "src" / "parser.c").is_file(),
           "the grammar subpath holds src/parser.c")
for query in ("highlights.scm", "indents.scm"):
    expect(HELIX, (EDITORS / "helix/queries/wod" / query).is_file(), f"queries/wod/{query} exists")

# Zed --------------------------------------------------------------------------------
ZED = "zed/extension.toml"
zed = load(ZED)
for key in ("id", "name", "version"):
    expect(ZED, isinstance(zed.get(key), str) and zed.get(key), f"{key} is set")
expect(ZED, zed.get("schema_version") == 1, "schema_version = 1")
grammar = zed.get("grammars", {}).get("wod", {})
expect(ZED, isinstance(grammar.get("repository"), str), "[grammars.wod] repository is set")
expect(ZED, isinstance(grammar.get("rev") or grammar.get("commit"), str), "[grammars.wod] rev is set")
expect(ZED, grammar.get("path") == "editors/tree-sitter-wod", "[grammars.wod] path = editors/tree-sitter-wod")
server = zed.get("language_servers", {}).get("wodc", {})
expect(ZED, server.get("languages") == ["wod"], '[language_servers.wodc] languages = ["wod"]')

CONFIG = "zed/languages/wod/config.toml"
config = load(CONFIG)
expect(CONFIG, config.get("name") == "wod", "name = wod (the language named by the language server)")
expect(CONFIG, config.get("grammar") in zed.get("grammars", {}), "grammar names a [grammars.*] of extension.toml")
expect(CONFIG, config.get("path_suffixes") == ["wod"], 'path_suffixes = ["wod"]')
expect(CONFIG, is_str_list(config.get("line_comments")) and config["line_comments"][0].startswith("//"),
       'line_comments = ["// "]')
expect(CONFIG, config.get("tab_size") == 2, "tab_size = 2")
brackets = config.get("brackets", [])
expect(CONFIG, any(b.get("start") == "{" and b.get("end") == "}" for b in brackets), "brackets include { }")
for query in ("highlights.scm", "brackets.scm", "indents.scm", "outline.scm"):
    expect(CONFIG, (EDITORS / "zed/languages/wod" / query).is_file(), f"{query} exists beside it")

CARGO = "zed/Cargo.toml"
cargo = load(CARGO)
expect(CARGO, cargo.get("lib", {}).get("crate-type") == ["cdylib"], 'crate-type = ["cdylib"]')
expect(CARGO, "zed_extension_api" in cargo.get("dependencies", {}), "depends on zed_extension_api")
expect(CARGO, "workspace" in cargo, "is its own [workspace] (kept out of the wodc crate's build)")

if problems:
    print("\n".join(f"FAILED {p}" for p in problems))
    sys.exit(1)
print("ok     helix/languages.toml, zed/extension.toml, zed/languages/wod/config.toml, zed/Cargo.toml")
