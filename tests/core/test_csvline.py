"""Lines formatted by csvline are what csv.writer writes for the same cells."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from workbench.core.exporters.csvline import Lines, cell, is_plain, joined, quoted

# Text made of the characters that matter to csv.writer, a formula start, the word
# None, and ordinary letters (non-ASCII ones too).
_TEXT = st.text(alphabet=st.sampled_from(list(',"\n\r=-@ aNoneé٣😀;\t')), max_size=12)
_CELL = st.one_of(st.none(), _TEXT, st.integers(), st.booleans(),
                  st.floats(allow_nan=True, allow_infinity=True),
                  st.lists(st.integers(), max_size=2), st.dictionaries(_TEXT, st.integers(),
                                                                       max_size=2))


def _written(cells: list) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


@given(st.lists(_CELL, max_size=6))
def test_joined_cells_are_written_as_csv_writer_writes_them(cells):
    got = joined(cells)
    texts = [v for v in cells if v is not None]
    if any("\r" in (v if isinstance(v, str) else str(v)) for v in texts):
        assert got is None  # left to csv.writer
        return
    # A plain first cell stands for the cells a line holds before these.
    assert got == _written(["x", *cells])[1:-1]


@given(_TEXT)
def test_a_quoted_cell_is_csv_writers(text):
    if "\r" in text:
        assert quoted(text) is None
    else:
        assert quoted(text) == _written(["x", text])[2:-1]
        assert cell(text) == quoted(text)


@given(st.lists(_TEXT, min_size=1, max_size=6))
def test_a_plain_line_is_csv_writers(cells):
    text = ",".join(cells)
    if is_plain(text, len(cells) - 1):
        assert text + "\n" == _written(cells)
    # What it turns down needs quoting, or holds the word None (which formatting writes
    # for a None cell), or is the one empty cell csv.writer writes as "".
    elif not any(c in text for c in ',"\n\r'[1:]) and text.count(",") == len(cells) - 1:
        assert "None" in text or cells == [""]


def test_none_is_an_empty_cell_and_floats_are_written_as_their_repr():
    assert cell(None) == "" and cell(0.1) == "0.1" and cell(True) == "True"
    assert joined([None, 1e100, float("nan"), -0.0]) == _written(
        ["x", None, 1e100, float("nan"), -0.0])[1:-1]
    assert joined([]) == ""
    # None itself formats as the word: a line holding it is not taken as plain.
    assert not is_plain(f"a,{None}", 1)


def test_lines_keep_the_order_of_formatted_and_csv_writer_lines():
    out = io.StringIO()
    lines = Lines(out)
    writer = csv.writer(lines, lineterminator="\n")
    lines.write("a,b\n")
    writer.writerow(["c,d", None])
    lines.write("e,f\n")
    assert out.getvalue() == ""  # held until flushed
    lines.flush()
    assert out.getvalue() == 'a,b\n"c,d",\ne,f\n'
    lines.flush()
    assert out.getvalue() == 'a,b\n"c,d",\ne,f\n'
