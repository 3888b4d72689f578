"""Numbers a user mistypes on the command line get one sentence from the parser."""

from __future__ import annotations

import pytest

from tests.helpers import make_project
from workbench.cli import main

HUGE = "99999999999999999999"  # past SQLite's integers: it once raised OverflowError


@pytest.fixture
def path(tmp_path):
    make_project(tmp_path).close()
    return str(tmp_path / "p.wbproj")


@pytest.mark.parametrize("argv, option", [
    (["show", "{p}", HUGE], "DOC_ID"),
    (["grade", "{p}", HUGE, "--reliability", "A"], "DOC_ID"),
    (["annotations", "{p}", "--doc", HUGE], "--doc"),
    (["search", "{p}", "market", "--limit", HUGE], "--limit"),
    (["search", "{p}", "market", "--limit", "0"], "--limit"),
    (["search", "{p}", "market", "--limit", "-5"], "--limit"),
    (["search", "{p}", "market", "--page", "-2"], "--page"),
    (["search", "{p}", "market", "--offset", "-3"], "--offset"),
    (["log", "{p}", "--limit", HUGE], "--limit"),
    (["import", "{p}", "--jobs", "-3", "a.txt"], "--jobs"),
    (["suggest", "{p}", "abc"], "DOC_ID"),
])
def test_a_bad_number_is_refused_by_the_parser(path, argv, option, capsys):
    with pytest.raises(SystemExit) as done:
        main([a.replace("{p}", path) for a in argv])
    assert done.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"argument {option}" in err and "takes a whole number from" in err
    assert "Traceback" not in err


def test_a_good_number_still_works(path, capsys):
    assert main(["search", path, "anything", "--limit", "5", "--page", "2"]) == 0
    assert main(["log", path, "--limit", "1"]) == 0


def test_trashing_a_document_number_no_project_can_hold_names_no_document(path, capsys):
    # trash takes document numbers and annotation ids together, so the parser cannot
    # check its arguments: the lookup itself must say there is no such document.
    assert main(["trash", path, HUGE]) == 1
    assert "no document" in capsys.readouterr().err.lower()
