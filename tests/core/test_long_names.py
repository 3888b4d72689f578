"""A name the file system accepts (up to 255 bytes; an Arabic letter takes two) works for
every write whose hidden copy beside it would not fit under the whole name."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.core import backup, crypto, outfile, store
from workbench.core.errors import OutputError

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="Windows counts a name's length in UTF-16 units")

LONG_ASCII = "casualty-report-" + "x" * 230 + ".csv"  # 250 bytes
LONG_ARABIC = "تقرير" + "ا" * 116 + ".csv"  # 121 letters, 246 bytes
PASS = "a long passphrase of the tests"


def _bytes(name: str) -> int:
    return len(os.fsencode(name))


def _export(path: Path, text: str, notices: list[str] | None = None) -> None:
    with outfile.written_whole(path, notices) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _killed_export(path: Path) -> None:
    """An export of ``path`` killed once its hidden copy is written, before the rename."""
    root = Path(__file__).resolve().parents[2]
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from workbench.core import outfile
        with outfile.written_whole(Path({str(path)!r})) as tmp:
            tmp.write_text("half", encoding="utf-8")
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == -9, done.stderr


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("name", [LONG_ASCII, LONG_ARABIC])
def test_an_export_to_a_long_name_the_file_system_accepts_is_written(tmp_path, name):
    assert _bytes(name) <= 250
    out = tmp_path / name
    _export(out, "first")
    _export(out, "second")  # over the file it wrote: the replacing path too
    assert out.read_text(encoding="utf-8") == "second"
    assert _hidden(tmp_path) == []


def test_a_name_the_file_system_refuses_is_still_one_sentence(tmp_path):
    out = tmp_path / ("y" * 300)
    with pytest.raises(OutputError) as err:
        _export(out, "x")
    assert str(out) in str(err.value) and ".part" not in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a child process")
@pytest.mark.parametrize("name", [LONG_ASCII, LONG_ARABIC])
def test_a_killed_export_to_a_long_name_is_cleared_and_said_next_time(tmp_path, name):
    out = tmp_path / name
    _killed_export(out)
    left = _hidden(tmp_path)
    assert len(left) == 1 and left[0].endswith(".part"), left
    assert all(_bytes(n) <= 255 for n in left)
    notices: list[str] = []
    _export(out, "whole", notices)
    assert notices == [outfile.STOPPED_WRITE.format(name=name, part=left[0])]
    assert _hidden(tmp_path) == []
    assert out.read_text(encoding="utf-8") == "whole"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a child process")
def test_two_long_names_sharing_their_start_never_clear_each_others_copies(tmp_path):
    shared = "z" * 200
    first = tmp_path / f"{shared}-first-{'q' * 40}.csv"
    second = tmp_path / f"{shared}-second-{'q' * 39}.csv"
    assert _bytes(first.name) == _bytes(second.name) == 251
    _killed_export(first)
    left = _hidden(tmp_path)
    assert len(left) == 1
    notices: list[str] = []
    _export(second, "other", notices)
    assert notices == [] and _hidden(tmp_path) == left  # the other name's copy stays
    _killed_export(second)
    both = _hidden(tmp_path)
    assert len(both) == 2  # two copies, never one name for both
    _export(first, "mine", notices)
    assert notices == [outfile.STOPPED_WRITE.format(name=first.name, part=left[0])]
    assert _hidden(tmp_path) == [n for n in both if n not in left]


def test_a_cut_name_keeps_whole_letters(tmp_path):
    from workbench.core import hiddenname

    for name in (LONG_ARABIC, "ب" + LONG_ARABIC, LONG_ASCII):
        hidden = hiddenname.hidden_copy(tmp_path / name, "part").name
        assert _bytes(hidden) <= 255 - len("-journal")
        hidden.encode("utf-8")  # no half of a letter (a lone surrogate would not encode)
        assert hidden.startswith(f".{name[:40]}")


# A project's name is a little shorter than the longest: SQLite keeps "NAME-journal"
# and "NAME-wal" beside it, which must fit too.
PROJECT_NAMES = ["p" * 233 + ".wbproj", "مشروع" + "ب" * 111 + ".wbproj"]


@pytest.mark.parametrize("name", PROJECT_NAMES)
def test_a_project_with_a_long_name_is_made_encrypted_rekeyed_and_decrypted(
        tmp_path, monkeypatch, name):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / name
    assert _bytes(name) + len("-journal") <= 255
    store.create(path).close()
    converted = crypto.encrypt(path, PASS)
    assert not converted.left and crypto.is_encrypted(path)
    crypto.change_passphrase(path, PASS, PASS + " changed")
    crypto.decrypt(path, PASS + " changed")
    assert not crypto.is_encrypted(path)
    store.open_existing(path).close()
    assert _hidden(tmp_path) == []


@pytest.mark.parametrize("name", PROJECT_NAMES)
def test_a_project_is_backed_up_to_a_long_name(tmp_path, name):
    path = tmp_path / "p.wbproj"
    store.create(path).close()
    conn = store.open_existing(path)
    try:
        made = backup.copy(conn, path, tmp_path / name)
    finally:
        conn.close()
    assert made == tmp_path / name and backup.check(made, None).ok
    assert _hidden(tmp_path) == []


def test_a_killed_conversions_copy_under_a_long_name_is_cleared_on_opening(tmp_path):
    from workbench.core import hiddenname

    path = tmp_path / PROJECT_NAMES[1]
    store.create(path).close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    copy = hiddenname.hidden_copy(path, "converting")
    assert not copy.name.startswith(f".{path.name}")  # the short form is the one tried
    left = copy.with_name(copy.name.replace(f".{os.getpid()}.", f".{dead.pid}."))
    left.write_bytes(b"plaintext copy")
    beside = tmp_path / (".other-project.wbproj." + f"{dead.pid}.converting")
    beside.write_bytes(b"another project's")
    store.open_existing(path).close()
    assert _hidden(tmp_path) == [beside.name]


def test_a_copy_of_a_killed_restores_copy_is_cleared_with_it_under_either_name(tmp_path):
    # A restore re-keying its copy (".NAME.PID.restoring") writes a copy of that copy;
    # near the limit the first fits under the whole name and the second only shortened.
    from workbench.core import hiddenname

    path = tmp_path / ("r" * 220 + ".wbproj")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()

    def left_by_dead(beside: Path, kind: str) -> Path:
        copy = hiddenname.hidden_copy(beside, kind)
        return copy.with_name(copy.name.replace(f".{os.getpid()}.", f".{dead.pid}."))

    restoring = left_by_dead(path, "restoring")
    converting = left_by_dead(restoring, "converting")
    assert restoring.name.startswith(f".{path.name}.")
    assert not converting.name.startswith(f".{restoring.name}.")  # shortened
    other = left_by_dead(tmp_path / ("r" * 220 + "-other.wbproj"), "restoring")
    for p in (restoring, converting, other):
        p.write_bytes(b"copy")
    assert sorted(store.clear_dead_copies(path)) == sorted([restoring, converting])
    assert _hidden(tmp_path) == [other.name]


@pytest.mark.parametrize("name", PROJECT_NAMES)
def test_a_project_too_long_named_for_its_backups_names_says_so_and_changes_nothing(
        tmp_path, monkeypatch, name):
    # A backup's name adds the time to the project's: past the limit, the timed backup
    # failed with the file system's bare error (a traceback on the command line).
    from workbench.core.errors import ProjectError

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / name
    store.create(path).close()
    before = path.read_bytes()
    other = tmp_path / "other.wbproj"
    store.create(other).close()
    conn = store.open_existing(path)
    try:
        with pytest.raises(ProjectError) as made:
            backup.make(conn, path)
        with pytest.raises(ProjectError) as into:
            backup.copy(conn, path, tmp_path)
        kept = backup.copy(conn, path, tmp_path / "chosen.wbproj")  # the way it names
    finally:
        conn.close()
    for err in (made, into):
        assert str(err.value) == backup.NAME_TOO_LONG.format(project=name, limit=255)
    assert backup.check(kept, None).ok
    with pytest.raises(ProjectError) as restored:
        backup.restore(path, kept)
    # A restore's own sentence: the backup's advised backing up to a chosen name.
    assert str(restored.value) == (
        f"chosen.wbproj was not restored: {name}'s name is too long to keep the file it "
        "replaces under it (the time it was kept is added, past the 255 bytes this file "
        "system takes for a name); the project is as it was. Give the project a shorter "
        "name, then restore again.")
    assert path.read_bytes() == before
    assert _hidden(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(
        [name, "chosen.wbproj", "other.wbproj"])


def test_a_long_name_that_leaves_room_for_the_time_is_backed_up_on_time(tmp_path):
    # (SQLite also takes no path past 512 bytes: the backup goes into a folder named
    # after the project, so the name and its backup's name both count there.)
    path = tmp_path / ("n" * 150 + ".wbproj")
    store.create(path).close()
    conn = store.open_existing(path)
    try:
        made = backup.make(conn, path)
    finally:
        conn.close()
    assert backup.listed(path) == [made]
