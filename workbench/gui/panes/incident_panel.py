"""The incidents pane: every incident with its tally line, and the current one's sources.

Left, the list (title, date, place, "killed 7–9 (best 9) · wounded 18 · 2 sources"; a
triangle marks sources that disagree, suggestions are italic and hollow, Enter accepts
and Delete rejects them; annotations dropped on a row join that incident). Right, the
current incident: status, type, date, place, and every member figure side by side
(Delete on one takes it out of the incident).

Linked only through the Bus: the current incident is ``bus.incident``; a source row
click publishes a selection; selecting a member annotation anywhere makes its incident
current; "Show members in the table" publishes an IncidentFilter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import NotFoundError
from workbench.core.incidents import model
from workbench.core.incidents.model import listing_key
from workbench.core.incidents.ops import proposal_back, remove_members, restore_incident, set_best
from workbench.core.incidents.tally import Tally, published_note, read_figures
from workbench.core.incidents.views import incident_rows, merged_into
from workbench.gui.bus import ChangeNotice, IncidentState, Selection
from workbench.gui.dialogs.best_figure import BestFigureDialog
from workbench.gui.following import following
from workbench.gui.incident_actions import add_to_incident, review
from workbench.gui.models import incident_list_model as L
from workbench.gui.models import incident_source_model as S
from workbench.gui.rtl_cells import set_own_direction
from workbench.gui.select_row import select_row
from workbench.gui.session import Session

ROW_HEIGHT = 22
# The widest date a source's Published cell shows: at 76 px it read "2026-05-…".
DATE_SAMPLE = "2026-12-28"
LIST_TITLE_CHARS = 18  # the incident list's title keeps at least this many characters
PLACE_WIDTH = 90  # the incident list's Place column, when shown
SIDE = 4  # the pane's margin at its left and right edges, as the timeline's bar keeps


def _table(parent: QWidget, name: str, model: QAbstractItemModel,
           widths: dict[int, int | str], row_height: int = ROW_HEIGHT) -> QTableView:
    """A table of fixed-height rows; ``widths`` gives a column's width in pixels, or a
    sample text it must show whole (a date), measured in the view's own font."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)  # before the widths: a header without a model forgets them
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    vh = view.verticalHeader()
    vh.hide()
    # Fixed row heights: the view never measures 10,000 rows (nor tallies them).
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for col in range(model.columnCount()):
        # Narrow columns, but never narrower than their heading ("Countec" reads as broken).
        label = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        least = header.fontMetrics().horizontalAdvance(label) + 2 * margin + 6
        want = widths.get(col, least)
        if isinstance(want, str):
            want = cell_width(view, want)
        view.setColumnWidth(col, max(want, least))
    return view


def cell_width(view: QAbstractItemView, text: str) -> int:
    """The column width that shows ``text`` unelided in ``view``'s cells: the text and
    the item view's margin on both sides (the style's focus-frame margin and one pixel),
    and two pixels for the grid."""
    pad = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) + 2 * pad + 2


def hand_set(inc: dict[str, Any], tally: Tally) -> list[str]:
    """A line per best figure the researcher set, with the tally's rule (their reason):
    "killed best 85: set by the researcher: …"."""
    lines = []
    for key in sorted(inc.get("best") or {}):
        outcome, _, category = key.partition("/")
        cell = tally.cell(outcome, category or "all")
        if cell is not None and cell.best is not None:
            where = outcome if category in ("", "all") else f"{outcome} ({category})"
            lines.append(f"{where} best {cell.best}: {cell.best_rule}")
    return lines


SPLIT_SIZES = [400, 600]  # list and detail, scaled to the pane's width


class IncidentPanel(QWidget):
    """The incident list and the current incident's per-source figures."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentPanel")
        self.session = session
        self.bus = session.bus
        self.project = session.project
        self.incident_id: str | None = None
        self._syncing = False

        self.count_label = QLabel(self)
        self.count_label.setObjectName("incidentCount")
        self.filter_box = QCheckBox("Show members in the table", self)
        self.filter_box.setObjectName("incidentFilterToggle")
        self.filter_box.setToolTip("Narrow the annotation table to the current incident's "
                                   "members")
        self.filter_box.toggled.connect(lambda _on: self._publish_filter())
        # Rejected proposals are in the trash, which does not list them: shown here on
        # asking, so a rejection can be seen and taken back from the window too.
        self.rejected_box = QCheckBox("Show rejected", self)
        self.rejected_box.setObjectName("incidentRejectedToggle")
        self.rejected_box.setToolTip("List the incident proposals you rejected, to reopen "
                                     "one for review")
        self.rejected_box.toggled.connect(lambda _on: self.reload())
        # Its whole width is no minimum of the list's side: side by side with the other
        # toggle it held the list at ~300 px, which a 1280 px window cannot spare. Made
        # narrower than both, the list puts one above the other at once (``_fit_bar``).
        self.rejected_box.setMinimumWidth(24)
        # Over the list only, not the detail: across the whole pane it took a line from
        # the source table (one or two rows in view at 1280×720). Side by side when the
        # list is wide enough, else one above the other (``_fit_bar``).
        bar = self.bar = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        bar.setContentsMargins(SIDE, 2, SIDE, 0)
        bar.setSpacing(2)
        # The rejected toggle beside the count it adds to while the two fit the list's
        # width (a third line under the count took a row of incidents at 1280×720).
        head = self.head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(2)
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(self.rejected_box)
        bar.addLayout(head)
        bar.addWidget(self.filter_box)

        self.model = L.IncidentListModel(session.tallies, self)
        self.model.annotations_dropped.connect(self.add_dropped)
        self.list = _table(self, "incidentList", self.model, {L.DATE: 84, L.PLACE: PLACE_WIDTH},
                           row_height=2 * self.fontMetrics().height() + 8)
        head = self.list.horizontalHeader()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(L.TITLE, QHeaderView.ResizeMode.Stretch)
        self.list.setAcceptDrops(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.list.setDropIndicatorShown(True)
        self.list.installEventFilter(self)
        self.list.viewport().installEventFilter(self)  # its width decides the Place column
        self.list.selectionModel().currentRowChanged.connect(self._list_row_changed)

        self.title = QLabel(self)
        self.title.setObjectName("incidentTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # titles are the user's text
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        # Wraps: unwrapped, a long title ("Shelling of the … used as a shelter") set the
        # window's minimum width past a 1280 px screen (1302 px), its right edge off it.
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("incidentMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        # Wraps: the one-line hint shown with no incident pushed the list to ~260 px.
        self.meta.setWordWrap(True)
        self.tally_label = QLabel(self)
        self.tally_label.setObjectName("incidentTally")
        self.tally_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tally_label.setWordWrap(True)
        # The pane counts the engine's unreviewed suggestions, the report and exports do
        # not: this line says how many there are and gives the report's line beside ours.
        self.review_label = QLabel(self)
        self.review_label.setObjectName("incidentReviewNote")
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setWordWrap(True)
        # Its colour is the theme's warning colour (``theme.WARN_LABELS``).
        self.review_label.setToolTip("Accept or reject these figures to settle them; "
                                     "workbench report --status suggested counts them too")
        self.review_label.hide()
        # Sources that disagree are settled here: the best figure, with the reason.
        self.best_button = QPushButton("Set best figure…", self)
        self.best_button.setObjectName("incidentSetBest")
        self.best_button.setToolTip("Choose the best figure of an outcome yourself and say "
                                    "why (shown as the tally's rule)")
        self.best_button.clicked.connect(self.ask_best)
        self.sources = S.IncidentSourceModel(self)
        # Two-line rows that wrap the quoted words: on a 1366 px screen the detail is
        # ~400 px wide, and one-line rows showed four columns of clipped words.
        self.source_view = _table(self, "incidentSources", self.sources, {
            S.PUBLISHER: 88, S.FIGURE: 80, S.COUNTED: 82, S.WORDS: 150, S.QUALIFIER: 64,
            S.PUBLISHED: DATE_SAMPLE, S.GRADE: 40}, row_height=2 * self.fontMetrics().height() + 6)
        self.source_view.setWordWrap(True)
        set_own_direction(self.source_view, S.PUBLISHER, S.WORDS, S.SOURCE)
        # The widths the columns take when shown: the trailing ones give way on a narrow
        # detail (``_fit_sources``), so no scroll bar takes a row's height.
        self._source_widths = [self.source_view.columnWidth(c)
                               for c in range(self.sources.columnCount())]
        self.source_view.viewport().installEventFilter(self)
        self.source_view.clicked.connect(lambda idx: self._source_clicked(idx.row()))
        # A figure added to the wrong incident is taken out here (Delete, or the row's
        # context menu): before, only an undo at once could, the window had no other way.
        self.remove_action = QAction("Take out of this incident", self.source_view)
        self.remove_action.setObjectName("incidentRemoveMember")
        self.remove_action.setToolTip("The annotation stays; it leaves this incident and "
                                      "its tally (Delete; Ctrl+Z puts it back)")
        self.remove_action.triggered.connect(self.remove_current_member)
        self.source_view.addAction(self.remove_action)
        self.source_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.source_view.installEventFilter(self)
        self.source_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._source_clicked(cur.row()))
        # After the source table: the list's event filter reads it.
        self.reopen_action = QAction("Reopen as a proposal", self.list)
        self.reopen_action.setObjectName("incidentReopen")
        self.reopen_action.setToolTip("Bring the rejected proposal back to review: Enter "
                                      "then accepts it, Delete rejects it again")
        self.reopen_action.triggered.connect(self.reopen)
        self.reopen_action.setEnabled(False)
        self.list.addAction(self.reopen_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.reopen_button = QPushButton("Reopen as a proposal", self)
        self.reopen_button.setObjectName("incidentReopenButton")
        self.reopen_button.setToolTip(self.reopen_action.toolTip())
        self.reopen_button.clicked.connect(self.reopen)
        self.reopen_button.hide()
        detail = QWidget(self)
        detail.setObjectName("incidentDetail")
        dl = QVBoxLayout(detail)
        # 6 px from the splitter; on the right the 4 px the list's bar and the timeline's
        # keep (``SIDE``): with none, "Set best figure…" and the source table touched
        # the pane's right edge, the window's own edge.
        dl.setContentsMargins(6, 0, SIDE, 0)
        dl.setSpacing(2)
        for w in (self.title, self.meta, self.tally_label, self.review_label):
            # As tall as their text at the width they get, no taller: with no incident
            # (the table hidden) the hint sat in the middle of an empty pane, far from its
            # heading. Not ``Maximum``: that held a label to its text laid out on one wide
            # line, and at 1280×720 (~300 px) the tally line and a loop's note were cut.
            w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        dl.addWidget(self.title)
        dl.addWidget(self.meta)
        tally_row = QHBoxLayout()
        tally_row.setContentsMargins(0, 0, 0, 0)
        tally_row.addWidget(self.tally_label, 1)
        tally_row.addWidget(self.best_button, 0, Qt.AlignmentFlag.AlignTop)
        tally_row.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        dl.addLayout(tally_row)
        dl.addWidget(self.review_label)
        dl.addWidget(self.source_view, 1)
        dl.addStretch(0)  # takes the room only while the table is hidden

        side = QWidget(self)
        side.setObjectName("incidentListSide")
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(2)
        sl.addLayout(bar)
        sl.addWidget(self.list, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("incidentSplitter")
        self.split.addWidget(side)
        self.split.addWidget(detail)
        self.split.setChildrenCollapsible(False)
        # The detail gets the larger share: its title, tally and source table need the
        # width (half and half left it ~330 px at 1280×720: a title on three lines and
        # one source row in view); the list's rows elide, their tool tips whole.
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.fit_split()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.split, 1)

        self.bus.selection_changed.connect(self._on_selection)
        self.bus.incident_changed.connect(self._on_incident)
        self.bus.project_changed.connect(self._on_changes)
        self.reload()
        self._show_detail()

    # ------------------------------------------------------------ content
    def fit_split(self) -> None:
        """The list and the detail as a new window has them."""
        self.split.setSizes(SPLIT_SIZES)

    def reload(self) -> None:
        """Re-read every live incident (one query; tallies come as rows are painted),
        and the rejected proposals when asked for."""
        rows = model.list_incidents(self.project)
        if self.rejected_box.isChecked():
            rows = sorted([*rows, *model.rejected_proposals(self.project)], key=listing_key)
        self.model.set_rows(rows)
        self._update_count()
        self._reselect()
        self._show_detail()

    def _update_count(self) -> None:
        statuses = [self.model.row_at(i)["status"] for i in range(self.model.rowCount())]
        refused = statuses.count("rejected")
        n, sug = len(statuses) - refused, statuses.count("suggested")
        text = f"{n} incident{'s' if n != 1 else ''}" + (f" · {sug} suggested" if sug else "")
        if self.rejected_box.isChecked():
            text += f" · {refused} rejected"
        self.count_label.setText(text)
        self._fit_bar()

    def _on_changes(self, notice: ChangeNotice) -> None:
        cs = notice.changes
        touched = self.session.touched_incidents
        ids = set(cs.ids("incident"))
        for c in cs.changes:
            if c.entity == "incident_member":
                ids.update(img["incident_id"] for img in (c.before, c.after) if img)
        # A member figure (or its report) trashed or restored changes the row's member
        # count too: the rows of every incident whose tally was dropped are read again
        # (all of them after a document change; a link or codebook change counts none).
        if touched is not None:
            ids |= touched
        elif cs.touches("document"):
            ids.update(self.model.ids())
        # The current incident merged into another (here, by the command line's change
        # adopted, or a redo): show the kept one, as a researcher expects, not nothing.
        kept = merged_into(cs, self.incident_id) if self.incident_id else None
        gone = self._current_row() if kept else None
        if ids:
            rows = incident_rows(self.project, sorted(ids))
            if self.rejected_box.isChecked():
                # A proposal rejected here stays listed, marked; an undone one too.
                rows.update({r["id"]: r for r in
                             model.rejected_proposals(self.project, sorted(ids))})
            # A row taken out (an undone incident, a rejected suggestion) makes Qt move
            # the current row to a neighbour: unpublished, or the next key I would add
            # figures to an incident nobody chose.
            before = self.model.row_of(self.incident_id)
            with following(self):
                self.model.patch_rows({i: rows.get(i) for i in ids})
                # The highlight is the current incident's row, or none: Qt moved it to
                # a neighbour of a row taken out, and kept it there when the current
                # incident came back, under the other incident's detail. Given another
                # date, the current incident moves to its place and is kept in view.
                now = self.model.row_of(self.incident_id)
                select_row(self.list, now, scroll=self.incident_id in ids
                           and None not in (before, now) and before != now)
            self._update_count()
        if touched is None:
            self.model.refresh_all()
        else:
            for inc_id in touched:
                self.model.refresh_row(inc_id)
        if kept is not None and self.model.row_of(kept) is not None:
            self.select_incident(kept)
            now = self._current_row() or {}
            self.bus.status_message.emit(
                f"“{(gone or {}).get('title', '')}” was merged into “{now.get('title', '')}”; "
                "showing that incident.")
            return
        if self.incident_id and (touched is None or self.incident_id in touched):
            self._show_detail()
            if self.filter_box.isChecked():
                self._publish_filter()

    def _show_detail(self) -> None:
        """Show the current incident's header, tally line and per-source figures."""
        inc = self._current_row()
        refused = inc is not None and inc["status"] == "rejected"
        self.reopen_action.setEnabled(refused)
        self.reopen_button.setVisible(refused)
        self.remove_action.setEnabled(not refused)  # its figures are in no incident
        if refused:
            self._show_rejected(inc or {})
            return
        if inc is None:
            self.title.setText("No incident selected")
            self.meta.setText("Select annotations and press I to start one, or drop "
                              "annotations on an incident.")
            self.tally_label.setText("")
            self.review_label.hide()
            self.sources.set_rows([])
            # An empty grid of headers reads as broken; the sentence above is enough.
            self.source_view.hide()
            self.best_button.hide()
            return
        self.title.setText(inc["title"])
        self.title.setToolTip(inc["title"])
        kind = inc.get("incident_type") or "type not set"
        self.meta.setText(" · ".join([inc["status"], kind.replace("_", " "),
                                      L.date_text(inc) or "no date",
                                      inc.get("place_name") or "no place"]))
        tally = self.session.tallies.get(inc["id"])
        members = model.members(self.project, inc["id"])
        # No members: one sentence saying how to add some, not an empty grid of headings
        # under "no figures · 0 sources".
        self.tally_label.setText(
            "\n".join([tally.describe(), *hand_set(inc, tally), *tally.notes])
            if tally is not None and members else
            "No figures yet: select annotations and press I, or drop them on this incident.")
        self.tally_label.setToolTip(L.conflict_text(tally) if tally is not None else "")
        note = published_note(self.project, tally) if tally is not None and members else ""
        self.review_label.setText(note)
        self.review_label.setVisible(bool(note))
        self.best_button.setVisible(tally is not None and bool(tally.outcomes_with_figures()))
        self.source_view.setVisible(bool(members))
        self.sources.set_rows(S.build_rows(members, tally))
        self._select_source(self.bus.selection.ann_id)

    def _show_rejected(self, inc: dict[str, Any]) -> None:
        """A rejected proposal: what it was, and that it can be reopened (no tally: its
        figures went back to no incident when it was rejected)."""
        self.title.setText(inc["title"])
        self.title.setToolTip(inc["title"])
        kind = inc.get("incident_type") or "type not set"
        self.meta.setText(" · ".join(["rejected proposal", kind.replace("_", " "),
                                      L.date_text(inc) or "no date",
                                      inc.get("place_name") or "no place"]))
        # The figures it held, to judge whether to reopen it: what each says, none
        # counted (they are in no incident now).
        held = model.members(self.project, inc["id"], held=True)
        # Short beside the Reopen button: the whole explanation ran to six lines there
        # and was cut at both ends on a 1024×640 window; it is in the tool tip.
        self.tally_label.setText(
            f"Rejected with {L.figures_text(inc.get('members') or 0)}"
            f"{' (below)' if held else ''}, none counted. Reopen to review it again.")
        self.tally_label.setToolTip(
            "The program will not propose this grouping again. Reopened, it comes back "
            "as a proposal with the figures not placed in another incident since.")
        self.review_label.hide()
        self.best_button.hide()
        self.sources.set_rows(S.held_rows(held, read_figures(self.project, held)))
        self.source_view.setVisible(bool(held))
        self._select_source(self.bus.selection.ann_id)

    def _current_row(self) -> dict[str, Any] | None:
        pos = self.model.row_of(self.incident_id)
        if pos is not None:
            return self.model.row_at(pos)
        if self.incident_id is None:
            return None
        try:  # not in the list (trashed meanwhile): nothing to show
            return model.get_incident(self.project, self.incident_id)
        except NotFoundError:
            return None

    # ---------------------------------------------------------- selection
    def select_incident(self, incident_id: str | None) -> None:
        """Make an incident current as if its row was clicked (publishes it)."""
        pos = self.model.row_of(incident_id)
        if pos is not None:
            self.list.setCurrentIndex(self.model.index(pos, 0))
            if self.incident_id != incident_id:
                # Qt had made it current, unpublished, as a row before it left the list.
                self._list_row_changed(self.model.index(pos, 0), None)

    def _list_row_changed(self, current: Any, _previous: Any) -> None:
        if self._syncing or not current.isValid():
            return
        self.incident_id = self.model.row_at(current.row())["id"]
        self._show_detail()
        self.bus.select_incident(self.incident_id, sender=self)
        if self.filter_box.isChecked():
            self._publish_filter()

    def _on_incident(self, state: IncidentState) -> None:
        if state.sender is self:
            return
        self.incident_id = state.incident_id
        self._reselect()
        self._show_detail()
        if self.filter_box.isChecked():
            self._publish_filter()

    def _on_selection(self, sel: Selection) -> None:
        if sel.sender is self or not sel.ann_id:
            return
        found = model.incident_of(self.project, sel.ann_id)
        if found is None:
            # Keep the current incident: the user may be about to add this one with I.
            self._select_source(None)
            return
        if found != self.incident_id:
            self.incident_id = found
            self._reselect()
            self._show_detail()
            self.bus.select_incident(found, sender=self)
            if self.filter_box.isChecked():
                self._publish_filter()
        else:
            self._select_source(sel.ann_id)

    def _reselect(self) -> None:
        with following(self):
            select_row(self.list, self.model.row_of(self.incident_id))

    def _select_source(self, ann_id: str | None) -> None:
        with following(self):
            select_row(self.source_view, self.sources.row_of(ann_id), scroll=False)

    def _source_clicked(self, pos: int) -> None:
        if self._syncing or not 0 <= pos < self.sources.rowCount():
            return
        row = self.sources.row_at(pos)
        self.bus.select(row["ann_id"], row["doc_id"], sender=self)

    def _publish_filter(self) -> None:
        if self.filter_box.isChecked() and self.incident_id:
            inc = self._current_row()
            # A rejected proposal has no members: the figures it held, as its detail
            # lists them (narrowed to none, the table was empty under its heading).
            ids = (frozenset(r["id"] for r in model.members(self.project, self.incident_id,
                                                            held=True))
                   if inc is not None and inc["status"] == "rejected" else
                   frozenset(model.member_ids(self.project, self.incident_id)))
            self.bus.set_incident_filter(ids, self.incident_id, sender=self)
        else:
            self.bus.set_incident_filter(None, None, sender=self)

    # ------------------------------------------------------------- writes
    def reopen(self) -> bool:
        """Bring the current rejected proposal back as a proposal to review (the core's
        restore, one undoable write); False when it is no rejected proposal or the
        core refused."""
        inc = self._current_row()
        if inc is None or inc["status"] != "rejected":
            return False
        out = self.session.run(restore_incident, inc["id"], sender=self)
        if not out.ok or out.changes is None:
            return False
        # The core's first sentence names the id, for the command line; the window
        # names the title, and passes on any other sentence (figures placed elsewhere).
        rest = str(out.changes.result or "").replace(proposal_back(inc["id"]), "").strip()
        self.bus.status_message.emit(
            " ".join([f"Reopened “{inc['title']}” as a proposal to review: Enter accepts "
                      "it, Delete rejects it again.", rest]).strip())
        self.bus.select_incident(inc["id"], sender=self)
        return True

    def ask_best(self) -> None:
        """Ask the outcome, best figure and reason for the current incident, and set it."""
        inc, tally = self._current_row(), self.session.tallies.get(self.incident_id or "")
        if inc is None or tally is None:
            return
        dialog = BestFigureDialog(tally, inc["title"], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_best(*dialog.chosen())

    def set_best(self, outcome: str, value: int | None, memo: str) -> bool:
        """Set (None: clear) the current incident's best figure of ``outcome``, with the
        reason; the core refuses a blank reason or a bad figure (on the status bar)."""
        if self.incident_id is None:
            return False
        return self.session.run(set_best, self.incident_id, outcome, value, memo,
                                sender=self).ok

    def remove_current_member(self) -> bool:
        """Take the current source row's annotation out of the current incident (one
        undoable write; the annotation itself stays); False when nothing was taken."""
        pos = self.source_view.currentIndex().row()
        inc = self._current_row()
        if inc is None or not 0 <= pos < self.sources.rowCount():
            return False
        if inc["status"] == "rejected":
            return False  # the figures it held are in no incident already
        row = self.sources.row_at(pos)
        if not self.session.run(remove_members, inc["id"], [row["ann_id"]], sender=self).ok:
            return False
        words = row["words"] if len(row["words"]) <= 40 else row["words"][:39] + "…"
        self.bus.status_message.emit(f"Took “{words}” out of “{inc['title']}”.")
        return True

    def add_dropped(self, incident_id: str, ann_ids: list[str]) -> None:
        """Annotations dropped on an incident's row join that incident."""
        if add_to_incident(self.session, ann_ids, sender=self, target=incident_id) is None:
            return
        self.incident_id = incident_id
        self._reselect()
        self._show_detail()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_place()
            self._fit_bar()
        if obj is self.source_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_sources()
        if obj is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.review(True)
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                return self.review(False)
        if obj is self.source_view and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                return self.remove_current_member()
        return super().eventFilter(obj, event)

    def _fit_place(self) -> None:
        """At 1280×720 the list is ~270 px: with the date and place beside it the title
        kept ~80 px ("Qarsel m…", "Drone st…") and incidents could not be told apart.
        The place gives way while the title would keep less than its first words; it is
        in the detail and in every row's tool tip, and a wider list shows it again."""
        header = self.list.horizontalHeader()
        # The place's own width, not its section's: a hidden section measures 0.
        free = self.list.viewport().width() - header.sectionSize(L.DATE) - PLACE_WIDTH
        title_least = self.list.fontMetrics().horizontalAdvance("n" * LIST_TITLE_CHARS)
        header.setSectionHidden(L.PLACE, free < title_least)

    def _fit_bar(self) -> None:
        """The count, the rejected toggle and the members toggle on one line over a list
        wide enough for them, else the members toggle under the other two, and the
        rejected toggle under the count too when even those two do not fit side by
        side (the list's ~270 px at 1280×720 holds "4 incidents · 1 suggested" and it)."""
        if not hasattr(self, "list"):
            return
        gap = 12
        pair = self.count_label.sizeHint().width() + self.rejected_box.sizeHint().width() + gap
        width = self.list.width() - 2 * 4
        row, col = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        outer = row if width >= pair + gap + self.filter_box.sizeHint().width() else col
        inner = row if width >= pair else col
        if self.bar.direction() != outer:
            self.bar.setDirection(outer)
            self.bar.setSpacing(gap if outer == row else 2)
        if self.head.direction() != inner:
            self.head.setDirection(inner)

    def _fit_sources(self) -> None:
        """The source table's trailing columns (source title, grade, date, qualifier)
        give way, last first, while the columns do not fit the detail: at 1280×720 they
        were a scroll away anyway, and the scroll bar took most of a row. Each row's
        tool tip names them; a wider detail shows them again."""
        room = self.source_view.viewport().width()
        header = self.source_view.horizontalHeader()
        widths = self._source_widths
        shown = list(range(len(widths)))
        for col in (S.SOURCE, S.GRADE, S.PUBLISHED, S.QUALIFIER):
            if sum(widths[c] for c in shown) <= room:
                break
            shown.remove(col)
        changed = False
        for col in range(len(widths)):
            hide = col not in shown
            if header.isSectionHidden(col) != hide:
                header.setSectionHidden(col, hide)
                changed = True
        if changed:  # the last shown column stretched: the others take their widths back
            for col in shown[:-1]:
                self.source_view.setColumnWidth(col, widths[col])
        # Narrower still (a 1024 px screen), the quoted words take what the first columns
        # leave, wrapped on the row's two lines and whole in its tool tip, rather than
        # a scroll bar's width away.
        last = shown[-1]
        left = room - sum(widths[c] for c in shown[:-1])
        if left < widths[last]:
            self.source_view.setColumnWidth(last, max(left, header.minimumSectionSize()))

    def review(self, accept: bool) -> bool:
        """Accept (True) or reject the current incident if it is a suggestion."""
        inc = self._current_row()
        if inc is not None and inc["status"] == "rejected":
            # Said, not silent: on a rejected row both keys looked broken.
            self.bus.status_message.emit(
                f"“{inc['title']}” was rejected: Reopen as a proposal (the button, or the "
                "row's menu) to review it again.")
            return True
        if inc is None or inc["status"] != "suggested":
            return False
        pos = self.model.row_of(inc["id"]) or 0
        nxt = next((self.model.row_at(i)["id"] for i in
                    [*range(pos + 1, self.model.rowCount()), *range(pos - 1, -1, -1)]
                    if self.model.row_at(i)["status"] == "suggested"), None)
        if review(self.session, inc["id"], accept, sender=self):
            self.bus.status_message.emit(
                f"{'Accepted' if accept else 'Rejected'} the suggested incident “{inc['title']}”.")
            if nxt is not None:
                self.select_incident(nxt)
            else:
                self._show_detail()
        return True
