"""The team commands: agreement, REFI-QDA export and import, on small scripted projects."""

from __future__ import annotations

import json

import pytest

from tests.core.agreement.conftest import PATROL, add_doc
from workbench.cli import main
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project


@pytest.fixture
def two_coders(tmp_path):
    path = tmp_path / "team.wbproj"
    with Project.create(path) as p:
        doc = add_doc(p, PATROL, "patrol.txt")
        for coder, outcome in (("amal", "wounded"), ("ben", "killed")):
            p.coder = coder
            annotate_quote(p, doc, "casualty", "wounded four guards",
                           {"outcome": outcome, "count_best": 4})
            annotate_quote(p, doc, "claim", "denied any role in the attack",
                           {"status": "unverified"})
    return str(path)


def test_agreement_table_and_json(two_coders, capsys):
    assert main(["agreement", two_coders]) == 0
    out = capsys.readouterr().out
    assert "Coders: amal, ben; 1 document finished" in out
    assert "casualty  outcome" in out and "Disagreements: 1" in out
    assert main(["agreement", two_coders, "--kind", "claim", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {m["kind"] for m in data["measures"]} == {"claim"}
    assert data["disagreements"] == []
    assert main(["agreement", two_coders, "--coders", "amal"]) == 1
    assert "two coders" in capsys.readouterr().err


def test_agreement_of_coders_with_no_document_in_common_says_why(tmp_path, capsys):
    # It printed a bare table header and "Disagreements: 0", which read as agreement.
    from tests.core.agreement.conftest import MARKET

    path = tmp_path / "team.wbproj"
    with Project.create(path) as p:
        patrol, market = add_doc(p, PATROL, "patrol.txt"), add_doc(p, MARKET, "m.txt")
        p.coder = "amal"
        annotate_quote(p, patrol, "casualty", "wounded four guards",
                       {"outcome": "wounded", "count_best": 4})
        p.coder = "ben"
        annotate_quote(p, market, "event", "quiet week")
    assert main(["agreement", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Coders: amal, ben; 0 documents finished by at least two of them."
    assert out[1].startswith("There is nothing to compare: amal and ben have annotated no "
                             "document in common")
    assert len(out) == 2  # no empty table, no "Disagreements: 0"


def test_qdpx_export_then_import(two_coders, tmp_path, capsys):
    out = tmp_path / "team.qdpx"
    assert main(["export", two_coders, "--format", "qdpx", "-o", str(out)]) == 0
    assert "Wrote 4 codings" in capsys.readouterr().err
    assert main(["export", two_coders, "--format", "qdc", "-o", str(tmp_path / "c.qdc")]) == 0
    assert main(["export", two_coders, "--format", "qdpx"]) == 1
    assert "-o" in capsys.readouterr().err
    assert main(["new", str(tmp_path / "other.wbproj")]) == 0
    assert main(["import-qdpx", str(tmp_path / "other.wbproj"), str(out)]) == 0
    assert "Imported 1 document (0 already in the project), 4 annotations" in \
        capsys.readouterr().out
    # The coders came along, so their agreement reads the same in the new project.
    assert main(["agreement", str(tmp_path / "other.wbproj"), "--json"]) == 0
    copied = json.loads(capsys.readouterr().out)
    assert main(["agreement", two_coders, "--json"]) == 0
    assert copied == json.loads(capsys.readouterr().out)


def test_import_of_something_else_is_refused(two_coders, tmp_path, capsys):
    bad = tmp_path / "x.qdpx"
    bad.write_text("hello")
    assert main(["import-qdpx", two_coders, str(bad)]) == 1
    assert "not a zip file" in capsys.readouterr().err


def test_agreement_says_the_conflict_copies_it_left_out(tmp_path, capsys):
    from tests.core.agreement.test_conflict_copies import _merged_team

    path, ids = _merged_team(tmp_path)
    capsys.readouterr()
    assert main(["agreement", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == (
        "1 conflict copy a merge made waits for review and was left out (the version its "
        "conflict kept counts): accept or reject it to settle the conflict; once accepted "
        "it counts.")
    assert "missing" not in out and ids["copy"] not in out
    assert main(["agreement", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["conflict_copies_left_out"] == 1
