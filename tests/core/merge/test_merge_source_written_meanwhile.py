"""Merging a coder's project while the coder's own program opens and writes it.

A source with no ``-wal`` beside it is read as an unchanging file, without SQLite's
locks (so that merging leaves nothing beside the coder's file). The coder's program
opening it meanwhile goes ahead, and closing it writes its pages into the file under
the merge: the merge read half of each state and said the coder's sound project "does
not verify ... database disk image is malformed". The coder's writes are placed by hand
just before the merge reads the source's annotations.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project, write_before
from workbench.core.errors import ProjectError
from workbench.core.merge import merge_projects
from workbench.core.merge.sources import open_source
from workbench.core.ops import annotations
from workbench.core.project import Project

TEXT = "".join(f"Report {i}: shelling killed {i + 3} civilians in district {i} on Sunday.\n"
               for i in range(40))


def _figure(project: Project, doc: int, i: int) -> str:
    return annotations.annotate_quote(project, doc, "casualty",
                                      f"killed {i + 3} civilians in district {i} ",
                                      {"outcome": "killed"}).result


@contextlib.contextmanager
def _opener_running(during: Callable[[], None]) -> Iterator[
        tuple[Callable[[Path], Project], list[list[str]]]]:
    """A merge's opener of the source that runs ``during`` just before the merge reads
    the source's annotations, and the moments each opening placed it at."""
    with contextlib.ExitStack() as stack:
        moments: list[list[str]] = []

        def opener(path: Path) -> Project:
            source = open_source(path, coder="lead")
            moments.append(stack.enter_context(
                write_before(source, "FROM annotations", during)))
            return source

        yield opener, moments


def test_a_source_written_while_it_is_merged_is_refused_not_called_damaged(tmp_path):
    make_project(tmp_path, "team.wbproj").close()
    amal_path = tmp_path / "amal.wbproj"
    with Project.create(amal_path, coder="amal") as amal:
        doc = add_doc(amal, TEXT, name="a.txt")
        for i in range(0, 40, 2):
            _figure(amal, doc, i)

    def amal_writes() -> None:  # her window, opened and closed during the merge
        with Project.open(amal_path, coder="amal") as amal:
            for i in range(1, 40, 2):
                _figure(amal, doc, i)

    with _opener_running(amal_writes) as (opener, moments), \
            Project.open(tmp_path / "team.wbproj", coder="lead") as team:
        with pytest.raises(ProjectError, match="changed by another program while it "
                                               "was read for the merge"):
            merge_projects(team, [amal_path], opener=opener)
        assert moments and moments[0], "her writes were not placed inside the merge"
        assert team.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
        # Merged again, every figure she saved comes over.
        merge_projects(team, [amal_path])
        assert team.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 40


def test_a_write_within_the_file_times_two_seconds_is_told_too(tmp_path):
    # FAT and exFAT (USB sticks) keep a file's time to two seconds, and a save that
    # rewrites pages in place keeps its size: her program opened, saved and closed the
    # source within those two seconds, and the merge, comparing size and time, went on
    # with what it had read of two states. Her file's time is set back by hand, as such
    # a file system leaves it.
    make_project(tmp_path, "team.wbproj").close()
    amal_path = tmp_path / "amal.wbproj"
    with Project.create(amal_path, coder="amal") as amal:
        doc = add_doc(amal, TEXT, name="a.txt")
        figures = [_figure(amal, doc, i) for i in range(0, 40, 2)]
    with Project.open(amal_path, coder="amal") as amal:  # a save of that kind before
        annotations.update_annotation(amal, figures[-1], memo="checked once")
    before = amal_path.stat()

    def amal_writes() -> None:
        with Project.open(amal_path, coder="amal") as amal:
            annotations.update_annotation(amal, figures[-1], memo="checked twice")
        os.utime(amal_path, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert amal_path.stat().st_size == before.st_size  # the tie this is about

    with _opener_running(amal_writes) as (opener, moments), \
            Project.open(tmp_path / "team.wbproj", coder="lead") as team:
        with pytest.raises(ProjectError, match="changed by another program while it "
                                               "was read for the merge"):
            merge_projects(team, [amal_path], opener=opener)
        assert moments and moments[0], "her write was not placed inside the merge"
        assert team.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
        merge_projects(team, [amal_path])
        memo = team.conn.execute("SELECT memo FROM annotations WHERE id = ?",
                                 (figures[-1],)).fetchone()[0]
        assert memo == "checked twice"


def test_a_source_only_opened_while_it_is_merged_is_merged(tmp_path):
    # Her window opened the project during the merge and saved nothing: opening alone
    # puts an empty log (and its index) beside the file, which the merge took for a
    # change and refused her sound project with "opened and changed by another program".
    make_project(tmp_path, "team.wbproj").close()
    amal_path = tmp_path / "amal.wbproj"
    with Project.create(amal_path, coder="amal") as amal:
        doc = add_doc(amal, TEXT, name="a.txt")
        for i in range(0, 40, 2):
            _figure(amal, doc, i)
    held: list[Project] = []

    def amal_opens() -> None:  # her window, open from then on, nothing saved
        held.append(Project.open(amal_path, coder="amal"))
        held[0].conn.execute("SELECT count(*) FROM annotations").fetchone()

    with contextlib.ExitStack() as stack:
        stack.callback(lambda: [p.close() for p in held])
        opener, moments = stack.enter_context(_opener_running(amal_opens))
        with Project.open(tmp_path / "team.wbproj", coder="lead") as team:
            merge_projects(team, [amal_path], opener=opener)
            assert moments and moments[0], "her window was not opened inside the merge"
            assert (tmp_path / "amal.wbproj-wal").exists()  # the open this is about
            assert team.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 20
