"""Two processes editing different fields of one annotation both keep their changes."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import add_doc, make_project
from workbench.core.ops.annotations import annotate_quote

EDITS = 30
# Each writer edits its own field EDITS times and prints a value only after the write
# returned: every printed value was acknowledged to the user.
WRITER = """
import sys
from workbench.core.ops.annotations import update_annotation
from workbench.core.project import Project
path, ann_id, field = sys.argv[1:4]
with Project.open(path, coder=field) as project:
    for i in range({edits}):
        value = f"{{field}}-{{i}}"
        update_annotation(project, ann_id, fields={{field: value}})
        print(value, flush=True)
"""


def test_two_writers_on_one_annotation_lose_nothing(tmp_path):
    project = make_project(tmp_path)
    doc = add_doc(project)
    ann = annotate_quote(project, doc, "casualty", "wounded four troops",
                         {"outcome": "wounded", "count_low": 4}).result
    project.close()
    path = str(tmp_path / "p.wbproj")
    code = WRITER.format(edits=EDITS)
    procs = {field: subprocess.Popen([sys.executable, "-c", code, path, ann, field],
                                     stdout=subprocess.PIPE, text=True)
             for field in ("raw", "group")}
    acked = {field: p.communicate(timeout=60)[0].split() for field, p in procs.items()}
    assert all(p.returncode == 0 for p in procs.values())
    from workbench.core.project import Project

    with Project.open(path) as project:
        fields = project.repo.get("annotation", ann)["fields"]
        history = [r["after"]["fields"] for r in reversed(project.repo.audit(entity_id=ann))]
    for field, values in acked.items():
        assert len(values) == EDITS
        assert fields[field] == values[-1], f"{field}: acknowledged {values[-1]} was lost"
        # And no acknowledged value was ever reverted by the other writer's write.
        seen = [int(h[field].rsplit("-", 1)[1]) for h in history if h.get(field)]
        assert seen == sorted(seen), f"{field} went back to an older value: {seen}"
    assert fields["outcome"] == "wounded" and fields["count_low"] == 4
