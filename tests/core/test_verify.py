from tests.helpers import add_doc, make_project
from workbench.core.ops import annotations as ann_ops
from workbench.core.verify import verify


def test_intact_project_verifies(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
        report = verify(project)
        assert report.ok and (report.documents, report.originals, report.annotations) == (1, 1, 1)


def test_tampered_original_text_and_anchor_are_reported(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        conn = project.conn
        conn.execute("UPDATE originals SET data = CAST('forged' AS BLOB)")
        conn.execute("UPDATE documents SET text = replace(text, 'four', 'five')")
        report = verify(project)
        assert not report.ok
        text = " | ".join(report.problems)
        assert "original" in text and f"document {doc}" in text and ann in text
