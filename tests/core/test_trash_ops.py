"""Trashing and restoring documents, annotations and incidents together, one write and
one undo step (core/ops/trash.py)."""

from __future__ import annotations

import pytest

from tests.core.test_trash import _filled
from workbench.core import trash
from workbench.core.errors import NotFoundError
from workbench.core.incidents import ops as inc_ops
from workbench.core.ops import history
from workbench.core.ops.trash import restore_items, trash_items


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


def test_trash_items_moves_every_kind_in_one_undo_step(project):
    first, _second, fig, said, _kept, _gone, inc = _filled(project)
    restore_items(project, [("incident", inc), ("annotation", fig)])
    before = trash.count(project)
    seq = project.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    cs = trash_items(project, [("document", first), ("annotation", fig),
                               ("incident", inc), ("annotation", said)])
    result = cs.result
    assert result.trashed == (("document", first), ("annotation", fig), ("incident", inc))
    assert result.notes == (f"Annotation {said} was already in the trash; it is as it "
                            "was.",)
    assert result.sentence().startswith("Moved 3 items to the trash. Annotation ")
    assert len({e["txn"] for e in project.repo.audit(after=seq)}) == 1  # one write
    assert not inc_ops.model.live_membership(project, inc)  # its figure freed
    assert trash.count(project) == before + 3
    history.undo(project)  # one step takes all three back
    assert trash.count(project) == before
    assert project.repo.get("document", first)["deleted_at"] is None
    assert project.repo.get("incident", inc)["deleted_at"] is None
    assert inc_ops.model.live_membership(project, inc)


def test_trash_items_with_an_unknown_id_trashes_none_of_the_others(project):
    first, _second, _fig, _said, kept, _gone, _inc = _filled(project)
    before = trash.count(project)
    for unknown in (("document", 999), ("annotation", "2qzzzzzzzzzzzzzzzzzz")):
        with pytest.raises(NotFoundError):
            trash_items(project, [("document", first), ("annotation", kept), unknown])
        assert trash.count(project) == before
        assert project.repo.get("document", first)["deleted_at"] is None
        assert project.repo.get("annotation", kept)["deleted_at"] is None


def test_trash_items_keeps_who_trashed_each_item(project):
    first, *_rest = _filled(project)
    project.coder = "dana"
    trash_items(project, [("document", first)])
    items = {i.key: i for i in trash.listed(project)}
    assert items[("document", first)].trashed_by == "dana"
