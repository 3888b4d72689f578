"""The README's command lines run as written.

The example session is run line by line. Every `workbench ...` the workflows quote is
listed below either as run or with the reason it is not (a placeholder such as ID or
NAME), so a command added to or changed in the README fails here until it is looked at:
nothing is left out silently.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from tests.helpers import REPORT
from workbench.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"

# Fictional sources for the workflows' file names.
SOURCES = {
    "report.html": (
        "<html><head><title>Blast at Qarsel market</title></head><body><article>"
        "<h1>Blast at Qarsel market</h1><p>At least eight people were killed and dozens "
        "wounded when a blast hit the Qarsel market on Sunday, local officials said.</p>"
        "<p>\u201cThe roof came down on the stalls,\u201d said Mira Haddad, a trader.</p>"
        "</article></body></html>"),
    "statement.txt": (
        "Statement of the Qarsel district council\n\nThe council said on Monday that nine "
        "people were killed and 23 were wounded in the blast at the Qarsel market.\n"),
    "halden.txt": REPORT,
}

RUN = "run"
# Each command the "Main workflows" quote: RUN, or why it is not run as written.
WORKFLOW_COMMANDS = {
    "workbench new notes.wbproj": RUN,
    "workbench import notes.wbproj report.html statement.txt --published 2026-03-04": RUN,
    "workbench annotate": "names the command only",
    "workbench suggest notes.wbproj": RUN,
    "workbench annotations notes.wbproj --status suggested": RUN,
    "workbench edit notes.wbproj ID --status accepted": "placeholder ID (run below with a real id)",
    'workbench search notes.wbproj "market blast"': RUN,
    "workbench annotations notes.wbproj --kind casualty --status accepted": RUN,
    "workbench export notes.wbproj --format csv --bom -o notes.csv": RUN,
    "workbench incident notes.wbproj suggest": RUN,
    'workbench incident notes.wbproj create --title "Qarsel market blast" --member ID ...':
        "placeholder ID (run below with a real id)",
    "workbench tally notes.wbproj": RUN,
    "workbench report notes.wbproj -o report.pdf": RUN,
    "workbench --coder NAME ...": "placeholder NAME",
    "workbench merge team.wbproj amal.wbproj ben.wbproj": RUN,
    "workbench new team.wbproj": RUN,
    "workbench agreement team.wbproj": RUN,
    "workbench verify notes.wbproj": RUN,
    "workbench reindex notes.wbproj": RUN,
    "workbench log notes.wbproj --export log.jsonl": RUN,
    "workbench verify-log": "names the command only (run below on log.jsonl)",
    "workbench new notes.wbproj --encrypt": "run in a folder of its own (notes.wbproj exists)",
    "workbench encrypt notes.wbproj": RUN,
    "workbench backups notes.wbproj": RUN,
    "workbench restore-backup notes.wbproj 1": RUN,
    "workbench trash notes.wbproj --list": RUN,
    "workbench trash notes.wbproj ID...": "placeholder ID",
    "workbench restore notes.wbproj ID...": "placeholder ID",
}


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(title)
    return text[start:text.index("\n## ", start + 1)]


def workflow_commands() -> list[str]:
    spans = re.findall(r"`(workbench\s[^`]*)`", _section("## Main workflows"))
    return [" ".join(s.split()) for s in spans]


def example_session() -> list[str]:
    block = re.search(r"Example session[^\n]*\n\n```bash\n(.*?)```", README.read_text("utf-8"),
                      re.S)
    assert block, "the README has no example session"
    return block.group(1).replace("\\\n", " ").splitlines()


def write_heredocs(lines: list[str]) -> list[str]:
    """Write the files the session makes with ``cat > NAME <<'EOF'`` as the shell would;
    the commands left over."""
    commands, lines = [], iter(lines)
    for line in lines:
        made = re.fullmatch(r"cat > (\S+) <<'EOF'", line)
        if not made:
            if line.strip():
                commands.append(line)
            continue
        body = []
        for text in lines:
            if text == "EOF":
                break
            body.append(text)
        Path(made.group(1)).write_text("\n".join(body) + "\n", encoding="utf-8")
    return commands


def run(line: str) -> int:
    words = shlex.split(line)
    assert words[0] == "workbench"
    return main(words[1:])


@pytest.fixture
def folder(tmp_path, monkeypatch):
    for name, text in SOURCES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
    return tmp_path


def test_every_workflow_command_is_accounted_for():
    assert sorted(workflow_commands()) == sorted(WORKFLOW_COMMANDS)


def test_the_example_session_runs_as_written(folder, capsys):
    # The session writes its own report: a reader has no halden.txt of their own.
    (folder / "halden.txt").unlink()
    for line in write_heredocs(example_session()):
        assert (folder / "halden.txt").read_text(encoding="utf-8").count("\n\n") == 1
        assert run(line) == 0, line
        out = capsys.readouterr().out
        if " search " in line:
            assert "wounded four troops" in out
        if " verify " in line:
            assert "all intact" in out
    page = json.loads((folder / "field-notes.jsonld").read_text(encoding="utf-8"))
    assert page["total"] == 2
    capsys.readouterr()
    assert main(["annotations", "field-notes.wbproj", "--json"]) == 0
    fields = [a["fields"] for a in json.loads(capsys.readouterr().out)]
    assert {f.get("claimant") for f in fields} == {None, "Crescent Brigade"}
    assert {f.get("count_low") for f in fields} == {None, 4}


def test_the_workflow_commands_run_as_written(folder, capsys, monkeypatch):
    runnable = [c for c in workflow_commands() if WORKFLOW_COMMANDS[c] == RUN]
    # The team projects the merge reads: two coders who imported the same file and read
    # the toll differently.
    for coder, count in (("amal", "9"), ("ben", "8")):
        project = f"{coder}.wbproj"
        assert main(["--coder", coder, "new", project]) == 0
        assert main(["--coder", coder, "import", project, "statement.txt"]) == 0
        assert main(["--coder", coder, "annotate", project, "1", "--kind", "casualty",
                     "--quote", "nine people were killed", "--field", f"count_low={count}"]) == 0
    key = folder / "key.txt"
    key.write_text("a passphrase for the tests\n", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_PASSPHRASE_FILE", str(key))
    for line in runnable:
        if line == "workbench encrypt notes.wbproj":
            # The placeholders first, while the project is still plain.
            capsys.readouterr()
            assert main(["annotations", "notes.wbproj", "--kind", "casualty", "--json"]) == 0
            ids = [a["id"] for a in json.loads(capsys.readouterr().out)]
            assert run('workbench incident notes.wbproj create --title "Qarsel market blast" '
                       + " ".join(f"--member {i}" for i in ids)) == 0
            assert run("workbench verify-log log.jsonl --project notes.wbproj") == 0
            assert main(["backup", "notes.wbproj"]) == 0
        assert run(line) == 0, line
        out = capsys.readouterr().out
        if line.startswith("workbench suggest"):
            assert "casualty" in out
        if line == "workbench annotations notes.wbproj --status suggested":
            assert "suggested" in out
            assert main(["annotations", "notes.wbproj", "--status", "suggested", "--json"]) == 0
            suggested = json.loads(capsys.readouterr().out)
            first = next(a for a in suggested if a["kind"] == "casualty")
            assert run(f"workbench edit notes.wbproj {first['id']} --status accepted") == 0
            capsys.readouterr()
        if line.startswith("workbench search"):
            assert "Qarsel market" in out
        if line.endswith("--kind casualty --status accepted"):
            assert first["exact"] in out
        if line.startswith("workbench report"):
            assert (folder / "report.pdf").read_bytes()[:4] == b"%PDF"
        if line.startswith("workbench merge"):
            assert "Conflicts: 0" in out
        if line.startswith("workbench agreement"):
            assert "count_low: amal=9" in out and "ben=8" in out
    backups = sorted((folder / "notes.wbproj.backups").iterdir())
    assert run(f"workbench restore-backup notes.wbproj {backups[0]}") == 0
    assert run(f"workbench restore-backup notes.wbproj {backups[0].name}") == 0
    (folder / "own").mkdir()
    monkeypatch.chdir(folder / "own")
    assert run("workbench new notes.wbproj --encrypt") == 0
    assert b"SQLite format 3" not in (folder / "own" / "notes.wbproj").read_bytes()[:16]


def test_the_json_shape_is_what_the_example_session_prints(folder, capsys):
    # The shape's figure was 89–108 with three fields; the session above it stores
    # "wounded four troops" at 92–111 with five.
    text = README.read_text(encoding="utf-8")
    at = text.index("`workbench annotations --json` prints a list of annotations:")
    shown = json.loads(re.search(r"```json\n(.*?)```", text[at:], re.S).group(1))
    (folder / "halden.txt").unlink()
    for line in write_heredocs(example_session()):
        assert run(line) == 0, line
    capsys.readouterr()
    assert main(["annotations", "field-notes.wbproj", "--json"]) == 0
    printed = next(a for a in json.loads(capsys.readouterr().out) if a["kind"] == "casualty")
    assert set(printed) == set(shown)
    same = ("doc_id", "kind", "start", "end", "exact", "status", "anchor", "fields", "origin")
    assert {k: printed[k] for k in same} == {k: shown[k] for k in same}
    assert printed["prefix"].endswith(shown["prefix"].lstrip("…"))
    assert printed["suffix"].replace("\n", " ").startswith(shown["suffix"].rstrip("…"))
