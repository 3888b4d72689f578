"""The main window: places the panes and wires menus to them. No domain rules here.

Layout: document list (left), source viewer (centre), annotation panel (right),
timeline (bottom), in splitters whose sizes are remembered between sessions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.exporters import export_file
from workbench.core.ops.documents import ImportResult
from workbench.core.project import Project
from workbench.core.suggest import suggest_documents
from workbench.gui.bus import Bus, ChangeNotice
from workbench.gui.dialogs.import_results import ImportResultsDialog, summary
from workbench.gui.import_worker import ImportJob
from workbench.gui.main_menus import build_menus
from workbench.gui.panes.annotation_panel import AnnotationPanel
from workbench.gui.panes.document_list import DocumentList
from workbench.gui.panes.document_view import DocumentView
from workbench.gui.panes.timeline import TimelinePane
from workbench.gui.session import Session
from workbench.gui.settings import Settings
from workbench.gui.theme import ThemeManager

PROJECT_FILTER = "Workbench projects (*.wbproj);;All files (*)"
MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    """The window: document list, document view, annotation panel and timeline on one bus."""

    def __init__(self, session: Session, settings: Settings | None = None,
                 themes: ThemeManager | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.themes = themes
        self.show_dialogs = True  # tests and the screenshot command turn dialogs off
        self.import_job: ImportJob | None = None
        self.setAcceptDrops(True)
        self.resize(1440, 900)

        # Shown above the panes while the project is read-only (read-only media).
        self.read_only_banner = QLabel(
            "This project is read-only: you can read, search and export it, but changes "
            "cannot be saved. Copy it somewhere writable to edit it.", self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 6px; border-bottom: 1px solid #e0c36c;")
        self.read_only_banner.hide()
        bar = self.statusBar()
        self.path_label = QLabel(self)
        self.path_label.setObjectName("projectPath")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("projectCounts")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        bar.addWidget(self.path_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.count_label)

        self.session: Session
        self._install(session)
        self.actions_ = build_menus(self)
        self._restore_layout()
        self._refresh_state()

    # ------------------------------------------------------------ building
    def _install(self, session: Session) -> None:
        """Build the panes for a session; replaces the panes of a previous project."""
        self.session = session
        bus = session.bus
        self.document_list = DocumentList(session, self)
        self.document_view = DocumentView(session, self)
        self.document_view.setAcceptDrops(False)  # let file drops reach the window
        self.annotation_panel = AnnotationPanel(session, self)
        self.timeline = TimelinePane(session, self)

        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setObjectName("bodySplitter")
        self.body.addWidget(self.document_list)
        self.body.addWidget(self.document_view)
        self.body.addWidget(self.annotation_panel)
        self.body.setStretchFactor(0, 2)
        self.body.setStretchFactor(1, 5)
        self.body.setStretchFactor(2, 4)
        self.body.setSizes([400, 620, 440])
        self.outer = QSplitter(Qt.Orientation.Vertical, self)
        self.outer.setObjectName("outerSplitter")
        self.outer.addWidget(self.body)
        self.outer.addWidget(self.timeline)
        self.outer.setStretchFactor(0, 4)
        self.outer.setStretchFactor(1, 1)
        self.outer.setSizes([640, 220])
        for split in (self.body, self.outer):
            split.setChildrenCollapsible(False)
            split.setHandleWidth(5)
        old = self.centralWidget()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.read_only_banner.setParent(central)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.outer, 1)
        self.read_only_banner.setVisible(session.project.read_only)
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()

        bus.status_message.connect(lambda msg: self.statusBar().showMessage(msg, MESSAGE_MS))
        bus.project_changed.connect(self._on_changes)
        if self.themes is not None:
            self.themes.changed.connect(lambda _s: self.document_view.refresh_palette())
        path = session.project.path
        self.setWindowTitle(f"{path.name} — Workbench")
        self.path_label.setText(str(path))
        self.path_label.setToolTip(str(path))
        self.settings.add_recent(path)
        for notice in session.project.notices:
            self.statusBar().showMessage(notice, MESSAGE_MS * 3)
        self.document_list.select_first()

    def _restore_layout(self) -> None:
        for name, split in (("body", self.body), ("outer", self.outer)):
            state = self.settings.window_state(name)
            if state is not None:
                split.restoreState(state)
        geometry = self.settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def save_layout(self) -> None:
        """Remember the splitters and the window geometry for the next start."""
        self.settings.set_window_state("body", self.body.saveState())
        self.settings.set_window_state("outer", self.outer.saveState())
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.sync()

    # --------------------------------------------------------------- state
    def _on_changes(self, _notice: ChangeNotice) -> None:
        self._refresh_state()

    def _refresh_state(self) -> None:
        stats = self.session.project.repo.stats()
        self.count_label.setText(f"{stats['documents']} documents · "
                                 f"{stats['annotations']} annotations")
        acts = getattr(self, "actions_", None)
        if acts is not None:
            acts["undo"].setEnabled(self.session.can_undo())
            acts["redo"].setEnabled(self.session.can_redo())

    # ------------------------------------------------------------ projects
    def open_project(self, path: str | Path, *, create: bool = False) -> bool:
        """Open (or create) the project at ``path`` and show it; False if it could not be."""
        try:
            project = Project.create(path) if create else Project.open(path)
        except WorkbenchError as err:
            self._error("The project could not be opened", str(err))
            return False
        old_project, old_panes = self.session.project, self.centralWidget()
        self.save_layout()
        # Close the old project only once its panes are gone: a pending timer in one
        # of them must not read a closed connection.
        old_panes.destroyed.connect(lambda *_: old_project.close())
        self._install(Session(project, Bus()))
        self.actions_ = build_menus(self)
        self._restore_layout()
        self._refresh_state()
        return True

    def new_project(self) -> None:
        """Ask for a file name and create a new project there."""
        path, _ = QFileDialog.getSaveFileName(self, "New project", "", PROJECT_FILTER)
        if path:
            if not path.endswith(".wbproj"):
                path += ".wbproj"
            self.open_project(path, create=True)

    def choose_project(self) -> None:
        """Ask for a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(self, "Open project", "", PROJECT_FILTER)
        if path:
            self.open_project(path)

    # -------------------------------------------------------------- import
    def choose_import_files(self) -> None:
        """Ask for files and import them."""
        paths, _ = QFileDialog.getOpenFileNames(self, "Import files")
        if paths:
            self.start_import(paths)

    def choose_import_folder(self) -> None:
        """Ask for a folder and import every file in it."""
        path = QFileDialog.getExistingDirectory(self, "Import folder")
        if path:
            self.start_import([path])

    def start_import(self, paths: list[str] | list[Path]) -> ImportJob | None:
        """Import ``paths`` in the background; None while another import runs."""
        if self.import_job is not None:
            self.statusBar().showMessage("An import is already running.", MESSAGE_MS)
            return None
        job = ImportJob(self.session, paths, self)
        self.import_job = job
        self.progress.setRange(0, max(1, len(job.paths)))
        self.progress.setValue(0)
        self.progress.setFormat("Importing %v of %m")
        self.progress.show()
        job.progress.connect(lambda done, total: self.progress.setValue(done))
        job.finished.connect(self._import_finished)
        job.start()
        return job

    def _import_finished(self, results: list[ImportResult]) -> None:
        self.import_job = None
        self.progress.hide()
        self.last_import = results
        self.statusBar().showMessage(summary(results), MESSAGE_MS * 2)
        new_ids = [r.doc_id for r in results if r.status == "imported" and r.doc_id]
        if new_ids and self.settings.suggest_on_import():
            self._suggest(new_ids)
        if new_ids:
            self.session.bus.select(None, new_ids[0], sender=self)
        if self.show_dialogs and results:
            dialog = ImportResultsDialog(results, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def _suggest(self, doc_ids: list[int]) -> None:
        self.session.run(suggest_documents, doc_ids, sender=self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # -------------------------------------------------------------- export
    def export(self) -> None:
        """Ask for a file and format, then export the project's annotations there."""
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export annotations", "",
            "CSV, event-data style (*.csv);;JSON (*.json);;W3C Web Annotation (*.jsonld)")
        if not path:
            return
        fmt = "csv" if "CSV" in chosen else "w3c" if "W3C" in chosen else "json"
        try:
            n = export_file(self.session.project, fmt, Path(path))
        except (OSError, WorkbenchError) as err:
            self._error("The export failed", str(err))
            return
        self.statusBar().showMessage(f"Wrote {n} annotations to {path}.", MESSAGE_MS)

    # ------------------------------------------------------------- helpers
    def undo(self) -> None:
        """Undo the latest operation and say what was undone."""
        # A refusal is already on the status bar; only a success needs saying.
        self.session.undo(sender=self, on_success=lambda cs: self.statusBar().showMessage(
            f"Undid {cs.result}." if cs else "Nothing to undo.", MESSAGE_MS))

    def redo(self) -> None:
        """Redo the latest undone operation and say what was redone."""
        self.session.redo(sender=self, on_success=lambda cs: self.statusBar().showMessage(
            f"Redid {cs.result}." if cs else "Nothing to redo.", MESSAGE_MS))

    def set_theme(self, mode: str) -> None:
        """Switch to the light, dark or system theme and remember the choice."""
        self.settings.set_theme(mode)
        if self.themes is not None:
            self.themes.apply(mode)

    def _error(self, title: str, message: str) -> None:
        if self.show_dialogs:
            QMessageBox.warning(self, title, message)
        else:
            self.statusBar().showMessage(f"{title}: {message}", MESSAGE_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_job is not None:
            self.import_job.cancel()
            self.import_job.wait()
        self.save_layout()
        super().closeEvent(event)

    def central_panes(self) -> dict[str, QWidget]:
        """The four panes by name (for tests and screenshots)."""
        return {"list": self.document_list, "view": self.document_view,
                "annotations": self.annotation_panel, "timeline": self.timeline}

