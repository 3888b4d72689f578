"""CSV lines built with string formatting, byte for byte what ``csv.writer`` writes.

``csv.writer`` looks at every character of every cell to decide whether the cell needs
quoting: for an export of a million rows, most of its time. With the export's dialect
(comma, double quote doubled, ``\\n`` line ends, minimal quoting) a cell is written as
its text (nothing for None, ``repr`` for a float, ``str`` for anything else), wrapped in
double quotes with each double quote doubled when the text holds a comma, a double quote
or a line feed. So the export formats a row as one string, with the cells that repeat
(a document's, a fields text's) made once, and finds the few characters that matter
with C searches over a whole text rather than a check per character.

A carriage return is left to :class:`RowWriter` (``csv.writer``, quoting it on Python
3.11 as later Pythons do), and so is any row whose cells this module cannot vouch for
(:class:`Lines` takes the writer's lines and the formatted ones in one order).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

# A character that changes how csv.writer writes a cell (see the module's note).
special = re.compile('[,"\n\r]').search
# How many lines are gathered before one write to the file (a few hundred KB).
FLUSH_EVERY = 2048


def quoted(text: str) -> str | None:
    """``text`` (a str) as ``csv.writer`` writes its cell; None if it holds a carriage
    return (left to ``csv.writer``)."""
    if special(text) is None:
        return text
    if "\r" in text:
        return None
    return '"' + text.replace('"', '""') + '"'


def cell(value: Any) -> str | None:
    """``value`` as ``csv.writer`` writes its cell (None: left to ``csv.writer``)."""
    if value is None:
        return ""
    return quoted(repr(value) if isinstance(value, float) else str(value))


def joined(values: Iterable[Any]) -> str | None:
    """The text ``csv.writer`` writes for ``values`` inside a row, each cell after a
    comma; None when some cell is left to ``csv.writer``."""
    # Made once per fields text, so for most rows' fields in a big export: the cells
    # joined first and looked at once, cell by cell only when something needs quoting.
    texts = ["" if v is None else v if v.__class__ is str else
             repr(v) if isinstance(v, float) else str(v) for v in values]
    text = ",".join(texts)
    if text.count(",") == len(texts) - 1 and special(text.replace(",", "")) is None:
        return "," + text if texts else ""
    cells = [quoted(t) for t in texts]
    return None if None in cells else "".join("," + c for c in cells)  # type: ignore[operator]


def is_plain(text: str, commas: int) -> bool:
    """Whether ``text``, cells formatted and joined by commas, is what ``csv.writer``
    writes for them: no cell needs quoting (its commas are the ``commas`` delimiters,
    there is no double quote, line feed or carriage return) and none was None (which
    formats as the word, where ``csv.writer`` writes an empty cell). (A row of one empty
    cell is written as a quoted empty string.)"""
    return (text.count(",") == commas and (commas > 0 or text != "") and '"' not in text
            and "\n" not in text and "\r" not in text and "None" not in text)


class Lines:
    """Lines for one file, in order: formatted ones added by :attr:`write`, and the rest
    written by ``csv.writer`` (whose file this is); written to ``out`` a block at a
    time."""

    def __init__(self, out: TextIO):
        self._out = out
        self.lines: list[str] = []
        self.write = self.lines.append  # csv.writer calls it once per row it writes

    def flush(self) -> None:
        if self.lines:
            self._out.write("".join(self.lines))
            self.lines.clear()


def row_line(values: Iterable[Any]) -> str:
    """A row, line end included, as ``csv.writer`` writes it on Python 3.12 and later:
    a cell holding a carriage return is quoted like one holding a line feed."""
    texts = ["" if v is None else repr(v) if isinstance(v, float) else str(v) for v in values]
    if texts == [""]:
        return '""\n'  # csv.writer's one empty cell
    return ",".join('"' + t.replace('"', '""') + '"' if special(t) else t
                    for t in texts) + "\n"


class RowWriter:
    """``csv.writer`` in the exports' dialect, but a row with a carriage return in a cell
    is written by :func:`row_line`. Python 3.11's writer leaves such a cell unquoted, and
    every reader ends the row there: a two-line memo split its row, and "\\r=CMD()" in a
    quote started a row with a formula no leading quote protected."""

    def __init__(self, out: Any):
        self._out = out
        self._writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row: Sequence[Any]) -> None:
        if any(v.__class__ is str and "\r" in v for v in row):
            self._out.write(row_line(row))
        else:
            self._writer.writerow(row)

    def writerows(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.writerow(row)
