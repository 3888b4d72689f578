"""The incidents list: title, date, place and the tally line, one row per incident.

Rows come from ``model.list_incidents`` (one query); the tally line is computed only
when a row is painted, through the session's TallyCache, so a list of 10,000 incidents
opens as fast as its query. Dropping annotations (ANN_MIME) on a row asks the pane to
add them to that incident: the model itself never writes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from workbench.core.incidents.model import listing_key
from workbench.core.incidents.tally import Tally
from workbench.gui.models.row_table import RowTableModel
from workbench.gui.tally_cache import TallyCache

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex

ANN_MIME = "application/x-workbench-annotation-ids"
# The tally line sits under the title in the same cell (two lines a row): it is what a
# researcher scans for, and in a pane beside the timeline a column of its own was cut off.
COLUMNS = ("Incident · figures", "Date", "Place")
TITLE, DATE, PLACE = range(len(COLUMNS))
INCIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONFLICT_COLOR = "#d9822b"
MARK_COLOR = "#4a78b5"
# Mid grey: seen on the light and the dark theme's base, and plainly not a live mark.
REJECTED_COLOR = "#8a8f98"


def encode_ids(ann_ids: Iterable[str]) -> QMimeData:
    """Annotation ids as drag data (one id per line)."""
    data = QMimeData()
    data.setData(ANN_MIME, "\n".join(ann_ids).encode("ascii"))
    return data


def decode_ids(data: QMimeData) -> list[str]:
    if not data.hasFormat(ANN_MIME):
        return []
    return [s for s in bytes(data.data(ANN_MIME).data()).decode("ascii").split("\n") if s]


def marker(conflict: bool, hollow: bool) -> QIcon:
    """A dot for an incident, a triangle when its sources disagree; hollow = suggested."""
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(CONFLICT_COLOR if conflict else MARK_COLOR)
    p.setPen(QPen(color, 1.6, Qt.PenStyle.DashLine if hollow else Qt.PenStyle.SolidLine))
    p.setBrush(Qt.BrushStyle.NoBrush if hollow else QBrush(color))
    if conflict:
        p.drawPolygon(QPolygonF([QPointF(7, 1.5), QPointF(12.8, 12.2), QPointF(1.2, 12.2)]))
        p.setPen(QPen(QColor("white") if not hollow else color, 1.6))
        p.drawLine(QPointF(7, 5), QPointF(7, 8.5))
        p.drawPoint(QPointF(7, 10.4))
    else:
        p.drawEllipse(QPointF(7, 7), 4.5, 4.5)
    p.end()
    return QIcon(pix)


def rejected_marker() -> QIcon:
    """A grey hollow ring struck through: a proposal the researcher rejected."""
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(REJECTED_COLOR), 1.6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(7, 7), 4.5, 4.5)
    p.drawLine(QPointF(2.5, 11.5), QPointF(11.5, 2.5))
    p.end()
    return QIcon(pix)


def figures_text(n: int) -> str:
    return f"{n} figure{'' if n == 1 else 's'}"


def date_text(row: Row) -> str:
    start, end = row.get("start_date") or "", row.get("end_date") or ""
    return f"{start} – {end}" if end and end != start else start


LTR_MARK = "\u200e"


def isolated(text: str) -> str:
    """``text`` laid out in its own direction (FSI … PDI), so an Arabic publisher or quote
    does not take the colon, figure and quote marks beside it into its right-to-left run."""
    return f"\u2068{text}\u2069"


def source_span(low: int | None, high: int | None) -> str:
    """A source's range as the source table writes a figure: 15, 7–9, ≥12 (open above),
    ≤9 (no floor)."""
    if low is None and high is None:
        return "?"
    if high is None:
        return f"≥{low}"
    if low is None:
        return f"≤{high}"
    return str(low) if low == high else f"{low}–{high}"


def conflict_text(t: Tally) -> str:
    """Which sources disagree, with their figures, for a tool tip."""
    lines = []
    for c in t.cells.values():
        if not c.conflict or c.category != "all":
            continue
        lines.append(f"Sources disagree on {c.outcome}:" if c.sources_disagree else
                     f"A report's own figures disagree on {c.outcome}:")
        for s in c.sources:
            if s.doc_id in c.conflicting:
                span = source_span(s.low, s.high)
                if s.doc_id in c.self_conflicting:
                    span += " (its own figures disagree)"
                quotes = "; ".join(f"“{isolated(f.quote)}”" for f in s.figures if f.used)
                # A tool tip's line is a paragraph of the direction of its first strong
                # letter: without the mark an Arabic publisher made it right to left, and
                # the line read backwards ("…–24" for "24–…").
                lines.append(f"{LTR_MARK}  {isolated(s.publisher or s.title)}: {span}  "
                             f"{quotes}")
    return "\n".join(lines)


class IncidentListModel(RowTableModel):

    COLUMNS = COLUMNS  # this module's headings, for the shared header code
    annotations_dropped = Signal(str, list)  # incident id, annotation ids

    def __init__(self, tallies: TallyCache, parent: Any = None) -> None:
        super().__init__(parent)
        self.tallies = tallies
        self._rows: list[Row] = []
        self._pos: dict[str, int] = {}
        self._icons = {(c, h): marker(c, h) for c in (False, True) for h in (False, True)}
        self.rejected_icon = rejected_marker()

    # ------------------------------------------------------------ Qt API
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        rejected = row["status"] == "rejected"
        if role == Qt.ItemDataRole.DecorationRole and col == TITLE:
            if rejected:
                return self.rejected_icon
            t = self.tallies.get(row["id"])
            conflict = t is not None and any(c.conflict for c in t.cells.values())
            return self._icons[(conflict, row["status"] == "suggested")]
        if role == Qt.ItemDataRole.FontRole and row["status"] == "suggested":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and rejected:
            # The theme's muted text (its palette's placeholder colour), readable on
            # the light and the dark base alike.
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == INCIDENT_ID_ROLE:
            return row["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        # A rejected proposal takes no figures (reopened, it does).
        if not index.isValid() or self._rows[index.row()]["status"] == "rejected":
            return base
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [ANN_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(ANN_MIME) and self._target(row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        target, ids = self._target(row, parent), decode_ids(data)
        if target is None or not ids:
            return False
        self.annotations_dropped.emit(target, ids)
        # Nothing is moved out of the source model: the pane writes, panes refresh.
        return False

    # ----------------------------------------------------------- content
    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._pos = {r["id"]: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def patch_rows(self, changed: dict[str, Row | None]) -> None:
        """Replace, insert (in the listing's order) or remove (None) the given incidents
        without a reset."""
        for inc_id, row in changed.items():
            pos = self._pos.get(inc_id)
            if row is None and pos is not None:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._rows[pos]
                self._pos = {r["id"]: i for i, r in enumerate(self._rows)}
                self.endRemoveRows()
            elif row is not None and pos is None:
                # In the listing's order: appended, an incident restored or made stood
                # at the bottom until the project was opened again.
                n = bisect.bisect_right(self._rows, listing_key(row), key=listing_key)
                self.beginInsertRows(QModelIndex(), n, n)
                self._rows.insert(n, row)
                self._pos = {r["id"]: i for i, r in enumerate(self._rows)}
                self.endInsertRows()
            elif row is not None and pos is not None:
                moved = listing_key(row) != listing_key(self._rows[pos])
                self._rows[pos] = row
                if moved:
                    # Its date changed: to its place in the listing's order. It was
                    # repainted where it stood, out of order until the project was
                    # opened again. A move keeps its selection on it.
                    self._move_into_place(pos)
                self.refresh_row(inc_id)

    def _move_into_place(self, pos: int) -> None:
        row = self._rows[pos]
        rest = self._rows[:pos] + self._rows[pos + 1:]
        n = bisect.bisect_right(rest, listing_key(row), key=listing_key)
        if n == pos:
            return
        # Qt names the place before which the row goes, counted before the move.
        self.beginMoveRows(QModelIndex(), pos, pos, QModelIndex(), n if n < pos else n + 1)
        rest.insert(n, row)
        self._rows = rest
        self._pos = {r["id"]: i for i, r in enumerate(self._rows)}
        self.endMoveRows()

    def refresh_row(self, inc_id: str) -> None:
        """Repaint a row (its tally changed)."""
        pos = self._pos.get(inc_id)
        if pos is not None:
            self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(COLUMNS) - 1))

    def refresh_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def ids(self) -> list[str]:
        """The listed incidents' ids, in list order."""
        return [r["id"] for r in self._rows]

    def row_of(self, incident_id: str | None) -> int | None:
        return self._pos.get(incident_id) if incident_id else None

    def row_at(self, pos: int) -> Row:
        return self._rows[pos]

    # ----------------------------------------------------------- helpers
    def _target(self, row: int, parent: Index) -> str | None:
        pos = parent.row() if parent.isValid() else row
        if not 0 <= pos < len(self._rows) or self._rows[pos]["status"] == "rejected":
            return None
        return self._rows[pos]["id"]

    def _display(self, row: Row, col: int) -> str:
        if col == TITLE:
            if row["status"] == "rejected":
                # No tally: its figures went back when it was rejected.
                return f"{row['title']}\nrejected proposal · {figures_text(row['members'])}"
            return f"{row['title']}\n{self.tally_line(row['id'])}"
        if col == DATE:
            return date_text(row)
        return row.get("place_name") or row.get("country") or ""

    def tally_line(self, incident_id: str) -> str:
        t = self.tallies.get(incident_id)
        return t.describe() if t is not None else ""

    def _tooltip(self, row: Row) -> str:
        if row["status"] == "rejected":
            return "\n".join([
                row["title"], f"{date_text(row) or 'no date'} · "
                f"{row.get('place_name') or 'no place'} · rejected proposal",
                f"It held {figures_text(row['members'])} when rejected; they went back "
                "to no incident.",
                "Reopen as a proposal (context menu) brings it back to review."])
        t = self.tallies.get(row["id"])
        status = "suggested — Enter accepts, Delete rejects" if row["status"] == "suggested" \
            else row["status"]
        lines = [row["title"], f"{date_text(row) or 'no date'} · "
                 f"{row.get('place_name') or 'no place'} · {status}",
                 f"{row['members']} member annotation{'' if row['members'] == 1 else 's'}"]
        if t is not None:
            lines.append(t.describe())
            conflict = conflict_text(t)
            if conflict:
                lines.append(conflict)
        return "\n".join(lines)
