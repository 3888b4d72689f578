"""What runs during ``verify``'s progress reads text as text.

Three of the check's stages read the project's connection with text as bytes (a
flipped byte must not stop the whole query). The window's progress repaints with the
event loop, so its panes ran in between, on the same connection: the timeline, redrawn
after the field's words were stored just before the check, read an actor's name as bytes
and raised in the event loop. The progress callback now runs with text as text.
"""

from __future__ import annotations

from tests.helpers import add_doc, make_project
from workbench.core.verify import STAGES, verify


def test_every_progress_call_reads_text_as_text(tmp_path):
    seen: list[tuple[str, type]] = []
    with make_project(tmp_path) as project:
        add_doc(project)

        def progress(_step: int, _of: int, stage: str) -> None:
            title = project.conn.execute("SELECT title FROM documents").fetchone()[0]
            seen.append((stage, type(title)))

        report = verify(project, progress)
    assert report.ok
    assert [stage for stage, _ in seen] == list(STAGES)
    assert [stage for stage, kind in seen if kind is not str] == []
