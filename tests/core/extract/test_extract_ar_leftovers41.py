"""Arabic leftovers of the twenty-fifth session (issue 11): an armed group named by its kind
in construct with its own name ("حركة الشباب"، "جماعة أنصار الدين"، "ميليشيا الكرامة") holds
people as a captor before a singular held verb, as the kind alone does ("الحركة تحتجز");
the police, a ministry or the security forces still arrest (briefed from ar-118).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts


@pytest.mark.parametrize(("text", "expected"), [
    ("حركة الشباب تحتجز ثلاثة سائقين وتحرق شاحنات إغاثة", [(3, "captured")]),
    ("جماعة أنصار الدين تحتجز خمسة رعاة منذ أسبوع.", [(5, "captured")]),
    ("ميليشيا الكرامة تحتجز 12 صيادا في الميناء.", [(12, "captured")]),
    ("وقال شهود إن عصابة الوادي تحتجز أربعة تجار منذ يومين.", [(4, "captured")]),
])
def test_an_armed_group_named_in_construct_holds_captives(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert ar_counts(text) == expected


@pytest.mark.parametrize("text", [
    "الشرطة تحتجز ثلاثة سائقين.",
    "وزارة الداخلية تحتجز ثلاثة سائقين.",
    "قوات الأمن العام تحتجز ثلاثة سائقين.",
    "شرطة المرور تحتجز ثلاثة سائقين.",
])
def test_the_state_named_in_construct_still_arrests(text: str) -> None:
    assert ar_counts(text) == [(3, "arrested")]
