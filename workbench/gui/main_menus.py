"""The main window's menus: each action calls one method of the window or of a pane."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from workbench.core.wording import counted
from workbench.gui.crypto_actions import (
    change_passphrase,
    edit_backup_settings,
    encrypt_project,
    restore_from_backup,
)
from workbench.gui.dialogs.about import show_about

if TYPE_CHECKING:

    from workbench.gui.main_window import MainWindow

KEYS_HELP = (
    "<h3>Keys</h3><table cellspacing=4>"
    "<tr><td><b>Select text, then a kind's key</b></td><td>annotate the selection "
    "(see the Annotate menu)</td></tr>"
    "<tr><td><b>F8 / Shift+F8</b></td><td>next / previous annotation</td></tr>"
    "<tr><td><b>Ctrl+PgDown / Ctrl+PgUp</b></td><td>next / previous document</td></tr>"
    "<tr><td><b>Esc</b></td><td>back to the text (from the annotation's fields)</td></tr>"
    "<tr><td><b>I</b></td><td>add the selected annotation(s) to the current incident "
    "(or start one)</td></tr>"
    "<tr><td><b>Enter / Delete</b></td><td>accept / reject a suggestion (annotation table, "
    "incident list)</td></tr>"
    "<tr><td><b>Delete</b></td><td>take a figure out of its incident (the incident's "
    "source table)</td></tr>"
    "<tr><td><b>Delete</b></td><td>move the document to the trash, after saying what "
    "goes with it (document list)</td></tr>"
    "<tr><td><b>Shift+Delete</b></td><td>move the selected annotations to the trash "
    "(annotation table)</td></tr>"
    "<tr><td><b>Ctrl+F</b></td><td>search</td></tr>"
    "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo</td></tr></table>"
)


def _action(win: MainWindow, menu: QMenu, text: str, slot: Callable[[], object],
            shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
    act = QAction(text, menu)  # owned by its menu, so a rebuilt menu bar drops it
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if name:
        act.setObjectName(name)
    act.triggered.connect(lambda _checked=False: slot())
    menu.addAction(act)
    return act


def _verify(win: MainWindow) -> None:
    # The checks import the importers' worker and the rebuild: loaded when first asked.
    from workbench.gui.verify_action import verify_project

    verify_project(win)


def _reindex(win: MainWindow) -> None:
    from workbench.gui.verify_action import rebuild_project_indexes

    rebuild_project_indexes(win)


def build_menus(win: MainWindow) -> dict[str, QAction]:
    """(Re)build the menu bar for the window's current session; returns named actions."""
    bar = win.menuBar()
    for old in bar.actions():  # a project was opened: drop the old menus and shortcuts
        menu = old.menu()
        bar.removeAction(old)
        if menu is not None:
            menu.deleteLater()
    acts: dict[str, QAction] = {}
    SK = QKeySequence.StandardKey

    m = bar.addMenu("&File")
    _action(win, m, "&New project…", win.new_project, SK.New)
    _action(win, m, "&Open…", win.choose_project, SK.Open)
    recent = m.addMenu("Open &recent")
    recent.aboutToShow.connect(partial(_fill_recent, win, recent))
    _fill_recent(win, recent)
    m.addSeparator()
    acts["import"] = _action(win, m, "&Import files…", win.choose_import_files, "Ctrl+I",
                             "importFiles")
    _action(win, m, "Import &folder…", win.choose_import_folder, "Ctrl+Shift+I")
    acts["reimport"] = _action(win, m, "Re-import new &version…", win.choose_reimport,
                               name="reimportVersion")
    acts["export"] = _action(win, m, "&Export…", win.export, "Ctrl+E", "export")
    acts["export_shown"] = _action(win, m, "Export what the &table shows…", win.export_shown,
                                   "Ctrl+Shift+E", "exportShown")
    acts["report"] = _action(win, m, "&Report…", win.report, name="report")
    m.addSeparator()
    acts["merge"] = _action(win, m, "&Merge project…", partial(_choose_merge, win),
                            name="mergeProject")
    acts["coder"] = _action(win, m, "&Coder name…", win.choose_coder, name="coderName")
    acts["encrypt"] = _action(win, m, "Encr&ypt project…", partial(encrypt_project, win),
                              name="encryptProject")
    acts["change_passphrase"] = _action(win, m, "Change &passphrase…",
                                        partial(change_passphrase, win), name="changePassphrase")
    acts["restore_backup"] = _action(win, m, "Restore from &backup…",
                                     partial(restore_from_backup, win), name="restoreBackup")
    acts["backup_settings"] = _action(win, m, "Backup &settings…",
                                      partial(edit_backup_settings, win), name="backupSettings")
    m.addSeparator()
    _action(win, m, "&Quit", win.close, SK.Quit)

    m = bar.addMenu("&Edit")
    acts["undo"] = _action(win, m, "&Undo", win.undo, "Ctrl+Z", "undo")
    acts["redo"] = _action(win, m, "&Redo", win.redo, "Ctrl+Shift+Z", "redo")
    m.addSeparator()
    _action(win, m, "&Find…", win.document_list.focus_search, SK.Find)
    acts["actor_records"] = _action(win, m, "&Actor records…", partial(_actor_records, win),
                                    name="actorRecords")
    acts["codebook"] = _action(win, m, "&Codebook…", partial(_codebook, win), name="codebook")
    m.addSeparator()
    acts["trash_document"] = _action(win, m, "Move &document to trash…",
                                     win.document_list.ask_trash, name="trashDocument")
    acts["trash_annotation"] = _action(win, m, "Move a&nnotation to trash",
                                       partial(_trash_annotations, win),
                                       name="trashAnnotation")
    acts["trash"] = _action(win, m, "&Trash…", partial(_trash, win), name="trash")

    m = bar.addMenu("&Annotate")
    for spec in win.session.project.codebook.active():  # a retired kind adds nothing
        # The key is shown but not registered as a shortcut: the viewer handles it, so
        # typing the same letter in a search box or field still types the letter.
        act = _action(win, m, f"{spec.label}\t{spec.key.upper()}",
                      partial(win.document_view.annotate_selection, spec.name),
                      name=f"annotate_{spec.name}")
        acts[f"annotate_{spec.name}"] = act
    m.addSeparator()
    # Like the kinds' keys, I is handled by the viewer and the annotation table (so an I
    # typed in a text field stays a letter); the menu adds the current selection.
    acts["add_to_incident"] = _action(win, m, "Add to &incident\tI",
                                      partial(_add_to_incident, win), name="addToIncident")

    m = bar.addMenu("&Navigate")
    view, docs = win.document_view, win.document_list
    acts["next_annotation"] = _action(win, m, "&Next annotation", partial(view.step_annotation, 1),
                                      "F8", "nextAnnotation")
    acts["prev_annotation"] = _action(win, m, "&Previous annotation",
                                      partial(view.step_annotation, -1), "Shift+F8")
    acts["next_document"] = _action(win, m, "Next &document", partial(docs.step_document, 1),
                                    "Ctrl+PgDown", "nextDocument")
    acts["prev_document"] = _action(win, m, "Previous d&ocument", partial(docs.step_document, -1),
                                    "Ctrl+PgUp")
    # A kind's key puts the cursor in the new annotation's first field; Esc brings it
    # back to the text, where the next words are selected and tagged.
    acts["back_to_text"] = _action(win, m, "Back to the &text",
                                   partial(view.setFocus, Qt.FocusReason.ShortcutFocusReason),
                                   "Esc", "backToText")

    m = bar.addMenu("&View")
    group = QActionGroup(win)
    current = win.settings.theme()
    for mode, label in (("system", "Follow the &system"), ("light", "&Light"), ("dark", "&Dark")):
        act = _action(win, m, f"Theme: {label}", partial(win.set_theme, mode), name=f"theme_{mode}")
        act.setCheckable(True)
        act.setChecked(mode == current)
        group.addAction(act)
        acts[f"theme_{mode}"] = act
    m.addSeparator()
    lanes = QActionGroup(win)
    for mode, label in (("kind", "Timeline lanes per &kind"),
                        ("actor", "Timeline lanes per &actor")):
        # Through the window: the pane is built on first use, after the first paint.
        act = _action(win, m, label, partial(lambda m_: win.timeline.set_lane_mode(m_), mode),
                      name=f"lanes_{mode}")
        act.setCheckable(True)
        act.setChecked(mode == win.lane_mode())
        lanes.addAction(act)
        acts[f"lanes_{mode}"] = act
    # The pane holds the setting; the menu mirrors it (MainWindow._lane_mode_changed).
    m.addSeparator()
    act = _action(win, m, "Show &rejected annotations", lambda: None, name="showRejected")
    act.setCheckable(True)
    act.setChecked(True)
    act.toggled.connect(view.set_show_rejected)

    m = bar.addMenu("&Tools")
    act = _action(win, m, "&Suggest annotations on import", lambda: None, name="suggestOnImport")
    act.setCheckable(True)
    act.setChecked(win.settings.suggest_on_import())
    act.toggled.connect(win.settings.set_suggest_on_import)
    acts["suggest_on_import"] = act
    _action(win, m, "Suggest annotations for this &document", partial(_suggest_current, win))
    acts["agreement"] = _action(win, m, "&Agreement report…", partial(_show_agreement, win),
                                name="agreementReport")
    acts["verify"] = _action(win, m, "&Verify project…", partial(_verify, win),
                             name="verifyProject")
    acts["reindex"] = _action(win, m, "Rebuild &indexes", partial(_reindex, win),
                              name="rebuildIndexes")

    m = bar.addMenu("&Help")
    _action(win, m, "&Keys…", partial(_show_keys, win))
    _action(win, m, "&About Workbench", partial(show_about, win))
    return acts


def _fill_recent(win: MainWindow, menu: QMenu) -> None:
    menu.clear()
    paths = win.settings.recent_projects()
    for path in paths:
        act = menu.addAction(path)
        act.triggered.connect(partial(win.open_project, path))
    menu.setEnabled(bool(paths))


def _add_to_incident(win: MainWindow) -> None:
    from workbench.gui.incident_actions import add_to_incident

    ids = win.annotation_panel.selected_ids()
    current = win.session.bus.selection.ann_id
    if current not in ids:  # the viewer's selection, when the table does not show it
        ids = [current] if current else []
    add_to_incident(win.session, ids, sender=win)


def _suggest_current(win: MainWindow) -> None:
    doc_id = win.session.bus.selection.doc_id
    if doc_id is not None:
        win._suggest([doc_id])


def _show_agreement(win: MainWindow) -> None:
    from workbench.gui.dialogs.agreement import AgreementDialog

    dialog = AgreementDialog(win.session, win)  # not modal: the window follows its clicks
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def _actor_records(win: MainWindow) -> None:
    from workbench.gui.dialogs.actors import show_actor_records

    if not win.refused_while_held():
        show_actor_records(win.session, win)


def _trash_annotations(win: MainWindow) -> None:
    ids = win.annotation_panel.selected_ids()
    current = win.session.bus.selection.ann_id
    if current not in ids:  # the viewer's selection, when the table does not show it
        ids = [current] if current else []
    win.annotation_panel.trash_selected(ids)


def _trash(win: MainWindow) -> object:
    """Open the trash beside the window, or bring the open one forward."""
    from workbench.gui.dialogs.trash import show_trash

    if win.refused_while_held():
        return None
    dialog = getattr(win, "trash_dialog", None)
    if dialog is not None and isValid(dialog) and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    win.trash_dialog = show_trash(win.session, win)
    return win.trash_dialog


def _codebook(win: MainWindow) -> None:
    from workbench.gui.dialogs.codebook import show_codebook

    if not win.refused_while_held():
        show_codebook(win.session, win)


def _choose_merge(win: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    from workbench.gui.main_window import PROJECT_FILTER

    paths, _ = QFileDialog.getOpenFileNames(win, "Merge projects into this one", "",
                                            PROJECT_FILTER)
    if paths:
        merge_into(win, paths)


def merge_into(win: MainWindow, paths: list[str]) -> object:
    """Merge the project files ``paths`` into the window's project and show the report
    (made but not shown when dialogs are off); returns the dialog, or None when the core
    refused the merge or it was cancelled (its sentence is on the status bar).

    The merge runs in a thread of its own (``gui/merge_run.py``) behind a window-modal
    progress dialog; this waits for it with the window's events running."""
    from workbench.gui.dialogs.merge import MergeReportDialog
    from workbench.gui.merge_run import MergeRun

    if (win.import_job is not None or win.reimport_job is not None
            or win.session.held_by is not None):
        # One writer at a time: an import stores its batches from the window's thread.
        win.statusBar().showMessage("Wait for the running import or merge to finish "
                                    "before merging; nothing was merged.", 6000)
        return None
    # Not the window's child: closing the window mid-merge deletes it while this waits.
    run = win.merge_run = MergeRun(win.session, paths, sender=win)
    try:
        run.start(win)
        outcome = run.wait()
    finally:
        run.deleteLater()
    if not isValid(win):  # the window was closed (its closing cancelled the merge)
        return None
    win.merge_run = None
    if outcome is None or not outcome.ok or outcome.changes is None:
        return None
    report = outcome.changes.result
    if run.late:  # Cancel was pressed, but after the merge had been saved
        win.statusBar().showMessage(run.late, 30000)
    else:
        win.statusBar().showMessage(f"Merged {', '.join(report.sources)}: "
                                    f"{counted(len(report.conflicts), 'conflict')}.", 6000)
    dialog = MergeReportDialog(win.session, report, win, note=run.late)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if win.show_dialogs:
        dialog.show()
    return dialog


def _show_keys(win: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    lines = "".join(f"<tr><td><b>{k.key.upper()}</b></td><td>{k.label}</td></tr>"
                    for k in win.session.project.codebook.active())
    QMessageBox.information(win, "Keys", KEYS_HELP + "<h3>Kinds</h3><table>" + lines + "</table>")
