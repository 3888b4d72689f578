import hashlib

import pytest

from tests.helpers import ARABIC, REPORT, add_doc, make_project
from workbench.core.errors import ValidationError
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as ops
from workbench.core.ops import history


def _snapshot(project):
    return (
        project.repo.documents(),
        project.repo.annotations(),
        len(project.repo.audit()),
        project.repo.custody(),
        list(project.repo.iter_originals()),
    )


def test_import_keeps_metadata_original_bytes_and_hashes(project, tmp_path):
    path = tmp_path / "halden.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    res = ops.import_file(project, path, {"published": "2024-03-04", "url": "https://example.org/a",
                                          "publisher": "Northgate Wire"})
    assert res.status == "imported"
    doc = project.repo.get("document", res.doc_id)
    assert doc["title"] == "Shelling hits market in Port Halden"
    assert doc["published"] == "2024-03-04"
    assert doc["publisher"] == "Northgate Wire" and doc["url"] == "https://example.org/a"
    assert doc["language"] == "en" and doc["direction"] == "ltr"
    assert doc["original_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc["text_sha256"] == hashlib.sha256(doc["text"].encode()).hexdigest()
    assert project.repo.original(doc["original_sha256"]) == path.read_bytes()
    assert doc["importer"] == "text" and doc["importer_version"]
    assert doc["imported_at"].endswith("Z")
    custody = project.repo.custody()
    assert [(c["action"], c["doc_id"], c["sha256"]) for c in custody] == [
        ("import", res.doc_id, doc["original_sha256"])
    ]


def test_markdown_and_html(project, tmp_path):
    md = tmp_path / "note.md"
    md.write_text("# Field note\n\nTwo *civilians* were wounded.\n", encoding="utf-8")
    html = tmp_path / "page.html"
    html.write_text(
        "<html><head><title>Clashes near Veltra</title>"
        "<script>alert('x')</script></head><body><nav>Home | World</nav><article><p>"
        + "Clashes near Veltra left three fighters dead, the local council said on Monday. " * 4
        + "</p><img src='/etc/passwd'></article></body></html>",
        encoding="utf-8",
    )
    r1 = ops.import_file(project, md)
    r2 = ops.import_file(project, html)
    assert project.repo.get("document", r1.doc_id)["importer"] == "markdown"
    doc = project.repo.get("document", r2.doc_id)
    assert doc["importer"] == "html" and doc["title"] == "Clashes near Veltra"
    assert "three fighters dead" in doc["text"]
    assert "alert" not in doc["text"] and "<" not in doc["text"]


def test_the_same_bytes_twice_make_one_document(project, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "copy-of-a.txt"
    a.write_bytes(REPORT.encode())
    b.write_bytes(REPORT.encode())
    first = ops.import_file(project, a)
    second = ops.import_file(project, b)
    assert second.status == "duplicate" and second.doc_id == first.doc_id
    assert len(project.repo.documents()) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "cannot be imported"),
        ("blank.txt", b"   \n\n  ", "no text"),
    ],
)
def test_bad_files_are_rejected_with_one_sentence_and_change_nothing(
    project, tmp_path, name, content, message
):
    add_doc(project)
    before = _snapshot(project)
    path = tmp_path / name
    path.write_bytes(content)
    res = ops.import_file(project, path)
    assert res.status == "rejected" and res.doc_id is None
    assert message in res.message and name in res.message
    assert res.message.count(".") >= 1 and "\n" not in res.message
    assert _snapshot(project) == before


def test_missing_file_and_folder(project, tmp_path):
    assert "no such file" in ops.import_file(project, tmp_path / "gone.txt").message
    assert "folder" in ops.import_file(project, tmp_path).message


def test_windows_1256_arabic_is_decoded(project, tmp_path):
    path = tmp_path / "bayan.txt"
    text = "أعلنت القيادة العامة أن ثلاثة مدنيين قتلوا في القصف على البلدة الليلة الماضية."
    path.write_bytes(text.encode("cp1256"))
    res = ops.import_file(project, path)
    doc = project.repo.get("document", res.doc_id)
    assert doc["text"].strip() == text
    assert doc["direction"] == "rtl" and doc["language"] == "ar"


def test_bad_published_date_is_refused(project, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(REPORT)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        ops.import_file(project, path, {"published": "3 March"})


def test_reimport_reanchors_and_orphans(project, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = ops.import_file(project, path).doc_id
    kept = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
    moved = ann_ops.annotate_quote(project, doc, "statement", "We heard three explosions").result
    lost = ann_ops.annotate_quote(project, doc, "claim", "denied any involvement").result
    new_text = ("CORRECTION appended at the top.\n" + REPORT).replace(
        " while the army denied any involvement", ""
    )
    path.write_text(new_text, encoding="utf-8")
    cs = ops.reimport(project, doc, path)
    text = project.repo.get("document", doc)["text"]
    rows = {r["id"]: r for r in project.repo.annotations(doc_id=doc)}
    assert text[rows[kept]["start"] : rows[kept]["end"]] == "wounded four troops"
    assert text[rows[moved]["start"] : rows[moved]["end"]] == "We heard three explosions"
    assert rows[moved]["anchor"] == "reanchored"
    assert rows[lost]["anchor"] == "orphaned" and rows[lost]["exact"] == "denied any involvement"
    assert len(rows) == 3  # nothing dropped
    assert cs.touches("document")
    assert [c["action"] for c in project.repo.custody()] == ["import", "reimport"]
    # Both originals are kept.
    assert len(list(project.repo.iter_originals())) == 2


def test_grading_and_metadata(project):
    doc = add_doc(project)
    ops.grade_source(project, doc, "b", 2)
    row = project.repo.get("document", doc)
    assert (row["reliability"], row["credibility"]) == ("B", 2)
    with pytest.raises(ValidationError, match="A to F"):
        ops.grade_source(project, doc, "G", 2)
    with pytest.raises(ValidationError, match="1 to 6"):
        ops.grade_source(project, doc, "A", 9)
    ops.update_metadata(project, doc, title="New title", published="2024-03-05")
    assert project.repo.get("document", doc)["title"] == "New title"
    with pytest.raises(ValidationError):
        ops.update_metadata(project, doc, text="rewritten")


def test_trashing_a_document_hides_it_and_its_annotations_until_restored(project):
    doc = add_doc(project)
    ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
    ops.trash_document(project, doc)
    assert project.repo.documents() == [] and project.repo.annotations() == []
    assert [d["id"] for d in project.repo.documents(trashed=True)] == [doc]
    ops.restore_document(project, doc)
    assert len(project.repo.annotations()) == 1


def test_undo_of_an_import(project):
    doc = add_doc(project, ARABIC, "ar.txt")
    history.undo(project)
    assert project.repo.documents() == []
    history.redo(project)
    assert project.repo.get("document", doc)["text"] == ARABIC


def test_crash_mid_write_loses_nothing_committed(tmp_path):
    import subprocess
    import sys

    project = make_project(tmp_path)
    doc = add_doc(project)
    ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
    project.close()
    script = f"""
import os
from workbench.core.project import Project
from workbench.core.ops import annotations as ops
p = Project.open({str(tmp_path / 'p.wbproj')!r})
tx = p.write("crash")
tx.__enter__()
tx.update("annotation", p.repo.annotations()[0]["id"], {{"memo": "half-written"}})
os._exit(9)  # the process dies inside the transaction
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    from workbench.core.project import Project
    from workbench.core.verify import verify

    with Project.open(tmp_path / "p.wbproj") as again:
        rows = again.repo.annotations()
        assert len(rows) == 1 and rows[0]["memo"] == ""
        assert verify(again).ok
