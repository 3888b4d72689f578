"""AnnotationTableModel: Qt model contract (qtmodeltester), sorting, patching, roles."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from workbench.core import query
from workbench.core.ops import annotations as ops
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
from workbench.gui.models import AnnotationTableModel
from workbench.gui.models.annotation_table_model import (
    ANN_ID_ROLE,
    DATE,
    KEY,
    KIND,
    STATUS,
    key_summary,
)
from workbench.gui.models.annotation_table_model import (
    TEXT as TEXT_COLUMN,
)

TEXT = ("On 1 March the Ministry of Defence said the strikes near Riverton were a response. "
        "Local officials reported that at least 3 people were killed and 5 to 9 were wounded.")


@pytest.fixture
def project(tmp_path, qapp):
    p = Project.create(tmp_path / "p.wbproj")
    doc = import_bytes(p, TEXT.encode(), "a.txt", {"published": "2026-03-04"},
                       sandbox=False).doc_id
    ops.annotate_quote(p, doc, "statement", "the Ministry of Defence said",
                       {"speaker": "Ministry of Defence", "date": "2026-03-01"})
    ops.annotate_quote(p, doc, "casualty", "at least 3 people were killed",
                       {"outcome": "killed", "count_low": 3, "incident_date": "2026-03-01"})
    ops.annotate_quote(p, doc, "casualty", "5 to 9 were wounded",
                       {"outcome": "wounded", "count_low": 5, "count_high": 9},
                       status="suggested")
    yield p
    p.close()


def make_model(project):
    model = AnnotationTableModel(lambda: project.codebook)
    model.set_documents({d["id"]: d["title"] for d in project.repo.documents()})
    model.set_rows(query.annotations(project))
    return model


def test_model_contract_with_data_changes_and_filters(qtmodeltester, project):
    model = make_model(project)
    qtmodeltester.check(model)
    model.sort(KIND, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    rows = query.annotations(project, query.AnnotationFilter(kinds=["casualty"]))
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_cells_are_a_table_models_cells_and_draggable(project):
    model = make_model(project)
    cell = model.index(1, KIND)
    assert model.flags(cell) == QAbstractTableModel.flags(model, cell) | \
        Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) == QAbstractTableModel.flags(model, QModelIndex())
    assert model.data(cell, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(cell, ANN_ID_ROLE) == model.row_at(1)["id"]


def test_patch_updates_inserts_and_removes_without_reset(project):
    model = make_model(project)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    first = model.row_at(0)
    ops.update_annotation(project, first["id"], memo="checked")
    model.patch_rows(project.repo.annotations(ids=[first["id"]]), [])
    assert model.row_at(model.row_of(first["id"]))["memo"] == "checked"
    model.patch_rows([], [first["id"]])
    assert model.row_of(first["id"]) is None and model.rowCount() == 2
    model.patch_rows(project.repo.annotations(ids=[first["id"]]), [])
    assert model.rowCount() == 3 and not resets


def test_display_roles(project):
    model = make_model(project)
    by_status = {model.data(model.index(r, STATUS)): r for r in range(model.rowCount())}
    sugg = by_status["suggested"]
    assert model.data(model.index(sugg, KEY)) == "5–9 wounded"
    assert model.data(model.index(sugg, KIND), Qt.ItemDataRole.FontRole).italic()
    # Quoted text keeps an upright face: oblique fonts often lack Arabic glyphs.
    assert not model.data(model.index(sugg, TEXT_COLUMN), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(sugg, KIND), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, 0), ANN_ID_ROLE) == model.row_at(0)["id"]
    model.sort(DATE, Qt.SortOrder.AscendingOrder)
    dates = [model.data(model.index(r, DATE)) for r in range(model.rowCount())]
    assert dates == sorted(dates)


def test_key_summary_cell_is_the_cores(project):
    cb = project.codebook
    assert key_summary(cb, "statement", {"speaker": "A", "audience": "B"}) == "A · B"
    assert key_summary(cb, "casualty", {"outcome": "killed", "count_best": 4}) == "4 killed"
    assert key_summary(cb, "no_such_kind", {"x": 1}) == ""
