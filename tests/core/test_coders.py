"""Who a write is recorded under: --coder > $WORKBENCH_CODER > saved name > login name."""

from __future__ import annotations

from tests.helpers import REPORT, add_doc
from workbench.core import clock
from workbench.core.incidents.ops import create_incident
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project


def test_precedence_explicit_env_saved_login(monkeypatch):
    monkeypatch.setattr(clock, "login_name", lambda: "login")
    monkeypatch.setenv("WORKBENCH_CODER", "from-env")
    assert clock.resolve_coder("amal", "saved") == "amal"
    assert clock.resolve_coder(None, "saved") == "from-env"
    monkeypatch.delenv("WORKBENCH_CODER")
    assert clock.resolve_coder(None, "saved") == "saved"
    assert clock.resolve_coder("  ", "") == "login"
    assert clock.resolve_coder(" ben ") == "ben"


def test_project_coder_is_recorded_everywhere(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CODER", "from-env")
    with Project.create(tmp_path / "p.wbproj", coder="amal") as project:
        assert project.coder == "amal"
        doc = add_doc(project, REPORT)
        ann = annotate_quote(project, doc, "casualty", "killed at least 12 civilians").result
        project.coder = "ben"  # changed mid-session, as File → Coder name… does
        inc = create_incident(project, "Market shelling", members=[ann]).result
        assert project.repo.get("annotation", ann)["coder"] == "amal"
        assert project.repo.get("incident", inc)["coder"] == "ben"
        coders = {(r["entity"], r["coder"]) for r in project.repo.audit()}
        assert ("annotation", "amal") in coders and ("incident", "ben") in coders
        assert ("incident_member", "ben") in coders
        assert {r["coder"] for r in project.repo.custody()} == {"amal"}
    with Project.open(tmp_path / "p.wbproj") as project:
        assert project.coder == "from-env"  # nothing given: the environment's name
