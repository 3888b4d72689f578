"""Undo, redo and undo again of an import of many files: each leaves the project row for
row as it was before or after the import, and verify finds nothing wrong. The documents
went in a few hundred a statement (``rowsinsert``); undo and redo put back the images
each row's insert recorded."""

from __future__ import annotations

from tests.core.merge.conftest import tables
from tests.helpers import make_project
from workbench.core.ops import history
from workbench.core.ops.batch_import import import_many
from workbench.core.verify import verify

FILES = 30
# The logs record the steps themselves; the kept originals are no row of a recorded
# change, so an undo leaves them (as it did before rows went many a statement).
_KEPT = ("audit", "custody", "originals", "past_texts")


def _rows(project) -> dict[str, list[tuple]]:
    return {k: v for k, v in tables(project).items() if not k.startswith(_KEPT)}


def test_an_import_undone_redone_and_undone_again_leaves_each_state_whole(tmp_path):
    files = []
    for n in range(FILES):
        path = tmp_path / f"wire-{n:02d}.txt"
        path.write_text(f"Strike on the Varn depot, item {n}\n\n"
                        + f"Shelling killed {n + 2} people near the depot, medics said.\n"
                        * (1 + n % 3), encoding="utf-8")
        files.append(path)
    with make_project(tmp_path, "imports.wbproj") as project:
        before = _rows(project)
        batches = sum(1 for _ in import_many(project, files, jobs=1, sandbox=False,
                                             batch_files=FILES, early_files=FILES,
                                             batch_seconds=600))  # one write
        after = _rows(project)
        assert batches == 1 and len(after["documents"]) == FILES
        assert verify(project).ok
        for step, want in ((history.undo, before), (history.redo, after),
                           (history.undo, before)):
            step(project)
            assert _rows(project) == want
            assert verify(project).ok
