"""Probes of the ninety-first English round (issue 11): what the last rounds left.

A naming joined to a speaker's reported words (en-42 and en-43, both missed; the en-42
member stays missed behind its speaker in commas): "said his clients were innocent and
called the trial "a political show"". The verb that names ("called", "branded", "dubbed",
"labelled", "termed"), its object and a quotation are the speaker's second act; its words
are the object and the quoted name. A plain noun after "called", a call made "to say"
something, and "called on" (a demand) stay as before.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

STATEMENT_MEMBERS: list[tuple[str, list[tuple[str | None, str]]]] = [
    ("The mayor of Lisk said the budget was late and called the delay \"a disgrace\".",
     [("The mayor of Lisk", "the budget was late"),
      ("The mayor of Lisk", "the delay \"a disgrace\"")]),
    ("Ana Veld said the vote had been rigged and branded the result \"a farce\".",
     [("Ana Veld", "the vote had been rigged"), ("Ana Veld", "the result \"a farce\"")]),
    ("The union said 40 workers had been dismissed and termed the move “an attack on "
     "labour”.",
     [("The union", "40 workers had been dismissed"),
      ("The union", "the move “an attack on labour”")]),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a plain noun after "called": no name given, one entry as before
    ("The mayor said the plan was good and called the minister.",
     [("The mayor", "the plan was good and called the minister")]),
    # a call made to say something: the quotation is no name, one entry as before
    ("The mayor said the plan was good and called the minister on Friday to say "
     "\"enough\".",
     [("The mayor", "the plan was good and called the minister on Friday to say "
                    "\"enough\"")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected
