"""What a newcomer following the README sees: a sentence where there was nothing, or a
traceback, and no grade lost by looking at it."""

import pytest

from workbench.cli import main


def _one_document(tmp_path, monkeypatch, text: str) -> str:
    """A new project holding one imported report; its path."""
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    project = str(tmp_path / "notes.wbproj")
    assert main(["new", project]) == 0
    assert main(["import", project, str(tmp_path / "s.txt")]) == 0
    return project


def test_tally_with_no_incidents_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    project = str(tmp_path / "notes.wbproj")
    assert main(["new", project]) == 0
    capsys.readouterr()
    assert main(["tally", project]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No incidents to tally")
    assert "workbench incident PROJECT create" in out


def test_the_readme_names_every_link_type():
    # part_of was missing from the `workbench link` row, so a reader never learnt how
    # to keep a sub-group ("including five children") from being added to its toll.
    from pathlib import Path

    from workbench.core.codebook import LINK_TYPES

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `workbench link "))
    assert [t for t in LINK_TYPES if t not in row] == []


def _graded(project: str, capsys) -> str:
    import json

    capsys.readouterr()
    assert main(["docs", project, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)[0]
    return f"{doc['reliability'] or '-'}{doc['credibility'] or '-'}"


def test_grade_keeps_what_is_not_given(tmp_path, capsys, monkeypatch):
    # `workbench grade P 1` with no option erased the grade, and one option erased the
    # other: a reader who typed it to see the grade lost it without a word.
    project = _one_document(tmp_path, monkeypatch,
                            "The council said nine people were killed.\n")
    assert main(["grade", project, "1", "--reliability", "B", "--credibility", "2"]) == 0
    assert main(["grade", project, "1"]) == 0
    assert "graded B2" in capsys.readouterr().out
    assert _graded(project, capsys) == "B2"
    assert main(["grade", project, "1", "--credibility", "3"]) == 0
    assert _graded(project, capsys) == "B3"
    assert main(["grade", project, "1", "--reliability", "C"]) == 0
    assert _graded(project, capsys) == "C3"


@pytest.mark.parametrize(("argv", "needs"), [
    (["add-kind"], "--name and --key"),
    (["add-kind", "--name", "protest"], "--key"),
    (["add-field", "--kind", "casualty"], "--name"),
    (["set-key", "--kind", "casualty"], "--key"),
])
def test_a_codebook_action_without_its_options_says_which(argv, needs, tmp_path, capsys,
                                                          monkeypatch):
    # These ended in a TypeError or AttributeError traceback.
    monkeypatch.setenv("WORKBENCH_CODER", "amal")
    project = str(tmp_path / "notes.wbproj")
    assert main(["new", project]) == 0
    capsys.readouterr()
    assert main(["codebook", project, *argv]) == 1
    err = capsys.readouterr().err
    assert f"codebook {argv[0]} needs {needs}, e.g." in err
    assert "Traceback" not in err


def test_verify_log_on_a_missing_file_says_so_in_one_sentence(tmp_path, capsys):
    # It printed the OS error in brackets, then "no entries checked: 1 problem(s)."
    assert main(["verify-log", str(tmp_path / "log.jsonl")]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == (f"workbench: {tmp_path / 'log.jsonl'}: no such file (write one "
                           "with `workbench log PROJECT --export FILE`).")


def test_an_ambiguous_quote_is_one_sentence(tmp_path, capsys, monkeypatch):
    # It was two: "...say which occurrence, 1 to 2, is meant. Choose it with --occurrence N."
    project = _one_document(tmp_path, monkeypatch,
                            "Nine were killed in Qarsel; Qarsel mourned.\n")
    capsys.readouterr()
    assert main(["annotate", project, "1", "--kind", "location", "--quote", "Qarsel"]) == 1
    assert capsys.readouterr().err == ("workbench: The quote 'Qarsel' occurs 2 times; choose "
                                       "one with --occurrence N (1 to 2).\n")


def test_verify_counts_one_document_in_the_singular(tmp_path, capsys, monkeypatch):
    project = _one_document(tmp_path, monkeypatch,
                            "The council said nine people were killed.\n")
    capsys.readouterr()
    assert main(["verify", project]) == 0
    assert capsys.readouterr().out.startswith("1 document, 1 original, 0 annotations, ")
