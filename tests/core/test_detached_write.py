"""A core operation run in another thread on a connection of its own, then adopted."""

from __future__ import annotations

import threading

from workbench.core.detached_write import DetachedWrite
from workbench.core.errors import NotFoundError
from workbench.core.ops import documents as ops
from workbench.core.ops import history


def _run(job: DetachedWrite) -> DetachedWrite:
    thread = threading.Thread(target=job.run)
    thread.start()
    thread.join(30)
    assert job.finished.is_set()
    return job


def test_the_write_commits_elsewhere_and_undo_takes_it_back_once_adopted(project, tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text("The ferry was held at the quay for six hours.\n", encoding="utf-8")
    doc = ops.import_file(project, path).doc_id
    path.write_text("The ferry was held at the quay for nine hours.\n", encoding="utf-8")
    job = _run(DetachedWrite(project, ops.reimport, doc, path, what="The re-import"))
    assert job.error is None and job.changes is not None
    assert "nine hours" in project.repo.get("document", doc)["text"]
    project.adopt(job.changes)
    history.undo(project)
    assert "six hours" in project.repo.get("document", doc)["text"]


def test_a_refusal_is_kept_as_the_error_not_raised(project, tmp_path):
    job = _run(DetachedWrite(project, ops.reimport, 99, tmp_path / "none.txt"))
    assert job.changes is None and isinstance(job.error, NotFoundError)
