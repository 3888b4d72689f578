"""The team and incident commands given bad arguments (docs/integrity.md, "Review:
merge, agreement and incidents under a bad day"): one sentence, a non-zero status,
nothing written."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.core.incidents.helpers import figure, report
from tests.helpers import make_project
from workbench.cli import main
from workbench.core.incidents import ops


def _digest(path: Path) -> str:
    return "".join(hashlib.sha256(p.read_bytes()).hexdigest()
                   for p in sorted(path.parent.glob(path.name + "*")))


def test_an_incident_edit_that_names_nothing_to_change_is_refused(tmp_path, capsys):
    # It printed "Saved." and exited 0 having changed nothing.
    with make_project(tmp_path) as p:
        doc = report(p, "The strike killed 7 people.\n", name="a.txt")
        inc = ops.create_incident(p, "Kerrow strike",
                                  members=[figure(p, doc, "killed 7 people", count_low=7)]
                                  ).result
    path = tmp_path / "p.wbproj"
    before = _digest(path)
    capsys.readouterr()
    assert main(["incident", str(path), "edit", inc]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == ("workbench: Nothing to change: give --field NAME=VALUE or "
                           "--actor ROLE=NAME.")
    assert _digest(path) == before


def test_agreement_with_coders_that_name_no_one_is_refused(tmp_path, capsys):
    # "--coders ," (a list left empty by a script) compared everyone, as no --coders does.
    with make_project(tmp_path) as p:
        report(p, "The strike killed 7 people.\n", name="a.txt")
    path = str(tmp_path / "p.wbproj")
    capsys.readouterr()
    for given in (",", " , ,", ""):
        assert main(["agreement", path, "--coders", given]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert err.strip() == ("workbench: --coders names no coder; give their names "
                               "separated by commas (amal,ben), or leave it out to compare "
                               "everyone."), given
