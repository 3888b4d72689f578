"""A kind a user adds is drawn by its roles: sized by its counts, in its own symbol."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtGui import QPalette

from tests.helpers import add_doc, make_project
from workbench.core import query
from workbench.core.errors import ValidationError
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import codebook as cb_ops
from workbench.gui.panes.timeline_items import BASE_SIZE, build_marks, count_size
from workbench.gui.panes.timeline_marks import MarksItem, kind_symbol

TEXT = "Police detained between 4 and 7 students on Monday and 30 more on Tuesday.\n"


@pytest.fixture
def world(tmp_path):
    p = make_project(tmp_path)
    for kind, label, key in (("arrests", "Arrests", "R"), ("rally", "Rally", "Y")):
        cb_ops.add_kind(p, kind, label, key)
        for name, type_ in (("low", "int"), ("high", "int"), ("when", "date")):
            cb_ops.add_field(p, kind, name, type_)
    cb_ops.set_roles(p, "arrests", count_low="low", count_high="high", date="when", symbol="s")
    cb_ops.set_roles(p, "rally", date="when")  # numbers, but no count roles
    doc = add_doc(p, TEXT, "a.txt")
    ids = {
        "range": ann_ops.annotate_quote(p, doc, "arrests", "between 4 and 7 students",
                                        {"low": 4, "high": 7, "when": "2026-03-02"}).result,
        "thirty": ann_ops.annotate_quote(p, doc, "arrests", "30 more",
                                         {"low": 30, "when": "2026-03-03"}).result,
        "rally": ann_ops.annotate_quote(p, doc, "rally", "on Tuesday",
                                        {"low": 30, "when": "2026-03-03"}).result,
    }
    yield p, ids
    p.close()


def test_a_user_kind_with_count_roles_gets_sized_marks_and_range_rings(world):
    project, ids = world
    marks = build_marks(query.timeline_items(project), project.codebook)
    at = {ann: idx[0] for ann, idx in marks.by_ann.items()}
    assert marks.size[at[ids["range"]]] == round(count_size(4))
    assert marks.high_size[at[ids["range"]]] == round(count_size(7))
    assert marks.size[at[ids["thirty"]]] == round(count_size(30)) > BASE_SIZE
    assert np.isnan(marks.high_size[at[ids["thirty"]]])
    # A kind whose numbers play no count role is drawn at the base size, whatever they say.
    assert marks.size[at[ids["rally"]]] == BASE_SIZE


def test_a_user_kind_is_drawn_in_the_symbol_it_declares(world, qapp):
    project, _ids = world
    assert (kind_symbol(project.codebook, "arrests"), kind_symbol(project.codebook, "rally"),
            kind_symbol(project.codebook, "event"), kind_symbol(project.codebook, "gone")) == (
        "s", "o", "s", "o")
    item = MarksItem()
    item.set_marks(build_marks(query.timeline_items(project), project.codebook),
                   project.codebook, QPalette())
    symbols = {kind: spec[0] for (kind, look, _), spec in zip(item.styles, item._specs,
                                                                 strict=True) if look != "ring"}
    assert symbols == {"arrests": "s", "rally": "o"}


def test_the_count_check_holds_for_the_user_kind(world):
    project, _ids = world
    doc = project.repo.documents()[0]["id"]
    with pytest.raises(ValidationError, match=r"The high \(2\) is below the low \(4\)"):
        ann_ops.annotate_quote(project, doc, "arrests", "30 more", {"low": 4, "high": 2})
    ann_ops.annotate_quote(project, doc, "rally", "30 more", {"low": 4, "high": 2})
