"""Restoring documents, annotations and incidents together, one write and one undo step
(core/ops/trash.py)."""

from __future__ import annotations

import pytest

from tests.core.test_trash import _filled
from workbench.core import trash
from workbench.core.errors import NotFoundError
from workbench.core.incidents import ops as inc_ops
from workbench.core.ops import history
from workbench.core.ops.trash import restore_items


def test_restore_items_is_one_undo_step_and_says_what_stays_hidden(project):
    _first, _second, fig, _said, _kept, gone, inc = _filled(project)
    cs = restore_items(project, [("annotation", gone), ("annotation", fig),
                                 ("incident", inc)])
    result = cs.result
    assert result.restored == (("annotation", gone), ("annotation", fig), ("incident", inc))
    # The statement is back but its report is still in the trash: said, with its title.
    assert any("still in the trash" in n and "بيان الجيش" in n for n in result.notes)
    assert result.sentence().startswith("Restored 3 items from the trash.")
    assert project.repo.get("incident", inc)["deleted_at"] is None
    # The incident's member trashed with it came back too.
    assert inc_ops.model.live_membership(project, inc)
    assert trash.count(project) == 2
    history.undo(project)
    assert trash.count(project) == 5
    assert project.repo.get("annotation", fig)["deleted_at"] is not None


def test_restoring_a_document_with_its_annotation_says_nothing_is_hidden(project):
    _first, second, _fig, _said, _kept, gone, _inc = _filled(project)
    cs = restore_items(project, [("annotation", gone), ("document", second)])
    assert cs.result.notes == ()
    assert project.repo.get("document", second)["deleted_at"] is None


def test_restore_items_names_a_live_item_and_refuses_an_unknown_one(project):
    first, *_rest = _filled(project)
    cs = restore_items(project, [("document", first)])
    assert cs.result.restored == () and not cs
    assert cs.result.notes == (f"Document {first} was not in the trash; it is as it was.",)
    before = trash.count(project)
    with pytest.raises(NotFoundError):
        restore_items(project, [("document", 999), ("incident", _rest[-1])])
    assert trash.count(project) == before
