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


def test_progress_hears_every_stage_in_order(tmp_path):
    from workbench.core.verify import STAGES

    heard = []
    with make_project(tmp_path) as project:
        add_doc(project)
        report = verify(project, lambda step, of, stage: heard.append((step, of, stage)))
    assert report.ok
    assert heard == [(i + 1, len(STAGES), s) for i, s in enumerate(STAGES)]


def test_verify_on_the_command_line_prints_no_progress_into_a_pipe(tmp_path, capsys):
    from workbench.cli import main

    with make_project(tmp_path) as project:
        add_doc(project)
        path = str(project.path)
    assert main(["verify", path]) == 0
    captured = capsys.readouterr()
    assert "all intact" in captured.out
    assert "verify: " not in captured.err  # progress is for a terminal only
