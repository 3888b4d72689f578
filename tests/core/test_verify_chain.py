"""The hash chains checked from text SQLite decodes (``logchain._walk_table``): a row
whose bytes are not UTF-8 stops that read; it is checked from its bytes and the read
goes on after it, so the heads and sentences are those of the exact walk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import add_doc, edited_copy, make_project
from workbench.core import auditimage, chain, logchain, logcodes, rawread
from workbench.core.ops import annotations as ann_ops


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("chain")
    with make_project(folder) as project:
        doc = add_doc(project, name='a "quoted"\\ name\n Ḥalab.txt')
        for quote in ("wounded four troops", "killed", "civilians", "market"):
            ann_ops.annotate_quote(project, doc, "casualty", quote, {"outcome": "killed"})
        return project.path



def _both_ways(path: Path) -> tuple[dict, list[str], dict, list[str]]:
    """The chains walked from decoded text, and the exact way (a dict and a dump per row)."""
    conn = sqlite3.connect(path)
    try:
        with rawread.bytes_mode(conn):
            fast: list[str] = []
            heads = {log: logchain._walk_table(conn, log, fast) for log in chain.LOGS}
            exact: list[str] = []
            want = {log: logchain.walk(logchain._decoded_rows(conn, log), log, exact)
                    for log in chain.LOGS}
            assert conn.text_factory is bytes  # the read as str left its mode behind it
    finally:
        conn.close()
    return heads, fast, want, exact


def test_rows_whose_bytes_are_damaged_are_named_and_the_chain_read_on(built, tmp_path):
    top = sqlite3.connect(built).execute("SELECT max(seq) FROM audit").fetchone()[0]
    path = edited_copy(built, tmp_path,
                 "UPDATE audit SET coder = CAST(x'ff' AS TEXT) WHERE seq = 1",  # the first
                 "UPDATE audit SET after = CAST(x'5bc3' AS TEXT) WHERE seq = 3",
                 "UPDATE audit SET coder = 'someone else' WHERE seq = 4",  # after a damaged
                 "UPDATE audit SET op = CAST(x'fe' AS TEXT) WHERE seq = 5",  # two in a row
                 f"UPDATE audit SET entity = CAST(x'ff' AS TEXT) WHERE seq = {top}",  # last
                 "UPDATE custody SET filename = CAST(x'c0' AS TEXT)")
    heads, fast, want, exact = _both_ways(path)
    assert (heads, fast) == (want, exact)
    said = "\n".join(fast)
    for seq, col in ((1, "coder"), (3, "after"), (5, "op"), (top, "entity")):
        assert f"audit entry {seq}: its {col} is not valid UTF-8" in said
    assert "audit entry 4: its hash does not follow" in said
    assert "custody entry 1: its filename is not valid UTF-8" in said
    assert heads["audit"].count == top and heads["audit"].seq == top


def test_a_sound_log_reads_the_same_both_ways(built, tmp_path):
    heads, fast, want, exact = _both_ways(edited_copy(built, tmp_path))
    assert (heads, fast) == (want, exact) and fast == []
    assert heads["audit"].count > 5


def test_a_damaged_hash_breaks_its_link_and_the_next(built, tmp_path):
    # (The exact walk cannot take it: it is the export's, which never meets one.)
    path = edited_copy(built, tmp_path, "UPDATE audit SET hash = CAST(x'ff' AS TEXT) WHERE seq = 6")
    conn = sqlite3.connect(path)
    problems: list[str] = []
    with rawread.bytes_mode(conn):
        head = logchain._walk_table(conn, "audit", problems)
    conn.close()
    assert [p.split(":")[0] for p in problems] == ["audit entry 6", "audit entry 7"]
    assert head.count == head.seq > 7


def test_the_usual_audit_row_is_written_out_as_the_general_way_writes_it(built, tmp_path):
    # logchain._audit_text against chain.canonical_text on every row, packed images,
    # op codes and entity codes included, and on rows of other shapes.
    path = edited_copy(built, tmp_path,
                 "UPDATE audit SET merged_from = 'other.wbproj' WHERE seq = 2",
                 "UPDATE audit SET before = after WHERE seq = 3")
    conn = sqlite3.connect(path)
    content = chain.content_columns(rawread.columns(conn, "audit"))
    assert content == logchain._AUDIT_CONTENT
    ops = logcodes.Ops(conn)
    codes = {k.decode(): v.decode() for k, v in ops.as_bytes.items()}
    rows = conn.execute(rawread.select_sql("audit", [*content, "hash"]) + " ORDER BY seq"
                        ).fetchall()
    conn.close()
    assert any("\x01" in (r[0] or "") for r in rows)  # packed images are among them
    keys = chain.text_keys(content)

    def general(values):
        own = list(values[:-1])
        own[content.index("op")] = codes.get(own[content.index("op")], own[content.index("op")])
        at_entity = content.index("entity")
        own[at_entity] = logcodes.ENTITY_NAMES.get(own[at_entity], own[at_entity])
        for c in ("before", "after"):
            own[content.index(c)] = auditimage.expand(own[content.index(c)])
        return chain.canonical_text(keys, own)

    for values in rows:
        assert logchain._audit_text(values, codes) == general(values)
    odd = list(rows[-1])
    for col, value in (("txn", "7"), ("at", 5), ("after", 5), ("before", b"x"),
                       ("merged_from", 1.5), ("op", 3), ("entity", None), ("seq", 2.0)):
        shaped = list(odd)
        shaped[content.index(col)] = value
        assert logchain._audit_text(shaped, codes) is None  # left to the general way


@pytest.mark.parametrize("statement", [
    "UPDATE audit SET txn = CAST(txn AS TEXT) WHERE seq = 4",
    "UPDATE audit SET at = 20260101 WHERE seq = 4",
    "UPDATE audit SET after = replace(after, char(5), char(6)) WHERE seq = 4",
    "UPDATE audit SET after = replace(after, char(2), '\"anchored\"') WHERE seq = 4",
    "UPDATE audit SET entity = '2' WHERE seq = 4",
    "UPDATE audit SET entity = '99' WHERE seq = 4",
    "UPDATE audit SET merged_from = 'elsewhere' WHERE seq = 4",
    "UPDATE audit SET before = x'00' WHERE seq = 4",
])
def test_rows_of_other_shapes_read_the_same_both_ways(built, tmp_path, statement):
    heads, fast, want, exact = _both_ways(edited_copy(built, tmp_path, statement))
    # The walk over rows read as text also tells a BLOB from text, which the exact way
    # (every value read as bytes) cannot: that is its one sentence more.
    blobs = [p for p in fast if "stored as bytes (a BLOB)" in p]
    assert blobs == (["audit entry 4: its before is stored as bytes (a BLOB) where the "
                      "program writes text (changed outside the program)."]
                     if "x'00'" in statement else [])
    assert (heads, [p for p in fast if p not in blobs]) == (want, exact)


def test_rows_appended_are_hashed_as_the_chain_defines_them(tmp_path):
    # append_log hashes a row from its values in sorted column order (one C call per
    # value); every stored hash must be what chain.row_hash gives the row read back, for
    # integers, NULLs, a column left to its default (another run of columns) and text
    # json escapes (quotes, backslashes, control characters, non-ASCII, emoji).
    from workbench.core import repo

    odd = ['a "quoted"\\ name', "tab\there\nline\x01", "Ḥalab حلب 😀", "", "\u2028"]
    rows = [{"at": "2026-01-02T03:04:05Z", "coder": c, "action": "import", "doc_id": d,
             "sha256": s, "filename": f, "importer": "text", "importer_version": v,
             "detail": detail}
            for c, d, s, f, v, detail in [
                ("amal", 1, "ab" * 32, odd[0], "3", None),
                (odd[2], 2**62, "cd" * 32, odd[1], odd[2], odd[4]),
                ("basel", 3, "ef" * 32, odd[3], "1.5", "note"),
                ("basel", None, "01" * 32, "x.txt", "4", None),
                ("amal", 5, "23" * 32, odd[2], "2", odd[1])]]
    for row in rows:
        if row["detail"] is None:
            del row["detail"]
    with make_project(tmp_path) as project:
        with project.write("test") as tx:
            before = len(project.repo.log_rows("custody"))
            assert repo.append_log(tx.conn, "custody", rows) == len(rows)
        stored = project.repo.log_rows("custody")
    prev = chain.GENESIS
    for row in stored:
        assert row["hash"] == chain.row_hash(prev, row)
        prev = row["hash"]
    assert len(stored) == before + len(rows)
