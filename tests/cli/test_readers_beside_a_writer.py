"""``incidents``, ``tally`` and ``report`` while another program writes the project.

Each lists the incidents, then reads each one's members and tally in statements of its
own. An incident another program moved to the trash in between stopped the command
with "There is no incident with id ...", about an incident the user had not named,
and nothing was printed or written. The other program's commit is placed by hand just
before the first incident's own read.
"""

from __future__ import annotations

import contextlib
import json

import pytest

from tests.core.incidents.helpers import figure, report
from tests.helpers import make_project, write_before
from workbench.cli import main
from workbench.core.incidents import ops
from workbench.core.project import Project


@pytest.fixture
def two_incidents(tmp_path):
    with make_project(tmp_path) as p:
        a = report(p, "The strike killed 7 people.\n", name="a.txt", published="2026-03-04")
        b = report(p, "Nine people were wounded.\n", name="b.txt", published="2026-03-05")
        first = ops.create_incident(p, "Kessa strike", members=[
            figure(p, a, "killed 7 people", count_low=7)]).result
        ops.create_incident(p, "Orlan shelling", members=[
            figure(p, b, "Nine people were wounded", outcome="wounded", count_low=9)])
    return tmp_path / "p.wbproj", first


@pytest.fixture
def trashed_during(monkeypatch, two_incidents):
    """Once ``armed``, the next command run here has another program trash the first
    incident just before the command's first read of one incident."""
    path, first = two_incidents
    other = Project.open(path, coder="other")
    seen: list[list[str]] = []  # the statements the moment was looked for in
    armed: list[bool] = []
    with contextlib.ExitStack() as stack:
        def opened(module):
            real = module.open_project

            def opener(*args, **kwargs):
                project = real(*args, **kwargs)
                if armed and not seen:  # one command only
                    seen.append(stack.enter_context(write_before(
                        project, "FROM incidents WHERE id",
                        lambda: ops.trash_incident(other, first))))
                return project
            monkeypatch.setattr(module, "open_project", opener)

        from workbench.cli import incidents as incidents_cli
        from workbench.cli import report as report_cli
        opened(incidents_cli)
        opened(report_cli)
        yield str(path), armed, seen
    other.close()


@pytest.mark.parametrize("command", ["incidents", "tally"])
def test_a_listing_shows_the_incidents_as_they_were_when_it_began(trashed_during, capsys,
                                                                   command):
    path, armed, seen = trashed_during
    assert main([command, path, "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    armed.append(True)
    assert main([command, path, "--json"]) == 0, capsys.readouterr().err
    assert seen[0], "the other program's write was not placed in the listing"
    assert json.loads(capsys.readouterr().out) == before
    # The next listing no longer has the trashed one.
    assert main([command, path, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(before) - 1 == 1


def test_a_report_holds_the_incidents_as_they_were_when_it_began(trashed_during, capsys,
                                                                  tmp_path):
    path, armed, seen = trashed_during
    out = tmp_path / "report.html"
    armed.append(True)
    assert main(["report", path, "-o", str(out)]) == 0, capsys.readouterr().err
    assert seen[0], "the other program's write was not placed in the report"
    page = out.read_text(encoding="utf-8")
    assert "Kessa strike" in page and "Orlan shelling" in page
