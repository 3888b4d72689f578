"""--coder before or after the command, and $WORKBENCH_CODER, name who the CLI writes as."""

from __future__ import annotations

import json

import pytest

from tests.helpers import REPORT, add_doc
from workbench.cli import main
from workbench.core.project import Project


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="setup") as p:
        add_doc(p, REPORT)
    return str(path)


def _annotate(path: str, *extra: str) -> list[str]:
    return ["annotate", path, "1", "--kind", "statement", "--quote",
            "a provincial official said", *extra]


def _last_coder(path: str) -> str:
    with Project.open(path) as p:
        return p.repo.audit(limit=1)[0]["coder"]


def test_global_coder_option_is_recorded(project_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CODER", "from-env")
    assert main(["--coder", "amal", *_annotate(project_path)]) == 0
    assert _last_coder(project_path) == "amal"
    with Project.open(project_path) as p:
        assert [a["coder"] for a in p.repo.annotations()] == ["amal"]


def test_coder_after_the_command_and_the_environment(project_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CODER", "from-env")
    assert main(["grade", project_path, "1", "--reliability", "B", "--coder", "ben"]) == 0
    assert _last_coder(project_path) == "ben"
    assert main(["grade", project_path, "1", "--reliability", "C"]) == 0
    assert _last_coder(project_path) == "from-env"  # the option did not outlive its run


def test_new_project_records_its_creator(tmp_path):
    path = str(tmp_path / "n.wbproj")
    assert main(["--coder", "chen", "new", path]) == 0
    assert _last_coder(path) == "chen"  # the codebook written at creation


def test_annotations_coder_filter_is_not_the_global_option(project_path, capsys):
    assert main(["--coder", "amal", *_annotate(project_path)]) == 0
    assert main(["--coder", "ben", *_annotate(project_path, "--occurrence", "1")]) == 0
    capsys.readouterr()
    assert main(["--coder", "amal", "annotations", project_path, "--coder", "ben",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["coder"] for r in rows] == ["ben"]


@pytest.mark.parametrize("command", ["extract", "eval"])
def test_commands_that_open_no_project_do_not_offer_coder(tmp_path, capsys, command):
    # `extract --coder amal` and `eval --coder amal` were taken in silence (and offered in
    # their help) though neither opens a project: no name was ever recorded.
    from workbench.cli import build_parser

    assert "--coder" not in build_parser(command)._subparsers._group_actions[0].choices[
        command].format_help()
    text = tmp_path / "r.txt"
    text.write_text(REPORT, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "g1", "text": REPORT, "published": "2026-03-04",
                                "casualties": [], "dates": [], "statements": []}) + "\n",
                    encoding="utf-8")
    argv = [command, str(text if command == "extract" else gold)]
    assert main(argv) == 0
    plain = capsys.readouterr()
    # A script that passed it still runs, and gets the same output and one sentence.
    assert main([*argv, "--coder", "amal"]) == 0
    given = capsys.readouterr()
    assert given.out == plain.out
    assert given.err == plain.err + (f"workbench {command}: --coder is ignored: this command "
                                     "opens no project, so nothing is recorded under a "
                                     "coder's name.\n")


def test_the_global_coder_before_annotations_is_said_not_to_filter(project_path, capsys):
    # `workbench --coder amal annotations p.wbproj` listed everyone's annotations and said
    # nothing: the name before the command is who writes, and a listing writes nothing.
    assert main(["--coder", "amal", *_annotate(project_path)]) == 0
    assert main(["--coder", "ben", *_annotate(project_path, "--occurrence", "1")]) == 0
    capsys.readouterr()
    assert main(["--coder", "amal", "annotations", project_path, "--json"]) == 0
    said = capsys.readouterr()
    assert len(json.loads(said.out)) == 2
    assert said.err == ("workbench annotations: --coder before the command names who "
                        "writes, and a listing writes nothing, so every coder's annotations "
                        "are listed; to list amal's, give it after the command "
                        f"(`workbench annotations {project_path} --coder amal`).\n")
    assert main(["--coder", "amal", "annotations", project_path, "--coder", "amal"]) == 0
    assert capsys.readouterr().err == ""
