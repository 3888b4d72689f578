"""Arabic round 147: a count after a place phrase between a verb's subject and the count.
The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _read(text: str) -> list[tuple[int | None, str]]:
    found = extract(text, None, language="ar")["casualties"]
    return [(c["count_low"], c["outcome"]) for c in found]


READ = [
    # 1. "في" + a place's head noun + its name after the subject, before the count
    ("أوقفت الأجهزة الأمنية في مدينة مصراتة 38 مهاجرا غير نظامي، بينهم خمس نساء.",
     [(38, "arrested"), (5, "arrested")]),
    ("اعتقلت قوات الأمن العراقية في محافظة دير الزور أربعة مطلوبين.", [(4, "arrested")]),
    ("اعتقلت قوات الاحتلال الإسرائيلي في مخيم جنين 15 فلسطينيا بينهم طفلان.",
     [(15, "arrested"), (2, "arrested")]),
    # a time phrase there was passed over already, and still is
    ("أوقفت الأجهزة الأمنية صباح الأحد 38 مهاجرا غير نظامي.", [(38, "arrested")]),
    # no verb of an outcome before the place: nothing
    ("وتعيش العائلات النازحة في مدينة مصراتة 38 عاما.", []),
    ("وقالت الوزارة إن الأجهزة الأمنية في مدينة مصراتة 38 دورية.", []),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert _read(text) == expected
