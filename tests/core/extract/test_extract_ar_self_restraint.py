""""ضبط النفس" (self-restraint) in a call for calm is no arrest of the people counted after
it; "ضبط" of people stays an arrest (fictional sentences)."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def arrests(text: str) -> list[tuple[str, int]]:
    return [(c["text"], c["count_low"]) for c in extract(text, "2025-08-13")["casualties"]
            if c["outcome"] == "arrested"]


@pytest.mark.parametrize("text", [
    'ودعت وزارة الداخلية في بيان الأطراف إلى "التهدئة وضبط النفس"، معلنة نشر 600 عنصر من '
    "الأمن العام على الطريق.",
    "وحث المحافظ السكان على ضبط النفس، ونشرت الشرطة 300 عنصر في الأحياء.",
    "ودعا الوسطاء إلى التهدئة وضبط النفس ونشر 40 مراقبا على خط التماس.",
])
def test_self_restraint_is_no_arrest(text: str) -> None:
    assert arrests(text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("وضبطت الشرطة 3 متهمين في حي الزهور.", 3),
    ("وقالت المديرية إنها ضبطت 9 مهربين قرب الحدود.", 9),
])
def test_people_seized_stay_arrested(text: str, count: int) -> None:
    assert [n for _, n in arrests(text)] == [count]
