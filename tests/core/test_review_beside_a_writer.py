"""A review of suggestions (``set_status(..., only_from="suggested")``) while another
program changes them: the window's Enter and *Accept all* act on rows it showed as
suggestions, which another window or program may have reviewed or trashed since."""

from __future__ import annotations

import pytest

from tests.helpers import add_doc, make_project
from workbench.core.ops import annotations
from workbench.core.project import Project


@pytest.fixture
def two(tmp_path):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
        figs = [annotations.annotate_quote(made, doc, "casualty", quote, {"outcome": outcome},
                                           status="suggested").result
                for quote, outcome in (("wounded four troops", "wounded"),
                                       ("killed at least 12 civilians", "killed"))]
    with Project.open(tmp_path / "p.wbproj", coder="amal") as amal, \
            Project.open(tmp_path / "p.wbproj", coder="ben") as ben:
        yield amal, ben, figs


def test_a_suggestion_reviewed_elsewhere_keeps_that_review_and_is_named(two):
    amal, ben, figs = two
    annotations.set_status(ben, [figs[0]], "rejected")
    cs = annotations.set_status(amal, figs, "accepted", only_from="suggested")
    assert cs.result == [figs[0]]
    assert cs.annotation_ids == [figs[1]]
    assert amal.repo.get("annotation", figs[0])["status"] == "rejected"
    assert amal.repo.get("annotation", figs[1])["status"] == "accepted"


def test_a_suggestion_trashed_elsewhere_is_left_as_it_was(two):
    amal, ben, figs = two
    annotations.trash_annotations(ben, [figs[0]])
    cs = annotations.set_status(amal, figs, "accepted", only_from="suggested")
    assert amal.repo.get("annotation", figs[0])["status"] == "suggested"
    assert cs.result == [figs[0]]
