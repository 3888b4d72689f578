"""A group's name in construct with a verbal noun of its task and a genitive joined by "و"
is the whole speaker ("جماعة نصرة الإسلام والمسلمين").

Before, "نصرة" counted as a plain name after the head, so the definite genitive after it
opened the object: the speaker was "جماعة نصرة" and the claim began at "الإسلام" (ar-7,
ar-47 and ar-53, found when the ninety-sixth round's merge was read).
"""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.statements import find_statements_ar


def _stats(text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], text[s["start"]:s["end"]]) for s in find_statements_ar(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم على القافلة.",
     ("جماعة نصرة الإسلام والمسلمين", "مسؤوليتها عن الهجوم على القافلة")),
    ("وأعلنت جماعة نصرة الإسلام مسؤوليتها عن الكمين.",
     ("جماعة نصرة الإسلام", "مسؤوليتها عن الكمين")),
    ("ونفت هيئة شؤون الأسرى والمحررين صحة الأنباء عن الإفراج عنهم.",
     ("هيئة شؤون الأسرى والمحررين", "صحة الأنباء عن الإفراج عنهم")),
])
def test_group_name_with_task_and_joined_genitive(text: str, expected: tuple[str, str]) -> None:
    assert expected in _stats(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a body's own verbal noun as the object, after a definite head
    ("وأعلنت الحكومة نصرة القضية الفلسطينية.", ("الحكومة", "نصرة القضية الفلسطينية")),
    ("وأعلنت هيئة تحرير الشام السيطرة على البلدة.", ("هيئة تحرير الشام", "السيطرة على البلدة")),
])
def test_look_alikes_keep_their_object(text: str, expected: tuple[str, str]) -> None:
    assert expected in _stats(text)
