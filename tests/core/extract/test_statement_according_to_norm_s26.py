"""A norm after "according to" is no source of words (issue 11; briefed from en-143): "treated
according to international law" read "international" as a speaker, and a denial after the
quote that held it took that speaker too. The words around the norm stay whole for the
speaker who reports them. Every sentence is fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def statements(text: str) -> list[tuple[str | None, str]]:
    return [(s["speaker"], text[s["start"]:s["end"]])
            for s in extract(text, "2026-05-01", language="en")["statements"]]


@pytest.mark.parametrize(("text", "want"), [
    ('The militia said it "treats all captives according to international law" and denied'
     " that anyone had died in its custody.",
     [("The militia", 'it "treats all captives according to international law"'),
      ("The militia", "anyone had died in its custody")]),
    ("Prisoners are treated according to international law, the ministry said.",
     [("the ministry", "Prisoners are treated according to international law")]),
    ("The dead were buried according to Islamic tradition, relatives said.",
     [("relatives", "The dead were buried according to Islamic tradition")]),
    ("According to international law, an occupying army must feed the population.", []),
])
def test_a_norm_after_according_to_speaks_no_words(text: str, want: list) -> None:
    assert statements(text) == want


@pytest.mark.parametrize(("text", "speaker"), [
    ("According to the Law Society, 40 lawyers were detained.", "the Law Society"),
    ("According to the police, 12 people died in the blast.", "the police"),
    ("Twelve people died, according to a lawyer for the families.", "a lawyer"),
])
def test_a_body_or_a_person_after_according_to_is_still_the_source(text: str,
                                                                   speaker: str) -> None:
    assert [s for s, _ in statements(text)] == [speaker]
