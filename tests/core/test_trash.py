"""The trash as the window lists it, and what moving a document there takes with it
(core/trash.py)."""

from __future__ import annotations

import time

import pytest

from tests.helpers import ARABIC, add_doc
from workbench.core import clock, trash
from workbench.core.incidents import ops as inc_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.trash import TrashListing


def _filled(project):
    """Two reports: a figure and a statement trashed on the first, the second report
    trashed whole with one trashed figure of its own, and one trashed incident."""
    first = add_doc(project, title="Halden report")
    second = add_doc(project, ARABIC, "arabic.txt", title="بيان الجيش")
    fig = ann_ops.annotate_quote(project, first, "casualty", "wounded four troops",
                                 {"outcome": "wounded", "count_low": 4}).result
    said = ann_ops.annotate_quote(project, first, "statement", "a provincial official said",
                                  {"speaker": "provincial official"}).result
    kept = ann_ops.annotate_quote(project, second, "casualty", "ثلاثةَ مدنيين",
                                  {"outcome": "killed", "count_low": 3}).result
    gone = ann_ops.annotate_quote(project, second, "statement", "قالَ المتحدثُ").result
    inc = inc_ops.create_incident(project, "Market shelling", members=[fig]).result
    project.coder = "ben"
    ann_ops.trash_annotations(project, [fig, said, gone])
    _next_millisecond()
    doc_ops.trash_document(project, second)
    project.coder = "amal"
    _next_millisecond()
    inc_ops.trash_incident(project, inc)
    return first, second, fig, said, kept, gone, inc


def _next_millisecond() -> None:
    """Wait for the clock's next stamp: writes in one millisecond share their time, and
    the listing's newest-first order then falls back on entity and id."""
    start = clock.now()
    while clock.now() == start:
        time.sleep(0.0005)


def _all(project, listing=None):
    return trash.page(project, trash.snapshot(project, listing or TrashListing()))


def test_lists_documents_annotations_and_incidents_with_who_trashed_them(project):
    first, second, fig, said, _kept, gone, inc = _filled(project)
    items = {i.key: i for i in _all(project)}
    # The live figure on the trashed report goes with it: not listed on its own.
    assert set(items) == {("annotation", fig), ("annotation", said), ("annotation", gone),
                          ("document", second), ("incident", inc)}
    doc = items[("document", second)]
    assert (doc.what, doc.words, doc.annotations, doc.details, doc.trashed_by) == (
        "Document", "بيان الجيش", 1, "1 annotation", "ben")
    figure = items[("annotation", fig)]
    assert figure.words == "wounded four troops" and figure.doc_id == first
    assert "4" in figure.details and "wounded" in figure.details
    assert figure.document == "Halden report" and not figure.document_trashed
    assert figure.trashed_by == "ben"
    assert "provincial official" in items[("annotation", said)].details
    assert items[("annotation", gone)].document_trashed
    incident = items[("incident", inc)]
    assert (incident.what, incident.words, incident.trashed_by) == (
        "Incident", "Market shelling", "amal")
    assert trash.count(project) == 5


def test_filter_by_part_and_by_words(project):
    _first, second, fig, said, _kept, gone, inc = _filled(project)
    keys = trash.snapshot
    assert keys(project, TrashListing(what="document")) == [("document", second)]
    assert keys(project, TrashListing(what="incident")) == [("incident", inc)]
    assert set(keys(project, TrashListing(what="annotation"))) == {
        ("annotation", fig), ("annotation", said), ("annotation", gone)}
    assert set(keys(project, TrashListing(what="kind:statement"))) == {
        ("annotation", said), ("annotation", gone)}
    # The words are folded as the annotation table folds them (harakat, case).
    assert keys(project, TrashListing(text="المتحدث")) == [("annotation", gone)]
    assert keys(project, TrashListing(text="WOUNDED")) == [("annotation", fig)]
    assert keys(project, TrashListing(text="provincial official")) == [("annotation", said)]
    assert keys(project, TrashListing(what="document", text="wounded")) == []
    assert ("kind:statement", "Annotations: Statement") in trash.parts(project)
    with pytest.raises(ValueError):
        keys(project, TrashListing(what="actor"))


@pytest.mark.parametrize("sort", trash.SORT_KEYS)
def test_every_column_sorts_both_ways(project, sort):
    _filled(project)
    up = _all(project, TrashListing(sort=sort, descending=False))
    down = _all(project, TrashListing(sort=sort, descending=True))
    assert len(up) == len(down) == 5
    column = {"what": "what", "words": "words", "document": "document",
              "details": "details", "trashed": "trashed_at", "by": "trashed_by"}[sort]
    values = [str(getattr(i, column)).casefold() for i in up]
    if sort == "details":  # a document's count sorts as a number, before the fields
        values = [i.details.casefold() for i in up if i.entity == "annotation"]
    assert values == sorted(values)
    backwards = [str(getattr(i, column)).casefold() for i in down]
    if sort == "details":
        backwards = [i.details.casefold() for i in down if i.entity == "annotation"]
    assert backwards == sorted(backwards, reverse=True)
    if sort == "by":
        assert values == ["amal"] + ["ben"] * 4


def test_a_page_reads_only_its_keys_and_skips_restored_ones(project):
    _first, _second, fig, _said, *_ = _filled(project)
    keys = trash.snapshot(project, TrashListing(sort="words", descending=False))
    ann_ops.restore_annotations(project, [fig])
    items = trash.page(project, keys[:3])
    assert ("annotation", fig) not in [i.key for i in items]
    assert [i.key for i in items] == [k for k in keys[:3] if k != ("annotation", fig)]


def test_document_leaving_names_annotations_and_incidents(project):
    doc = add_doc(project, title="Halden report")
    a = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
    b = ann_ops.annotate_quote(project, doc, "casualty", "killed at least 12 civilians").result
    ann_ops.annotate_quote(project, doc, "statement", "a provincial official said")
    inc_ops.create_incident(project, "Market shelling", members=[a, b])
    text = trash.document_leaving(project, doc)
    assert text.startswith(f"Moving document {doc} (Halden report) to the trash takes its "
                           "3 annotations with it")
    assert "1 incident stays and keeps 2 of its figures, which leave its tally" in text
    doc_ops.trash_document(project, doc)
    assert trash.document_leaving(project, doc).endswith("is in the trash already.")


def test_a_typed_id_names_a_document_an_annotation_or_an_incident(project, monkeypatch):
    from workbench.core import ids
    from workbench.core.errors import NotFoundError

    _first, second, fig, _said, _kept, _gone, inc = _filled(project)
    assert trash.key_of(project, str(second)) == ("document", second)
    assert trash.key_of(project, f" {fig} ") == ("annotation", fig)
    assert trash.key_of(project, inc) == ("incident", inc)
    assert trash.key_of(project, ids.short(inc)) == ("incident", inc)  # as listed
    with pytest.raises(NotFoundError, match="no annotation or incident with id nope"):
        trash.key_of(project, "nope")
    # Two incidents made in the same second share their id's first characters.
    with monkeypatch.context() as same_second:
        same_second.setattr(ids.time, "time", lambda: 1_780_000_000.0)
        one = inc_ops.create_incident(project, "Checkpoint raid").result
        two = inc_ops.create_incident(project, "Convoy ambush").result
    with pytest.raises(NotFoundError, match="begins or ends 2 incident ids; give more"):
        trash.key_of(project, one[:6])
    assert trash.key_of(project, two) == ("incident", two)


def test_a_typed_part_names_an_entity_or_a_kind(project):
    from workbench.core.errors import ValidationError

    _filled(project)
    assert trash.part_named(project, "") is None
    assert trash.part_named(project, "Incidents") == "incident"
    assert trash.part_named(project, "document") == "document"
    assert trash.part_named(project, "casualty") == "kind:casualty"
    assert trash.part_named(project, " Casualty  figure ") == "kind:casualty"
    with pytest.raises(ValidationError, match="no kind is called 'vehicle'"):
        trash.part_named(project, "vehicle")
