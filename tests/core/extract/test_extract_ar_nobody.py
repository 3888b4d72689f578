"""A bare "أحد" under a negation is "anyone", so nobody: "لم يقتل أحد" counts no one.

The sixty-sixth set (ar-66 020) tells men led away "ولم يعد منهم أحد" (none of them came
back); the engine read the "أحد" as one captive. "أحد" counts one as "one of" before its
genitive ("أحد الحراس"، "أحد أفراد البوابة") and as part of eleven ("أحد عشر"); a bare
"أحد" after "لم"، "لا" or "لن" counts nobody.
"""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(c["outcome"], c["count_low"]) for c in find_casualties_ar(text)]


@pytest.mark.parametrize("text", [
    "لم يقتل أحد في الانفجار.",
    "لا أحد قتل في القصف الليلي.",
    "ولم ينج أحد من ركاب الحافلة.",
    "ولم يصب أحد بأذى في الحريق.",
    "ولن يعتقل أحد بسبب رأيه، قال الوزير.",
])
def test_nobody_is_no_figure(text: str) -> None:
    assert _figures(text) == []


def test_none_of_those_led_away_came_back() -> None:
    text = "واقتاد المسلحون عشرات الرجال من القرية ولم يعد منهم أحد حتى الآن."
    assert _figures(text) == [("captured", 24)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل أحد الحراس وأصيب اثنان.", ("killed", 1)),
    ("ما أسفر عن مقتل أحد عشر مسلحا.", ("killed", 11)),
    ("ما أسفر عن مقتل أحد أفراد البوابة.", ("killed", 1)),
    ("ولم يصب أحد بأذى، فيما اعتقل أحد المارة.", ("arrested", 1)),
    ("وما زال أحد المخطوفين مفقودا.", ("captured", 1)),
])
def test_one_of_and_eleven_still_count(text: str, expected: tuple[str, int]) -> None:
    assert expected in _figures(text)
