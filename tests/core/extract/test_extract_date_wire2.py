"""Wire-news date expressions, second round (issue 11): a day and month closing a
sentence, ordinal days ("the 3rd of March") and day-month dates in situation reports.

Sentences are fictional. The publication date of every probe is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2017-04-10"


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    # A day and month at the end of a sentence (the full stop is no abbreviation's).
    ("The fighting began on 2 March.", [("2 March", "2017-03-02")]),
    ("The court ruled on 3 April.", [("3 April", "2017-04-03")]),
    ("More than 35,000 people have fled since 2 March.\nPartners report more.",
     [("2 March", "2017-03-02")]),
    ("The talks resumed on Tuesday 4 April.",
     [("Tuesday 4 April", "2017-04-04")]),
    # an abbreviated month keeps its dot
    ("The raid came on 3 Mar. and the convoy left.", [("3 Mar.", "2017-03-03")]),
    # ordinal days with "of"
    ("The attack took place on the 3rd of March.", [("3rd of March", "2017-03-03")]),
    ("Talks began on the 21st of February 2016.", [("21st of February 2016", "2016-02-21")]),
    # already read
    ("Since 2 March, 40 people have died.", [("2 March", "2017-03-02")]),
    ("Fighting has continued since 14 March 2017.", [("14 March 2017", "2017-03-14")]),
    ("The fighting began on March 2.", [("March 2", "2017-03-02")]),
    # a span of years: "to" after a year opens the second one
    ("The report covers 2014 to 2016.", [("2014", "2014"), ("2016", "2016")]),
    ("The toll rose to 2016 on Friday.", [("Friday", "2017-04-07")]),
    # a day before "May" is read as any other day and month ("May" after a count is a
    # verb only before the verb it takes, or a capital in a title-case headline); with no
    # cue of the future it is the most recent May, as the corpus rules give a month
    ("The vote was held on 5 May.", [("5 May", "2016-05-05")]),
])
def test_day_month(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected
