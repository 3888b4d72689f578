"""DocumentListModel: the Qt model contract and the search filter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from workbench.gui.models.document_list_model import DocIdRole, DocumentListModel


def test_model_contract(qtmodeltester, small_project) -> None:
    model = DocumentListModel()
    model.set_documents(small_project.repo.documents())
    qtmodeltester.check(model, force_py=True)
    model.set_visible(frozenset())
    qtmodeltester.check(model, force_py=True)


def test_columns_and_filter(small_project) -> None:
    model = DocumentListModel()
    model.set_documents(small_project.repo.documents())
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Shelling report"
    assert model.data(model.index(0, 1)) == "Northgate Wire"
    assert model.data(model.index(0, 2)) == "2026-03-03"
    assert model.data(model.index(0, 3)) == 3
    doc_id = model.data(model.index(1, 0), DocIdRole)
    model.set_visible(frozenset({doc_id}))
    assert model.rowCount() == 1 and model.doc_id(0) == doc_id
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"


def test_cells_are_a_table_models_cells(small_project) -> None:
    model = DocumentListModel()
    model.set_documents(small_project.repo.documents())
    cell = model.index(0, 1)
    assert model.flags(cell) == QAbstractTableModel.flags(model, cell)
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 3), Qt.ItemDataRole.TextAlignmentRole) is not None


def test_update_counts_signals_one_cell(qtbot, small_project) -> None:
    model = DocumentListModel()
    model.set_documents(small_project.repo.documents())
    with qtbot.waitSignal(model.dataChanged):
        model.update_counts({model.doc_id(0): 7})
    assert model.data(model.index(0, 3)) == 7
