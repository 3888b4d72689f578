"""The streamed CSV export writes byte for byte what the list-building export wrote."""

from __future__ import annotations

import io

import pytest

from workbench.core.demo import build_demo
from workbench.core.exporters import csv_export
from workbench.core.exporters.csvsafe import SafeWriter
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, annotations


def _listed(project: Project, flt: AnnotationFilter | None, raw: bool) -> str:
    """The export as it was written before streaming: every row in a list, cell by cell."""
    out = io.StringIO()
    names: list[str] = []
    for kind in project.codebook.kinds():
        names += [f.name for f in kind.fields if f.name not in names]
    docs = {d["id"]: d for d in project.repo.documents()}
    writer = SafeWriter(out, raw=raw)
    base = csv_export.BASE
    writer.writerow(base + [f"field_{n}" if n in base else n for n in names])
    for r in annotations(project, flt):
        d = docs.get(r["doc_id"], {})
        values = [r["id"], r["doc_id"], d.get("title"), d.get("publisher"), d.get("published"),
                  d.get("reliability"), d.get("credibility"), r["kind"], r["status"],
                  r["start"], r["end"], r["exact"], r["coder"], r["memo"], r["created_at"],
                  r["modified_at"]]
        for n in names:
            v = r["fields"].get(n)
            values.append("; ".join(v) if isinstance(v, list) else v)
        writer.writerow(values)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo(tmp_path_factory.mktemp("demo") / "demo.wbproj")
    with Project.open(path) as project:
        from workbench.core.ops import annotations as ann_ops

        # Cells a spreadsheet would run, a plain negative number, and a list field.
        doc = project.repo.documents()[0]["id"]
        ann_ops.create_annotation(project, doc, "event", 0, 5,
                                  {"location": "=HYPERLINK(1)", "actors": ["-a", "b"]},
                                  memo="-12")
        yield project


@pytest.mark.parametrize("raw", [False, True])
@pytest.mark.parametrize("flt", [None, AnnotationFilter(statuses=["accepted"], text="a")])
def test_streamed_csv_is_identical(demo, raw, flt):
    out = io.StringIO()
    n = csv_export.write(demo, out, flt, raw=raw)
    expected = _listed(demo, flt, raw)
    assert out.getvalue() == expected
    assert n == expected.count("\n") - 1 > 10  # no cell of the demo holds a newline
    assert ("'=HYPERLINK(1)" in expected) is (not raw)
