"""The main window: places the panes and wires menus to them. No domain rules here.

Layout: document list (left), source viewer (centre), annotation panel (right),
timeline and incidents side by side at the bottom, in splitters whose sizes are
remembered between sessions.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import delete

from workbench.core.errors import WorkbenchError
from workbench.core.project import AGAIN, Project
from workbench.core.wording import counted, step_name
from workbench.gui import clipboard, plain_export
from workbench.gui.bus import Bus, ChangeNotice
from workbench.gui.crypto_actions import BackupTimer, new_project_key, open_asking
from workbench.gui.main_menus import build_menus
from workbench.gui.outside_watch import OutsideWatch
from workbench.gui.pane_layouts import PaneLayouts, dump, outer_sizes, parse
from workbench.gui.panes.annotation_panel import AnnotationPanel
from workbench.gui.panes.document_list import DocumentList
from workbench.gui.panes.document_view import DocumentView
from workbench.gui.panes.incident_panel import IncidentPanel
from workbench.gui.session import Session
from workbench.gui.settings import Settings
from workbench.gui.theme import ThemeManager

if TYPE_CHECKING:
    # Importers, exporters and the extractors load when first used (~1 s of imports
    # the window's first paint does not need).
    from workbench.core.ops.documents import ImportResult
    from workbench.gui.import_worker import ImportJob
    from workbench.gui.merge_run import MergeRun
    from workbench.gui.panes.timeline import TimelinePane
    from workbench.gui.reimport_job import ReimportJob
    from workbench.gui.restore_run import RestoreCheck
    from workbench.gui.session import Outcome

PROJECT_FILTER = "Workbench projects (*.wbproj);;All files (*)"
MESSAGE_MS = 6000
PROGRESS_WIDTH = 220  # the import's bar, until its figures ask for more
PROGRESS_PAD = 24  # the bar's frame and the room either side of its text
# A write touching more rows than this (an import, a merge) has the counts read again
# rather than moved by its own changes.
RECOUNT_ABOVE = 500
# The timeline's lane mode before its pane exists (the pane starts in it).
FIRST_LANE_MODE = "kind"
FIRST_SIZE = QSize(1440, 900)  # the window on a first start, when the screen has room
TIMELINE_STRETCH = 2  # the timeline's share of the bottom row, against the incidents' 3
# A new window's splitters at 1440 px wide, scaled to its width (``_lay_out_new``).
BODY_SIZES = [280, 660, 500]
BOTTOM_SIZES = [560, 1040]


def first_size(available: QSize) -> QSize:
    """The window's size on a first start (no geometry remembered): FIRST_SIZE, or the
    screen's free area where that is smaller. At 1440×900 on a 1366×768 laptop the
    window's bottom (the timeline's axis, the status bar) was below the screen's edge."""
    if available.isEmpty():
        return FIRST_SIZE
    return FIRST_SIZE.boundedTo(available)


class TimelineSlot(QWidget):
    """Where the timeline goes until it is built: its first paint asks for the pane.

    The timeline pulls in pyqtgraph and numpy (~1 s of imports on a slow machine) that
    the window's first paint does not need: the pane is built on the next turn of the
    event loop after this empty slot has painted, and takes its place and size."""

    painted = Signal()  # on the turn of the event loop after the first paint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineSlot")
        # A child timer: a slot deleted meanwhile (another project opened) asks nothing.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.painted)
        self._asked = False

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._asked:
            self._asked = True
            self._timer.start()
        super().paintEvent(event)


class MainWindow(QMainWindow):
    """The window: document list, document view, annotation panel and timeline on one bus."""

    def __init__(self, session: Session, settings: Settings | None = None,
                 themes: ThemeManager | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.themes = themes
        if themes is not None:
            # Once for the window, a method not a lambda: a lambda connected per project
            # opened piled up on the theme manager, which outlives the window, and held it.
            themes.changed.connect(self._refresh_view_palette)
        self.show_dialogs = True  # tests and the screenshot command turn dialogs off
        self.import_job: ImportJob | None = None
        self.merge_run: MergeRun | None = None  # a merge in its thread (gui/merge_run.py)
        # A restore's check of its backup in its thread (gui/restore_run.py)
        self.restore_check: RestoreCheck | None = None
        self.reimport_job: ReimportJob | None = None  # a new version being parsed
        self._stats: dict[str, int] | None = None  # the status bar's counts, kept per write
        self.closing_said = ""  # what the close waited for, as said on the status bar
        # An opening whose search index is rebuilt in a thread runs the window's events:
        # a close asked meanwhile waits for it (``closeEvent``).
        self._opening = False
        self._close_when_open = False
        self.setAcceptDrops(True)
        self.resize(first_size(self.screen().availableGeometry().size()))

        # Shown above the panes while the project is read-only (read-only media).
        self.read_only_banner = QLabel(
            "This project is read-only: you can read, search and export it, but changes "
            "cannot be saved. Copy it somewhere writable to edit it.", self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 6px; border-bottom: 1px solid #e0c36c;")
        self.read_only_banner.hide()
        # What opening the project had to say (an encryption or a change of passphrase
        # stopped midway, a foreign WAL set aside), whole and until dismissed: on the
        # status bar alone the sentence was cut at the window's width ("… without the
        # passphrase: encrypt t") and gone after 18 s, before saying how to finish.
        self.notice_banner = QFrame(self)
        self.notice_banner.setObjectName("openingNoticeBanner")
        self.notice_banner.setStyleSheet(
            "QFrame#openingNoticeBanner { background: #fff3cd; border-bottom: 1px solid "
            "#e0c36c; } QFrame#openingNoticeBanner QLabel { color: #5c4400; }")
        self.notice_text = QLabel(self.notice_banner)
        self.notice_text.setObjectName("openingNotice")
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hide_notice = QPushButton("Hide", self.notice_banner)
        hide_notice.setObjectName("hideOpeningNotice")
        hide_notice.setToolTip("Hide this notice (it is said again at the next opening if "
                               "it still holds)")
        hide_notice.clicked.connect(self.notice_banner.hide)
        row = QHBoxLayout(self.notice_banner)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.notice_text, 1)
        row.addWidget(hide_notice, 0, Qt.AlignmentFlag.AlignTop)
        self.notice_banner.hide()
        # Shown while the project's file is not where it was opened (a drive removed,
        # the file moved) or cannot be read: writes are refused until it is back.
        self.gone_banner = QLabel(self)
        self.gone_banner.setObjectName("goneBanner")
        self.gone_banner.setWordWrap(True)
        self.gone_banner.setStyleSheet(
            "background: #f8d7da; color: #58151c; padding: 6px; border-bottom: 1px solid #e4a3aa;")
        self.gone_banner.hide()
        bar = self.statusBar()
        self.path_label = QLabel(self)
        self.path_label.setObjectName("projectPath")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("projectCounts")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(PROGRESS_WIDTH)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.coder_label = QLabel(self)
        self.coder_label.setObjectName("coderLabel")
        self.coder_label.setToolTip("Your changes are recorded under this name "
                                    "(File → Coder name…)")
        bar.addWidget(self.path_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.coder_label)
        bar.addPermanentWidget(self.count_label)

        self.session: Session
        self.backup_timer = BackupTimer(self)
        self.pane_layouts = PaneLayouts(self, self._splitters, self._lay_out_new)
        try:
            self._install(session)
        except BaseException:
            # Damage found while the panes read the project: the half-built window goes
            # now, while Python holds all of it. Left to the garbage collector, Qt's
            # teardown calls this window's Python overrides with their objects half gone.
            self.backup_timer.stop()
            delete(self)
            raise
        self.actions_ = build_menus(self)
        self._restore_layout()
        self._refresh_state()

    # ------------------------------------------------------------ building
    def _install(self, session: Session) -> None:
        """Build the panes for a session; replaces the panes of a previous project."""
        self.session = session
        clipboard.guarded = bool(session.project.encrypted)
        self.backup_timer.start(session.project)
        bus = session.bus
        self.document_list = DocumentList(session, self)
        self.document_list.reimport_requested.connect(self.choose_reimport)
        self.document_view = DocumentView(session, self)
        self.document_view.setAcceptDrops(False)  # let file drops reach the window
        self.annotation_panel = AnnotationPanel(session, self)
        self._timeline: TimelinePane | None = None
        self._timeline_slot = TimelineSlot(self)
        self._timeline_slot.painted.connect(self._build_timeline)
        self._timeline_slot.painted.connect(self._freeze_opening_objects)
        self._timeline_slot.painted.connect(self.annotation_panel.editor.prepare_forms)
        self.incident_panel = IncidentPanel(session, self)

        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setObjectName("bodySplitter")
        self.body.addWidget(self.document_list)
        self.body.addWidget(self.document_view)
        self.body.addWidget(self.annotation_panel)
        self.body.setStretchFactor(0, 2)
        self.body.setStretchFactor(1, 5)
        self.body.setStretchFactor(2, 4)
        # Sized for the window's first 1440 px; a laptop's 1280-1366 px takes it from all
        # three by stretch, leaving the annotation panel its ~440 px minimum of use.
        self.body.setSizes(BODY_SIZES)
        self.outer = QSplitter(Qt.Orientation.Vertical, self)
        self.outer.setObjectName("outerSplitter")
        # Timeline and incidents share the bottom: both read across documents and time,
        # and the annotation table above stays a drag away from the incident list.
        self.bottom = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom.setObjectName("bottomSplitter")
        self.bottom.addWidget(self._timeline_slot)
        self.bottom.addWidget(self.incident_panel)
        self.bottom.setStretchFactor(0, TIMELINE_STRETCH)
        self.bottom.setStretchFactor(1, 3)
        self.bottom.setSizes(BOTTOM_SIZES)
        self.outer.addWidget(self.body)
        self.outer.addWidget(self.bottom)
        self.outer.setStretchFactor(0, 3)
        self.outer.setStretchFactor(1, 1)
        # The bottom row ~36 %: at 1280×720 it was 208 px (31 %) and the incident's
        # source table showed one or two figures under the detail's lines.
        self.outer.setSizes(outer_sizes(870))  # [560, 310]
        for split in (self.body, self.outer, self.bottom):
            split.setChildrenCollapsible(False)
            split.setHandleWidth(5)
        self.pane_layouts.watch()
        old = self.centralWidget()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.read_only_banner.setParent(central)
        self.gone_banner.setParent(central)
        self.notice_banner.setParent(central)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.gone_banner)
        column.addWidget(self.notice_banner)
        column.addWidget(self.outer, 1)
        self.read_only_banner.setVisible(session.project.read_only)
        self.gone_banner.hide()
        self.setCentralWidget(central)
        # A child of the panes' widget: it goes with them when another project opens.
        self.outside = OutsideWatch(session, central, gone=self._show_gone,
                                    say=self._say_long)
        if old is not None:
            old.deleteLater()

        # Methods, not lambdas: a lambda's hold on the window is out of the collector's
        # sight once a signal's connection holds it, and kept a closed window alive.
        bus.status_message.connect(self._say)
        bus.project_changed.connect(self._on_changes)
        path = session.project.path
        self.setWindowTitle(f"{path.name} — Workbench")
        self.path_label.setText(str(path))
        self.path_label.setToolTip(str(path))
        self.settings.add_recent(path)
        for notice in session.project.notices:
            self.statusBar().showMessage(notice, MESSAGE_MS * 3)
        self.notice_text.setText("\n\n".join(session.project.notices))
        self.notice_banner.setVisible(bool(session.project.notices))
        self.document_list.select_first()

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message, MESSAGE_MS)

    def _say_long(self, message: str) -> None:
        self.statusBar().showMessage(message, MESSAGE_MS * 2)

    def _refresh_view_palette(self, _scheme: str) -> None:
        self.document_view.refresh_palette()

    def _show_gone(self, sentence: str | None) -> None:
        self.gone_banner.setText(sentence or "")
        self.gone_banner.setVisible(sentence is not None)

    def show_unreachable(self, sentence: str) -> None:
        """A pane's read failed because the file cannot be reached: said in the banner,
        not in a traceback (``app.install_damage_hook``)."""
        self._show_gone(sentence)

    @property
    def timeline(self) -> TimelinePane:
        """The timeline pane, built on first use (at the latest, just after the window's
        first paint: ``TimelineSlot``)."""
        if self._timeline is None:
            from workbench.gui.panes.timeline import TimelinePane

            pane = TimelinePane(self.session, self)
            self._timeline = pane
            slot = self._timeline_slot
            self.bottom.replaceWidget(self.bottom.indexOf(slot), pane)  # keeps its size
            # Not its stretch (a splitter keeps it in the widget's size policy): without
            # it the timeline stayed 560 px wide at every window width, and on a 900 px
            # screen the incidents pane was squeezed to its minimum.
            self.bottom.setStretchFactor(self.bottom.indexOf(pane), TIMELINE_STRETCH)
            slot.deleteLater()
            # The View menu mirrors the pane's lane mode, whichever control changed it.
            pane.lane_mode_changed.connect(self._lane_mode_changed)
        return self._timeline

    def _build_timeline(self) -> None:
        # Asked after the first paint: not for a project closed since (the window's
        # owner closed it, or it is being replaced).
        if self._timeline is None and not self.session.project.closed:
            self.timeline  # noqa: B018 - builds the pane

    @staticmethod
    def _freeze_opening_objects() -> None:
        """Leave the objects made while opening out of later garbage collections.

        The ~80,000 objects the window and its panes hold live as long as they do, yet
        every full collection walked them all: 50-150 ms at once, now and then in the
        middle of selecting an annotation at 1M annotations. Garbage left by a project
        shown before is collected first (once, after the first paint), and closing the
        window hands everything back to the collector.
        """
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def lane_mode(self) -> str:
        """The timeline's lane mode, without building the pane."""
        return self._timeline.mode if self._timeline is not None else FIRST_LANE_MODE

    def _lane_mode_changed(self, mode: str) -> None:
        act = getattr(self, "actions_", {}).get(f"lanes_{mode}")
        if act is not None:
            act.setChecked(True)

    def _restore_layout(self) -> None:
        layouts = parse(self.settings.window_layouts())
        restored = False
        if not layouts:  # left by an earlier version: the splitters as they were
            for name, split in self._splitters():
                state = self.settings.window_state(name)
                if state is not None:
                    restored = split.restoreState(state) or restored
        geometry = self.settings.window_state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.pane_layouts.start(layouts, fitted=restored)

    def _lay_out_new(self) -> None:
        """The panes as a new window of this size has them."""
        self.outer.setSizes(outer_sizes(sum(self.outer.sizes())))
        self.body.setSizes(BODY_SIZES)
        self.bottom.setSizes(BOTTOM_SIZES)
        self.incident_panel.fit_split()
        self.annotation_panel.fit_split()

    def _splitters(self) -> tuple[tuple[str, QSplitter], ...]:
        return (("body", self.body), ("outer", self.outer), ("bottom", self.bottom),
                ("incidents", self.incident_panel.split),
                ("annotations", self.annotation_panel.split))

    def save_layout(self) -> None:
        """Remember the splitters and the window geometry for the next start."""
        for name, split in self._splitters():
            self.settings.set_window_state(name, split.saveState())
        self.settings.set_window_layouts(dump(self.pane_layouts.keep()))
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.sync()

    # --------------------------------------------------------------- state
    def _on_changes(self, notice: ChangeNotice) -> None:
        cs, stats = notice.changes, self._stats
        if cs.touches("codebook"):
            # Kinds came or went (a merge, its undo or redo): the Annotate menu lists them.
            self.actions_ = build_menus(self)
        if (stats is not None and not cs.touches("document")
                and len(cs.changes) <= RECOUNT_ABOVE):
            # Counting a million live annotations again took 64 ms a write.
            stats["annotations"] += cs.live_delta("annotation")
            self._refresh_state(stats)
        else:
            self._refresh_state()

    def _refresh_state(self, stats: dict[str, int] | None = None) -> None:
        if stats is None:
            stats = dict(self.session.project.repo.stats())
        self._stats = stats
        self.count_label.setText(f"{counted(stats['documents'], 'document')} · "
                                 f"{counted(stats['annotations'], 'annotation')}")
        self.coder_label.setText(f"Coder: {self.session.project.coder}")
        self._refresh_history_actions()

    def _refresh_history_actions(self, *_refusal: object) -> None:
        # Also called on a refused undo or redo: the refused step has left the history
        # (a later write elsewhere made it unsafe), and no change was published to say so.
        acts = getattr(self, "actions_", None)
        if acts is not None:
            acts["undo"].setEnabled(self.session.can_undo())
            acts["redo"].setEnabled(self.session.can_redo())

    # ------------------------------------------------------------ projects
    def open_project(self, path: str | Path, *, create: bool = False,
                     passphrase: str | None = None, live: bool = True) -> bool:
        """Open (or create) the project at ``path`` and show it; False if it could not be.
        An encrypted project's passphrase is asked for when not given (a new project
        is encrypted with ``passphrase`` when one is given). ``live``: a long
        step of the opening runs beside the window's events (``open_asking``)."""
        if self.session.held_by is not None:
            # A file opened from the system (macOS sends it as an event) gets past the
            # merge's modal dialog: swapping projects under the merge would let it
            # commit into a project no longer shown, with no report and no word.
            self.statusBar().showMessage(
                f"{self.session.held_by} is running, so {Path(path).name} was not "
                "opened; open it again once it has finished.", MESSAGE_MS)
            return False
        # An index rebuilt while opening runs the window's events: nothing may write to
        # the project still shown, nor open another one, until the opening has ended.
        self.session.held_by = f"Opening {Path(path).name}"
        self._opening = True
        try:
            coder = self.session.project.coder  # the coder stays when the project changes
            project = (Project.create(path, coder=coder, passphrase=passphrase) if create
                       else open_asking(self, path, passphrase=passphrase, coder=coder,
                                        live=live))
        except WorkbenchError as err:
            self._error("The project could not be opened", str(err))
            return False
        finally:
            self.session.held_by = None
            self._opening = False
            if self._close_when_open:  # asked to close meanwhile: now it can
                QTimer.singleShot(0, self.close)
        if project is None:
            return False
        if self.reimport_job is not None:  # it stores into the project shown now
            self.reimport_job.stop()
            self.reimport_job = None
            self.progress.hide()
        old_project, old_panes = self.session.project, self.centralWidget()
        self.save_layout()
        for dialog in self.findChildren(QDialog):
            # A report left open (agreement, merge) reads the project it was made on.
            if getattr(dialog, "session", None) is self.session:
                dialog.close()
        # Close the old project only once its panes are gone: a pending timer in one
        # of them must not read a closed connection.
        old_panes.destroyed.connect(lambda *_: old_project.close())
        clipboard.forget()  # the old project's words leave with it
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
            go, key = new_project_key(self, Path(path).name)
            if go:
                self.open_project(path, create=True, passphrase=key)

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
        if self.reimport_job is not None:
            self.statusBar().showMessage("Wait for the running re-import to finish before "
                                         "importing; nothing was imported.", MESSAGE_MS)
            return None
        if self.session.held_by is not None:
            # Files dropped on the window may get past the merge's modal dialog: each
            # batch stored before the merge ended would be refused file by file
            # ("The import failed."), the later ones stored, half an import.
            self.statusBar().showMessage(
                f"{self.session.held_by} is running, so nothing was imported; import "
                "the files again once it has finished.", MESSAGE_MS)
            return None
        from workbench.gui.import_worker import ImportJob

        job = ImportJob(self.session, paths, self)
        self.import_job = job
        self.progress.setRange(0, max(1, len(job.paths)))
        self.progress.setValue(0)
        self.progress.setFormat("Importing %v of %m")
        self.progress.setMinimumWidth(0)  # widened again by this import's own figures
        self.progress.setMaximumWidth(PROGRESS_WIDTH)
        self.progress.show()
        job.progress.connect(lambda done, total: self.progress.setValue(done))
        job.progress_text.connect(self.show_progress_text)  # files/s and time left
        job.finished.connect(self._import_finished)
        job.start()
        return job

    def show_progress_text(self, text: str) -> None:
        """The import's figures on its bar ("120 of 2,000 files, 450 files/s, about 4 s
        left"), the bar widened to hold them: at its old 220 px the line broke in two,
        both halves cut by the bar's edges. It never narrows while the import runs, so
        the status bar does not jump as the figures change."""
        self.progress.setFormat(text)
        bar = self.progress
        want = bar.fontMetrics().horizontalAdvance(text) + PROGRESS_PAD
        if want > bar.minimumWidth():
            bar.setMinimumWidth(want)
            bar.setMaximumWidth(max(bar.maximumWidth(), want))

    def _import_finished(self, results: list[ImportResult]) -> None:
        self.import_job = None
        self.progress.hide()
        self.last_import = results
        from workbench.gui.dialogs.import_results import ImportResultsDialog, summary

        self.statusBar().showMessage(summary(results), MESSAGE_MS * 2)
        new_ids = [r.doc_id for r in results if r.status == "imported" and r.doc_id]
        if new_ids and self.settings.suggest_on_import():
            self._suggest(new_ids, announce=False)  # the import's summary stays shown
        if new_ids:
            self.session.bus.select(None, new_ids[0], sender=self)
        if self.show_dialogs and results:
            dialog = ImportResultsDialog(results, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def _suggest(self, doc_ids: list[int], announce: bool = True) -> None:
        from workbench.core.suggest import suggest_documents
        from workbench.gui.rules_note import rules_message

        outcome = self.session.run(suggest_documents, doc_ids, sender=self)
        # A run that adds nothing has an empty changeset, and still says what it read.
        read = (outcome.changes.result if outcome is not None and outcome.changes is not None
                else None)
        if read and announce:  # which language's rules read what (a mixed one gets both)
            added = len(outcome.changes.ids("annotation"))
            self.statusBar().showMessage(rules_message(read, self._fits_status_bar, added),
                                         MESSAGE_MS * 2)

    def _fits_status_bar(self, text: str) -> bool:
        """Whether ``text`` is shown whole beside the bar's permanent labels (a message
        too wide is cut, without an ellipsis)."""
        bar = self.statusBar()
        taken = sum(w.width() + 12 for w in (self.progress, self.coder_label,
                                            self.count_label) if w.isVisible())
        return bar.fontMetrics().horizontalAdvance(text) <= bar.width() - taken - 24

    # ------------------------------------------------------------ reimport
    def choose_reimport(self, doc_id: int | None = None) -> None:
        """Ask for a new version of a document's file (the current document by default)
        and re-import it."""
        doc_id = doc_id if doc_id is not None else self.session.bus.selection.doc_id
        row = self.session.project.repo.get("document", doc_id) if doc_id else None
        if row is None:
            self.statusBar().showMessage("Choose the document to re-import first.", MESSAGE_MS)
            return
        path, _ = QFileDialog.getOpenFileName(
            self, f"New version of “{row.get('title') or f'document {doc_id}'}”")
        if path:
            self.reimport_file(int(row["id"]), path)

    def reimport_file(self, doc_id: int, path: str | Path) -> ReimportJob | None:
        """Replace document ``doc_id``'s text with the file at ``path``, parsed and stored
        in threads (``gui/reimport_job.py``); None, with the reason on the status bar,
        while an import, a merge or another re-import runs."""
        if self.import_job is not None or self.reimport_job is not None:
            # One writer at a time: the import stores its batches from this thread, and
            # they would be refused while the re-import writes.
            running = "import" if self.import_job is not None else "re-import"
            self.statusBar().showMessage(f"Wait for the running {running} to finish before "
                                         "re-importing; nothing was changed.", MESSAGE_MS)
            return None
        if self.refused_while_held():
            return None
        from workbench.gui.reimport_job import ReimportJob

        # A new version is imported as a new file is: with suggestions on its text when
        # Tools ▸ Suggest annotations on import is on, in the same undo step.
        job = ReimportJob(self.session, doc_id, path, sender=self, parent=self,
                          suggest=self.settings.suggest_on_import())
        self.reimport_job = job
        self.progress.setRange(0, 0)  # busy: one file, no steps to count
        self.progress.setFormat(f"Re-importing {Path(path).name}")
        self.progress.show()
        job.finished.connect(self._reimport_finished)
        job.start()
        return job

    def _reimport_finished(self, outcome: Outcome) -> None:
        job, self.reimport_job = self.reimport_job, None
        self.progress.hide()
        if job is not None:
            job.deleteLater()
        if not outcome.ok or outcome.changes is None:
            return  # the core's sentence is on the status bar; nothing was written
        report = outcome.changes.result
        row = self.session.project.repo.get("document", report.doc_id) or {}
        title = row.get("title")
        self.statusBar().showMessage(report.sentence(f"“{title}”" if title else None),
                                     MESSAGE_MS * 3)
        # The new text in the viewer; with figures to check, the first of them in the
        # editor, its memo saying what the words were and are (or that they were cut).
        waiting = report.review + report.cut
        self.session.bus.select(waiting[0] if waiting else None, report.doc_id, sender=self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # -------------------------------------------------------------- export
    def export_choices(self, *, shown: bool = False) -> list[tuple[str, str]]:
        """(format, file-dialog filter) for every registered format, read from the core's
        registry so formats added there are offered here; only annotation formats when
        exporting what the table shows."""
        from workbench.core.exporters.formats import FILTERABLE, extension, formats, label

        fmts = formats()
        if shown:
            fmts = [f for f in fmts if f in FILTERABLE]
        return [(f, f"{label(f)} (*.{extension(f)})") for f in fmts]

    def export(self) -> None:
        """Ask for a file and format, then export the project there."""
        self._ask_and_export("Export", shown=False)

    def export_shown(self) -> None:
        """Ask for a file and format, then export exactly the annotations the table lists."""
        self._ask_and_export("Export what the table shows", shown=True)

    def _ask_and_export(self, title: str, *, shown: bool) -> None:
        choices = self.export_choices(shown=shown)
        path, chosen = QFileDialog.getSaveFileName(self, title, "",
                                                   ";;".join(c[1] for c in choices))
        if not path:
            return
        fmt = next((f for f, text in choices if text == chosen), choices[0][0])
        if not Path(path).suffix:
            from workbench.core.exporters.formats import extension

            path += "." + extension(fmt)
        if not plain_export.confirmed(self, Path(path), "This export"):
            self.statusBar().showMessage("Nothing was exported.", MESSAGE_MS)
            return
        self.export_to(path, fmt, shown=shown)

    def export_to(self, path: str | Path, fmt: str, *, shown: bool = False) -> int | None:
        """Export in ``fmt`` to ``path``: the whole project, or with ``shown`` the
        annotations the annotation table lists. Returns how many rows were written."""
        flt = None
        if shown:
            flt = self.annotation_panel.listed_filter()
            if flt is None:
                self.statusBar().showMessage("The table lists no annotations to export.",
                                             MESSAGE_MS)
                return None
        from workbench.core.exporters import export_file
        from workbench.core.exporters.formats import CSV_FORMATS, FILTERABLE

        notices: list[str] = []
        try:
            # With a byte-order mark: the window's CSV is opened in spreadsheets, and
            # Excel reads Arabic without one as mojibake.
            n = export_file(self.session.project, fmt, Path(path), flt, notices,
                            bom=fmt in CSV_FORMATS)
        except (OSError, WorkbenchError) as err:
            self._error("The export failed", str(err))
            return None
        # Incident formats write one row per incident, and the command line says so too.
        what = "annotation" if fmt in FILTERABLE else "incident"
        self._say_written(f"Wrote {counted(n, what)} to {path}.", notices)
        return n

    # -------------------------------------------------------------- report
    def report(self) -> None:
        """Ask for an HTML or PDF file and write the incident report there."""
        path, chosen = QFileDialog.getSaveFileName(
            self, "Incident report", "", "PDF (*.pdf);;Web page (*.html)")
        if not path:
            return
        if Path(path).suffix.lower() not in (".pdf", ".html", ".htm"):
            path += ".pdf" if "PDF" in chosen else ".html"
        if not plain_export.confirmed(self, Path(path), "This report"):
            self.statusBar().showMessage("No report was written.", MESSAGE_MS)
            return
        self.write_report(path)

    def write_report(self, path: str | Path) -> Path | None:
        """Write the report on every open, confirmed and disputed incident to ``path``."""
        from workbench.gui.report_render import write_report

        notices: list[str] = []
        try:
            out = write_report(self.session.project, Path(path), notices=notices)
        except (OSError, WorkbenchError) as err:
            self._error("The report could not be written", str(err))
            return None
        self._say_written(f"Wrote the incident report to {out}.", notices)
        return out

    def _say_written(self, done: str, notices: list[str]) -> None:
        """A file written, on the status bar, with the sentences the command line prints
        before it (an earlier stopped write's unfinished file deleted or named); those
        are shown in a message too, where a narrow status bar would cut them off."""
        self.statusBar().showMessage(" ".join([done, *notices]),
                                     MESSAGE_MS * 3 if notices else MESSAGE_MS)
        if notices and self.show_dialogs:
            QMessageBox.information(self, "Written", "\n\n".join([done, *notices]))

    # ------------------------------------------------------------- helpers
    def undo(self) -> None:
        """Undo the latest operation and say what was undone."""
        # A refusal is already on the status bar; only a success needs saying.
        self.session.undo(sender=self, on_success=lambda cs: self.statusBar().showMessage(
            f"Undid {step_name(str(cs.result))}." if cs else "Nothing to undo.", MESSAGE_MS),
            on_failure=self._refresh_history_actions)

    def redo(self) -> None:
        """Redo the latest undone operation and say what was redone."""
        self.session.redo(sender=self, on_success=lambda cs: self.statusBar().showMessage(
            f"Redid {step_name(str(cs.result))}." if cs else "Nothing to redo.", MESSAGE_MS),
            on_failure=self._refresh_history_actions)

    def set_coder(self, name: str) -> None:
        """Record the next writes under ``name`` and keep it for the next start."""
        name = name.strip()
        if not name:
            return
        self.session.project.coder = name
        self.settings.set_coder(name)
        self._refresh_state()
        self.statusBar().showMessage(f"Your changes are now recorded as {name}.", MESSAGE_MS)

    def choose_coder(self) -> None:
        """Ask for the coder name (File → Coder name…)."""
        from workbench.gui.dialogs.coder import ask_coder

        name = ask_coder(self.session.project.coder, self)
        if name:
            self.set_coder(name)

    def set_theme(self, mode: str) -> None:
        """Switch to the light, dark or system theme and remember the choice."""
        self.settings.set_theme(mode)
        if self.themes is not None:
            self.themes.apply(mode)

    def refused_while_held(self) -> bool:
        """True, with the reason on the status bar, while another thread writes the file
        (a merge): actions that close or rewrite the file, or write outside the session,
        must not run under it. The merge's modal dialog holds their menus back in the
        window; a menu bar outside it (macOS) is not counted on.

        Also while the file is no longer where it was opened: encrypting, changing the
        passphrase or restoring a backup closed the project first, then found no file
        to convert and none to open again, and left the window holding a closed project
        (and the moved file out of reach until opened anew)."""
        project = self.session.project
        gone = None if project.closed else project.whereabouts()
        if gone is not None:
            self.statusBar().showMessage(f"{project.path.name} {gone}, so nothing was "
                                         f"changed. {AGAIN}.", MESSAGE_MS)
            return True
        if self.session.held_by is None:
            return False
        self.statusBar().showMessage(f"{self.session.held_by} is running, so nothing was "
                                     "changed; do it again once it has finished.",
                                     MESSAGE_MS)
        return True

    def _error(self, title: str, message: str) -> None:
        if self.show_dialogs:
            QMessageBox.warning(self, title, message)
        else:
            self.statusBar().showMessage(f"{title}: {message}", MESSAGE_MS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "pane_layouts"):  # Qt may resize before the panes exist
            self.pane_layouts.window_resized()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A message put on the status bar before the window was first shown (an opening
        # notice) hides the path only if the path was visible then; shown with the
        # window, the path was drawn under the message. Hidden as the bar would hide it,
        # it comes back when the message ends.
        if self.statusBar().currentMessage() and self.path_label.isVisible():
            self.path_label.hide()
            self.path_label.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._opening:
            # The index rebuilt while opening is one transaction in another thread: the
            # window closes once it has committed (stopping it would only mean starting
            # again at the next open), and says so.
            self._close_when_open = True
            self.closing_said = ("Closing once the project being opened is ready (its "
                                 "search index is being rebuilt).")
            self.statusBar().showMessage(self.closing_said)
            event.ignore()
            return
        self._close_when_open = False
        gc.unfreeze()  # see _freeze_opening_objects: the panes' objects may go now
        # A write under way in a thread ends before the project is closed: killed with
        # the program, its transaction would be rolled back by SQLite, but the window
        # would have gone without a word. Each wait is said first, and painted.
        waits = [(self.import_job, "the import stops after the file it is storing"),
                 (self.reimport_job, "the re-import being stored is saved first"
                  if self.reimport_job is not None and self.reimport_job.write is not None
                  else "the re-import is cancelled (the document keeps its text)"),
                 (self.merge_run, "the merge is cancelled (nothing of it is saved)"),
                 (self.restore_check, "the restore is cancelled (nothing was restored)")]
        said = [why for job, why in waits if job is not None]
        if self.backup_timer.busy():
            said.append("the backup being made is finished first")
        if said:
            self.closing_said = f"Closing: {'; '.join(said)}."
            self.statusBar().showMessage(self.closing_said)
            self.statusBar().repaint()
        self.backup_timer.stop()
        if self.import_job is not None:
            self.import_job.cancel()
            self.import_job.wait()
        if self.reimport_job is not None:  # a store already running commits first
            self.reimport_job.stop()
        if self.merge_run is not None:  # rolled back before the project is closed
            self.merge_run.stop()
        if self.restore_check is not None:  # it removes its copy once its stage ends
            self.restore_check.cancel()
        self.save_layout()
        clipboard.forget()  # an encrypted project's words do not outlive its window
        super().closeEvent(event)

    def central_panes(self) -> dict[str, QWidget]:
        """The five panes by name (for tests and screenshots)."""
        return {"list": self.document_list, "view": self.document_view,
                "annotations": self.annotation_panel, "timeline": self.timeline,
                "incidents": self.incident_panel}

