"""Probes of the hundred-and-ninth English round (issue 11): the fifty-ninth set's speakers.

A subject that runs over its own verb: "Det noun verb-ed Name ..." is a clause whose verb
has a name for its object, so a noun such as "reports" later in it is no verb of saying
("The association examined RCMP use-of-force reports obtained under ...", en-59). A
participle takes no bare name as object, so a time or a naming word after it keeps the
subject as it was.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

MEMBERS: list[str] = [
    "The commission examined Frontex incident reports filed since 2021 and spoke to 40 people.",
    "The union studied Hallam Mining accident reports released under freedom-of-information law.",
]

# (text, statements expected exactly)
LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    ("A woman named Maria said the water came in at night.",
     [("A woman named Maria", "the water came in at night")]),
    ("The committee examined the reports and said the force had acted lawfully.",
     [("The committee", "the force had acted lawfully")]),
    ("The agency reports that 40 families have been moved.",
     [("The agency", "40 families have been moved")]),
]


@pytest.mark.parametrize("text", MEMBERS)
def test_subject_with_own_verb_speaks_not(text: str) -> None:
    assert statement_words(text) == []


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


def test_participle_before_time_keeps_subject() -> None:
    said = statement_words("The report published Monday says the river has burst its banks.")
    assert [words for _, words in said] == ["the river has burst its banks"]
