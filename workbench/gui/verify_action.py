"""Tools → Verify project…: the core's full check with a progress dialog and a verdict;
Tools → Rebuild indexes: the repair verify names when a derived index drifts.

The check runs on the window's thread (the project's connection is not shared with
another thread); between its stages the dialog is repainted, so the window says where
the check is instead of freezing silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from shiboken6 import isValid

from workbench.core.errors import WorkbenchError
from workbench.core.reindex import ReindexResult, rebuild_indexes
from workbench.core.verify import STAGES, VerifyReport, verify
from workbench.gui.dialogs.verify_report import VerifyReportDialog

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow



def verify_project(win: MainWindow) -> VerifyReport:
    """Check the open project, showing each stage; report the verdict to the user."""
    dialog = QProgressDialog("Checking the project…", "", 0, len(STAGES), win)
    dialog.setObjectName("verifyProgress")
    dialog.setWindowTitle("Verify project")
    dialog.setCancelButton(None)  # half a check proves nothing
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)

    def show(step: int, of: int, stage: str) -> None:
        dialog.setLabelText(f"Checking the {stage} ({step} of {of})…")
        dialog.setValue(step - 1)
        QApplication.processEvents()

    # The check reads one state of the project, on which nothing can be written; the
    # dialog taking the cursor from a field made the field store what was typed in it
    # then, and the words were refused and lost. The field is left before the check.
    left = QApplication.focusWidget()
    if left is not None and win.isAncestorOf(left):
        left.clearFocus()
    else:
        left = None
    try:
        report = verify(win.session.project, show)
    finally:
        dialog.setValue(len(STAGES))
        dialog.close()
        if left is not None and isValid(left) and left.isVisible():
            left.setFocus(Qt.FocusReason.OtherFocusReason)  # back where it was
    text = report.summary()
    win.statusBar().showMessage(text, 10000)
    if win.show_dialogs:
        if report.ok:
            QMessageBox.information(win, "Verify project", text)
        else:  # every problem, in a list that scrolls (``dialogs/verify_report.py``)
            VerifyReportDialog(text, report.problems, win).exec()
    return report


def rebuild_project_indexes(win: MainWindow) -> ReindexResult | None:
    """Rebuild the search index and the timeline table, then redraw the timeline."""
    if win.refused_while_held():  # it writes outside the session
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = rebuild_indexes(win.session.project)
    except WorkbenchError as err:
        win.statusBar().showMessage(str(err), 10000)
        if win.show_dialogs:
            QMessageBox.warning(win, "Rebuild indexes", str(err))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    win.timeline.rebuild()  # its marks come from the rebuilt table
    win.statusBar().showMessage(
        f"Rebuilt the search index ({result.documents:,} documents, {result.annotations:,} "
        f"annotations) and the timeline table ({result.timeline_entries:,} entries).", 10000)
    return result
