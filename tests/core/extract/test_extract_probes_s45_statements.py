"""English probes after the forty-fourth round: the rewordings left as strict xfails.

The rewording grid (``statement_grid.py``) and earlier probe files kept some
constructions as known limitations. Those the annotation rules and the development
gold settle are read now; each family is probed here in wordings of its own, with
look-alikes the rule must leave alone:

1. A hearer named by a collective noun and the people in it ("told a crowd of mourners",
   "told a group of foreign journalists") ends with the people's noun; the words follow
   it whatever they open with (a count, a bare noun, a phrase of time).

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

COLLECTIVE_HEARERS: list[tuple[str, Entries]] = [
    ("The bishop told a crowd of worshippers at least nine churches had been looted.",
     [("The bishop", "at least nine churches had been looted")]),
    ("Governor Lam Akol told a gathering of elders cattle raids had doubled since May.",
     [("Governor Lam Akol", "cattle raids had doubled since May")]),
    ("The district nurse told a group of village women some of the pumps had been fixed.",
     [("The district nurse", "some of the pumps had been fixed")]),
    ("A police spokesman told a handful of reporters two suspects were in custody.",
     [("A police spokesman", "two suspects were in custody")]),
    # members read before, which the rule must keep
    ("The minister told a delegation of farmers that the dam would be finished in June.",
     [("The minister", "the dam would be finished in June")]),
    ("The governor told a group of foreign journalists the road would reopen on Friday.",
     [("The governor", "the road would reopen on Friday")]),
    # look-alikes: the collective as no hearer, or a hearer with no words after it
    ("A crowd of mourners gathered outside the hospital on Monday.", []),
    ("The pastor told a crowd of mourners.", []),
    ("A group of elders told the court of killings in the village.",
     [("A group of elders", "killings in the village")]),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVE_HEARERS)
def test_a_collective_hearer_ends_with_its_people(text: str, expected: Entries) -> None:
    assert statements(text) == expected
