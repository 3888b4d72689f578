"""Undoing the making of an actor record another window or program has named since.

Undo deleted the record whatever had happened since: an annotation another window
coded with it (its actor record field) or an incident listing it then named a record
that was nowhere, which the editor, the exports and the timeline showed as a bare id,
and `verify` said nothing. Such an undo is refused now, as one that would take away a
kind or a field in use.
"""

from __future__ import annotations

import pytest

from tests.helpers import add_doc, make_project
from workbench.core.errors import ValidationError
from workbench.core.incidents import ops as incidents
from workbench.core.ops import actors, annotations, history
from workbench.core.project import Project
from workbench.core.verify import verify


@pytest.fixture
def two(tmp_path):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
    alice = Project.open(tmp_path / "p.wbproj", coder="alice")
    bob = Project.open(tmp_path / "p.wbproj", coder="bob")
    yield alice, bob, doc
    alice.close()
    bob.close()


def test_undoing_a_record_an_annotation_names_since_is_refused(two):
    alice, bob, doc = two
    brigade = actors.add_actor(alice, "Crescent Brigade").result
    ann = annotations.annotate_quote(bob, doc, "actor", "The Crescent Brigade",
                                     {"actor_id": brigade}).result
    with pytest.raises(ValidationError, match="since by another window"):
        history.undo(alice)
    assert bob.repo.get("actor", brigade)["name"] == "Crescent Brigade"
    assert bob.repo.get("annotation", ann)["fields"]["actor_id"] == brigade
    assert not history.can_undo(alice)
    assert verify(alice).problems == []


def test_undoing_a_record_an_incident_lists_since_is_refused(two):
    alice, bob, _doc = two
    brigade = actors.add_actor(alice, "Crescent Brigade").result
    incidents.create_incident(bob, "Port Halden shelling",
                              actors=[{"actor_id": brigade, "role": "perpetrator"}])
    with pytest.raises(ValidationError, match="since by another window"):
        history.undo(alice)
    assert bob.repo.get("actor", brigade) is not None


def test_a_record_nobody_named_is_undone_as_before(two):
    alice, bob, doc = two
    brigade = actors.add_actor(alice, "Crescent Brigade").result
    annotations.annotate_quote(bob, doc, "casualty", "wounded four troops")  # unrelated
    history.undo(alice)
    assert bob.repo.get("actor", brigade) is None
    # A record made and named in one step (add_actor_for) is taken back whole.
    statement = annotations.annotate_quote(alice, doc, "actor", "The Crescent Brigade").result
    actors.add_actor_for(alice, statement, "Crescent Brigade")
    history.undo(alice)
    assert alice.repo.actors() == []
