"""The Datasette metadata describes every table and column, and reading it writes nothing."""

from __future__ import annotations

import hashlib
import json

from workbench.cli import main
from workbench.core.datasette import HIDDEN, TABLES, VIEWS, metadata
from workbench.core.project import Project


def test_every_table_and_column_of_the_schema_is_described(tmp_path):
    with Project.create(tmp_path / "field.wbproj") as project:
        schema = project.repo.schema_tables()
        meta = metadata(project)
        views = project.repo.schema_views()
    tables = meta["databases"]["field"]["tables"]
    assert set(tables) == set(schema) | set(views)
    # A table added by a migration must be described here (or hidden as machinery).
    assert set(schema) - set(TABLES) - set(HIDDEN) == set()
    assert set(TABLES) | set(HIDDEN) <= set(schema) | set(views), "a description names nothing"
    # search_source is machinery (it reads through the folding function); the logs'
    # views and the quotes' are for people reading the file without Workbench.
    assert views == ["annotation_quotes", "audit_entries", "custody_entries", "search_source"]
    assert tables["search_source"]["hidden"] and tables["search_source"]["description"]
    assert all(not tables[v]["hidden"] and tables[v]["description"] == VIEWS[v]
               for v in VIEWS)
    for name, columns in schema.items():
        entry = tables[name]
        assert entry["description"], name
        if name in HIDDEN:
            assert entry["hidden"] is True
            continue
        assert list(entry["columns"]) == columns
        assert all(entry["columns"].values()), f"{name}: a column has no description"
        assert set(TABLES[name][1]) == set(columns), f"{name}: stale column descriptions"


def test_writing_the_metadata_leaves_the_project_unchanged(tmp_path, demo_project, capsys):
    project = demo_project
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    out = tmp_path / "metadata.json"
    assert main(["datasette-metadata", str(project), "-o", str(out)]) == 0
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "documents" in data["databases"]["demo"]["tables"]


def test_serving_the_project_with_datasette_reads_it_and_changes_no_byte(tmp_path,
                                                                        demo_project):
    import asyncio

    from datasette.app import Datasette

    path = demo_project
    with Project.open(path) as project:
        meta = metadata(project)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
              for p in tmp_path.iterdir() if p.name.startswith("demo.wbproj")}

    async def browse() -> tuple[int, dict, dict]:
        ds = Datasette(immutables=[str(path)], metadata=meta)
        docs = await ds.client.get("/demo/documents.json?_shape=array&_size=50")
        served = await ds.client.get("/-/metadata.json")
        return docs.status_code, docs.json(), served.json()

    status, docs, served = asyncio.run(browse())
    assert status == 200
    assert len(docs) == 8 and all(d["text_sha256"] for d in docs)
    assert served["databases"]["demo"]["tables"]["documents"]["description"]
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in tmp_path.iterdir() if p.name.startswith("demo.wbproj")}
    assert after == before
