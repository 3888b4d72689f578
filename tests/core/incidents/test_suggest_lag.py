"""A toll told a day or two after its event is proposed with the event's other reports;
a blast a week later in the same town is not."""

from __future__ import annotations

from tests.core.incidents.helpers import report
from workbench.core.anchoring import find_quote
from workbench.core.incidents.suggest import counts_past_event, suggest_incidents
from workbench.core.ops.annotations import create_annotation
from workbench.core.ops.documents import get_document
from workbench.core.suggest import suggest_documents, suggestions_for

BLAST = ("Car bomb in Dalmora\nA car bomb killed nine people in a crowded market in Dalmora "
         "on Monday, police said.\n")


def _placed(project, text: str, published: str) -> int:
    """A report with the engine's figures, and its town coded by the researcher."""
    doc = report(project, text, name=f"r{published}.txt", published=published)
    suggest_documents(project, [doc])
    start, end = find_quote(get_document(project, doc)["text"], "Dalmora", 1)
    create_annotation(project, doc, "location", start, end, {"name": "Dalmora"})
    return doc


def _proposed_docs(project) -> list[list[int]]:
    return [p.doc_ids for p in suggest_incidents(project)]


def test_a_toll_told_two_days_later_joins_the_blast(project):
    a = _placed(project, BLAST, "2026-06-08")
    b = _placed(project, "Dalmora toll\nA provincial official said on Wednesday that the toll "
                "of the blast had risen to 14.\n", "2026-06-10")
    assert _proposed_docs(project) == [[a, b]]
    (p,) = suggest_incidents(project)
    assert (p.start, p.end) == ("2026-06-08", "2026-06-08")  # the blast's day


def test_a_toll_from_a_named_day_is_dated_to_that_day(project):
    (fig,) = [s for s in suggestions_for(
        "The death toll rose to 14 on Wednesday from Monday's bombing, a provincial "
        "official said.\n", "2026-06-10") if s.kind == "casualty"]
    assert fig.fields["incident_date"] == "2026-06-08"
    a = _placed(project, BLAST, "2026-06-08")
    b = _placed(project, "In Dalmora the death toll rose to 14 on Wednesday from Monday's "
                "bombing, a provincial official said.\n", "2026-06-10")
    assert _proposed_docs(project) == [[a, b]]


def test_the_day_after_still_joins(project):
    a = _placed(project, BLAST, "2026-06-08")
    b = _placed(project, "Dalmora toll rises\nA provincial official said on Tuesday that the "
                "toll from Monday's bombing had risen to 14.\n", "2026-06-09")
    assert _proposed_docs(project) == [[a, b]]


def test_a_blast_a_week_later_in_the_same_town_stays_apart(project):
    _placed(project, BLAST, "2026-06-08")
    _placed(project, "New blast in Dalmora\nA roadside bomb killed four soldiers near Dalmora "
            "on Monday, the army said.\n", "2026-06-15")
    _placed(project, "Dalmora toll\nA provincial official said on Tuesday that the toll of the "
            "second blast had risen to six.\n", "2026-06-16")
    groups = _proposed_docs(project)
    assert groups == [[2, 3]], groups  # the second blast's reports, without the first's


def test_which_words_count_a_past_event():
    for words in ("the toll from Monday's bombing had risen to 14", "the toll of the blast",
                  "were killed in Monday's attack", "عدد القتلى إلى 14"):
        assert counts_past_event(words), words
    for words in ("A car bomb killed nine people on Monday", "killed four soldiers"):
        assert not counts_past_event(words), words
