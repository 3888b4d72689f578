"""Arabic speech verbs inside relative clauses (fictional sentences)."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar import find_statements_ar


def _st(text: str) -> list[tuple[str | None, str]]:
    return [(s["speaker"], s["text"]) for s in find_statements_ar(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The relative pronoun is not part of the speaker; the relative clause's own words
        # belong to the antecedent, and the main clause's words come after it.
        ("وأكد المتحدث الذي قال الأسبوع الماضي إن الطريق مغلق أن القوافل وصلت.",
         [("المتحدث", "الطريق مغلق"), ("المتحدث", "القوافل وصلت")]),
        ("ونفى المتحدث باسم الجيش، الذي قال إن القوات انسحبت، وقوع أي إصابات.",
         [("المتحدث باسم الجيش", "القوات انسحبت"), ("المتحدث باسم الجيش", "وقوع أي إصابات")]),
        # A relative clause without a speech verb is skipped.
        ("وقال المتحدث باسم الجيش، الذي زار المخيم، إن الأوضاع صعبة.",
         [("المتحدث باسم الجيش", "الأوضاع صعبة")]),
        ("وقال المتحدث الذي زار المخيم إن الأوضاع صعبة.", [("المتحدث", "الأوضاع صعبة")]),
        # A speech verb met in a relative clause on its own: the antecedent speaks.
        ("التقى الوزير بالمسؤول الذي قال إن المعارك توقفت.", [("المسؤول", "المعارك توقفت")]),
    ],
)
def test_speech_verb_in_relative_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _st(text) == expected
