"""The quote checks settle the usual row inside SQLite (issue 15): a derived quote whose
span lies within its document's text is not handed to Python, in ``verify``'s quote check
and in the rebuild's search for quote suspects. A span just outside the text, one that
is not two whole numbers, one turned round, and a derived row whose context was changed
behind the log must still be named, the same sentences and count as the way that hands
every row to Python (a document at a time), and a span ending exactly at a text's end,
counted in characters of a text that is not ASCII, must not be."""

from __future__ import annotations

import pytest

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import rebuild
from workbench.core import verify as verify_module
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify

# Arabic letters take two bytes each in UTF-8: a length in bytes would differ.
TEXT = ("قال مسؤول محلي إن القصف أصاب السوق الشرقي في بلدة قرسل.\n"
        "Witnesses said the shelling hit the eastern market of Qarsel before noon.\n"
        "وأضاف أن اثني عشر مدنيا قتلوا.")
QUOTES = ("القصف", "shelling", "market", "Qarsel", "noon", "Witnesses", "مدنيا", "eastern")


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("spans")
    with make_project(folder) as project:
        doc = add_doc(project, TEXT, "qarsel.txt")
        anns = {q: ann_ops.annotate_quote(project, doc, "casualty", q).result for q in QUOTES}
        path = project.path
    size = len(TEXT)
    conn = raw_connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a hand edit can
    derived = {r[0] for r in conn.execute(
        "SELECT id FROM annotations WHERE typeof(exact) = 'blob' AND length(exact) = 0")}
    assert set(anns.values()) <= derived  # every quote is stored derived
    edits = {
        "القصف": ('"end" = ?', (size + 1,)),  # one character past the end
        "shelling": ("start = -1", ()),
        "market": ('start = "end" + 1', ()),  # turned round
        "Qarsel": ("start = 'five'", ()),  # not a number
        "noon": ('"end" = 40.5', ()),
        "Witnesses": ("prefix = 'forged context '", ()),  # context changed, quote derived
        "مدنيا": ("suffix = ' forged'", ()),
        "eastern": ('start = ? - 3, "end" = ?', (size, size)),  # ends at the text's end
    }
    for quote, (change, args) in edits.items():
        conn.execute(f"UPDATE annotations SET {change} WHERE id = ?", (*args, anns[quote]))
    conn.close()
    return {"path": path, "anns": anns}


def _verify(planted: dict, tmp_path, monkeypatch, *, one_by_one: bool) -> tuple[list[str], int]:
    path = tmp_path / f"copy-{one_by_one}.wbproj"
    path.write_bytes(planted["path"].read_bytes())
    if one_by_one:  # no text held: every row goes to Python, a document at a time
        monkeypatch.setattr(verify_module, "TEXTS_HELD", 0)
        monkeypatch.setattr(rebuild, "TEXTS_HELD", 0)
    with Project.open(path, read_only=True) as project:
        report = verify(project)
    return report.problems, report.annotations


def test_spans_settled_in_sql_give_the_report_of_rows_read_one_by_one(planted, tmp_path,
                                                                      monkeypatch):
    settled = _verify(planted, tmp_path, monkeypatch, one_by_one=False)
    assert settled == _verify(planted, tmp_path, monkeypatch, one_by_one=True)
    problems, counted = settled
    assert counted == len(QUOTES)
    anns = planted["anns"]
    outside = {p.split(":")[0] for p in problems if "is not within its document's text" in p}
    assert outside == {f"annotation {anns[q]}" for q in
                       ("القصف", "shelling", "market", "Qarsel", "noon")}
    said = "\n".join(problems)
    # Only the rebuild's quote suspects see a changed context under a derived quote.
    assert f"annotation {anns['Witnesses']}: its prefix is" in said
    assert f"annotation {anns['مدنيا']}: its suffix is" in said
    # Ending at the text's last character is within it (its span was changed, so the
    # log names it, but not the quote check).
    assert f"annotation {anns['eastern']}: its span" not in said
    assert f"annotation {anns['eastern']}: " in said


def test_a_damaged_id_is_named_either_way(tmp_path, monkeypatch):
    """SQL cannot tell an id's bytes that are not UTF-8 from text: the row is left out
    (and counted) there, read and not counted the other way; the rebuild names it both
    ways, with the same sentences (docs/integrity.md)."""
    with make_project(tmp_path) as project:
        doc = add_doc(project, TEXT, "qarsel.txt")
        anns = [ann_ops.annotate_quote(project, doc, "casualty", q).result
                for q in ("market", "noon")]
        path = project.path
    conn = raw_connect(path, isolation_level=None)
    conn.execute("UPDATE annotations SET id = CAST(x'ff41' AS TEXT) WHERE id = ?", (anns[0],))
    conn.close()
    planted = {"path": path}
    problems, counted = _verify(planted, tmp_path, monkeypatch, one_by_one=False)
    read, counted_read = _verify(planted, tmp_path, monkeypatch, one_by_one=True)
    assert problems == read
    assert any("its id is not valid UTF-8" in p for p in problems)
    assert any(f"annotation {anns[0]}: it is missing" in p for p in problems)
    assert (counted, counted_read) == (2, 1)
