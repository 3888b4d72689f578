"""Remake the first-sight casualty dumps of the English blind sets.

The learned casualty stage is trained on what the rules leave on text they were not written
from. For a blind set that is the figures of the engines it was first measured with: this
tool finds that commit in the set's section of ``bench/blind/README.md`` (the first commit
its "First measurement" names for the engines; where none is named, the commit that added
the set's ``.jsonl``, whose engines are those of main at its merge), exports that commit's
``workbench`` package with ``git archive``, runs ``tools/dump_casualty_rules.py`` on it and
writes ``bench/casualty_stage/en-N.json``.

    python tools/dump_first_sight.py --list             # the sets and their commits
    python tools/dump_first_sight.py [en-9 en-10 ...]   # dump (default: every set not
                                                        # dumped yet)
    python tools/dump_first_sight.py --check [en-9 ...] # a dump's casualty tp/fp/fn on
                                                        # today's gold, beside the README's

Sets in ``HELD_OUT`` are never listed, dumped or read.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "bench" / "blind"
DUMPS = ROOT / "bench" / "casualty_stage"
# Kept unseen for a measure after the rounds: no dump, no training.
HELD_OUT = frozenset({"en-36"})

_SECTION = re.compile(r"^## .*\(`(en-\d+)\.jsonl`\)")
_HASH = re.compile(r"`([0-9a-f]{7,40})`")
# The gold file's own commit is named this way beside the engines' one.
_FILE_COMMIT = re.compile(r"as (?:committed|written) \($")
_CASUALTIES = (re.compile(r"^casualties\s+(\d+)\s+(\d+)\s+(\d+)\b", re.M),
               re.compile(r"^\|\s*casualties\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|", re.M),
               re.compile(r"^\|[^|]*\|\s*(\d+)/(\d+)/(\d+)\b", re.M))


def first_measurements(readme: Path = BLIND / "README.md") -> dict[str, str]:
    """The text of each English set's "First measurement" subsection, by set name."""
    out: dict[str, list[str]] = {}
    current: str | None = None
    inside = False
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = _SECTION.match(line)
        if m:
            current, inside = m.group(1), False
            continue
        if line.startswith("## "):
            current = None
        if current is None:
            continue
        if line.startswith("### "):
            inside = line.startswith("### First measurement")
            continue
        if inside:
            out.setdefault(current, []).append(line)
    return {name: "\n".join(lines) for name, lines in out.items() if name not in HELD_OUT}


def engine_commit(text: str) -> str | None:
    """The first commit a "First measurement" names for the engines (not the file's)."""
    for m in _HASH.finditer(text):
        if not _FILE_COMMIT.search(text[max(0, m.start() - 20):m.start()]):
            return m.group(1)
    return None


def added_commit(name: str) -> str:
    """The commit that added the set's file."""
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--",
                          f"bench/blind/{name}.jsonl"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    return out[-1] if out else ""


def readme_casualties(text: str) -> tuple[int, int, int] | None:
    """The first casualty tp/fp/fn a "First measurement" prints, whatever its layout."""
    for pattern in _CASUALTIES:
        m = pattern.search(text)
        if m:
            tp, fp, fn = (int(g) for g in m.groups())
            return tp, fp, fn
    return None


def set_number(name: str) -> int:
    return int(name.split("-")[1])


def plan() -> dict[str, tuple[str, str]]:
    """Set name -> (commit, where it came from), for every English set with a gold file."""
    sections = first_measurements()
    out: dict[str, tuple[str, str]] = {}
    for path in sorted(BLIND.glob("en-*.jsonl"), key=lambda p: set_number(p.stem)):
        name = path.stem
        if name in HELD_OUT:
            continue
        commit = engine_commit(sections.get(name, ""))
        out[name] = (commit, "README") if commit else (added_commit(name), "added the set")
    return out


def export(commit: str, into: Path) -> Path:
    """The commit's ``workbench`` package under ``into/commit`` (made once)."""
    target = into / commit
    if not (target / "workbench").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", commit, "workbench"], cwd=ROOT,
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def dump(name: str, commit: str, into: Path) -> None:
    package = export(commit, into)
    env = {**os.environ, "PYTHONPATH": str(package)}
    subprocess.run([sys.executable, str(ROOT / "tools" / "dump_casualty_rules.py"),
                    str(BLIND / f"{name}.jsonl"), str(DUMPS / f"{name}.json")],
                   env=env, check=True)


def check(name: str) -> tuple[int, int, int]:
    """The dump's casualty tp/fp/fn on today's gold, matched as ``workbench eval`` does."""
    from workbench.core.extract.evaluate import match_pairs, read_gold

    figures = json.loads((DUMPS / f"{name}.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for doc in read_gold(BLIND / f"{name}.jsonl"):
        gold = doc.get("casualties") or []
        preds = figures[doc["doc_id"]]
        matched = len(match_pairs(doc["text"], "casualties", gold, preds))
        tp, fp, fn = tp + matched, fp + len(preds) - matched, fn + len(gold) - matched
    return tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Dump the casualty figures of the engines each English blind set was "
                    "first measured with into bench/casualty_stage/ (held-out sets never).")
    ap.add_argument("sets", nargs="*", help="set names such as en-9 (default: every set "
                                            "with no dump yet; with --check, every dump)")
    ap.add_argument("--list", action="store_true",
                    help="print each set's first-measure commit and where it was found")
    ap.add_argument("--check", action="store_true",
                    help="print each dump's casualty tp/fp/fn on today's gold beside the "
                         "README's first measurement")
    ap.add_argument("--work", type=Path, default=None,
                    help="folder for the exported packages (default: a temporary one)")
    args = ap.parse_args(argv)
    known = plan()
    bad = [s for s in args.sets if s not in known]
    if bad:
        print(f"unknown or held-out set(s): {' '.join(bad)}", file=sys.stderr)
        return 2
    if args.list:
        for name, (commit, source) in known.items():
            print(f"{name:<7} {commit[:12]:<12} {source}")
        return 0
    if args.check:
        sections = first_measurements()
        names = args.sets or [n for n in known if (DUMPS / f"{n}.json").is_file()]
        for name in names:
            said = readme_casualties(sections.get(name, ""))
            got = check(name)
            mark = "" if said == got else "  differs"
            shown = "/".join(map(str, said)) if said else "?"
            print(f"{name:<7} dump {'/'.join(map(str, got)):<10} README {shown}{mark}")
        return 0
    names = args.sets or [n for n in known if not (DUMPS / f"{n}.json").is_file()]
    with tempfile.TemporaryDirectory() as tmp:
        into = args.work or Path(tmp)
        for name in names:
            dump(name, known[name][0], into)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
