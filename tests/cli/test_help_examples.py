"""Every command's --help ends with an example, and each example runs as written.

The examples run on the demo project under the name they give it (notes.wbproj), in a
folder holding the files they name. A word in capitals is an id a listing shows: it is
filled in here from the project, the only change made to an example before it runs.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.helpers import REPORT
from workbench.cli import build_parser, main
from workbench.cli.examples import EXAMPLES, START
from workbench.core.demo import build_demo

# Run elsewhere or not at all, and why.
NOT_RUN = {
    "gui": "opens the window and waits for it to be closed",
}

STATEMENT = ("Statement of the Qarsel district council\n\nThe council said on Monday that nine "
             "people were killed and 23 were wounded in the blast at the Qarsel market.\n")


def _commands(parser: argparse.ArgumentParser, name: str = ""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, child in action.choices.items():
                full = f"{name} {sub}".strip()
                yield full, child
                yield from _commands(child, full)


COMMANDS = dict(_commands(build_parser()))


def test_every_command_and_action_has_an_example_in_its_help():
    missing = [name for name, parser in COMMANDS.items()
               if "Example" not in parser.format_help()]
    assert missing == []
    assert set(EXAMPLES) == set(COMMANDS)
    for name, lines in EXAMPLES.items():
        for line in lines:
            # The example is for this command (or sets up what it needs).
            assert line.startswith("workbench "), line
        assert any(line.startswith(f"workbench {name.split()[0]} ")
                   or f" {name.split()[-1]} " in line for line in lines), name


def test_the_program_help_says_where_to_begin(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(line in out for line in START)


def test_an_example_line_is_not_wrapped_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["incident", "p.wbproj", "set-best", "--help"])
    assert EXAMPLES["incident set-best"][0] in capsys.readouterr().out.splitlines()[-1]


def _json(capsys, *argv: str):
    capsys.readouterr()
    assert main(list(argv)) == 0, argv
    return json.loads(capsys.readouterr().out)


def _ids(capsys) -> dict[str, str]:
    """The ids the placeholders stand for, chosen so each command has something to do;
    the same in every copy of the folder."""
    incidents = {i["title"]: i["id"] for i in _json(
        capsys, "incidents", "notes.wbproj", "--status", "open", "--status", "confirmed",
        "--status", "disputed", "--status", "suggested", "--json")}
    qarsel = incidents["Qarsel market blast"]
    tally = _json(capsys, "tally", "notes.wbproj", "--incident", qarsel, "--json")
    members = re.findall(r'"annotation_id": "(\w+)"', json.dumps(tally))
    figures = [a["id"] for a in _json(capsys, "annotations", "notes.wbproj", "--kind",
                                      "casualty", "--json")]
    actors = _json(capsys, "actors", "notes.wbproj", "--json")
    return {"INCIDENT_ID": qarsel,
            "OTHER_INCIDENT_ID": incidents["Drone strike on a wedding in Belcari"],
            "SUGGESTED_INCIDENT_ID": next(v for k, v in incidents.items()
                                          if k.startswith("Ein Zafra")),
            "ANNOTATION_ID": members[0], "OTHER_ANNOTATION_ID": members[-1],
            "LOOSE_ANNOTATION_ID": next(f for f in figures if f not in members),
            "ACTOR_ID": actors[0]["id"], "OTHER_ACTOR_ID": actors[1]["id"]}


def _fill(command: str, ids: dict[str, str]) -> dict[str, str]:
    ids = dict(ids)
    if command in ("incident", "incident create", "incident add"):
        ids["ANNOTATION_ID"] = ids["LOOSE_ANNOTATION_ID"]  # not yet in the incident
    if command in ("incident accept", "incident reject"):
        ids["INCIDENT_ID"] = ids["SUGGESTED_INCIDENT_ID"]
    return ids


# What a reader has done before the example (its own example, or an earlier command's).
BEFORE = {
    "reimport": ["workbench import notes.wbproj statement.txt"],
    "restore": ["workbench trash notes.wbproj ANNOTATION_ID"],
    "incident restore": ["workbench incident notes.wbproj trash INCIDENT_ID"],
    "agreement": ["workbench new team.wbproj",
                  "workbench merge team.wbproj amal.wbproj ben.wbproj"],
    "verify-log": ["workbench log notes.wbproj --export log.jsonl"],
    "decrypt": ["workbench encrypt notes.wbproj --passphrase-file key.txt"],
    "change-passphrase": ["workbench encrypt notes.wbproj --passphrase-file key.txt"],
    "restore-backup": ["workbench backup notes.wbproj"],
}


def _write_files(where: Path) -> None:
    (where / "report.html").write_text(
        "<html><head><title>Blast at Qarsel market</title></head><body><article><h1>Blast "
        "at Qarsel market</h1><p>At least eight people were killed and dozens wounded when "
        "a blast hit the Qarsel market on Sunday, local officials said.</p></article>"
        "</body></html>", encoding="utf-8")
    (where / "statement.txt").write_text(STATEMENT, encoding="utf-8")
    (where / "statement-v2.txt").write_text(STATEMENT.replace("nine", "eleven"),
                                            encoding="utf-8")
    (where / "sources").mkdir()
    (where / "sources" / "halden.txt").write_text(REPORT, encoding="utf-8")
    (where / "key.txt").write_text("a passphrase for the examples\n", encoding="utf-8")
    (where / "new-key.txt").write_text("another passphrase\n", encoding="utf-8")
    (where / "gold.jsonl").write_text(json.dumps({
        "doc_id": "g1", "source": "fiction", "published": "2026-03-04", "text": STATEMENT,
        "casualties": [{"evidence": "nine people were killed", "outcome": "killed",
                        "count_low": 9, "count_high": None, "qualifier": "exact",
                        "group": "people"}],
        "dates": [{"evidence": "Monday", "value": "2026-03-02"}],
        "statements": []}) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The folder the examples start from, made once: the demo as notes.wbproj, the files
    the examples name, and two coders' projects of the same file read differently."""
    where = tmp_path_factory.mktemp("examples")
    build_demo(where / "notes.wbproj")
    _write_files(where)
    with pytest.MonkeyPatch.context() as mp, _Capture() as capsys:
        mp.chdir(where)
        mp.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
        for coder, count in (("amal", "9"), ("ben", "8")):
            project = f"{coder}.wbproj"
            assert main(["--coder", coder, "new", project]) == 0
            assert main(["--coder", coder, "import", project, "statement.txt"]) == 0
            assert main(["--coder", coder, "annotate", project, "1", "--kind", "casualty",
                         "--quote", "nine people were killed", "--field",
                         f"count_low={count}"]) == 0
        ids = _ids(capsys)
    return where, ids


class _Capture:
    """capsys for a module fixture: stdout read back between commands."""

    def __enter__(self) -> _Capture:
        import contextlib
        import io

        self._buffer = io.StringIO()
        self._redirect = contextlib.redirect_stdout(self._buffer)
        self._redirect.__enter__()
        return self

    def readouterr(self):  # the capsys shape _json reads
        out = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return argparse.Namespace(out=out)

    def __exit__(self, *exc) -> None:
        self._redirect.__exit__(*exc)


@pytest.fixture
def folder(tmp_path, monkeypatch, template):
    where, ids = template
    shutil.copytree(where, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    monkeypatch.delenv("WORKBENCH_PASSPHRASE_FILE", raising=False)
    return tmp_path, ids


def _run(line: str, ids: dict[str, str]) -> int:
    words = shlex.split(line)
    assert words[0] == "workbench"
    return main([ids.get(w, w) for w in words[1:]])


@pytest.mark.parametrize("command", sorted(set(EXAMPLES) - set(NOT_RUN)))
def test_the_help_examples_run_as_written(command, folder, capsys):
    where, ids = folder
    ids = _fill(command, ids)
    if command == "demo":
        (where / "notes.wbproj").unlink()
    for line in BEFORE.get(command, []) + list(EXAMPLES[command]):
        assert _run(line, ids) == 0, line
    out = capsys.readouterr().out
    assert "workbench:" not in out
