"""A process that opened an encrypted project leaves no core dump holding its words.

Each case runs in a child process: giving up core dumps cannot be undone, and the test
process must not decide what the child inherits.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = "correct horse battery"
WORD = "Vorrakimbel"
TEXT = f"Shelling near the {WORD} crossing wounded six people, a clinic nurse said.\n"

# The child: a project (encrypted with a passphrase in argv[2]) holding the word, its
# text read back, then what this process would leave if it died here.
CHILD = """
import json, os, sys
from workbench.core import nodump
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
path, key, text, action = sys.argv[1], sys.argv[2] or None, sys.argv[3], sys.argv[4]
project = Project.create(path, coder="tester", passphrase=key)
res = import_bytes(project, text.encode(), "report.txt", {}, sandbox=False)
held = project.repo.document_texts([int(res.doc_id)])[int(res.doc_id)][1]
assert held == text, held
if action == "abort":
    os.abort()
import resource
print(json.dumps({"core": resource.getrlimit(resource.RLIMIT_CORE),
                  "dumpable": nodump.dumpable()}))
"""


def _run(tmp_path: Path, key: str, action: str) -> subprocess.CompletedProcess[bytes]:
    def allow_cores() -> None:  # as a shell with `ulimit -c unlimited` would
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": ""}
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "p.wbproj"), key, TEXT, action],
        cwd=tmp_path, env=env, capture_output=True, preexec_fn=allow_cores, timeout=120)


def _files_with(folder: Path, needle: bytes) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.mark.skipif(sys.platform == "win32", reason="no core size limit on Windows")
def test_opening_an_encrypted_project_gives_up_core_dumps(tmp_path):
    out = _run(tmp_path, KEY, "report")
    assert out.returncode == 0, out.stderr.decode()
    state = json.loads(out.stdout)
    assert state["core"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert state["dumpable"] is False


@pytest.mark.skipif(sys.platform == "win32", reason="no core size limit on Windows")
def test_a_plain_project_keeps_the_system_setting(tmp_path):
    out = _run(tmp_path, "", "report")
    assert out.returncode == 0, out.stderr.decode()
    state = json.loads(out.stdout)
    assert state["core"] != [0, 0] or _hard_core_limit() == 0
    if sys.platform.startswith("linux"):
        assert state["dumpable"] is True


def _hard_core_limit() -> int:
    import resource

    return resource.getrlimit(resource.RLIMIT_CORE)[1]


def _cores_land_in_the_working_folder() -> bool:
    """Whether this machine writes a crashed process's core as a file in its folder."""
    try:
        pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return False
    return bool(pattern) and not pattern.startswith("|") and "/" not in pattern


@pytest.mark.skipif(not _cores_land_in_the_working_folder(),
                    reason="core dumps do not go to the working folder here")
def test_a_crash_with_an_encrypted_project_open_writes_neither_words_nor_passphrase(tmp_path):
    if _hard_core_limit() == 0:
        pytest.skip("core dumps are switched off for this user")
    plain, enc = tmp_path / "plain", tmp_path / "enc"
    plain.mkdir()
    enc.mkdir()
    # The same crash with a plain project does leave a core holding the text: the
    # machine writes them, so the encrypted case below can fail.
    out = _run(plain, "", "abort")
    assert out.returncode == -signal.SIGABRT
    if not _files_with(plain, WORD.encode()):
        pytest.skip("no core file was written for the plain project either")
    out = _run(enc, KEY, "abort")
    assert out.returncode == -signal.SIGABRT
    assert _files_with(enc, WORD.encode()) == []
    assert _files_with(enc, KEY.encode()) == []
