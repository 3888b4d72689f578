"""Opening a project at the moment the program that had it open closes it.

A project with a ``-wal`` beside it is first looked at on a read-only connection. The
program holding it open may close in between the look's check of the files and its
connection: closing checkpoints the log into the file and deletes the log and its
``-shm``. Seen in a run of two writers started together (one failed with "damaged and
cannot be opened"); here the other program's close is placed at that moment by hand.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import store
from workbench.core.project import Project


def _closed_just_before_the_look(monkeypatch, holder: Project) -> list[str]:
    real_connect = sqlite3.connect
    looks: list[str] = []

    def connect(target, *args, **kwargs):
        if "mode=ro" in str(target) and not looks:
            looks.append(str(target))
            holder.close()  # the last connection: the log and its -shm go
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(store.sqlite3, "connect", connect)
    return looks


def test_a_project_whose_holder_closes_during_the_look_opens(tmp_path, monkeypatch):
    first = make_project(tmp_path)
    doc = add_doc(first)
    first.close()
    path = tmp_path / "p.wbproj"
    holder = Project.open(path)
    assert (tmp_path / "p.wbproj-wal").exists() and (tmp_path / "p.wbproj-shm").exists()
    looks = _closed_just_before_the_look(monkeypatch, holder)
    with Project.open(path) as project:
        assert project.repo.get("document", doc) is not None
    assert looks, "the read-only look was not reached"


def test_the_look_leaves_no_shm_when_the_holder_closed(tmp_path, monkeypatch):
    first = make_project(tmp_path)
    add_doc(first)
    first.close()
    path = tmp_path / "p.wbproj"
    holder = Project.open(path)
    looks = _closed_just_before_the_look(monkeypatch, holder)
    Project.open(path).close()
    assert looks, "the read-only look was not reached"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("p.wbproj")) \
        == ["p.wbproj"]


def test_an_encrypted_project_whose_holder_closes_during_the_look(tmp_path, monkeypatch):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "e.wbproj"
    first = Project.create(path, coder="tester", passphrase="long enough words")
    doc = add_doc(first)
    first.close()
    for check in ("open", "opens_with"):
        holder = Project.open(path, passphrase="long enough words")
        real = store._cipher_connect
        closed: list[bool] = []

        def connect(target, passphrase, *, uri=False, _real=real, _holder=holder,
                    _closed=closed):
            if uri and not _closed:
                _closed.append(True)
                _holder.close()
            return _real(target, passphrase, uri=uri)

        monkeypatch.setattr(store, "_cipher_connect", connect)
        if check == "open":
            with Project.open(path, passphrase="long enough words") as project:
                assert project.repo.get("document", doc) is not None
        else:
            assert store.opens_with(path, "long enough words")
        assert closed, f"{check}: the read-only look was not reached"
        monkeypatch.undo()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["e.wbproj"], check
