"""Review of the date reach fix, Arabic rounds 141 and 142 and English round 179: neighbours
the new rules must not catch. The probe sentences are our own, written in the style of
news."""

from __future__ import annotations

from workbench.core.extract import extract


def _ar(text: str) -> list[tuple[int | None, str]]:
    found = extract(text, None, language="ar")["casualties"]
    return [(c["count_low"], c["outcome"]) for c in found]


def test_arrivals_at_a_hospital_are_the_wounded_not_the_displaced() -> None:
    # people who arrived at a hospital are its patients, whatever flight is told with them
    assert _ar("وقال الطبيب إن 30 شخصا وصلوا إلى المستشفى مصابين بجروح بعد أن فروا من "
               "القصف.") == [(30, "wounded")]
    assert (30, "displaced") not in _ar(
        "وقال مدير الصحة إن 30 مدنيا وصلوا إلى مستشفى المدينة هربا من القصف.")
