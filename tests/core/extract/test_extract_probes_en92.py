"""Probes of the ninety-second English round (issue 11): the forty-fourth set's statements.

A body named in apposition whose name holds a lower-case particle written apart (en-42 and
en-44, all four missed): "The company, Arenas del Motagua, has denied any link ... It said
...", "The company, Frutas Finas del Valle, said in a statement that ...", "The company
that owns the estate, Palmeras del Aguán, said ...". The apposed name went on only through
capitalised words (and "al-" joined by a hyphen), so "del" ended it and the speaker was
lost. One or two particles ("de", "del", "de la", "van der", ...) now carry the name on to
its next capitalised word. A particle with no capitalised word after it ("de facto"), a
particle-holding name in a place after a description, and a name with no particle stay as
before.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

STATEMENT_MEMBERS: list[tuple[str, list[tuple[str | None, str]]]] = [
    ("The company, Cafetales del Norte, said it had closed the mill for a week.",
     [("Cafetales del Norte", "it had closed the mill for a week")]),
    ("The operator that runs the mine, Minera de la Sierra, has denied any role in the "
     "spill. It said in a statement that the dam had been inspected in May.",
     [("Minera de la Sierra", "any role in the spill"),
      ("Minera de la Sierra", "the dam had been inspected in May")]),
    ("The firm, Transportes San Juan del Monte, said on Friday that two of its drivers "
     "were missing.",
     [("Transportes San Juan del Monte", "two of its drivers were missing")]),
    ("The federation, Union van der Meer, said the strike would go on.",
     [("Union van der Meer", "the strike would go on")]),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    ("The company, Acme Foods, said it had closed the mill for a week.",
     [("Acme Foods", "it had closed the mill for a week")]),
    ("The company, de facto in charge of the port, said nothing on Friday.", []),
    ("The mayor, Ana Ruiz, said the road was open, and the company del Norte stayed silent.",
     [("Ana Ruiz", "the road was open, and the company del Norte stayed silent")]),
    ("Workers at the plant, some of them from Villa del Mar, said the shifts were too long.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected
