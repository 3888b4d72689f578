import csv
import io
import json

from tests.helpers import ARABIC, add_doc, make_project
from workbench.core import ids
from workbench.core.exporters import export
from workbench.core.ops import annotations as ann_ops


def _project(tmp_path):
    project = make_project(tmp_path)
    doc = add_doc(project, ARABIC, "ar.txt")
    ann = ann_ops.annotate_quote(
        project, doc, "casualty", "ثلاثةَ مدنيين",
        {"outcome": "killed", "count_low": 3, "qualifier": "exact", "group": "مدنيين"},
        memo="second source needed",
    ).result
    return project, doc, ann


def test_w3c_uses_code_point_positions_and_quote_selectors(tmp_path):
    project, _doc, ann = _project(tmp_path)
    out = io.StringIO()
    assert export(project, "w3c", out) == 1
    data = json.loads(out.getvalue())
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 1
    item = data["first"]["items"][0]
    assert item["id"] == f"urn:uuid:{ids.as_guid(ann)}" and item["type"] == "Annotation"
    quote, position = item["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "ثلاثةَ مدنيين"
    assert position["type"] == "TextPositionSelector"
    # The emoji before the span counts as one position (code points, not UTF-16 units).
    assert ARABIC[position["start"] : position["end"]] == "ثلاثةَ مدنيين"
    utf16_start = len(ARABIC[: position["start"]].encode("utf-16-le")) // 2
    assert utf16_start == position["start"] + 1
    assert item["body"][1]["value"]["count_low"] == 3
    assert item["target"]["source"].startswith("urn:uuid:")
    project.close()


def test_json_export_has_documents_annotations_and_codebook(tmp_path):
    project, _doc, ann = _project(tmp_path)
    out = io.StringIO()
    export(project, "json", out)
    data = json.loads(out.getvalue())
    assert data["format"] == "workbench-export"
    assert data["documents"][0]["text"] == ARABIC
    assert data["annotations"][0]["id"] == ann
    assert {k["name"] for k in data["codebook"]} >= {"statement", "claim", "casualty", "event"}
    project.close()


def test_csv_export_has_one_row_per_annotation_with_field_columns(tmp_path):
    project, doc, ann = _project(tmp_path)
    out = io.StringIO()
    export(project, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 1
    row = rows[0]
    assert row["annotation_id"] == ann and row["kind"] == "casualty"
    assert row["outcome"] == "killed" and row["count_low"] == "3" and row["group"] == "مدنيين"
    assert row["memo"] == "second source needed" and row["doc_id"] == str(doc)
    project.close()


def test_json_and_w3c_exports_carry_links(tmp_path):
    p, doc, src = _project(tmp_path)
    with p:
        dst = ann_ops.annotate_quote(p, doc, "statement", "قالَ المتحدثُ", {}).result
        anns = p.repo.annotations()
        link_id = ann_ops.add_link(p, src, dst, "corroborates").result
        buf = io.StringIO()
        export(p, "json", buf)
        by_id = {a["id"]: a for a in json.loads(buf.getvalue())["annotations"]}
        assert any(lk["type"] == "corroborates" for lk in by_id[src]["links"])
        buf = io.StringIO()
        n = export(p, "w3c", buf)
        items = json.loads(buf.getvalue())["first"]["items"]
    assert n == len(anns)
    linking = [i for i in items if i["motivation"] == "linking"]
    assert len(linking) == 1
    assert linking[0]["id"] == f"urn:uuid:{ids.as_guid(link_id)}"
    assert linking[0]["target"] == f"urn:uuid:{ids.as_guid(src)}"
    assert {"id": f"urn:uuid:{ids.as_guid(dst)}"} in linking[0]["body"]
    assert {"type": "TextualBody", "purpose": "classifying", "value": "corroborates"} in (
        linking[0]["body"])


def test_w3c_gives_an_orphan_its_quote_and_no_position(tmp_path):
    """An orphan (its words gone from the text on a re-import) keeps its quote but
    stands on an empty point of the new text. Its W3C annotation gave that point as a
    TextPositionSelector beside the quote, so a reader anchoring by position put the
    figure on nothing, or on the words now there; only the quote is given now."""
    from workbench.core.ops import documents as doc_ops
    from workbench.core.project import Project

    first = ("Velmora, 4 June. A drone strike on the grain depot killed 7 porters, the "
             "district council said.\n")
    path = tmp_path / "depot.txt"
    path.write_text(first, encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj", coder="amal") as project:
        doc = doc_ops.import_file(project, path).doc_id
        said = ann_ops.annotate_quote(project, doc, "statement", "the district council said",
                                      {"speaker": "district council"}).result
        kept = ann_ops.annotate_quote(project, doc, "casualty", "killed 7 porters").result
        path.write_text(first.replace(", the district council said", ""), encoding="utf-8")
        assert doc_ops.reimport(project, doc, path).result.orphaned == 1
        out = io.StringIO()
        assert export(project, "w3c", out) == 2
    items = {i["id"]: i for i in json.loads(out.getvalue())["first"]["items"]}
    orphan = items[f"urn:uuid:{ids.as_guid(said)}"]["target"]["selector"]
    assert [s["type"] for s in orphan] == ["TextQuoteSelector"]
    assert orphan[0]["exact"] == "the district council said"
    anchored = items[f"urn:uuid:{ids.as_guid(kept)}"]["target"]["selector"]
    assert [s["type"] for s in anchored] == ["TextQuoteSelector", "TextPositionSelector"]
