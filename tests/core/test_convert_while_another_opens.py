"""Encrypting a project while another program opens it at the last moment.

``encrypt`` (``decrypt``, ``change-passphrase``) copies the project under an exclusive
lock, lets go of it, then renames the copy over the project and deletes the log files
beside it. A program that opened the project in between (the window started from the
file manager, a script) wrote into the file about to be replaced: the conversion said
it was done, and the change that program was told was saved was in neither file. Its
opening is placed by hand at that moment: a real second process, since the locks that
tell an open project apart are per process.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import crypto, store
from workbench.core.errors import ProjectError
from workbench.core.project import Project

pytest.importorskip("sqlcipher3")

# Opens the project, writes a memo, says so, and keeps the project open until told.
OTHER = """
import sys
from workbench.core.ops.annotations import update_annotation
from workbench.core.project import Project
with Project.open(sys.argv[1], coder="other") as project:
    update_annotation(project, sys.argv[2], memo="Seen by the ward nurse.")
    print("saved", flush=True)
    sys.stdin.readline()
"""

WORDS = "long enough words for this"


def test_a_program_opening_the_project_before_the_swap_keeps_its_change(tmp_path,
                                                                        monkeypatch):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
        from workbench.core.ops.annotations import annotate_quote
        fig = annotate_quote(made, doc, "casualty", "wounded four troops",
                             {"outcome": "wounded"}).result
    path = tmp_path / "p.wbproj"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    other: list[subprocess.Popen[str]] = []

    def opened_now() -> None:
        if not other:
            other.append(subprocess.Popen([sys.executable, "-c", OTHER, str(path), fig],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          text=True, env=env))
            assert other[0].stdout.readline().strip() == "saved"

    # The moment: the copy is made and its lock let go, the swap not begun (whichever of
    # its first steps comes first: holding the project alone, or the rename).
    real_replace, real_alone = os.replace, store.held_alone

    def replace(src, dst, *args, **kwargs):
        if str(src).endswith(".converting"):
            opened_now()
        return real_replace(src, dst, *args, **kwargs)

    def held_alone(target):
        if any(tmp_path.glob(".p.wbproj.*.converting")):  # the copy is made
            opened_now()
        return real_alone(target)

    monkeypatch.setattr(crypto.os, "replace", replace)
    monkeypatch.setattr(store, "held_alone", held_alone)
    try:
        with pytest.raises(ProjectError, match="open in another program"):
            crypto.encrypt(path, WORDS)
    finally:
        monkeypatch.undo()
        for proc in other:
            proc.communicate("close\n", timeout=30)
    assert other, "the other program was not started at the swap"
    assert other[0].returncode == 0
    assert not crypto.is_encrypted(path)
    with Project.open(path) as project:  # the acknowledged memo is there
        assert project.repo.get("annotation", fig)["memo"] == "Seen by the ward nurse."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.wbproj"]


# Opens the project, writes a memo and closes it: a command such as `workbench edit`
# that waited for the copy's lock and went ahead the moment it was let go.
SAVES_AND_CLOSES = """
import sys
from workbench.core.ops.annotations import update_annotation
from workbench.core.project import Project
with Project.open(sys.argv[1], coder="other") as project:
    update_annotation(project, sys.argv[2], memo="Seen by the ward nurse.")
print("saved", flush=True)
"""


def test_a_program_that_saves_and_closes_before_the_swap_keeps_its_change(tmp_path,
                                                                         monkeypatch):
    # Closed again before the swap, it holds no lock the swap could see: the conversion
    # went on and replaced the file holding its change with the copy made before it.
    with make_project(tmp_path) as made:
        doc = add_doc(made)
        from workbench.core.ops.annotations import annotate_quote
        fig = annotate_quote(made, doc, "casualty", "wounded four troops",
                             {"outcome": "wounded"}).result
    path = tmp_path / "p.wbproj"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    ran: list[str] = []
    real_alone = store.held_alone

    def held_alone(target):
        if not ran and any(tmp_path.glob(".p.wbproj.*.converting")):  # the copy is made
            done = subprocess.run([sys.executable, "-c", SAVES_AND_CLOSES, str(path), fig],
                                  capture_output=True, text=True, env=env, timeout=60)
            ran.append(done.stdout.strip() + done.stderr)
        return real_alone(target)

    monkeypatch.setattr(store, "held_alone", held_alone)
    try:
        with pytest.raises(ProjectError, match="changed by another program"):
            crypto.encrypt(path, WORDS)
    finally:
        monkeypatch.undo()
    assert ran == ["saved"]
    assert not crypto.is_encrypted(path)
    with Project.open(path) as project:  # the acknowledged memo is there
        assert project.repo.get("annotation", fig)["memo"] == "Seen by the ward nurse."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.wbproj"]
