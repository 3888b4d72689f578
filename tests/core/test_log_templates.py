"""The log writer's templates (``repo.append_log``) write every row's hash as the exact
way does: the canonical text json writes (``chain.canonical``), byte for byte."""

from __future__ import annotations

import itertools
import random
import shutil

import pytest

from tests.helpers import make_project
from workbench.core import clock, repo
from workbench.core.ops.batch_import import parse_many, store_batch
from workbench.core.project import Project

LOGS = {"audit": "SELECT * FROM audit ORDER BY seq",
        "custody": "SELECT * FROM custody ORDER BY seq",
        "audit_ops": "SELECT * FROM audit_ops ORDER BY code",
        "documents": "SELECT * FROM documents ORDER BY id"}


def _exact(monkeypatch):
    """Every row the exact way: the template gives up on each one."""
    monkeypatch.setattr(repo._Template, "text", lambda self, row: None)


def _rows(project):
    return {name: [tuple(r) for r in project.conn.execute(sql)] for name, sql in LOGS.items()}


def _twins(tmp_path):
    """Two copies of one new project: the same chain heads."""
    make_project(tmp_path, "made.wbproj").close()
    for name in ("templates", "exact"):
        shutil.copy(tmp_path / "made.wbproj", tmp_path / f"{name}.wbproj")
    return tmp_path / "templates.wbproj", tmp_path / "exact.wbproj"


def test_an_import_logs_what_the_exact_way_logs_byte_for_byte(tmp_path, monkeypatch):
    # The same files imported into two copies of one project, at one fixed time with the
    # same uuids: once with the templates, once every row hashed by chain.canonical.
    folder = tmp_path / "in"
    folder.mkdir()
    bodies = {
        "a.txt": "Report A: four troops wounded near the \"old\" bridge.\n",
        "b.md": "# Report B\n\nA *marked* report\twith a tab.\n",
        "حلب.txt": "قال المرصد إن ثلاثة مدنيين قتلوا في حلب.\n",
        "emoji 😀.txt": "Report C: \u2028 a line separator, a backslash \\ and \x01.\n",
        "again.txt": "Report A: four troops wounded near the \"old\" bridge.\n",  # a duplicate
        "crlf.txt": "\ufeffReport D: two detained.\r\nMore.\r\n",
    }
    paths = []
    for name, body in bodies.items():
        (folder / name).write_text(body, encoding="utf-8")
        paths.append(folder / name)
    monkeypatch.setattr(clock, "now", lambda: "2026-03-04T05:06:07.089Z")
    parsed = list(parse_many(paths, jobs=1, sandbox=False))
    stored = {}
    for path in _twins(tmp_path):
        if path.stem == "exact":
            _exact(monkeypatch)
        made = itertools.count()  # the same uuids in both projects
        monkeypatch.setattr(clock, "new_uuids", lambda n, made=made: [
            f"00000000-0000-4000-8000-{next(made):012d}" for _ in range(n)])
        with Project.open(path, coder="tester 'ö'") as project:
            results = store_batch(project, parsed[:3], {"publisher": "Ḥalab \"news\""})
            results += store_batch(project, parsed[3:])
            assert [r.status for r in results] == ["imported"] * 4 + ["duplicate", "imported"]
            stored[path.stem] = _rows(project)
    for name in LOGS:
        assert stored["templates"][name] == stored["exact"][name], name
    assert len(stored["exact"]["custody"]) == 5


def _random_rows(rnd, log, n):
    """Rows of ``log`` whose shared columns (time, coder, op...) keep one value for a
    while and then change, sometimes to a value json writes otherwise than its equal
    (True for 1, 1.0 for 1), a NULL, or a value of each row (a merge's origins)."""
    texts = ["2026-01-02T03:04:05Z", "amal", 'a "quoted"\\ name', "tab\there\x01",
             "Ḥalab حلب 😀", "", "\u2028", "1", "true"]
    odd = [1, True, 1.0, 0, False, -0.0, 2**62, None, 3.5]
    rows = []
    shared = {}
    for i in range(n):
        if i % rnd.choice([1, 3, 25]) == 0 or not shared:
            shared = {c: rnd.choice(texts + odd if rnd.random() < 0.2 else texts)
                      for c in ("at", "coder", "merged_from")}
            for c in ("at", "coder"):  # never NULL in either log
                shared[c] = shared[c] if shared[c] is not None else "amal"
            if rnd.random() < 0.3:
                shared["merged_from"] = None
        row = dict(shared)
        if rnd.random() < 0.1:
            row["merged_from"] = f"origin {i}"  # a value of its own: templates would pile up
        if log == "audit":
            row.update(txn=rnd.choice([7, 7, 8, True, 1]), op=rnd.choice(["x:insert", "x:update"]),
                       entity=rnd.choice(["document", "annotation"]),
                       entity_id=str(rnd.randrange(100)),
                       before=rnd.choice([None, '["\x05",1]', '{"a":"b"}']),
                       after=rnd.choice(['[null,"\x06",true]', '["ö \\"q\\""]']))
        else:
            row.update(action=rnd.choice(["import", "import", "merge"]),
                       doc_id=rnd.choice([rnd.randrange(1000), None, True, 2.0]),
                       sha256=f"{rnd.getrandbits(256):064x}", filename=rnd.choice(texts),
                       importer="text", importer_version=rnd.choice(["1", 2, None]))
            if rnd.random() < 0.5:
                row["detail"] = rnd.choice([*texts, *(v for v in odd if v is not None)])
        if rnd.random() < 0.05:
            row.pop("merged_from")  # another run of columns
        rows.append(row)
    return rows


@pytest.mark.parametrize("seed", range(4))
def test_rows_of_any_values_are_hashed_as_the_exact_way_hashes_them(tmp_path, monkeypatch,
                                                                      seed):
    rnd = random.Random(seed)
    rows = {log: _random_rows(rnd, log, 400) for log in ("audit", "custody")}
    stored = {}
    for path in _twins(tmp_path):
        if path.stem == "exact":
            _exact(monkeypatch)
        with Project.open(path, coder="tester") as project:
            with project.write("test") as tx:
                for log in ("custody", "audit", "custody"):
                    assert repo.append_log(tx.conn, log, rows[log]) == 400
            stored[path.stem] = _rows(project)
    # (A True or 2.0 is hashed as json writes it and read back as SQLite stored it, 1
    # or 2: those rows are checked against the writer's exact way, not a read.)
    assert stored["templates"] == stored["exact"]
    assert len(stored["exact"]["custody"]) == 800
