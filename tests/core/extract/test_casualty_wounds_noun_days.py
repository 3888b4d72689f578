"""A count of days after "his wounds" is no count of the wounded (from the first
measurement of en-117). Probe sentences are fictional.

Copy that lost its commas keeps a count before "hours after" or "days later" with the verb
before it ("wounding 35 hours after the rally": 35 wounded); after a determiner the
outcome's word is the noun of a wound, and the count beside it is the time it took.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _figures(text: str) -> list[tuple[str, str]]:
    return [(str(c["outcome"]), str(c["text"]))
            for c in extract(text, "2026-05-16")["casualties"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("A fourth man died of his wounds nine days later.", [("killed", "A fourth man died")]),
    ("A third protester died of her wounds two days after the march.",
     [("killed", "A third protester died")]),
    ("One of the guards succumbed to his wounds 48 hours later.",
     [("killed", "One of the guards succumbed to his wounds")]),
    # the lost comma after a verb still gives its count
    ("Gunmen opened fire wounding 35 hours after the rally ended.",
     [("wounded", "wounding 35")]),
])
def test_a_count_of_days_after_a_wound_noun_is_a_time(text, expected) -> None:
    assert _figures(text) == expected
