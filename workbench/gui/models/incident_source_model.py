"""The current incident's member annotations, one row per figure, source beside source.

Built from ``model.members`` (the annotations with their document's title, publisher,
date and grading) and the incident's Tally (how each figure was read and whether it
counts). Formatting only: which figure counts is decided by the core's tally.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from workbench.core import rewording
from workbench.core.incidents.tally import Figure, SourceRow, Tally
from workbench.gui.models.row_table import RowTableModel

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex

# What differs between sources first (who, what figure, counted or not, their words);
# the document's title last, where it may take the remaining width.
COLUMNS = ("Publisher", "Figure", "Counted", "Words", "Qualifier", "Published", "Grade",
           "Source")
PUBLISHER, FIGURE, COUNTED, WORDS, QUALIFIER, PUBLISHED, GRADE, SOURCE = range(len(COLUMNS))
_KEYS = ("publisher", "figure", "counted_short", "words", "qualifier", "published", "grade",
         "title")
ANN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Columns holding the documents' own words (any script), never set in italic.
_THEIR_TEXT = (PUBLISHER, WORDS, SOURCE)
QUALIFIERS = {"exact": "exact", "at_least": "at least", "more_than": "more than",
              "up_to": "up to", "about": "about", "range": "range", "vague": "vague word"}


def figure_text(outcome: str, f: Figure) -> str:
    """The figure as the tally read it: "killed 7–9", "killed ≥12", "wounded ~20",
    "killed, no number" (a vague word coded with no count)."""
    lo, hi = f.low, f.high
    if f.no_number:
        return f"{outcome}, no number"
    if lo is None and hi is None:
        return outcome
    if f.approximate and f.best is not None:
        n = f"~{f.best}"
    elif lo is not None and hi is None:
        n = f"≥{lo}"
    elif lo is None:
        n = f"≤{hi}"
    else:
        n = str(lo) if lo == hi else f"{lo}–{hi}"
    return f"{outcome} {n}"


def _short_reason(f: Figure, src: SourceRow) -> str:
    """Why a figure is not counted, in a few words, from what the tally recorded: "graded
    E5" (the whole "graded E5: left out unless included" was cut to "no: graded E5:…"
    in the column), "revised in doc 10", "revised in the report", "rejected"."""
    if f.used and not src.included and src.reason:
        return f"graded {src.reliability or '–'}{src.credibility or '–'}"
    if src.superseded_by is not None and not f.used:
        return f"revised in doc {src.superseded_by}"
    if not f.used and f.status != "rejected" and any(
            g.used and g.updated for g in src.figures if g is not f):
        return "revised in the report"
    if f.note == rewording.CUT_REASON:
        return "words cut"  # "its words were cut on re-import" ran past the column
    note = f.note or src.reason or "not used"
    # The first clause: "its words changed on re-import" of "…; waits for review".
    return note.split(";")[0].split(" (")[0]


def held_rows(members: list[Row], figures: dict[str, tuple[str, Figure]]) -> list[Row]:
    """The rows of the figures a rejected proposal held: what each says (``figures``,
    ``tally.read_figures``), none of them counted."""
    rows = build_rows(members, None)
    for row in rows:
        if row["ann_id"] in figures:
            outcome, f = figures[row["ann_id"]]
            row["qualifier"] = QUALIFIERS.get(f.qualifier or "", f.qualifier or "")
            row["figure"] = figure_text(outcome, f)
        row["counts"] = False
        row["counted"] = "no: the proposal was rejected"
        row["counted_short"] = "no: rejected"
    return rows


def build_rows(members: list[Row], tally: Tally | None) -> list[Row]:
    """One row per member annotation, in document order, with its figure if it has one."""
    figs: dict[str, tuple[str, Figure, SourceRow]] = {}
    if tally is not None:
        for (outcome, category), cell in tally.cells.items():
            if category == "all":
                continue
            for src in cell.sources:
                for f in src.figures:
                    figs[f.annotation_id] = (outcome, f, src)
    rows = []
    for m in members:
        row: Row = {
            "ann_id": m["id"], "doc_id": m["doc_id"], "kind": m["kind"],
            "title": m.get("doc_title") or "", "publisher": m.get("doc_publisher") or "",
            "published": m.get("doc_published") or "",
            "grade": f"{m.get('doc_reliability') or '–'}{m.get('doc_credibility') or '–'}",
            "words": " ".join((m.get("exact") or "").split()), "qualifier": "",
            "figure": "", "counted": "", "counted_short": "", "counts": None,
            "unreviewed": False,
            # A re-import cut its words: the current version of the document lacks them.
            "orphaned": m.get("anchor") == "orphaned",
        }
        if m["id"] in figs:
            outcome, f, src = figs[m["id"]]
            row["qualifier"] = QUALIFIERS.get(f.qualifier or "", f.qualifier or "")
            row["figure"] = figure_text(outcome, f)
            counts = f.used and src.included
            row["counts"] = counts
            # Counted here, left out of the report and exports (the core's rule).
            row["unreviewed"] = bool(counts and f.unreviewed)
            row["counted"] = ("yes, unreviewed" if row["unreviewed"] else "yes" if counts
                              else f"no: {f.note or src.reason or 'not used'}")
            # The cell's words: the reason in a few words that fit the column's two
            # lines; the whole reason is in the row's tool tip.
            row["counted_short"] = (row["counted"] if counts else
                                    f"no: {_short_reason(f, src)}")
        rows.append(row)
    return rows


class IncidentSourceModel(RowTableModel):

    COLUMNS = COLUMNS  # this module's headings, for the shared header code
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{row['title']}\n{row['publisher']} · {row['published']} · graded "
                    f"{row['grade']}\n“{row['words'][:400]}”"
                    + (f"\n{row['figure']} ({row['qualifier']}) — counted: {row['counted']}"
                       if row["figure"] else "")
                    + ("\nNot reviewed yet: the report and exports leave it out until it "
                       "is accepted." if row["unreviewed"] else "")
                    + ("\nNot in this version of the document: a re-import left these "
                       "words orphaned." if row["orphaned"] else ""))
        if role == Qt.ItemDataRole.ForegroundRole and row["counts"] is False:
            # A figure the tally leaves out reads as set aside: the theme's muted text
            # (#8a8a8a read 3.3:1 on the light base, under the 4.5:1 text needs).
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and (row["unreviewed"] or
                                                 (col == FIGURE and row["counts"])):
            font = QFont()
            font.setBold(col == FIGURE and bool(row["counts"]))
            # An engine's proposal, as in the list; italic only where the text is our
            # own: common oblique faces have no Arabic glyphs, and an Arabic publisher,
            # quote or title turned into empty boxes (as the annotation table found).
            font.setItalic(row["unreviewed"] and col not in _THEIR_TEXT)
            return font
        if role == ANN_ID_ROLE:
            return row["ann_id"]
        return None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, pos: int) -> Row:
        return self._rows[pos]

    def row_of(self, ann_id: str | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r["ann_id"] == ann_id), None)

    @staticmethod
    def _display(row: Row, col: int) -> str:
        if col == WORDS and row["orphaned"]:
            return f"{row['words']} (not in this version)"
        return str(row[_KEYS[col]])
