"""Probe sentences for the three statement misses of issue 11 (round s6): a "that"
relative between the subject and the verb, and threats with an infinitive or بـ.

Threats are statements: the corpus rules count "promised to ..." (evidence "to ...") and
تعهد, and a threat is the same speech act with the opposite intent. Every sentence is
fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements
from tests.extract_probes import statement_words as statements


@pytest.mark.parametrize(("text", "expected"), [
    ("A UN report that was leaked on Monday said aid convoys had been blocked.",
     [("A UN report", "aid convoys had been blocked")]),
    ("The group threatened in a video on Tuesday to kill the hostages.",
     [("The group", "to kill the hostages")]),
    ("The militia threatened to shell the port.",
     [("The militia", "to shell the port")]),
    ("The rebels vowed at a rally that they would return.",
     [("The rebels", "they would return")]),
    # a "which" relative with its own auxiliary is skipped the same way
    ("A UN report which was leaked on Monday said aid convoys had been blocked.",
     [("A UN report", "aid convoys had been blocked")]),
])
def test_english(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتوعد الحوثيون بالرد على الغارات", [("الحوثيون", "بالرد على الغارات")]),
    ("وهدد الجيش بقصف المواقع", [("الجيش", "بقصف المواقع")]),
    # with a plain object a threat is an act, not words
    ("وهدد القصف حياة المدنيين", []),
])
def test_arabic(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected
