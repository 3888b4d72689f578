"""The words the window uses for an undo step's operation."""

from __future__ import annotations

import re

from workbench.core.wording import step_name


def test_every_operation_the_core_writes_has_words() -> None:
    # Each ``project.write(name)`` in the core is an undo step the window may name.
    from pathlib import Path

    import workbench.core as core

    written = set()
    for path in Path(core.__file__).parent.rglob("*.py"):
        for m in re.finditer(r'\.write\(f?"([a-z][a-z:{}_-]*)"', path.read_text("utf-8")):
            written.add(m.group(1).replace("{status}", "accepted"))
    assert {"edit", "review:accepted", "annotate", "incident:set-best"} <= written
    for op in written - {"undo", "redo"}:  # they walk the history; never a step on it
        # Words of its own: neither the history's internal name nor the fallback made
        # from it ("incident trash"), which the check of the name alone let through.
        assert step_name(op) not in (op, op.replace(":", " ").replace("-", " ")), op


def test_reviews_and_unknown_names() -> None:
    assert step_name("review:accepted") == "accepting suggestions"
    assert step_name("review:rejected") == "rejecting suggestions"
    assert step_name("edit") == "the edit"
    assert step_name("plugin:thing") == "plugin thing"
