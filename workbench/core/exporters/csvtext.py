"""The text of a CSV export as it goes to its file: with a byte-order mark when asked,
and no NUL character.

Excel on Windows reads a CSV file without a byte-order mark in the system's ANSI code
page, so Arabic (any text outside Latin-1) shows as mojibake unless the file is imported
by hand; with the mark (U+FEFF, the bytes EF BB BF) it reads UTF-8. Scripts are served by
the file without it (Python's ``csv`` with ``utf-8`` reads the mark into the first column
name; with ``utf-8-sig`` it reads either), so the mark is asked for: ``--bom`` on the
command line, and always by the window, whose exports are opened in spreadsheets.

A NUL (U+0000, pasted into a memo from a binary file, or carried in a title) stops
spreadsheets and many CSV readers (Python's before 3.11 among them) at that cell or
refuses the file. It stands for nothing a researcher wrote, so each is written as U+FFFD
(the replacement character): the cell keeps its length, so a quote still matches its
span's length, and the reader sees that something was there.
"""

from __future__ import annotations

from typing import Any

BOM = "\ufeff"
NUL = "\x00"
NUL_STANDIN = "\ufffd"


class CsvText:
    """A text stream that writes to ``out`` with every NUL replaced (see the module's
    note). ``csv.writer`` calls :meth:`write` once per row, the exports' own lines once
    per block: the check is one C search of each."""

    def __init__(self, out: Any, *, bom: bool = False):
        self._out = out
        if bom:
            out.write(BOM)

    def write(self, text: str) -> int:
        if NUL in text:
            text = text.replace(NUL, NUL_STANDIN)
        return self._out.write(text)
