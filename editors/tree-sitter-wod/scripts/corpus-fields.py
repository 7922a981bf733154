#!/usr/bin/env python3
"""Rewrite the expected trees of test/corpus/*.txt from `tree-sitter parse`, with fields.

`tree-sitter test --update` writes trees without field names; the trees read far better
with them (`sets:`, `reps:`, `load:`), so after changing the grammar run, from
editors/tree-sitter-wod:

    tree-sitter test --update && scripts/corpus-fields.py && tree-sitter test

and review the diff. Cases whose tree holds an ERROR or MISSING node are left alone
(their expected trees are written by hand), and nothing is rewritten unless the parse
is clean. Not part of CI: CI only runs `tree-sitter test` on what is committed.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

HEADER = re.compile(r"^(={3,})\n(.*?)\n\1\n\n", re.M | re.S)
RANGE = re.compile(r" \[\d+, \d+\] - \[\d+, \d+\]")


def parse(source: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".wod", delete=False) as f:
        f.write(source)
    out = subprocess.run(["tree-sitter", "parse", f.name], capture_output=True, text=True)
    pathlib.Path(f.name).unlink()
    if out.returncode != 0:
        raise SystemExit(f"parse failed:\n{source}\n{out.stdout}{out.stderr}")
    return RANGE.sub("", out.stdout).rstrip() + "\n"


def main() -> None:
    for path in sorted(pathlib.Path("test/corpus").glob("*.txt")):
        text = path.read_text()
        heads = list(HEADER.finditer(text))
        pieces, last = [], 0
        for i, head in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            body = text[head.end():end]
            source, sep, tree = body.partition("\n---\n")
            pieces.append(text[last:head.end()])
            if sep and "ERROR" not in tree and "MISSING" not in tree:
                # The corpus reader drops the line end before `---`.
                tree = "\n" + parse(source) + ("\n" if i + 1 < len(heads) else "")
            pieces.append(source + sep + tree)
            last = end
        pieces.append(text[last:])
        path.write_text("".join(pieces))


if __name__ == "__main__":
    sys.exit(main())
