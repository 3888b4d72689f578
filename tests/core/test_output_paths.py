"""An export to a place that cannot take it: one sentence naming the user's path."""

from __future__ import annotations

import pytest

from tests.helpers import add_doc, make_project
from workbench.core.errors import OutputError
from workbench.core.exchange import write_file
from workbench.core.exporters import export_file


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        add_doc(p)
        yield p


@pytest.mark.parametrize("where, said", [
    ("missing/out.csv", "the folder {tmp}/missing does not exist; choose another place."),
    ("", "{tmp} is a folder; give the file a name inside it."),
    # A file where the folder should be, and a name too long: the .part's clean-up
    # raised "[Errno 20] Not a directory: '…/out.csv.part'" over the sentence.
    ("p.wbproj/out.csv", "{tmp}/p.wbproj is a file, not a folder; choose another place."),
    ("o" * 300 + ".csv", "could not write (File name too long)."),
])
def test_export_to_a_bad_place_says_where(project, tmp_path, where, said):
    out = tmp_path / where if where else tmp_path
    for write in (lambda: export_file(project, "csv", out),
                  lambda: write_file(project, "qdc", out)):
        with pytest.raises(OutputError) as err:
            write()
        message = str(err.value)
        assert message.endswith(said.format(tmp=tmp_path))
        assert ".part" not in message and "Errno" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.wbproj", *(
        ["p.wbproj-shm", "p.wbproj-wal"] if (tmp_path / "p.wbproj-wal").exists() else [])]


def test_export_over_an_existing_file_replaces_it(project, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("an older export\n")
    export_file(project, "csv", out)
    assert out.read_text(encoding="utf-8").startswith("annotation_id,")


@pytest.mark.parametrize("fmt", ["csv", "qdpx"])
def test_an_export_is_on_the_disk_before_it_replaces_the_last_one(project, tmp_path,
                                                                 monkeypatch, fmt):
    # A power cut can put a rename on the disk before the data it names: the export was
    # renamed over the last one unflushed, which could leave an empty file in its place.
    import os

    out = tmp_path / f"out.{fmt}"
    out.write_text("an older export\n")
    flushed: list[int] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        flushed.append(os.fstat(fd).st_ino)
        real_fsync(fd)

    def replace(src, dst, **kw):  # Path.replace calls os.replace
        if str(dst) == str(out):
            assert os.stat(src).st_ino in flushed, "renamed in before it was flushed"
        real_replace(src, dst, **kw)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    (write_file if fmt == "qdpx" else export_file)(project, fmt, out)
    assert os.stat(tmp_path).st_ino in flushed  # and the rename itself
    assert out.read_bytes() != b"an older export\n"


def test_export_over_a_pipe_is_refused_and_leaves_it(project, tmp_path):
    # The whole-file rename replaced whatever stood at the name: a named pipe (or, with
    # the rights, a device such as /dev/full) became an ordinary file.
    import os
    import stat

    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    for write in (lambda: export_file(project, "csv", fifo),
                  lambda: write_file(project, "qdc", fifo)):
        with pytest.raises(OutputError) as err:
            write()
        assert str(err.value) == (f"{fifo} is not an ordinary file (a device, a pipe or a "
                                  "socket); choose another name.")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert not list(tmp_path.glob("*.part"))


def test_an_unfinished_file_the_program_cannot_tell_is_its_own_is_named_never_deleted(
        tmp_path, project):
    import os

    from workbench.core.outfile import OLD_PART

    # An earlier version's "out.csv.part", a user's own file with a look-alike name,
    # and one of a writer still running (this test's parent process): none is deleted.
    old = tmp_path / "out.csv.part"
    theirs = tmp_path / ".out.csv.draft.part"
    running = tmp_path / f".out.csv.{os.getppid()}.part"
    for f in (old, theirs, running):
        f.write_text("kept", encoding="utf-8")
    export_file(project, "csv", tmp_path / "out.csv")  # it wrote over "out.csv.part"
    assert all(f.read_text(encoding="utf-8") == "kept" for f in (old, theirs, running))
    notices: list[str] = []
    export_file(project, "csv", tmp_path / "out.csv", notices=notices)
    assert notices == [OLD_PART.format(part="out.csv.part", name="out.csv")]
    assert all(f.read_text(encoding="utf-8") == "kept" for f in (old, theirs, running))


def test_an_export_never_replaces_a_project(project, tmp_path):
    """`workbench export team.wbproj --format csv -o team.wbproj` (a completion typed
    once too often) renamed the CSV over the project: every document, annotation and
    log gone, and in the window, which holds the project open, every later edit written
    to a file no longer on the disk. A project, one encrypted (no SQLite header, so
    known by its name), another project and a project's write-ahead log are refused in
    one sentence, each left as it was."""
    from workbench.core.project import Project

    other = tmp_path / "ben.wbproj"
    Project.create(other, coder="ben").close()
    sealed = tmp_path / "sealed.wbproj"
    sealed.write_bytes(bytes(range(256)) * 16)  # what an encrypted project looks like
    backup = tmp_path / "snapshot.db"
    backup.write_bytes(other.read_bytes())
    wal = tmp_path / "p.wbproj-wal"
    targets = [project.path, other, sealed, backup, *([wal] if wal.exists() else [])]
    before = {t: t.read_bytes() for t in targets}
    for target in targets:
        for write, fmt in ((export_file, "csv"), (write_file, "qdc")):
            with pytest.raises(OutputError) as err:
                write(project, fmt, target)
            assert "project" in str(err.value) and str(target.name) in str(err.value)
    for target in targets[1:]:
        assert target.read_bytes() == before[target]
    assert project.repo.documents()  # still readable: the file is still the project
    with Project.open(project.path) as again:
        assert len(again.repo.documents()) == 1


@pytest.mark.parametrize("name", ["-wal", "-shm", "-journal"])
def test_a_file_named_as_sqlites_suffix_alone_is_written(project, tmp_path, name):
    """A file called "-wal" is no project's log (there is no name before the suffix):
    looking for its project raised ValueError out of the export, a traceback."""
    target = tmp_path / name
    assert export_file(project, "csv", target) == len(project.repo.annotations())
    assert target.read_text(encoding="utf-8").startswith("annotation_id,")
