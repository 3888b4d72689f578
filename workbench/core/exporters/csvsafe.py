"""CSV cells that a spreadsheet will not run as formulas (OWASP "CSV injection").

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read
by Excel, LibreOffice and Google Sheets as a formula, so a quote such as
``=HYPERLINK("http://…")`` copied from a hostile page would run on the analyst's machine.
Such a cell gets a leading single quote, which spreadsheets show as text. A cell that is
wholly a plain number (``-5``, ``+3.2``) stays a number: it cannot run anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TextIO

from workbench.core.exporters.csvline import RowWriter

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def cell(value: Any, *, raw: bool = False) -> Any:
    """``value`` as it should be written to a CSV cell; None becomes an empty cell."""
    if value is None:
        return ""
    if raw or not isinstance(value, str):
        return value  # ints and floats are written as digits and cannot start a formula
    if value.startswith(TRIGGERS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class SafeWriter:
    """A ``csv.writer`` whose rows go through :func:`cell` (unless ``raw``)."""

    def __init__(self, out: TextIO, *, raw: bool = False):
        self._writer = RowWriter(out)  # csv.writer, a carriage return quoted on 3.11 too
        self.raw = raw

    def writerow(self, values: Iterable[Any]) -> None:
        self._writer.writerow([cell(v, raw=self.raw) for v in values])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        """Many rows, each cell as :meth:`writerow` writes it, with no call per cell.

        ``csv.writer`` writes None as an empty cell, as :func:`cell` does.
        """
        if self.raw:
            self._writer.writerows(rows)
            return
        self._writer.writerows(map(protected, rows))


def protected(row: Iterable[Any]) -> list[Any]:
    """``row``'s cells as :meth:`SafeWriter.writerows` writes them, None left to the writer
    (which writes it as an empty cell, as :func:`cell` does)."""
    return [("'" + v if v.startswith(TRIGGERS) and not _number(v) else v)
            if type(v) is str else v for v in row]


_number = _NUMBER.fullmatch
