"""The project's ``-wal`` once a long read beside a writer has ended.

A read that holds one state of the project (``rawread.one_snapshot``: verify, the
exports, the report, agreement) keeps every checkpoint from starting the log over, so a
window editing meanwhile grows it; with no size limit it stayed that size (tens of MB,
texts and fields in it) until the project was closed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import add_doc, raw_connect
from workbench.core import store
from workbench.core.ops import annotations
from workbench.core.project import Project
from workbench.core.rawread import one_snapshot

KEY = "lantern over the ford"


def _project(tmp_path: Path, passphrase: str | None = None) -> tuple[Path, str]:
    with Project.create(tmp_path / "p.wbproj", coder="tester", passphrase=passphrase) as made:
        doc = add_doc(made)
        fig = annotations.annotate_quote(made, doc, "casualty", "wounded four troops",
                                         {"outcome": "wounded"}).result
    return tmp_path / "p.wbproj", fig


def _wal(path: Path) -> int:
    log = Path(f"{path}-wal")
    return log.stat().st_size if log.exists() else 0


def _edit_until_the_log_passes(editor: Project, fig: str, path: Path, size: int) -> int:
    """Edit ``fig`` until the ``-wal`` is past ``size`` bytes; how many edits it took."""
    for n in range(1, 5000):
        annotations.update_annotation(editor, fig, memo=f"Ward list checked, round {n}. "
                                      + "Names read out at the gate. " * 40)
        if _wal(path) > size:
            return n
    raise AssertionError("the log never grew past the limit")


@pytest.mark.parametrize("passphrase", [None, KEY], ids=["plain", "encrypted"])
def test_the_log_shrinks_back_once_a_long_read_ends(tmp_path, passphrase):
    path, fig = _project(tmp_path, passphrase)
    limit = store.WAL_LIMIT_BYTES
    with Project.open(path, coder="checker", passphrase=passphrase) as reader, \
            Project.open(path, coder="editor", passphrase=passphrase) as editor:
        with one_snapshot(reader.conn):
            _edit_until_the_log_passes(editor, fig, path, 2 * limit)
        # The read has ended: what it held back is folded into the file, at once.
        assert _wal(path) <= limit
        annotations.update_annotation(editor, fig, memo="One more look at the list.")
        assert _wal(path) <= limit
        assert annotations.get_annotation(reader, fig)["memo"] == "One more look at the list."


def test_a_writer_shrinks_the_log_after_another_programs_long_read(tmp_path):
    # A reader that is not Workbench (a notebook, Datasette) checkpoints nothing when
    # it ends: the writer's own size limit brings the log back down.
    path, fig = _project(tmp_path)
    limit = store.WAL_LIMIT_BYTES
    with Project.open(path, coder="editor") as editor:
        other = raw_connect(path, isolation_level=None)
        try:
            other.execute("BEGIN")
            other.execute("SELECT count(*) FROM annotations").fetchone()
            _edit_until_the_log_passes(editor, fig, path, 2 * limit)
            other.execute("ROLLBACK")
        finally:
            other.close()
        for n in range(3):  # a checkpoint at the first commit, the log started over after
            annotations.update_annotation(editor, fig, memo=f"Checked again ({n}).")
        assert _wal(path) <= limit


def test_the_log_is_kept_whole_while_the_read_goes_on(tmp_path):
    # The limit must not cut what the read still needs: its state stays readable.
    path, fig = _project(tmp_path)
    limit = store.WAL_LIMIT_BYTES
    with Project.open(path, coder="checker") as reader, \
            Project.open(path, coder="editor") as editor:
        before = annotations.get_annotation(reader, fig)["memo"]
        with one_snapshot(reader.conn):
            _edit_until_the_log_passes(editor, fig, path, 2 * limit)
            reader.repo.forget_cached()
            assert annotations.get_annotation(reader, fig)["memo"] == before
